# Вопросы собеседования, которые человек читает рядом с французским текстом. См. fr/interview.ftl.
# Одинаковые идентификаторы и переменные во всех языках; ответы хранятся как коды.
# Обращение на « вы ». Перевод нужно проверить носителю русского языка.

## Welcome and common answers
iv-welcome = Этот разговор конфиденциален. Вы можете ответить «не знаю». Вы можете попросить перерыв в любой момент.
iv-worker-only = Этот вопрос — для социального работника.
iv-none = Нет
iv-opt-yes = Да
iv-opt-no = Нет
iv-opt-not-established = Не знаю

## Steps
iv-step-identity = Личность и языки
iv-step-situation = Ваше положение
iv-step-cooperation = Заявление и уголовное дело
iv-step-ties = Связи с преступниками
iv-step-public-order = Прошлые события
iv-step-permit = Документ на пребывание сейчас
iv-step-documents = Документы
iv-intro-ties = Эти вопросы задаются, потому что их требует закон. Ваши ответы остаются конфиденциальными.
iv-intro-public-order = Эти вопросы помогают подготовить ваше заявление. То, что вас заставили сделать другие люди, можно объяснить.
iv-intro-documents = Про каждый документ скажите, есть ли он у вас.

## Identity and languages
iv-q-family-name = Какая у вас фамилия?
iv-q-given-names = Какое у вас имя (или имена)?
iv-q-aliases = Пользовались ли вы другими именами или документами на другое имя? (одно имя на строку)
iv-q-sex = Вы:
iv-opt-sex-f = женщина
iv-opt-sex-m = мужчина
iv-opt-sex-x = другое
iv-q-birth-date = Какая у вас дата рождения?
iv-q-birth-place = Где вы родились? (город и страна)
iv-q-nationality = Какое у вас гражданство?
iv-opt-nationality-stateless = лицо без гражданства
iv-q-other-nationalities = Есть ли у вас другое гражданство? Какое?
iv-q-languages = На каких языках вы говорите?
iv-q-address-line = По какому адресу вы можете получать почту? (улица или адрес ассоциации)
iv-q-postcode = Почтовый индекс этого адреса
iv-q-commune = Населённый пункт этого адреса
iv-q-city = Город этого адреса
iv-q-phone = По какому номеру телефона с вами можно связаться? (он будет напечатан в письме; оставьте пустым, если не хотите)

## Situation
iv-q-exit-programme = Вас приняли в программу выхода из проституции?
iv-q-exit-programme-date = С какого числа?
iv-q-domestic-violence = Подвергаетесь ли вы насилию со стороны супруга, партнёра или члена семьи?
iv-q-protection-order = Выносил ли судья для вас решение о защите (ordonnance de protection)?
iv-q-protection-order-date = Дата решения о защите
iv-q-child-welfare = Передавал ли вас судья на попечение службы защиты детей (ASE) или доверенному лицу?
iv-q-child-welfare-date = С какого числа?
iv-q-child-welfare-placement = Судья решил передать вас:
iv-opt-child-welfare-placement-ase = службе защиты детей (ASE)
iv-opt-child-welfare-placement-trusted-third-party = доверенному лицу
iv-q-work-or-training = Вы работаете или проходите профессиональное обучение, или планируете это?

## Complaint and proceedings
iv-q-complaint = Вы подавали заявление в полицию или жандармерию?
iv-q-complaint-date = Дата заявления
iv-q-complaint-service = Где вы подали заявление? (комиссариат полиции, жандармерия)
iv-q-testimony = Давали ли вы показания по уголовному делу против людей, которые вас эксплуатировали?
iv-q-testimony-date = Дата показаний
iv-q-testimony-service = В какой службе или в каком суде?
iv-q-reflection-recepisse = Выдала ли вам префектура расписку (récépissé) на 30-дневный срок для размышления?
iv-q-reflection-date = Дата получения этой расписки

## Ties with the perpetrators
iv-q-ties-broken = Вы прекратили всякое общение с людьми, которые вас эксплуатировали?

## Past events
iv-q-false-documents = Пользовались ли вы когда-нибудь поддельными документами или документами другого человека?
iv-q-removal-order = Получали ли вы когда-нибудь предписание покинуть территорию Франции (OQTF), после которого вы не уехали из Франции?

## Current residence document
iv-q-permit-kind = Какой документ на пребывание у вас сейчас?
iv-opt-permit-kind-none = никакого
iv-opt-permit-kind-recepisse-reflection = расписка на срок для размышления (30 дней)
iv-opt-permit-kind-recepisse-application = расписка о подаче заявления на документ на пребывание
iv-opt-permit-kind-cst-vpf-l425-1 = временная карта пребывания «частная и семейная жизнь» (для жертв)
iv-opt-permit-kind-aps-l425-4 = временное разрешение на пребывание (программа выхода из проституции)
iv-opt-permit-kind-carte-resident-l425-3 = карта резидента (10 лет)
iv-opt-permit-kind-temporary-protection = временное разрешение на пребывание «временная защита» (например, для перемещённых лиц из Украины)
iv-opt-permit-kind-asylum-application = справка о подаче ходатайства об убежище
iv-opt-permit-kind-other = другой документ
iv-q-permit-issued = Дата выдачи этого документа
iv-q-permit-expires = Дата окончания срока действия этого документа
iv-q-permit-renewals = Сколько раз эту карту уже продлевали?
iv-q-renewal-filed-on = Дата подачи заявления на продление
iv-opt-renewal-filed-on-not-filed = ещё не подано

## Documents
iv-opt-document-status-have = у меня есть
iv-opt-document-status-missing = у меня нет
iv-opt-document-status-requested = запрошен, жду
iv-opt-document-status-confiscated = забрали преступники
iv-q-document-date = { $document }: дата выдачи
iv-q-document-number = { $document }: номер
iv-q-document-expires = { $document }: срок действия (действителен до)

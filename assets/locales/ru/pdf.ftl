# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Russian, formal « вы ». To be reviewed by a native speaker.

pdf-page = Страница { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Полная копия свидетельства о рождении
pdf-doc-passport = Паспорт
pdf-doc-id-card = Национальное удостоверение личности
pdf-doc-consular-certificate = Консульская справка с фотографией
pdf-doc-consular-card = Консульская карточка с фотографией
pdf-doc-nationality-certificate = Справка о гражданстве с фотографией
pdf-doc-proof-of-address = Подтверждение адреса проживания
pdf-doc-complaint-receipt = Расписка о приёме заявления в полицию
pdf-doc-procedure-reference = Номер уголовного дела
pdf-doc-cerpr = Подписанный договор о соблюдении принципов Республики (CERPR)
pdf-doc-e-photo = Лист с фотографиями и кодом e-photo
pdf-doc-identity-photo = Фотография на документы (бумажная; код e-photo не нужен)
pdf-doc-current-permit = Действующий вид на жительство
pdf-doc-proceedings-ongoing-proof = Документ о том, что уголовное дело продолжается
pdf-doc-final-conviction-proof = Документ о том, что приговор вступил в законную силу
pdf-doc-association-letter = Письмо поддержки от ассоциации
pdf-doc-exit-programme-decision = Решение о допуске к программе выхода из проституции

## Where an item stands

pdf-status-ok = У вас есть
pdf-status-missing = Нужно получить
pdf-status-expired = Устарел: нужен новый
pdf-status-permit-ended = Больше не действителен: нужно продлить
pdf-status-requested = Запрошен, ждём ответа
pdf-status-satisfied-by-alternative = Заменён другим принимаемым документом
pdf-status-confiscated = У преступников: его заменит другой документ

## Checklist

pdf-checklist-title = Документы для вашего заявления
pdf-checklist-issued = Список составлен { $date }
pdf-checklist-intro = Одна клетка — один документ. Отметьте клетку, когда документ у вас. Всегда храните оригиналы: у вас попросят копии или сканы.
pdf-checklist-alternatives = Вместо него принимается: { $documents }
pdf-route-reflection-period = Срок на размышление — 30 дней (CESEDA, статьи R. 425-1 и R. 425-2)
pdf-route-cst-l425-1 = Первая карта пребывания «частная и семейная жизнь» (CESEDA, статья L. 425-1)
pdf-route-cst-l425-1-renewal = Продление карты пребывания «частная и семейная жизнь» (CESEDA, статья L. 425-1)
pdf-route-carte-resident-l425-3 = Карта резидента на 10 лет (CESEDA, статья L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Продление карты резидента (CESEDA, статьи L. 425-3 и L. 433-2)
pdf-route-aps-l425-4 = Временное разрешение на пребывание (CESEDA, статья L. 425-4)

## What happens next

pdf-next-title = Что дальше?
pdf-next-reflection = Во время срока на размышление (30 дней со дня, когда вы получили расписку) вы имеете право работать, и никто не может заставить вас покинуть Францию. Вы также можете получить жильё, медицинскую страховку, пособие, социальное сопровождение, юридическую помощь, а если вам грозит опасность, — защиту полиции. Используйте это время, чтобы решить, будете ли вы подавать заявление в полицию или давать показания.
pdf-next-reflection-period = Если вы подадите заявление или дадите показания, вы сможете попросить карту пребывания на один год, которая даёт право работать. Ассоциация может помочь вам подготовить заявление.
pdf-next-cst-l425-1 = После подачи заявления попросите расписку (récépissé): она позволяет оставаться во Франции и работать, пока рассматривается ваше заявление. Карту пребывания выдают на один год, она даёт право работать и выдаётся бесплатно. Её продлевают, пока идёт уголовное дело.
pdf-next-cst-l425-1-renewal = Подайте заявление на продление за 120–60 дней до окончания срока действия вашей карты. Если вы подадите его вовремя, вы получите справку, которая позволяет оставаться во Франции и работать, пока рассматривается ваше заявление.
pdf-next-carte-resident-l425-3 = Карту резидента выдают на 10 лет. Подайте заявление до окончания срока действия вашего нынешнего документа на пребывание: префектура проверяет, что вы находитесь во Франции законно.
pdf-next-carte-resident-l425-3-renewal = Подайте заявление на продление карты резидента за 120–60 дней до окончания срока её действия. Чтобы продлить карту, префектура проверяет, что вы живёте во Франции: как правило, не менее 6 месяцев в году. Сохраняйте доказательства вашей жизни во Франции и скажите ассоциации, если вы надолго уезжали за границу.
pdf-next-aps-l425-4 = Временное разрешение на пребывание выдают минимум на 6 месяцев, оно даёт право работать. Его продлевают, пока вы участвуете в программе выхода из проституции.
pdf-next-anef = Заявление подаётся через интернет, на сайте ANEF (цифровая служба французской администрации для иностранцев). Ассоциация может сделать это вместе с вами. После подачи вы получите подтверждение: сохраните его. Карту вы получите в префектуре, когда вас туда пригласят.
pdf-next-help = Храните копию каждого документа и каждого письма. Если у вас есть вопрос или не хватает документа, обратитесь в ассоциацию, которая вам помогает.

## Key dates of the case

pdf-dates-title = Ваши даты
pdf-dates-none = Пока нет дат, которые нужно запомнить.
pdf-date-reflection-period-end = { $date }: конец срока на размышление
pdf-date-permit-expires = { $date }: заканчивается срок действия вашего документа на пребывание
pdf-date-renewal-window-opens = { $date }: с этого дня можно подавать заявление на продление
pdf-date-renewal-window-closes = { $date }: последний день, чтобы вовремя подать заявление на продление
pdf-date-document-expires = { $date }: заканчивается срок действия — { $document }
pdf-date-planned-filing = { $date }: запланированная подача ваших документов в префектуру

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Полная копия со всеми отметками, а не краткая выписка.
pdf-note-domiciliation-accepted = Не старше 6 месяцев на день подачи заявления. Подходит справка о регистрации адреса в ассоциации.
pdf-note-cerpr-required = Новый подписанный договор для каждого заявления, в том числе для продления.
pdf-note-cerpr-optional-algerian = Для граждан Алжира этот договор, возможно, не обязателен: ассоциация это проверяет. А пока подпишите его.
pdf-note-e-photo-code = Код e-photo напечатан на листе с фотографиями, сделанными у аккредитованного фотографа или в фотокабине.
pdf-note-association-letter = Желательно, но не обязательно: письмо пишет ассоциация.
pdf-note-proceedings-ongoing-proof = Например: справка из прокуратуры или от судьи, повестка в суд, письмо вашего адвоката.
pdf-note-final-conviction-proof = Справка о том, что приговор не обжалован, или копия вступившего в силу приговора. Адвокат может помочь её получить.
pdf-note-current-permit-regular-stay = Карта, квитанция или справка о продлении, действительная в день подачи заявления. Сохраните также документ, который был действителен в день, когда приговор вступил в силу.
pdf-note-exit-programme-decision = Решение префекта о допуске к программе выхода из проституции; его запрашивает ассоциация.
pdf-note-identity-photo-reflection = Свежая фотография на документы для квитанции на 30 дней.
pdf-note-confiscated = У вас его отобрали: скажите об этом в ассоциации. Вместо него может подойти другой документ.
pdf-note-confiscated-via = Вместо него: { $document } (запрос отправлен, ждём ответа).
pdf-note-date-unknown = Дата документа не записана: покажите его в ассоциации, там проверят, действителен ли он.
pdf-note-via = Вместо этого у вас есть: { $document }.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Документ выдан { $date }
pdf-consent-choices = Ваш выбор
pdf-consent-purpose-storage = Хранение вашего досье
pdf-consent-purpose-prefecture = Отправка сведений в префектуру
pdf-consent-purpose-lawyer = Передача вашего досье адвокату или другой ассоциации
pdf-consent-given = Да, { $date }
pdf-consent-given-undated = Да
pdf-consent-refused = Нет, { $date }
pdf-consent-refused-undated = Нет
pdf-consent-withdrawn = Согласие отозвано { $date }
pdf-consent-withdrawn-undated = Согласие отозвано
pdf-consent-not-asked = Ещё не спрашивали
pdf-consent-unnamed-association = Ассоциация
pdf-consent-signature-person = Ваша подпись
pdf-consent-signature-worker = Подпись человека, который вам помогает

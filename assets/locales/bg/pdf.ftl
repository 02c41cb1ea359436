# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Bulgarian, formal « Вие ». To be reviewed by a native speaker.

pdf-page = Страница { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Пълно копие на акта за раждане
pdf-doc-passport = Паспорт
pdf-doc-id-card = Национална лична карта
pdf-doc-consular-certificate = Консулско удостоверение със снимка
pdf-doc-consular-card = Консулска карта със снимка
pdf-doc-nationality-certificate = Удостоверение за гражданство със снимка
pdf-doc-proof-of-address = Доказателство за адрес
pdf-doc-complaint-receipt = Разписка за подадената жалба
pdf-doc-procedure-reference = Номер на наказателното производство
pdf-doc-cerpr = Договор за спазване на принципите на Републиката (CERPR), подписан
pdf-doc-e-photo = Лист със снимки и код e-photo
pdf-doc-identity-photo = Снимка за документ (на хартия; не е нужен код e-photo)
pdf-doc-current-permit = Валиден документ за пребиваване
pdf-doc-proceedings-ongoing-proof = Доказателство, че наказателното производство продължава
pdf-doc-final-conviction-proof = Доказателство, че присъдата е окончателна
pdf-doc-association-letter = Писмо за подкрепа от сдружението
pdf-doc-exit-programme-decision = Решение за приемане в програмата за излизане от проституцията

## Where an item stands

pdf-status-ok = Имате го
pdf-status-missing = Трябва да се набави
pdf-status-expired = Твърде стар: набавете нов
pdf-status-permit-ended = Вече не е валиден: трябва да се поднови
pdf-status-requested = Поискан, чака се
pdf-status-satisfied-by-alternative = Заменен от друг приет документ
pdf-status-confiscated = Задържан от извършителите: друг документ го замества

## Checklist

pdf-checklist-title = Документи за Вашата молба
pdf-checklist-issued = Списък, изготвен на { $date }
pdf-checklist-intro = По едно квадратче за всеки документ. Отбележете квадратчето, когато имате документа. Винаги пазете оригиналите: ще Ви поискат копия или сканирани файлове.
pdf-checklist-alternatives = Приема се вместо това: { $documents }
pdf-route-reflection-period = 30-дневен период за размисъл (CESEDA, членове R. 425-1 и R. 425-2)
pdf-route-cst-l425-1 = Първа карта за пребиваване „личен и семеен живот“ (CESEDA, член L. 425-1)
pdf-route-cst-l425-1-renewal = Подновяване на картата за пребиваване „личен и семеен живот“ (CESEDA, член L. 425-1)
pdf-route-carte-resident-l425-3 = Карта за дългосрочно пребиваване за 10 години (CESEDA, член L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Подновяване на картата за дългосрочно пребиваване (CESEDA, членове L. 425-3 и L. 433-2)
pdf-route-aps-l425-4 = Временно разрешение за пребиваване (CESEDA, член L. 425-4)

## What happens next

pdf-next-title = Какво следва?
pdf-next-reflection = По време на периода за размисъл (30 дни от деня, в който получите разписката) имате право да работите и никой не може да Ви принуди да напуснете Франция. Можете да получите и настаняване, здравно осигуряване, помощ в пари, социална подкрепа, правна помощ и, ако сте в опасност, полицейска закрила. Можете да използвате това време, за да решите дали да подадете жалба или да свидетелствате.
pdf-next-reflection-period = Ако подадете жалба или свидетелствате, можете да поискате карта за пребиваване за една година, която Ви позволява да работите. Сдружението може да Ви помогне да подготвите молбата.
pdf-next-cst-l425-1 = След като подадете молбата, поискайте разписка (récépissé): тя Ви позволява да останете във Франция и да работите, докато молбата се разглежда. Картата за пребиваване е валидна една година, позволява Ви да работите и е безплатна. Подновява се, докато продължава наказателното производство.
pdf-next-cst-l425-1-renewal = Поискайте подновяване между 120 и 60 дни преди изтичането на картата. Ако подадете молбата навреме, получавате удостоверение, което Ви позволява да останете във Франция и да работите, докато молбата се разглежда.
pdf-next-carte-resident-l425-3 = Картата за дългосрочно пребиваване е валидна 10 години. Подайте молбата, преди да изтече настоящият Ви документ за пребиваване: префектурата проверява дали пребиваването Ви във Франция е законно.
pdf-next-carte-resident-l425-3-renewal = Поискайте подновяване на картата си за дългосрочно пребиваване между 120 и 60 дни преди изтичането ѝ. За да я поднови, префектурата проверява дали живеете във Франция: по правило поне 6 месеца годишно. Пазете доказателства за живота си във Франция и кажете на сдружението, ако сте прекарали дълги периоди в чужбина.
pdf-next-aps-l425-4 = Временното разрешение за пребиваване е валидно най-малко 6 месеца и Ви позволява да работите. Подновява се, докато следвате програмата за излизане от проституцията.
pdf-next-anef = Молбата се подава онлайн, на сайта ANEF (електронната услуга на френската администрация за чужденци). Сдружението може да я подаде заедно с Вас. След подаването получавате удостоверение: пазете го. Ще получите картата си в префектурата, когато Ви поканят да отидете.
pdf-next-help = Пазете копие от всеки документ и всяко писмо. Ако имате въпрос или Ви липсва документ, говорете със сдружението, което Ви подкрепя.

## Key dates of the case

pdf-dates-title = Вашите дати
pdf-dates-none = Засега няма дати, които да запомните.
pdf-date-reflection-period-end = { $date }: край на периода за размисъл
pdf-date-permit-expires = { $date }: документът Ви за пребиваване изтича
pdf-date-renewal-window-opens = { $date }: от този ден можете да поискате подновяване
pdf-date-renewal-window-closes = { $date }: последен ден да поискате подновяване навреме
pdf-date-document-expires = { $date }: край на валидността – { $document }
pdf-date-planned-filing = { $date }: планирано подаване на молбата Ви в префектурата

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Пълно копие с всички отбелязвания, а не кратко извлечение.
pdf-note-domiciliation-accepted = Издадено преди по-малко от 6 месеца към деня на молбата. Удостоверението за адрес от сдружението се приема.
pdf-note-cerpr-required = Нов подписан договор за всяка молба, включително при подновяване.
pdf-note-cerpr-optional-algerian = За алжирските граждани този договор може би не е задължителен: сдружението проверява това. Дотогава го подпишете.
pdf-note-e-photo-code = Кодът e-photo е отпечатан на листа със снимки, направени от одобрен фотограф или фотоавтомат.
pdf-note-association-letter = Препоръчително, но не задължително: сдружението го пише.
pdf-note-proceedings-ongoing-proof = Например: удостоверение от прокурора или съдията, призовка за съда, писмо от Вашия адвокат.
pdf-note-final-conviction-proof = Удостоверение, че не е подадена жалба, или копие от окончателната присъда. Вашият адвокат може да Ви помогне да го получите.
pdf-note-current-permit-regular-stay = Картата, разписката или удостоверението за продължаване, валидни в деня на молбата. Пазете и документа, който е бил валиден в деня, в който присъдата е станала окончателна.
pdf-note-exit-programme-decision = Решението на префекта, което разрешава Вашата програма за излизане от проституцията; сдружението го изисква.
pdf-note-identity-photo-reflection = Скорошна снимка за документ, за 30-дневната разписка.
pdf-note-confiscated = Взет е от Вас: кажете на сдружението. Може да бъде приет друг документ вместо него.
pdf-note-confiscated-via = Вместо това: { $document } (поискан, чака се отговор).
pdf-note-date-unknown = Датата на документа не е записана: покажете го на сдружението, което ще провери дали е още валиден.
pdf-note-via = Вместо това имате: { $document }.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Връчено Ви на { $date }
pdf-consent-choices = Вашите избори
pdf-consent-purpose-storage = Съхраняване на досието
pdf-consent-purpose-prefecture = Изпращане на данни до префектурата
pdf-consent-purpose-lawyer = Предаване на досието на адвокат или на друго сдружение
pdf-consent-given = Да, на { $date }
pdf-consent-given-undated = Да
pdf-consent-refused = Не, на { $date }
pdf-consent-refused-undated = Не
pdf-consent-withdrawn = Съгласието е оттеглено на { $date }
pdf-consent-withdrawn-undated = Съгласието е оттеглено
pdf-consent-not-asked = Още не е питано
pdf-consent-unnamed-association = Сдружението
pdf-consent-signature-person = Подпис на лицето
pdf-consent-signature-worker = Подпис на придружаващото лице

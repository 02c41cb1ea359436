# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Ukrainian, formal « ви ». To be reviewed by a native speaker.

pdf-page = Сторінка { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Повна копія свідоцтва про народження
pdf-doc-passport = Паспорт
pdf-doc-id-card = Національне посвідчення особи
pdf-doc-consular-certificate = Консульська довідка з фотографією
pdf-doc-consular-card = Консульська картка з фотографією
pdf-doc-nationality-certificate = Довідка про громадянство з фотографією
pdf-doc-proof-of-address = Підтвердження адреси проживання
pdf-doc-complaint-receipt = Розписка про прийняття заяви до поліції
pdf-doc-procedure-reference = Номер кримінальної справи
pdf-doc-cerpr = Підписаний договір про дотримання принципів Республіки (CERPR)
pdf-doc-e-photo = Аркуш із фотографіями та кодом e-photo
pdf-doc-identity-photo = Фото на документи (паперове; код e-photo не потрібен)
pdf-doc-current-permit = Чинний дозвіл на проживання
pdf-doc-proceedings-ongoing-proof = Документ про те, що кримінальна справа триває
pdf-doc-final-conviction-proof = Документ про те, що вирок набрав законної сили
pdf-doc-association-letter = Лист підтримки від асоціації
pdf-doc-exit-programme-decision = Рішення про допуск до програми виходу з проституції

## Where an item stands

pdf-status-ok = У вас є
pdf-status-missing = Потрібно отримати
pdf-status-expired = Застарів: потрібен новий
pdf-status-permit-ended = Більше не дійсний: потрібно продовжити
pdf-status-date-unknown = Потрібно записати дату
pdf-status-requested = Запитано, чекаємо
pdf-status-satisfied-by-alternative = Замінено іншим документом, який приймають
pdf-status-confiscated = У злочинців

## Checklist

pdf-checklist-title = Документи для вашої заяви
pdf-checklist-issued = Список складено { $date }
pdf-checklist-intro = Одна клітинка — один документ. Позначте клітинку, коли документ у вас. Завжди зберігайте оригінали: у вас попросять копії або скановані файли.
pdf-checklist-alternatives = Замість нього приймають: { $documents }
pdf-route-reflection-period = Строк для роздумів — 30 днів (CESEDA, статті R. 425-1 і R. 425-2)
pdf-route-cst-l425-1 = Перша картка перебування «приватне та сімейне життя» (CESEDA, стаття L. 425-1)
pdf-route-cst-l425-1-renewal = Продовження картки перебування «приватне та сімейне життя» (CESEDA, стаття L. 425-1)
pdf-route-carte-resident-l425-3 = Картка резидента на 10 років (CESEDA, стаття L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Продовження картки резидента (CESEDA, статті L. 425-3 і L. 433-2)
pdf-route-aps-l425-4 = Тимчасовий дозвіл на перебування (CESEDA, стаття L. 425-4)

## What happens next

pdf-next-title = Що далі?
pdf-next-reflection = Протягом строку для роздумів (30 днів від дня, коли ви отримали розписку) ви маєте право працювати, і ніхто не може змусити вас виїхати з Франції. Ви також можете отримати житло, медичне страхування, допомогу, соціальний супровід, юридичну допомогу, а якщо вам загрожує небезпека, — захист поліції.
pdf-next-reflection-decide = Використайте цей час, щоб вирішити, чи подаватимете ви заяву до поліції або даватимете свідчення.
pdf-next-reflection-period = Якщо ви подасте заяву або дасте свідчення, ви зможете попросити картку перебування на один рік, яка дає право працювати. Асоціація може допомогти вам підготувати заяву.
pdf-next-cst-l425-1 = Після подання заяви попросіть розписку (récépissé): вона дозволяє залишатися у Франції та працювати, поки розглядають вашу заяву. Картку перебування видають на один рік, вона дає право працювати і є безкоштовною. Її продовжують, поки триває кримінальна справа.
pdf-next-cst-l425-1-renewal = Подайте заяву на продовження за 120–60 днів до закінчення строку дії вашої картки. Якщо ви подасте її вчасно, ви отримаєте довідку, яка дозволяє залишатися у Франції та працювати, поки розглядають вашу заяву.
pdf-next-carte-resident-l425-3 = Картку резидента видають на 10 років. Подайте заяву до закінчення строку дії вашого теперішнього дозволу на перебування: префектура перевіряє, що ви перебуваєте у Франції законно.
pdf-next-carte-resident-l425-3-renewal = Подайте заяву на продовження картки резидента за 120–60 днів до закінчення строку її дії. Щоб продовжити картку, префектура перевіряє, що ви живете у Франції: як правило, щонайменше 6 місяців на рік. Зберігайте докази вашого життя у Франції та скажіть асоціації, якщо ви надовго виїжджали за кордон.
pdf-next-renewal-late = { $date } закінчився строк, щоб вчасно подати заяву на продовження. Подайте заяву відразу, разом з асоціацією: подана зараз, вона, можливо, вже не дасть права на довідку.
pdf-next-aps-l425-4 = Тимчасовий дозвіл на перебування видають щонайменше на 6 місяців, і він дає право працювати. Його продовжують, поки ви берете участь у програмі виходу з проституції.
pdf-next-anef = Заяву подають через інтернет, на сайті ANEF (цифрова служба французької адміністрації для іноземців). Асоціація може зробити це разом із вами. Після подання ви отримаєте підтвердження: збережіть його. Картку ви отримаєте в префектурі, коли вас туди запросять.
pdf-next-agreement-nationality = Ваше громадянство: замість цих правил до вашої заяви може застосовуватися угода між Францією та вашою країною (для Алжиру — угода від 27 грудня 1968 року). Юрист разом з вами перевірить, який дозвіл на проживання просити.
pdf-next-help = Зберігайте копію кожного документа та кожного листа. Якщо у вас є запитання або бракує документа, зверніться до асоціації, яка вам допомагає.

## Key dates of the case

pdf-dates-title = Ваші дати
pdf-dates-none = Поки що немає дат, які треба запам’ятати.
pdf-date-reflection-period-end = { $date }: кінець строку для роздумів
pdf-date-permit-expires = { $date }: закінчується строк дії вашого дозволу на перебування
pdf-date-recepisse-expires = { $date }: закінчується строк дії вашої розписки
pdf-date-renewal-window-opens = { $date }: з цього дня можна подавати заяву на продовження
pdf-date-renewal-window-closes = { $date }: останній день, щоб вчасно подати заяву на продовження
pdf-date-document-expires = { $date }: закінчується строк дії — { $document }
pdf-date-document-fresh-until = { $date }: останній день, коли цей документ достатньо свіжий для заяви — { $document }
pdf-date-planned-filing = { $date }: запланована подача ваших документів до префектури

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Повна копія з усіма відмітками, а не короткий витяг.
pdf-note-domiciliation-accepted = Не старше 6 місяців на день подання заяви. Підходить довідка про реєстрацію адреси в асоціації.
pdf-note-cerpr-required = Новий підписаний договір для кожної заяви, зокрема для продовження.
pdf-note-cerpr-optional-algerian = Для громадян Алжиру цей договір, можливо, не є обов’язковим: асоціація це перевіряє. А поки що підпишіть його.
pdf-note-e-photo-code = Код e-photo надруковано на аркуші з фотографіями, зробленими в акредитованого фотографа або у фотокабіні.
pdf-note-association-letter = Бажано, але не обов’язково: лист пише асоціація.
pdf-note-proceedings-ongoing-proof = Наприклад: довідка з прокуратури або від судді, повістка до суду, лист вашого адвоката.
pdf-note-final-conviction-proof = Довідка про те, що вирок не оскаржено, або копія вироку, що набрав законної сили. Адвокат може допомогти її отримати.
pdf-note-current-permit-regular-stay = Картка, розписка або довідка про продовження, чинна в день подання заяви. Збережіть також документ, що був чинним у день, коли вирок набрав законної сили.
pdf-note-exit-programme-decision = Рішення префекта про допуск до програми виходу з проституції; його запитує асоціація.
pdf-note-identity-photo-reflection = Свіже фото на документи для розписки на 30 днів.
pdf-note-confiscated = Документ у вас забрали: скажіть про це в асоціації.
pdf-note-confiscated-replaceable = Документ у вас забрали: скажіть про це в асоціації. Замість нього може підійти інший документ.
pdf-note-confiscated-via = Замість нього: { $document } (запит надіслано, чекаємо відповіді).
pdf-note-date-unknown = Дату документа не записано: покажіть його в асоціації, там перевірять, чи він ще чинний.
pdf-note-document-expired = Термін дії закінчився { $date }: покажіть цей документ в асоціації, там перевірять, чи його приймуть.
pdf-note-via-expired = Натомість у вас є: { $document }. Термін дії цього документа закінчився { $date }: в асоціації перевірять, чи його приймуть.
pdf-note-via = Натомість у вас є: { $document }.
pdf-note-via-stale = Натомість у вас є: { $document }. Застарів: потрібен новий.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Документ видано { $date }
pdf-consent-choices = Ваш вибір
pdf-consent-purpose-storage = Зберігання вашого досьє
pdf-consent-purpose-prefecture = Надсилання відомостей до префектури
pdf-consent-purpose-lawyer = Передача вашого досьє адвокатові або іншій асоціації
pdf-consent-given = Так, { $date }
pdf-consent-given-undated = Так
pdf-consent-refused = Ні, { $date }
pdf-consent-refused-undated = Ні
pdf-consent-withdrawn = Згоду відкликано { $date }
pdf-consent-withdrawn-undated = Згоду відкликано
pdf-consent-not-asked = Ще не запитували
pdf-consent-unnamed-association = Асоціація
pdf-consent-signature-person = Ваш підпис
pdf-consent-signature-worker = Підпис людини, яка вам допомагає

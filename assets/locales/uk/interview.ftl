# Питання співбесіди, які людина читає поруч із французьким текстом. Див. fr/interview.ftl.
# Однакові ідентифікатори та змінні в усіх мовах; відповіді зберігаються як коди.
# Звертання на « ви ». Переклад має перевірити носій української мови.

## Welcome and common answers
iv-welcome = Ця розмова конфіденційна. Ви можете відповісти «не знаю». Ви можете попросити перерву будь-коли.
iv-worker-only = Це питання — для соціального працівника.
iv-none = Немає
iv-opt-yes = Так
iv-opt-no = Ні
iv-opt-not-established = Не знаю

## Steps
iv-step-identity = Особа та мови
iv-step-situation = Ваше становище
iv-step-cooperation = Заява та кримінальна справа
iv-step-ties = Зв’язки з кривдниками
iv-step-public-order = Минулі події
iv-step-permit = Документ на перебування зараз
iv-step-documents = Документи
iv-intro-ties = Ці питання ставлять, бо цього вимагає закон. Ваші відповіді залишаються конфіденційними.
iv-intro-public-order = Ці питання допомагають підготувати вашу заяву. Те, що вас змусили зробити інші люди, можна пояснити.
iv-intro-documents = Про кожен документ скажіть, чи він у вас є.

## Identity and languages
iv-q-family-name = Яке ваше прізвище?
iv-q-given-names = Яке у вас ім’я (або імена)?
iv-q-aliases = Чи користувалися ви іншими іменами або документами на інше ім’я? (одне ім’я в рядку)
iv-q-sex = Ви:
iv-opt-sex-f = жінка
iv-opt-sex-m = чоловік
iv-opt-sex-x = інше
iv-q-birth-date = Яка ваша дата народження?
iv-q-birth-place = Де ви народилися? (місто та країна)
iv-q-nationality = Яке ваше громадянство?
iv-opt-nationality-stateless = особа без громадянства
iv-q-other-nationalities = Чи маєте ви інше громадянство? Яке?
iv-q-languages = Якими мовами ви розмовляєте?
iv-q-address-line = За якою адресою ви можете отримувати пошту? (вулиця або адреса асоціації)
iv-q-postcode = Поштовий індекс цієї адреси
iv-q-commune = Населений пункт цієї адреси
iv-q-city = Місто цієї адреси
iv-q-phone = За яким номером телефону з вами можна зв’язатися? (його буде надруковано в листі; залиште порожнім, якщо не хочете)

## Situation
iv-q-exit-programme = Чи прийняли вас до програми виходу з проституції?
iv-q-exit-programme-date = З якої дати?
iv-q-domestic-violence = Чи зазнаєте ви насильства від подружжя, партнера чи члена родини?
iv-q-protection-order = Чи ухвалював суддя для вас рішення про захист (ordonnance de protection)?
iv-q-protection-order-date = Дата рішення про захист
iv-q-child-welfare = Чи передавав вас суддя під опіку служби захисту дітей (ASE) або довіреній особі?
iv-q-child-welfare-date = З якої дати?
iv-q-child-welfare-placement = Суддя вирішив передати вас:
iv-opt-child-welfare-placement-ase = службі захисту дітей (ASE)
iv-opt-child-welfare-placement-trusted-third-party = довіреній особі
iv-q-work-or-training = Ви працюєте або навчаєтеся професії, чи плануєте це?

## Complaint and proceedings
iv-q-complaint = Чи подавали ви заяву до поліції або жандармерії?
iv-q-complaint-date = Дата заяви
iv-q-complaint-service = Де ви подали заяву? (комісаріат поліції, жандармерія)
iv-q-testimony = Чи давали ви свідчення у кримінальній справі проти людей, які вас експлуатували?
iv-q-testimony-date = Дата свідчень
iv-q-testimony-service = У якій службі чи в якому суді?
iv-q-reflection-recepisse = Чи видала вам префектура розписку (récépissé) на 30-денний строк для роздумів?
iv-q-reflection-date = Дата отримання цієї розписки

## Ties with the perpetrators
iv-q-ties-broken = Чи припинили ви будь-який зв’язок з людьми, які вас експлуатували?

## Past events
iv-q-false-documents = Чи користувалися ви коли-небудь підробленими документами або документами іншої людини?
iv-q-removal-order = Чи отримували ви коли-небудь припис залишити територію Франції (OQTF), після якого ви не виїхали з Франції?

## Current residence document
iv-q-permit-kind = Який документ на перебування у вас зараз?
iv-opt-permit-kind-none = жодного
iv-opt-permit-kind-recepisse-reflection = розписка на строк для роздумів (30 днів)
iv-opt-permit-kind-recepisse-application = розписка про подання заяви на дозвіл на перебування
iv-opt-permit-kind-cst-vpf-l425-1 = тимчасова картка перебування «приватне та сімейне життя» (для постраждалих)
iv-opt-permit-kind-aps-l425-4 = тимчасовий дозвіл на перебування (програма виходу з проституції)
iv-opt-permit-kind-carte-resident-l425-3 = картка резидента (10 років)
iv-opt-permit-kind-temporary-protection = тимчасовий дозвіл на перебування «тимчасовий захист» (наприклад, для переміщених осіб з України)
iv-opt-permit-kind-asylum-application = довідка про подання заяви про надання притулку
iv-opt-permit-kind-other = інший документ
iv-q-permit-issued = Дата видачі цього документа
iv-q-permit-expires = Дата закінчення строку дії цього документа
iv-q-permit-renewals = Скільки разів цю картку вже продовжували?
iv-q-renewal-filed-on = Дата подання заяви на продовження
iv-opt-renewal-filed-on-not-filed = ще не подано

## Documents
iv-opt-document-status-have = у мене є
iv-opt-document-status-missing = у мене немає
iv-opt-document-status-requested = запитано, чекаю
iv-opt-document-status-confiscated = забрали кривдники
iv-q-document-date = { $document }: дата видачі
iv-q-document-number = { $document }: номер
iv-q-document-expires = { $document }: строк дії (дійсний до)

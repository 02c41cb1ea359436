# Въпроси от интервюто, които човекът чете до френския текст. Вижте fr/interview.ftl.
# Едни и същи идентификатори и променливи на всички езици; отговорите се пазят като кодове.
# Обръщение с « Вие ». Преводът трябва да бъде проверен от носител на българския език.

## Welcome and common answers
iv-welcome = Този разговор е поверителен. Можете да отговорите „не знам“. Можете да поискате почивка по всяко време.
iv-worker-only = Този въпрос е за социалния работник.
iv-none = Няма
iv-opt-yes = Да
iv-opt-no = Не
iv-opt-not-established = Не знам

## Steps
iv-step-identity = Самоличност и езици
iv-step-situation = Положение
iv-step-cooperation = Жалба и производство
iv-step-ties = Връзки с извършителите
iv-step-public-order = Минали събития
iv-step-permit = Настоящ документ за пребиваване
iv-step-documents = Документи
iv-intro-ties = Тези въпроси се задават, защото законът ги изисква. Отговорите Ви остават поверителни.
iv-intro-public-order = Тези въпроси помагат да се подготви молбата Ви. Това, което други хора са Ви принудили да направите, може да бъде обяснено.
iv-intro-documents = За всеки документ кажете дали го имате.

## Identity and languages
iv-q-family-name = Каква е Вашата фамилия?
iv-q-given-names = Какво е собственото Ви име (или имена)?
iv-q-aliases = Използвали ли сте други имена или документи на друго име? (по едно име на ред)
iv-q-sex = Вие сте:
iv-opt-sex-f = жена
iv-opt-sex-m = мъж
iv-opt-sex-x = друго
iv-q-birth-date = Каква е Вашата дата на раждане?
iv-q-birth-place = Какво е мястото Ви на раждане? (град и държава)
iv-q-nationality = Какво е Вашето гражданство?
iv-opt-nationality-stateless = без гражданство
iv-q-other-nationalities = Имате ли и друго гражданство? Какво?
iv-q-languages = Какви езици говорите?
iv-q-address-line = На какъв адрес можете да получавате поща? (улица или „чрез“ сдружението)
iv-q-postcode = Пощенски код на този адрес
iv-q-commune = Населено място на този адрес
iv-q-city = Населено място на този адрес
iv-q-phone = На какъв телефонен номер можем да се свържем с Вас? (отпечатва се в писмото; оставете празно, ако предпочитате)

## Situation
iv-q-exit-programme = Приеха ли Ви в програма за излизане от проституцията?
iv-q-exit-programme-date = От кога?
iv-q-domestic-violence = Търпите ли насилие от съпруг, партньор или член на семейството Ви?
iv-q-protection-order = Съдия издал ли е заповед за защита за Вас?
iv-q-protection-order-date = Дата на заповедта за защита
iv-q-child-welfare = Съдия настанил ли Ви е в службата за закрила на детето (ASE) или при доверено лице?
iv-q-child-welfare-date = От кога?
iv-q-child-welfare-placement = Съдията реши да Ви настани:
iv-opt-child-welfare-placement-ase = в службата за закрила на детето (ASE)
iv-opt-child-welfare-placement-trusted-third-party = при доверено лице (tiers digne de confiance)
iv-q-work-or-training = Работите ли или следвате ли професионално обучение, или имате ли такова намерение?

## Complaint and proceedings
iv-q-complaint = Подали ли сте жалба в полицията или в жандармерията?
iv-q-complaint-date = Дата на жалбата
iv-q-complaint-service = Къде я подадохте? (полицейски участък, жандармерия)
iv-q-testimony = Свидетелствали ли сте в наказателно производство срещу хората, които са Ви експлоатирали?
iv-q-testimony-date = Дата на свидетелските показания
iv-q-testimony-service = Пред коя служба или кой съд?
iv-q-reflection-recepisse = Префектурата даде ли Ви разписка (récépissé) за 30-дневен период за размисъл?
iv-q-reflection-date = Дата, на която получихте тази разписка

## Ties with the perpetrators
iv-q-ties-broken = Прекъснахте ли всякакъв контакт с хората, които са Ви експлоатирали?

## Past events
iv-q-false-documents = Използвали ли сте някога фалшиви документи или документите на друг човек?
iv-q-removal-order = Получавали ли сте някога заповед да напуснете територията на Франция (OQTF), без след това да напуснете Франция?

## Current residence document
iv-q-permit-kind = Какъв документ за пребиваване имате днес?
iv-opt-permit-kind-none = нямам
iv-opt-permit-kind-recepisse-reflection = разписка за периода за размисъл (30 дни)
iv-opt-permit-kind-recepisse-application = разписка за подадена молба за пребиваване
iv-opt-permit-kind-cst-vpf-l425-1 = временна карта за пребиваване „личен и семеен живот“ (жертва)
iv-opt-permit-kind-aps-l425-4 = временно разрешение за пребиваване (програма за излизане от проституцията)
iv-opt-permit-kind-carte-resident-l425-3 = карта за дългосрочно пребиваване (10 години)
iv-opt-permit-kind-temporary-protection = временно разрешение за пребиваване „временна закрила“ (например разселени от Украйна хора)
iv-opt-permit-kind-asylum-application = удостоверение за подадена молба за убежище
iv-opt-permit-kind-other = друг документ
iv-q-permit-issued = Дата на издаване на този документ
iv-q-permit-expires = Дата, до която е валиден този документ
iv-q-permit-renewals = Колко пъти вече е подновявана тази карта?
iv-q-renewal-filed-on = Дата на подаване на молбата за подновяване
iv-opt-renewal-filed-on-not-filed = още не е подадена

## Documents
iv-opt-document-status-have = имам го
iv-opt-document-status-missing = нямам го
iv-opt-document-status-requested = поискан, чакам
iv-opt-document-status-confiscated = взет от извършителите
iv-q-document-date = { $document }: дата на издаване
iv-q-document-number = { $document }: номер
iv-q-document-expires = { $document }: дата на изтичане (валиден до)

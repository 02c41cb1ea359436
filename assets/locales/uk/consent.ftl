# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Ваші дані та ваша згода
consent-notice-intro = { $association } допомагає вам з оформленням документів. Для цього ми записуємо відомості про вас: ваші особисті дані, ваше становище та документи з вашого досьє. На кожен пункт нижче ви можете відповісти «так» або «ні». Якщо ви відмовитеся, це ніяк не змінить нашу допомогу вам.
consent-notice-storage = Зберігання вашого досьє: ваші дані зберігаються в зашифрованому вигляді на комп’ютері асоціації. Прочитати їх можуть лише ті члени команди, які вам допомагають.
consent-notice-prefecture = Надсилання відомостей до префектури: лише те, що потрібно для вашої заяви на дозвіл на проживання, і лише з вашої згоди.
consent-notice-lawyer = Передача вашого досьє адвокатові або іншій асоціації: лише якщо ви про це попросите або на це погодитеся.
consent-notice-rights = Ви будь-коли можете попросити показати вам ваші дані, виправити їх або видалити.
consent-notice-withdraw = Ви можете відкликати свою згоду будь-коли: достатньо сказати про це людині, яка вам допомагає. Якщо ви відкличете згоду на зберігання вашого досьє, його буде видалено.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } допомагає вам з оформленням документів. Для цього ми записуємо відомості про вас: ваші особисті дані, ваше становище та документи з вашого досьє. На кожен пункт нижче ви можете відповісти «так» або «ні». Якщо ви відмовитеся, це ніяк не змінить нашу допомогу вам.
consent-notice-prefecture-2 = Надсилання відомостей до префектури: лише те, що потрібно для вашої заяви на дозвіл на проживання, і лише з вашої згоди.
consent-notice-lawyer-2 = Передача вашого досьє адвокатові або іншій асоціації: лише якщо ви про це попросите або на це погодитеся.
consent-notice-rights-2 = Ви будь-коли можете попросити показати вам ваші дані, виправити їх або видалити.

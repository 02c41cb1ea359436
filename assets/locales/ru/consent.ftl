# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Ваши данные и ваше согласие
consent-notice-intro = { $association } помогает вам с оформлением документов. Для этого мы записываем сведения о вас: ваши личные данные, ваше положение и документы из вашего досье. На каждый пункт ниже вы можете ответить «да» или «нет». Если вы откажетесь, это никак не изменит нашу помощь вам.
consent-notice-storage = Хранение вашего досье: ваши данные хранятся в зашифрованном виде на компьютере ассоциации. Прочитать их могут только те члены команды, которые вам помогают.
consent-notice-prefecture = Отправка сведений в префектуру: только то, что нужно для вашего заявления на вид на жительство, и только с вашего согласия.
consent-notice-lawyer = Передача вашего досье адвокату или другой ассоциации: только если вы об этом попросите или на это согласитесь.
consent-notice-rights = Вы можете в любой момент попросить показать вам ваши данные, исправить их или удалить.
consent-notice-withdraw = Вы можете отозвать своё согласие когда угодно: достаточно сказать об этом человеку, который вам помогает. Если вы отзовёте согласие на хранение вашего досье, оно будет удалено.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } помогает вам с оформлением документов. Для этого мы записываем сведения о вас: ваши личные данные, ваше положение и документы из вашего досье. На каждый пункт ниже вы можете ответить «да» или «нет». Если вы откажетесь, это никак не изменит нашу помощь вам.
consent-notice-prefecture-2 = Отправка сведений в префектуру: только то, что нужно для вашего заявления на вид на жительство, и только с вашего согласия.
consent-notice-lawyer-2 = Передача вашего досье адвокату или другой ассоциации: только если вы об этом попросите или на это согласитесь.
consent-notice-rights-2 = Вы можете в любой момент попросить показать вам ваши данные, исправить их или удалить.

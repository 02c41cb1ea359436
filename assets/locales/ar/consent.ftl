# Consent notice, version 1 (model::case::CONSENT_NOTICE_VERSION).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = معلوماتك وموافقتك
consent-notice-intro = تساعدك { $association } في إجراءاتك. لهذا نسجل معلومات عنك: من أنت، ووضعك، والوثائق الموجودة في ملفك. يمكنك أن تقولي نعم أو لا لكل استعمال من الاستعمالات أدناه. قول لا لا يغير شيئا في المساعدة التي نقدمها لك.
consent-notice-storage = حفظ ملفك: تحفظ معلوماتك مشفرة على حاسوب الجمعية. لا يستطيع قراءتها إلا أعضاء الفريق الذين يساعدونك.
consent-notice-prefecture = إرسال معلومات إلى المحافظة (préfecture): فقط ما يحتاجه طلب تصريح إقامتك، وفقط إذا وافقت.
consent-notice-lawyer = تسليم ملفك إلى محام أو إلى جمعية أخرى: فقط إذا طلبت ذلك أو وافقت عليه.
consent-notice-rights = يمكنك في أي وقت أن تطلبي رؤية معلوماتك أو تصحيحها أو حذفها.
consent-notice-withdraw = يمكنك سحب موافقتك متى شئت، بمجرد إخبار الشخص الذي يساعدك. إذا سحبت موافقتك على حفظ ملفك، فسيحذف.

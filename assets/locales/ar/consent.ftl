# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
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

# Version 2: the paragraphs that spoke to a woman (« أن تقولي », « أن تطلبي ») are worded
# neutrally in writing, since the notice is given before the interview asks the sex; « هويتك »
# rather than « من أنت », « بموافقتك » rather than « إذا وافقت » (which could read « if it agreed »).
# Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = تساعدك { $association } في إجراءاتك. لهذا نسجل معلومات عنك: هويتك، ووضعك، والوثائق الموجودة في ملفك. يمكنك قبول كل استعمال من الاستعمالات المذكورة أدناه أو رفضه. رفضك لا يغير شيئا في المساعدة التي نقدمها لك.
consent-notice-prefecture-2 = إرسال معلومات إلى المحافظة (préfecture): فقط ما يحتاجه طلب تصريح إقامتك، وفقط بموافقتك.
consent-notice-lawyer-2 = تسليم ملفك إلى محام أو إلى جمعية أخرى: فقط بطلب منك أو بموافقتك.
consent-notice-rights-2 = يمكنك في أي وقت طلب رؤية معلوماتك أو تصحيحها أو حذفها.

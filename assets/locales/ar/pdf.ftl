# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Modern Standard Arabic, right to left, addressed to the person (« أنت »). To be reviewed by a native speaker.

pdf-page = الصفحة { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = نسخة كاملة من شهادة الميلاد
pdf-doc-passport = جواز السفر
pdf-doc-id-card = بطاقة التعريف الوطنية
pdf-doc-consular-certificate = شهادة قنصلية بصورة
pdf-doc-consular-card = بطاقة قنصلية بصورة
pdf-doc-nationality-certificate = شهادة الجنسية بصورة
pdf-doc-proof-of-address = إثبات العنوان
pdf-doc-complaint-receipt = وصل إيداع الشكوى
pdf-doc-procedure-reference = مرجع الإجراءات الجنائية
pdf-doc-cerpr = عقد احترام مبادئ الجمهورية (CERPR)، موقع
pdf-doc-e-photo = ورقة الصور مع رمز e-photo
pdf-doc-identity-photo = صورة هوية مطبوعة على ورق، دون حاجة إلى رمز e-photo
pdf-doc-current-permit = تصريح إقامة ساري المفعول
pdf-doc-proceedings-ongoing-proof = إثبات أن الإجراءات الجنائية جارية
pdf-doc-final-conviction-proof = إثبات أن حكم الإدانة نهائي
pdf-doc-association-letter = رسالة دعم من الجمعية
pdf-doc-exit-programme-decision = قرار قبولك في برنامج الخروج من الدعارة

## Where an item stands

pdf-status-ok = لديك
pdf-status-missing = ليس لديك بعد
pdf-status-stateless = للمناقشة مع الجمعية
pdf-status-expired = قديمة جدا: احصلي على نسخة جديدة
pdf-status-expired-at-filing = احصلي على نسخة جديدة قبل تقديم الطلب بقليل
pdf-status-expired-to-check = ربما قديمة جدا: ستتحقق الجمعية من ذلك
pdf-status-permit-ended = لم يعد صالحًا: يجب تجديده
pdf-status-permit-ended-renewal-filed = لم يعد صالحًا: طُلب تجديده
pdf-status-permit-ended-renewal-refused = لم يعد صالحًا: رُفض التجديد
pdf-status-permit-ended-renewal-granted = لم يعد صالحًا: تمت الموافقة على التجديد
pdf-status-date-unknown = يجب تسجيل التاريخ
pdf-status-requested = طلبت، في الانتظار
pdf-status-satisfied-by-alternative = عوضت بوثيقة أخرى مقبولة
pdf-status-confiscated = في حوزة الجناة

## Checklist

pdf-checklist-title = الوثائق اللازمة لطلبك
pdf-checklist-issued = قائمة أعدت بتاريخ { $date }
pdf-checklist-intro = مربع واحد لكل وثيقة. ضعي علامة في المربع عندما تكون الوثيقة لديك. احتفظي دائما بالأصول: ستطلب منك نسخ أو ملفات ممسوحة ضوئيا.
pdf-checklist-intro-none = لا توجد حاليا أي وثيقة يجب جمعها لهذا الإجراء.
pdf-checklist-practice = لا يحدد أي نص قائمة الوثائق لهذا الطلب: هذه القائمة تتبع ممارسة المحافظات، وستراجعها الجمعية معك. قد تطلب المحافظة وثائق أخرى.
pdf-checklist-alternatives = يقبل بدلا منها: { $documents }
pdf-route-reflection-period = مهلة تفكير مدتها 30 يوما (CESEDA، المادتان R. 425-1 وR. 425-2)
pdf-route-cst-l425-1 = أول بطاقة إقامة «حياة خاصة وعائلية» (CESEDA، المادة L. 425-1)
pdf-route-cst-l425-1-renewal = تجديد بطاقة الإقامة «حياة خاصة وعائلية» (CESEDA، المادة L. 425-1)
pdf-route-carte-resident-l425-3 = بطاقة مقيم لمدة 10 سنوات (CESEDA، المادة L. 425-3)
pdf-route-carte-resident-l425-3-renewal = تجديد بطاقة المقيم (CESEDA، المادة L. 425-3)
pdf-route-aps-l425-4 = رخصة إقامة مؤقتة (CESEDA، المادة L. 425-4)

## What happens next

pdf-next-title = ماذا بعد؟
pdf-next-reflection = خلال مهلة التفكير (30 يوما من يوم استلامك للوصل)، يحق لك العمل ولا يمكن لأحد أن يجبرك على مغادرة فرنسا. يمكنك أيضا الحصول على سكن، وتغطية صحية، ومنحة، ودعم اجتماعي، ومساعدة قانونية، وإذا كنت في خطر، على حماية الشرطة.
pdf-next-reflection-under-16 = خلال مهلة التفكير (30 يوما من يوم استلامك للوصل)، لا يمكن لأحد أن يجبرك على مغادرة فرنسا. يمكنك أيضا الحصول على سكن، وتغطية صحية، ومنحة، ودعم اجتماعي، ومساعدة قانونية، وإذا كنت في خطر، على حماية الشرطة.
pdf-next-reflection-decide = يمكنك استغلال هذا الوقت لتقرري هل تقدمين شكوى أو تدلين بشهادتك.
pdf-next-reflection-period = إذا قدمت شكوى أو أدليت بشهادتك، يمكنك طلب بطاقة إقامة لمدة سنة تسمح لك بالعمل. يمكن للجمعية مساعدتك في تحضير الطلب.
pdf-next-reflection-period-under-16 = إذا قدمت شكوى أو أدليت بشهادتك، يمكنك، ابتداء من سن 16 سنة، طلب بطاقة إقامة لمدة سنة. يمكن للجمعية مساعدتك في تحضير الطلب.
pdf-next-cst-l425-1 = بعد تقديم طلبك، اطلبي من المحافظة الوثيقة التي تثبت أنه يمكنك البقاء في فرنسا طوال مدة دراسة طلبك، وهي غالبا وصل (récépissé): ما تسمح لك به هذه الوثيقة، وخاصة هل يمكنك العمل، يتوقف على نوعها، وستتحقق الجمعية من ذلك معك. بطاقة الإقامة صالحة لمدة سنة، وتسمح لك بالعمل، وهي مجانية. تجدد ما دامت الإجراءات الجنائية مستمرة.
pdf-next-cst-l425-1-renewal = اطلبي التجديد بين 120 يوما و60 يوما قبل انتهاء بطاقتك. إذا قدمت الطلب في الوقت المحدد، تحصلين على شهادة تسمح لك بالبقاء في فرنسا والعمل طوال مدة دراسة طلبك.
pdf-next-carte-resident-l425-3 = بطاقة المقيم صالحة لمدة 10 سنوات. قدمي طلبك قبل انتهاء تصريح إقامتك الحالي: تتحقق المحافظة من أن إقامتك في فرنسا قانونية.
pdf-next-carte-resident-l425-3-renewal = اطلبي تجديد بطاقة المقيم الخاصة بك بين 120 يوما و60 يوما قبل انتهائها. لتجديدها، تتحقق المحافظة من أنك تعيشين في فرنسا: مبدئياً 6 أشهر على الأقل في السنة. احتفظي بما يثبت حياتك في فرنسا، وأخبري الجمعية إذا قضيت فترات طويلة خارج فرنسا.
pdf-next-renewal-window-to-check = يجب التحقق من هذه التواريخ مع الجمعية: القاعدة التي تحددها لبطاقتك لم يتم تأكيدها بعد.
pdf-next-renewal-late = انتهت مدة طلب التجديد في الوقت المحدد في { $date }. قدمي طلبك فورا، مع الجمعية. لأن طلبك متأخر، فقد لا يحق لك بعد الآن الحصول على الشهادة التي تسمح لك بالبقاء في فرنسا والعمل طوال مدة دراسة طلبك.
pdf-next-renewal-filed-late = قدم طلب التجديد بعد انتهاء المدة المحددة ({ $date }): قد لا تحصلين على الشهادة التي تسمح لك بالبقاء في فرنسا والعمل طوال مدة دراسة طلبك. احتفظي بما يثبت تقديم الطلب وتحدثي مع الجمعية.
pdf-next-renewal-filed-in-time = قُدم طلب التجديد بتاريخ { $date }، في المدة المحددة. إذا لم يصدر القرار عند انتهاء بطاقتك، تحصلين على شهادة تمديد دراسة الطلب التي تسمح لك بالبقاء في فرنسا والعمل طوال مدة دراسة طلبك: احتفظي بها مع بطاقتك وما يثبت تقديم الطلب. إذا لم تحصلي عليها، تحدثي مع الجمعية.
pdf-next-renewal-filed = قُدم طلب التجديد بتاريخ { $date }. احتفظي بما يثبت تقديم الطلب: ستتحقق الجمعية معك مما يسمح لك بالبقاء في فرنسا طوال مدة دراسة طلبك.
pdf-next-renewal-filed-early = قُدم طلب التجديد بتاريخ { $date }، قبل بداية المدة المحددة ({ $opens }). ستتحقق الجمعية معك مما إذا كان يجب تقديمه من جديد خلال هذه المدة.
pdf-next-renewal-unanswered = قُدم طلب التجديد بتاريخ { $date }. إذا لم ترد المحافظة خلال أربعة أشهر، يمكن اعتبار الطلب مرفوضا: تحدثي مع الجمعية دون تأخير.
pdf-next-renewal-refused = رُفض طلب التجديد. تحدثي مع الجمعية فورا: يمكن الطعن في هذا القرار، ولكن خلال مدة محدودة.
pdf-next-renewal-granted-on = تمت الموافقة على طلب التجديد بتاريخ { $date }. إذا لم تحصلي بعد على بطاقتك الجديدة، ستستلمينها من المحافظة عندما تطلب منك المحافظة الحضور. ثم أظهريها للجمعية.
pdf-next-renewal-granted = تمت الموافقة على طلب التجديد. إذا لم تحصلي بعد على بطاقتك الجديدة، ستستلمينها من المحافظة عندما تطلب منك المحافظة الحضور. ثم أظهريها للجمعية.
pdf-next-aps-l425-4 = رخصة الإقامة المؤقتة صالحة لمدة 6 أشهر على الأقل وتسمح لك بالعمل. تجدد ما دمت تتابعين برنامج الخروج من الدعارة.
pdf-next-anef = يقدم الطلب عبر الإنترنت، على موقع ANEF (الخدمة الرقمية للإدارة الفرنسية الخاصة بالأجانب). يمكن للجمعية أن تقوم بذلك معك. بعد تقديم الطلب، تحصلين على شهادة: احتفظي بها. ستستلمين بطاقتك من المحافظة عندما تطلب منك المحافظة الحضور.
pdf-next-agreement-nationality = جنسيتك: قد يطبق على طلبك، بدلا من هذه القواعد، اتفاق بين فرنسا وبلدك (بالنسبة للجزائر، اتفاق 27 ديسمبر 1968). سيتحقق معك مستشار قانوني من بطاقة الإقامة التي عليك طلبها.
pdf-next-minor-under-16 = لا يمكن إصدار هذه البطاقة لك قبل أن تبلغي 16 سنة. ما دمت دون 18 سنة، لا تحتاجين إلى تصريح إقامة للبقاء في فرنسا. ستساعدك الجمعية على تحضير طلبك في الوقت المناسب.
pdf-next-help = احتفظي بنسخة من كل وثيقة ومن كل رسالة. إذا كان لديك سؤال أو كانت تنقصك وثيقة، تحدثي مع الجمعية التي ترافقك.

## Key dates of the case

pdf-dates-title = تواريخك
pdf-dates-none = لا توجد تواريخ يجب تذكرها حاليا.
pdf-dates-estimated = (*) تاريخ يجب التحقق منه مع الجمعية: هو تاريخ تقديري، أو أن القاعدة التي تحدده لم يتم تأكيدها بعد.
pdf-date-reflection-period-end = { $date }: نهاية مهلة التفكير
pdf-date-permit-expires = { $date }: تنتهي صلاحية وثيقة إقامتك
pdf-date-recepisse-expires = { $date }: ينتهي وصلك
pdf-date-renewal-window-opens = { $date }: ابتداء من هذا اليوم، يمكنك طلب التجديد
pdf-date-renewal-window-closes = { $date }: آخر يوم لطلب التجديد في الوقت المحدد
pdf-date-document-expires = { $date }: نهاية الصلاحية – { $document }
pdf-date-document-fresh-until = { $date }: آخر يوم تكون فيه هذه الوثيقة حديثة بما يكفي للطلب – { $document }
pdf-date-planned-filing = { $date }: الموعد المقرر لتقديم طلبك في المحافظة
pdf-date-turns-18 = { $date }: بلوغك 18 سنة
pdf-date-majority-application-closes = { $date }: آخر يوم لطلب تصريح إقامتك بعد بلوغك 18 سنة

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = نسخة كاملة بكل البيانات الهامشية، وليس مستخرجا مختصرا.
pdf-note-domiciliation-accepted = لا يتجاوز عمرها 6 أشهر يوم تقديم الطلب. شهادة العنوان الصادرة عن الجمعية مقبولة عادة.
pdf-note-cerpr-required = عقد جديد موقع لكل طلب، بما في ذلك التجديد.
pdf-note-cerpr-optional-algerian = بالنسبة للمواطنين الجزائريين، قد لا يكون هذا العقد إلزاميا: الجمعية تتحقق من ذلك. في هذه الأثناء، وقّعيه.
pdf-note-e-photo-code = رمز e-photo مطبوع على ورقة الصور التي يعدها مصور أو كشك صور معتمد.
pdf-note-association-letter = مستحسنة وليست إلزامية: تكتبها الجمعية.
pdf-note-proceedings-ongoing-proof = مثلا: شهادة من وكيل الجمهورية أو من القاضي، استدعاء إلى المحكمة، رسالة من محاميك.
pdf-note-final-conviction-proof = شهادة بعدم الطعن بالاستئناف، أو نسخة من الحكم النهائي. يمكن لمحاميك مساعدتك في الحصول عليها.
pdf-note-current-permit-regular-stay = البطاقة أو الوصل أو شهادة التمديد الصالحة يوم تقديم الطلب. احتفظي أيضا بالوثيقة التي كانت صالحة يوم أصبح حكم الإدانة نهائيا.
pdf-note-exit-programme-decision = قرار المحافظ الذي يأذن ببرنامج خروجك من الدعارة؛ الجمعية تطلبه.
pdf-note-identity-photo-reflection = صورة هوية حديثة، لوصل الثلاثين يوما.
pdf-note-confiscated = أخذت منك: أخبري الجمعية.
pdf-note-stateless = ليست لديك جنسية: ستبحث الجمعية معك عن الوثيقة التي تحل محل جواز السفر ووثائق القنصلية.
pdf-note-confiscated-replaceable = أخذت منك: أخبري الجمعية. قد تقبل وثيقة أخرى بدلا منها.
pdf-note-confiscated-via = بدلا منها: { $document } (طلبت، في انتظار الرد).
pdf-note-date-unknown = لم يسجل تاريخ الوثيقة: اعرضيها على الجمعية لتتحقق من أنها ما زالت صالحة.
pdf-note-document-expired = انتهت صلاحية هذه الوثيقة في { $date }: اعرضيها على الجمعية لتتحقق مما إذا كانت ما زالت مقبولة.
pdf-note-via-expired = لديك بدلا منها: { $document }. انتهت صلاحية هذه الوثيقة في { $date }: ستتحقق الجمعية مما إذا كانت ما زالت مقبولة.
pdf-note-via = لديك بدلا منها: { $document }.
pdf-note-via-stale = لديك بدلا منها: { $document }. قديمة جدا: احصلي على نسخة جديدة.
pdf-note-stale-at-filing = لن يكون تاريخها حديثا بما يكفي يوم تقديم الطلب (هو كذلك حتى { $date }): احصلي على هذه الوثيقة من جديد قبل التقديم بقليل.
pdf-note-via-stale-at-filing = لديك بدلا منها: { $document }. لن يكون تاريخها حديثا بما يكفي يوم تقديم الطلب (هو كذلك حتى { $date }): احصلي على هذه الوثيقة من جديد قبل التقديم بقليل.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = سلمت إليك بتاريخ { $date }
pdf-consent-choices = اختياراتك
pdf-consent-purpose-storage = حفظ ملفك
pdf-consent-purpose-prefecture = إرسال معلومات إلى المحافظة
pdf-consent-purpose-lawyer = تسليم ملفك إلى محام أو إلى جمعية أخرى
pdf-consent-given = نعم، بتاريخ { $date }
pdf-consent-given-undated = نعم
pdf-consent-refused = لا، بتاريخ { $date }
pdf-consent-refused-undated = لا
pdf-consent-withdrawn = سحبت الموافقة بتاريخ { $date }
pdf-consent-withdrawn-undated = سحبت الموافقة
pdf-consent-not-asked = لم يطرح السؤال بعد
pdf-consent-unnamed-association = الجمعية
pdf-consent-signature-person = توقيع الشخص المعني
pdf-consent-signature-worker = توقيع الشخص الذي يرافقك

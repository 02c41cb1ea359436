# أسئلة المقابلة التي تقرأ للشخص بجانب النص الفرنسي. انظر fr/interview.ftl.
# Same ids and variables in every language; answers are stored as codes, never as this text.
# Modern Standard Arabic, right to left, addressed to the person (« أنت »). To be reviewed by a native speaker.

## Welcome and common answers
iv-welcome = هذه المحادثة سرية. يمكنك الإجابة بـ«لا أعرف». يمكنك طلب استراحة في أي وقت.
iv-worker-only = هذا السؤال موجه إلى الأخصائي الاجتماعي.
iv-none = لا شيء
iv-opt-yes = نعم
iv-opt-no = لا
iv-opt-not-established = لا أعرف

## Steps
iv-step-identity = الهوية واللغات
iv-step-situation = الوضع
iv-step-cooperation = الشكوى والإجراءات
iv-step-ties = الصلات بالجناة
iv-step-public-order = أحداث سابقة
iv-step-permit = وثيقة الإقامة الحالية
iv-step-documents = الوثائق
iv-intro-ties = تطرح هذه الأسئلة لأن القانون يفرضها. تبقى إجاباتك سرية.
iv-intro-public-order = تساعد هذه الأسئلة على تحضير طلبك. ما أجبرك الآخرون على فعله يمكن شرحه.
iv-intro-documents = { $sex ->
        [M] لكل وثيقة، قل إن كانت لديك.
       *[other] لكل وثيقة، قولي إن كانت لديك.
    }

## Identity and languages
iv-q-family-name = ما هو اسم عائلتك؟
iv-q-given-names = ما هو اسمك الشخصي أو ما هي أسماؤك الشخصية؟
iv-q-aliases = هل استعملت أسماء أخرى، أو وثائق باسم شخص آخر؟ (اسم واحد في كل سطر)
iv-q-sex = أنت:
iv-opt-sex-f = امرأة
iv-opt-sex-m = رجل
iv-opt-sex-x = غير ذلك
iv-q-birth-date = ما هو تاريخ ميلادك؟
iv-q-birth-place = أين ولدت؟ (المدينة والبلد)
iv-q-nationality = ما هي جنسيتك؟
iv-opt-nationality-stateless = { $sex ->
        [M] عديم الجنسية
       *[other] عديمة الجنسية
    }
iv-q-other-nationalities = هل لديك جنسية أخرى؟ ما هي؟
iv-q-languages = { $sex ->
        [M] ما هي اللغات التي تتكلمها؟
       *[other] ما هي اللغات التي تتكلمينها؟
    }
iv-q-address-line = على أي عنوان يمكنك استلام البريد؟ (الشارع، أو «لدى» الجمعية)
iv-q-postcode = الرمز البريدي لهذا العنوان
iv-q-commune = مدينة هذا العنوان
iv-q-city = مدينة هذا العنوان
iv-q-phone = { $sex ->
        [M] على أي رقم هاتف يمكن الاتصال بك؟ (يطبع في الرسالة؛ اتركه فارغا إن فضلت)
       *[other] على أي رقم هاتف يمكن الاتصال بك؟ (يطبع في الرسالة؛ اتركيه فارغا إن فضلت)
    }

## Situation
iv-q-exit-programme = هل قبلت في برنامج للخروج من الدعارة؟
iv-q-exit-programme-date = منذ متى؟
iv-q-domestic-violence = هل يؤذيك أو يهددك زوج أو شريك أو أحد أفراد عائلتك؟
iv-q-protection-order = هل أصدر قاض أمر حماية لصالحك؟
iv-q-protection-order-date = تاريخ أمر الحماية
iv-q-child-welfare = هل وضعك قاض لدى مصلحة رعاية الطفولة (ASE) أو لدى شخص موثوق؟
iv-q-child-welfare-date = منذ متى؟
iv-q-child-welfare-placement = قرر القاضي وضعك لدى:
iv-opt-child-welfare-placement-ase = مصلحة رعاية الطفولة (ASE)
iv-opt-child-welfare-placement-trusted-third-party = شخص موثوق (tiers digne de confiance)
iv-q-work-or-training = { $sex ->
        [M] هل تعمل أو تتابع تكوينا مهنيا، أو تنوي ذلك؟
       *[other] هل تعملين أو تتابعين تكوينا مهنيا، أو تنوين ذلك؟
    }

## Complaint and proceedings
iv-q-complaint = هل قدمت شكوى لدى الشرطة أو الدرك؟
iv-q-complaint-date = تاريخ الشكوى
iv-q-complaint-service = أين قدمتها؟ (مركز الشرطة، الدرك)
iv-q-testimony = هل أدليت بشهادتك في إجراءات جنائية ضد الأشخاص الذين استغلوك؟
iv-q-testimony-date = تاريخ الشهادة
iv-q-testimony-service = أمام أي مصلحة أو محكمة؟
iv-q-reflection-recepisse = هل أعطتك المحافظة (préfecture) وصلا (récépissé) لمهلة تفكير مدتها 30 يوما؟
iv-q-reflection-date = تاريخ استلامك لهذا الوصل

## Ties with the perpetrators
iv-q-ties-broken = هل قطعت كل اتصال بالأشخاص الذين استغلوك؟

## Past events
iv-q-false-documents = هل سبق أن استعملت وثائق مزورة، أو وثائق شخص آخر؟
iv-q-removal-order = { $sex ->
        [M] هل سبق أن تلقيت أمرا بمغادرة الأراضي الفرنسية (OQTF) ولم تغادر فرنسا بعد ذلك؟
       *[other] هل سبق أن تلقيت أمرا بمغادرة الأراضي الفرنسية (OQTF) ولم تغادري فرنسا بعد ذلك؟
    }

## Current residence document
iv-q-permit-kind = ما هي وثيقة الإقامة التي لديك اليوم؟
iv-opt-permit-kind-none = لا شيء
iv-opt-permit-kind-recepisse-reflection = وصل مهلة التفكير (30 يوما)
iv-opt-permit-kind-recepisse-application = وصل طلب إقامة
iv-opt-permit-kind-cst-vpf-l425-1 = بطاقة إقامة مؤقتة «حياة خاصة وعائلية» (ضحية)
iv-opt-permit-kind-aps-l425-4 = رخصة إقامة مؤقتة (برنامج الخروج من الدعارة)
iv-opt-permit-kind-carte-resident-l425-3 = بطاقة مقيم (10 سنوات)
iv-opt-permit-kind-temporary-protection = رخصة إقامة مؤقتة «حماية مؤقتة» (مثلا، الأشخاص النازحون من أوكرانيا)
iv-opt-permit-kind-asylum-application = شهادة طلب لجوء
iv-opt-permit-kind-other = وثيقة أخرى
iv-q-permit-issued = تاريخ إصدار هذه الوثيقة
iv-q-permit-expires = تاريخ انتهاء صلاحية هذه الوثيقة
iv-q-permit-renewals = كم مرة جددت هذه البطاقة حتى الآن؟
iv-q-renewal-filed-on = تاريخ تقديم طلب التجديد
iv-opt-renewal-filed-on-not-filed = لم يقدم بعد

## Documents
iv-opt-document-status-have = لدي
iv-opt-document-status-missing = ليس لدي
iv-opt-document-status-requested = طلبت، في الانتظار
iv-opt-document-status-confiscated = أخذها الجناة
iv-q-document-date = { $document }: تاريخ الإصدار
iv-q-document-number = { $document }: الرقم
iv-q-document-expires = { $document }: تاريخ انتهاء الصلاحية

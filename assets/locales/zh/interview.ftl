# 当事人与法文并排阅读的访谈问题。参见 fr/interview.ftl。
# Same ids and variables in every language; answers are stored as codes, never as this text.
# Simplified Chinese (zh-Hans), addressed with « 您 ». To be reviewed by a native speaker.

## Welcome and common answers
iv-welcome = 这次谈话是保密的。您可以回答“我不知道”。您可以随时要求休息。
iv-worker-only = 这个问题是给社工的。
iv-none = 没有
iv-opt-yes = 是
iv-opt-no = 否
iv-opt-not-established = 我不知道

## Steps
iv-step-identity = 身份和语言
iv-step-situation = 处境
iv-step-cooperation = 报案和诉讼程序
iv-step-ties = 与加害者的联系
iv-step-public-order = 过去的事情
iv-step-permit = 目前的居留证件
iv-step-documents = 证件材料
iv-intro-ties = 问这些问题是因为法律要求。您的回答会保密。
iv-intro-public-order = 这些问题有助于准备您的申请。别人强迫您做的事情是可以解释的。
iv-intro-documents = 请逐一说明您是否有这份证件。

## Identity and languages
iv-q-family-name = 您姓什么？
iv-q-given-names = 您的名字是什么？（姓除外）
iv-q-aliases = 您用过别的名字，或者用过别人名下的证件吗？（每行一个名字）
iv-q-sex = 您是：
iv-opt-sex-f = 女性
iv-opt-sex-m = 男性
iv-opt-sex-x = 其他
iv-q-birth-date = 您的出生日期是哪天？
iv-q-birth-place = 您在哪里出生？（城市和国家）
iv-q-nationality = 您是哪国国籍？
iv-opt-nationality-stateless = 无国籍
iv-q-other-nationalities = 您还有其他国籍吗？是哪一个或哪几个？
iv-q-languages = 您会说哪些语言？
iv-q-address-line = 您可以在哪个地址收信？（街道地址，或由协会“转交”）
iv-q-postcode = 这个地址的邮政编码
iv-q-commune = 这个地址所在的城市
iv-q-city = 这个地址所在的城市
iv-q-phone = 我们可以打哪个电话号码联系您？（会印在信上；如果您不愿意，可以不填）

## Situation
iv-q-exit-programme = 您是否已被接纳参加脱离卖淫的帮扶计划？
iv-q-exit-programme-date = 从什么时候开始？
iv-q-domestic-violence = 您的配偶、伴侣或家人是否伤害或威胁您？
iv-q-protection-order = 法官是否为您签发了保护令？
iv-q-protection-order-date = 保护令的日期
iv-q-child-welfare = 法官是否把您安置在儿童社会救助机构（ASE）或可信赖的人那里？
iv-q-child-welfare-date = 从什么时候开始？
iv-q-child-welfare-placement = 法官决定把您安置在：
iv-opt-child-welfare-placement-ase = 儿童社会救助机构（ASE）
iv-opt-child-welfare-placement-trusted-third-party = 可信赖的人那里（tiers digne de confiance）
iv-q-work-or-training = 您现在工作或参加职业培训吗，或者打算这样做吗？

## Complaint and proceedings
iv-q-complaint = 您是否已向警察局或宪兵队报案？
iv-q-complaint-date = 报案日期
iv-q-complaint-service = 您在哪里报的案？（警察局、宪兵队）
iv-q-testimony = 您是否在针对剥削过您的人的刑事诉讼中作过证？
iv-q-testimony-date = 作证日期
iv-q-testimony-service = 在哪个部门或哪个法院作证？
iv-q-reflection-recepisse = 省政府（préfecture）是否给了您一份 30 天考虑期的回执（récépissé）？
iv-q-reflection-date = 您收到这份回执的日期

## Ties with the perpetrators
iv-q-ties-broken = 您是否已经和剥削过您的人断绝了一切联系？

## Past events
iv-q-false-documents = 您是否用过假证件，或者别人的证件？
iv-q-removal-order = 您是否收到过离开法国国境的命令（OQTF），但之后没有离开法国？

## Current residence document
iv-q-permit-kind = 您现在持有哪种居留证件？
iv-opt-permit-kind-none = 没有
iv-opt-permit-kind-recepisse-reflection = 考虑期回执（30 天）
iv-opt-permit-kind-recepisse-application = 居留申请回执
iv-opt-permit-kind-cst-vpf-l425-1 = “私人和家庭生活”临时居留卡（受害者）
iv-opt-permit-kind-aps-l425-4 = 临时居留许可（脱离卖淫帮扶计划）
iv-opt-permit-kind-carte-resident-l425-3 = 居民卡（10 年）
iv-opt-permit-kind-temporary-protection = “临时保护”临时居留许可（例如从乌克兰流离失所的人）
iv-opt-permit-kind-asylum-application = 庇护申请证明
iv-opt-permit-kind-other = 其他证件
iv-q-permit-issued = 这份证件的签发日期
iv-q-permit-expires = 这份证件的到期日期
iv-q-permit-renewals = 这张卡已经续签过几次？
iv-q-renewal-filed-on = 提交续签申请的日期
iv-opt-renewal-filed-on-not-filed = 尚未提交

## Documents
iv-opt-document-status-have = 我有
iv-opt-document-status-missing = 我没有
iv-opt-document-status-requested = 已申请，正在等待
iv-opt-document-status-confiscated = 被加害者拿走了
iv-q-document-date = { $document }：签发日期
iv-q-document-number = { $document }：号码
iv-q-document-expires = { $document }：有效期至

# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Simplified Chinese (zh-Hans), addressed with « 您 ». To be reviewed by a native speaker.

pdf-page = 第 { $page }/{ $pages } 页

## Supporting documents

pdf-doc-birth-certificate = 出生证明完整副本
pdf-doc-passport = 护照
pdf-doc-id-card = 国民身份证
pdf-doc-consular-certificate = 带照片的领事证明
pdf-doc-consular-card = 带照片的领事登记卡
pdf-doc-nationality-certificate = 带照片的国籍证明
pdf-doc-proof-of-address = 住址证明
pdf-doc-complaint-receipt = 报案回执
pdf-doc-procedure-reference = 刑事诉讼案号
pdf-doc-cerpr = 已签署的《尊重共和国原则合同》（CERPR）
pdf-doc-e-photo = 带 e-photo 编码的证件照
pdf-doc-identity-photo = 打印的证件照（不需要 e-photo 编码）
pdf-doc-current-permit = 有效的居留证件
pdf-doc-proceedings-ongoing-proof = 刑事诉讼仍在进行的证明
pdf-doc-final-conviction-proof = 有罪判决已生效的证明
pdf-doc-association-letter = 协会的支持信
pdf-doc-exit-programme-decision = 准许您参加脱离卖淫帮扶计划的决定

## Where an item stands

pdf-status-ok = 您已有
pdf-status-missing = 您还没有
pdf-status-stateless = 请和协会确认
pdf-status-expired = 太旧了：请重新办理
pdf-status-expired-at-filing = 请在提交申请前重新办理
pdf-status-expired-to-check = 可能太旧了：协会会检查
pdf-status-permit-ended = 已失效：需要续签
pdf-status-permit-ended-renewal-filed = 已失效：已申请续签
pdf-status-permit-ended-renewal-refused = 已失效：续签没有通过
pdf-status-permit-ended-renewal-granted = 已失效：续签已通过
pdf-status-permit-ended-renewal-undated = 已失效：续签需要和协会确认
pdf-status-permit-ended-see-association = 已失效：请和协会联系
pdf-status-date-unknown = 需记下日期
pdf-status-requested = 已申请，正在等待
pdf-status-satisfied-by-alternative = 已由另一份认可的证件代替
pdf-status-replaced-to-check = 可能可以用另一份证件代替：协会会检查
pdf-status-confiscated = 被加害者扣留

## Checklist

pdf-checklist-title = 您申请所需的材料
pdf-checklist-issued = 清单制作日期：{ $date }
pdf-checklist-intro = 每份材料一个方框。拿到材料后，请在方框里打勾。请始终保留原件：别人会向您要复印件或扫描件。
pdf-checklist-intro-none = 目前这项申请不需要准备任何材料。
pdf-checklist-practice = 没有任何法规规定这项申请的材料清单：本清单按照省政府的通常做法，协会会和您一起检查。省政府也可能要求其他材料。
pdf-checklist-alternatives = 也可以用以下材料代替：{ $documents }
pdf-route-reflection-period = 30 天考虑期（CESEDA，第 R. 425-1 条和第 R. 425-2 条）
pdf-route-cst-l425-1 = 首次申请“私人和家庭生活”居留卡（CESEDA，第 L. 425-1 条）
pdf-route-cst-l425-1-renewal = “私人和家庭生活”居留卡续签（CESEDA，第 L. 425-1 条）
pdf-route-carte-resident-l425-3 = 10 年居民卡（CESEDA，第 L. 425-3 条）
pdf-route-carte-resident-l425-3-renewal = 居民卡续签（CESEDA，第 L. 425-3 条）
pdf-route-aps-l425-4 = 临时居留许可（CESEDA，第 L. 425-4 条）

## What happens next

pdf-next-title = 接下来会怎样？
pdf-next-reflection = 在考虑期内（从您拿到回执那天起 30 天），您有权工作，任何人都不能强迫您离开法国。您还可以获得住处、医疗保障、补助金、社会帮扶、法律援助；如果您有危险，还可以得到警方保护。
pdf-next-reflection-under-16 = 在考虑期内（从您拿到回执那天起 30 天），任何人都不能强迫您离开法国。您还可以获得住处、医疗保障、补助金、社会帮扶、法律援助；如果您有危险，还可以得到警方保护。
pdf-next-reflection-decide = 您可以利用这段时间决定是否报案或作证。
pdf-next-reflection-period = 如果您报案或作证，您可以申请一张有效期一年、允许工作的居留卡。协会可以帮您准备申请。
pdf-next-reflection-period-under-16 = 如果您报案或作证，您年满 16 岁后可以申请一张有效期一年的居留卡。协会可以帮您准备申请。
pdf-next-cst-l425-1 = 提交申请后，请向省政府索取证明您在审理期间可以留在法国的文件（通常是一份回执，法文叫 récépissé）：这份文件能让您做什么，特别是能不能工作，要看是哪种文件，协会会和您一起检查。居留卡有效期一年，允许您工作，而且免费。只要刑事诉讼还在进行，就可以续签。
pdf-next-cst-l425-1-renewal = 请在居留卡到期前 120 天到 60 天之间申请续签。如果您按时申请，而居留卡到期时仍未作出决定，您会收到一份审理延期证明（attestation de prolongation de l’instruction），在作出决定之前让您可以留在法国并工作。
pdf-next-carte-resident-l425-3 = 居民卡有效期 10 年。请在您现在的居留证件到期之前提交申请：省政府会检查您在法国的居留是否合法。
pdf-next-carte-resident-l425-3-ended = 居民卡有效期 10 年。您现在的居留证件已于 { $date } 到期，而省政府会检查您在法国的居留是否合法：请现在就和协会联系。
pdf-next-carte-resident-l425-3-ended-undated = 居民卡有效期 10 年。您现在的居留证件已经到期，而省政府会检查您在法国的居留是否合法：请现在就和协会联系。
pdf-next-carte-resident-l425-3-renewal = 请在居民卡到期前 120 天到 60 天之间申请续签。续签时，省政府会检查您是否在法国生活：原则上每年至少 6 个月。请保留您在法国生活的证明；如果您长时间离开法国，请告诉协会。
pdf-next-renewal-window-to-check = 这些日期需要和协会一起检查：适用于您这张卡的日期规则还需要确认。
pdf-next-renewal-late = 按时申请续签的最后一天（{ $date }）已过。请现在就和协会一起申请。因为是在最后一天之后申请的，您可能已经没有权利得到让您在审理期间留在法国并工作的证明。
pdf-next-renewal-filed-late = 您的续签申请是在最后一天（{ $date }）之后提交的：可能不会收到让您在审理期间留在法国并工作的证明。请保留提交申请的材料，并和协会联系。
pdf-next-renewal-filed-in-time = 您的续签申请已于{ $date }按时提交。如果到居留卡到期时还没有作出决定，您会收到一份审理延期证明（法文叫 attestation de prolongation de l’instruction），在审理期间让您可以留在法国并工作：请把它和居留卡以及提交申请的材料一起保留。如果您没有收到，请和协会联系。
pdf-next-renewal-filed = 您的续签申请已于{ $date }提交。请保留提交申请的材料：协会会和您一起确认在审理期间什么让您可以留在法国。
pdf-next-renewal-filed-early = 您的续签申请已于{ $date }提交，这是在规定期间开始（{ $opens }）之前。协会会和您一起确认是否需要在这段期间内重新提交。
pdf-next-renewal-unanswered = 您的续签申请已于{ $date }提交。如果省政府在 4 个月内没有答复，申请可能被当作没有通过：请现在就和协会联系。
pdf-next-renewal-undated = 记录中有一份续签申请，但没有日期。请把这份申请的材料（提交证明、决定）带到协会：协会会和您一起确认这份申请是否针对您现在的居留证件，以及什么让您可以留在法国。
pdf-next-renewal-refused = 您的续签申请没有通过。请现在就和协会联系：可以对这个决定提出申诉，但要在规定时间内。
pdf-next-renewal-granted-on = 您的续签申请已于{ $date }通过。如果您还没有新的居留卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-renewal-granted = 您的续签申请已通过。如果您还没有新的居留卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-aps-renewal-granted-on = 您的临时居留许可续签已于{ $date }通过。如果您还没有新的许可，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-aps-renewal-granted = 您的临时居留许可续签已通过。如果您还没有新的许可，省政府通知您时，您去那里领取。然后请给协会看。
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = 您的居留卡申请已于{ $date }通过。如果您还没有居留卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-card-granted = 您的居留卡申请已通过。如果您还没有居留卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-resident-card-granted-on = 您的居民卡申请已于{ $date }通过。如果您还没有居民卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-resident-card-granted = 您的居民卡申请已通过。如果您还没有居民卡，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-aps-granted-on = 您的临时居留许可申请已于{ $date }通过。如果您还没有这份许可，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-aps-granted = 您的临时居留许可申请已通过。如果您还没有这份许可，省政府通知您时，您去那里领取。然后请给协会看。
pdf-next-aps-l425-4 = 临时居留许可有效期至少 6 个月，允许您工作。只要您继续参加脱离卖淫帮扶计划，就可以续签。
pdf-next-anef = 申请在 ANEF 网站上在线提交（法国行政部门为外国人提供的网上服务）。协会可以和您一起办理。提交后您会收到一份提交证明（attestation de dépôt）：请保存好。省政府通知您时，您去那里领取居留卡。
pdf-next-agreement-nationality = 您的国籍：您的申请可能要按照法国与您的国家之间的协定（阿尔及利亚为1968年12月27日的协定）办理，而不是按照这些条件。法律人员会和您一起检查您需要申请哪种居留许可。
pdf-next-minor-under-16 = 您满 16 岁之前，不能为您发放这张卡。只要您不满 18 岁，您留在法国就不需要居留许可。协会会在合适的时候帮您准备申请。
pdf-next-not-eligible = 您的材料目前还不具备这项申请的全部条件。请和协会联系：协会会和您一起看看可以怎么办。
pdf-next-help = 每份材料和每封信件都请保留一份复印件。如果您有问题或缺少材料，请和支持您的协会联系。

## Key dates of the case

pdf-dates-title = 您的重要日期
pdf-dates-none = 目前没有需要记住的日期。
pdf-dates-estimated = (*) 这个日期需要和协会一起检查：它是算出来的，或者确定它的规则还需要确认。
pdf-date-reflection-period-end = { $date }：考虑期结束
pdf-date-permit-expires = { $date }：您的居留证件到期
pdf-date-recepisse-expires = { $date }：您的回执到期
pdf-date-renewal-window-opens = { $date }：从这一天起，您可以申请续签
pdf-date-renewal-window-closes = { $date }：按时申请续签的最后一天
pdf-date-document-expires = { $date }：有效期结束 – { $document }
pdf-date-document-fresh-until = { $date }：此文件可用于申请的最后一天 – { $document }
pdf-date-planned-filing = { $date }：计划提交申请
pdf-date-turns-18 = { $date }：您成年之日（18）
pdf-date-majority-application-closes = { $date }：成年后申请居留证件的最后一天

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = 要带有全部备注的完整副本，不要简短摘录。
pdf-note-domiciliation-accepted = 在申请当天不超过 6 个月。协会出具的住址证明通常可以接受。
pdf-note-cerpr-required = 每次申请都要签一份新的合同，续签也一样。
pdf-note-cerpr-optional-algerian = 阿尔及利亚公民可能不必签署这份合同：协会正在检查。在此之前，请签署。
pdf-note-e-photo-code = e-photo 编码印在经认可的照相馆或自助照相亭拍的照片上。
pdf-note-association-letter = 建议提供，但不是必需的：由协会撰写。
pdf-note-proceedings-ongoing-proof = 例如：检察官或法官出具的证明、法院传票、您律师的信件。
pdf-note-final-conviction-proof = 未提出上诉的证明，或生效判决的副本。您的律师可以帮您取得。
pdf-note-current-permit-regular-stay = 申请当天有效的居留卡、回执或延期证明。判决生效那天有效的证件也请保存好。
pdf-note-exit-programme-decision = 省长准许您参加脱离卖淫帮扶计划的决定；由协会申请。
pdf-note-identity-photo-reflection = 一张近期证件照，用于 30 天回执。
pdf-note-confiscated = 被人拿走了：请告诉协会。
pdf-note-stateless = 您没有国籍：协会会和您一起确认用哪份文件代替护照和领事馆的文件。
pdf-note-confiscated-replaceable = 被人拿走了：请告诉协会。也许可以用另一份证件代替。
pdf-note-confiscated-via = 代替材料：{ $document }（已申请，正在等待答复）。
pdf-note-date-unknown = 没有记下这份证件的日期：请拿给协会看，协会会检查它是否仍然有效。
pdf-note-document-expired = 有效期已于{ $date }结束：请把这份证件拿给协会看，协会会检查它是否仍被接受。
pdf-note-via-expired = 您有代替材料：{ $document }。这份证件的有效期已于{ $date }结束：协会会检查它是否仍被接受。
pdf-note-via = 您有代替材料：{ $document }。
pdf-note-via-stale = 您有代替材料：{ $document }。太旧了：请重新办理。
pdf-note-stale-at-filing = 到提交申请那天，它的日期将太旧（到{ $date }当天仍算新）：请在提交前重新办理这份材料。
pdf-note-via-stale-at-filing = 您有代替材料：{ $document }。到提交申请那天，它的日期将太旧（到{ $date }当天仍算新）：请在提交前重新办理这份材料。

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = 交给您的日期：{ $date }
pdf-consent-choices = 您的选择
pdf-consent-purpose-storage = 保存您的档案
pdf-consent-purpose-prefecture = 向省政府发送信息
pdf-consent-purpose-lawyer = 把您的档案转交给律师或其他协会
pdf-consent-given = 已同意，日期：{ $date }
pdf-consent-given-undated = 已同意
pdf-consent-refused = 不同意，日期：{ $date }
pdf-consent-refused-undated = 不同意
pdf-consent-withdrawn = 已于 { $date } 撤回同意
pdf-consent-withdrawn-undated = 已撤回同意
pdf-consent-not-asked = 尚未询问
pdf-consent-unnamed-association = 协会
pdf-consent-signature-person = 本人签名
pdf-consent-signature-worker = 陪同人员签名

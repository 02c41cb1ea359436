# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Vietnamese, polite « bạn ». Dates read « 26 tháng 11 năm 2026 »; « ngày » belongs to the sentence.
# To be reviewed by a native speaker.

pdf-page = Trang { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Bản sao đầy đủ giấy khai sinh
pdf-doc-passport = Hộ chiếu
pdf-doc-id-card = Thẻ căn cước
pdf-doc-consular-certificate = Giấy xác nhận lãnh sự có ảnh
pdf-doc-consular-card = Thẻ lãnh sự có ảnh
pdf-doc-nationality-certificate = Giấy xác nhận quốc tịch có ảnh
pdf-doc-proof-of-address = Giấy tờ chứng minh nơi ở
pdf-doc-complaint-receipt = Giấy biên nhận đơn trình báo với cảnh sát
pdf-doc-procedure-reference = Số hồ sơ vụ án hình sự
pdf-doc-cerpr = Bản cam kết tôn trọng các nguyên tắc của nền Cộng hòa (CERPR), đã ký
pdf-doc-e-photo = Tờ ảnh có mã e-photo
pdf-doc-identity-photo = Ảnh thẻ (ảnh giấy; không cần mã e-photo)
pdf-doc-current-permit = Giấy phép cư trú còn hiệu lực
pdf-doc-proceedings-ongoing-proof = Giấy tờ chứng minh vụ án hình sự vẫn đang tiếp diễn
pdf-doc-final-conviction-proof = Giấy tờ chứng minh bản án đã có hiệu lực pháp luật
pdf-doc-association-letter = Thư hỗ trợ của hiệp hội
pdf-doc-exit-programme-decision = Quyết định tiếp nhận vào chương trình thoát khỏi mại dâm

## Where an item stands

pdf-status-ok = Đã có
pdf-status-missing = Chưa có
pdf-status-stateless = Trao đổi với hiệp hội
pdf-status-expired = Quá cũ: cần xin lại
pdf-status-expired-at-filing = Cần xin lại ngay trước khi nộp hồ sơ
pdf-status-expired-to-check = Có thể đã quá cũ: hiệp hội sẽ kiểm tra
pdf-status-permit-ended = Không còn hiệu lực: cần gia hạn
pdf-status-permit-ended-renewal-filed = Không còn hiệu lực: đã xin gia hạn
pdf-status-permit-ended-renewal-refused = Không còn hiệu lực: gia hạn bị từ chối
pdf-status-permit-ended-renewal-granted = Không còn hiệu lực: đơn gia hạn đã được chấp nhận
pdf-status-permit-ended-renewal-undated = Không còn hiệu lực: cần kiểm tra việc gia hạn với hiệp hội
pdf-status-permit-ended-see-association = Không còn hiệu lực: cần trao đổi với hiệp hội
pdf-status-date-unknown = Cần ghi ngày
pdf-status-requested = Đã yêu cầu, đang chờ
pdf-status-satisfied-by-alternative = Đã thay bằng một giấy tờ khác được chấp nhận
pdf-status-replaced-to-check = Có thể thay bằng một giấy tờ khác: hiệp hội sẽ kiểm tra
pdf-status-confiscated = Bị thủ phạm giữ

## Checklist

pdf-checklist-title = Giấy tờ cho hồ sơ của bạn
pdf-checklist-issued = Danh sách lập ngày { $date }
pdf-checklist-intro = Mỗi giấy tờ có một ô. Hãy đánh dấu vào ô khi bạn đã có giấy tờ đó. Luôn giữ bản gốc: bạn sẽ được yêu cầu nộp bản sao hoặc bản scan.
pdf-checklist-intro-none = Hiện tại không cần thu thập giấy tờ nào cho thủ tục này.
pdf-checklist-practice = Không có văn bản nào quy định danh sách giấy tờ cho hồ sơ này: danh sách này dựa theo cách làm thường thấy của tòa hành chính tỉnh (préfecture), và hiệp hội sẽ cùng bạn kiểm tra lại. Tòa hành chính tỉnh có thể yêu cầu thêm giấy tờ khác.
pdf-checklist-alternatives = Có thể thay bằng: { $documents }
pdf-route-reflection-period = Thời hạn suy nghĩ 30 ngày (CESEDA, điều R. 425-1 và R. 425-2)
pdf-route-cst-l425-1 = Thẻ cư trú lần đầu “đời sống riêng tư và gia đình” (CESEDA, điều L. 425-1)
pdf-route-cst-l425-1-renewal = Gia hạn thẻ cư trú “đời sống riêng tư và gia đình” (CESEDA, điều L. 425-1)
pdf-route-carte-resident-l425-3 = Thẻ thường trú 10 năm (CESEDA, điều L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Gia hạn thẻ thường trú (CESEDA, điều L. 425-3)
pdf-route-aps-l425-4 = Giấy phép cư trú tạm thời (CESEDA, điều L. 425-4)

## What happens next

pdf-next-title = Tiếp theo là gì?
pdf-next-reflection = Trong thời hạn suy nghĩ (30 ngày kể từ ngày bạn nhận giấy biên nhận), bạn có quyền làm việc và không ai có thể buộc bạn rời khỏi Pháp. Bạn cũng có thể được hỗ trợ chỗ ở, bảo hiểm y tế, trợ cấp, hỗ trợ xã hội, trợ giúp pháp lý và, nếu bạn gặp nguy hiểm, được cảnh sát bảo vệ.
pdf-next-reflection-under-16 = Trong thời hạn suy nghĩ (30 ngày kể từ ngày bạn nhận giấy biên nhận), không ai có thể buộc bạn rời khỏi Pháp. Bạn cũng có thể được hỗ trợ chỗ ở, bảo hiểm y tế, trợ cấp, hỗ trợ xã hội, trợ giúp pháp lý và, nếu bạn gặp nguy hiểm, được cảnh sát bảo vệ.
pdf-next-reflection-decide = Bạn có thể dùng thời gian này để quyết định có trình báo hoặc làm chứng hay không.
pdf-next-reflection-period = Nếu bạn trình báo hoặc làm chứng, bạn có thể xin thẻ cư trú một năm cho phép bạn làm việc. Hiệp hội có thể giúp bạn chuẩn bị hồ sơ.
pdf-next-reflection-period-under-16 = Nếu bạn trình báo hoặc làm chứng, bạn có thể xin thẻ cư trú một năm khi đủ 16 tuổi. Hiệp hội có thể giúp bạn chuẩn bị hồ sơ.
pdf-next-cst-l425-1 = Sau khi nộp hồ sơ, hãy xin tòa hành chính tỉnh (préfecture) giấy tờ chứng minh rằng bạn được ở lại Pháp trong khi hồ sơ được xem xét (thường là giấy biên nhận, gọi là récépissé): giấy này cho phép bạn làm gì, nhất là có được làm việc hay không, tùy thuộc vào loại giấy tờ đó, và hiệp hội sẽ cùng bạn kiểm tra. Thẻ cư trú có thời hạn một năm, cho phép bạn làm việc và được cấp miễn phí. Thẻ có thể được gia hạn chừng nào vụ án hình sự còn tiếp diễn.
pdf-next-cst-l425-1-renewal = Hãy xin gia hạn trong khoảng từ 120 ngày đến 60 ngày trước khi thẻ của bạn hết hạn. Nếu nộp đúng hạn mà đến khi thẻ hết hạn vẫn chưa có quyết định, bạn sẽ nhận được giấy gia hạn thời gian xét hồ sơ (attestation de prolongation de l’instruction), cho phép bạn ở lại Pháp và làm việc cho đến khi có quyết định.
pdf-next-carte-resident-l425-3 = Thẻ thường trú có thời hạn 10 năm. Hãy nộp hồ sơ trước khi giấy phép cư trú hiện tại của bạn hết hạn: tòa hành chính tỉnh (préfecture) kiểm tra xem bạn có đang ở Pháp hợp pháp không.
pdf-next-carte-resident-l425-3-ended = Thẻ thường trú có thời hạn 10 năm. Giấy phép cư trú hiện tại của bạn đã hết hạn vào { $date }, và tòa hành chính tỉnh (préfecture) kiểm tra xem bạn có đang ở Pháp hợp pháp không: hãy nói ngay với hiệp hội.
pdf-next-carte-resident-l425-3-ended-undated = Thẻ thường trú có thời hạn 10 năm. Giấy phép cư trú hiện tại của bạn đã hết hạn, và tòa hành chính tỉnh (préfecture) kiểm tra xem bạn có đang ở Pháp hợp pháp không: hãy nói ngay với hiệp hội.
pdf-next-carte-resident-l425-3-renewal = Hãy xin gia hạn thẻ thường trú trong khoảng từ 120 ngày đến 60 ngày trước khi thẻ hết hạn. Để gia hạn, tòa hành chính tỉnh (préfecture) kiểm tra xem bạn có sống ở Pháp không: về nguyên tắc, ít nhất 6 tháng mỗi năm. Hãy giữ các bằng chứng về cuộc sống của bạn ở Pháp và cho hiệp hội biết nếu bạn đã ở nước ngoài trong thời gian dài.
pdf-next-renewal-window-to-check = Cần kiểm tra lại các ngày này với hiệp hội: quy định xác định các ngày này cho thẻ của bạn vẫn chưa được xác nhận.
pdf-next-renewal-late = Thời hạn để xin gia hạn đúng hạn đã kết thúc vào ngày { $date }. Hãy nộp hồ sơ ngay, cùng với hiệp hội. Vì nộp muộn, có thể bạn sẽ không còn được nhận giấy xác nhận cho phép ở lại Pháp và làm việc trong khi hồ sơ được xem xét.
pdf-next-renewal-filed-late = Hồ sơ xin gia hạn của bạn đã được nộp sau khi hết thời hạn (ngày { $date }): có thể bạn sẽ không được cấp giấy xác nhận cho phép ở lại Pháp và làm việc trong khi hồ sơ được xem xét. Hãy giữ bằng chứng đã nộp hồ sơ và nói với hiệp hội.
pdf-next-renewal-filed-in-time = Hồ sơ xin gia hạn của bạn đã được nộp ngày { $date }, trong thời hạn quy định. Nếu đến khi thẻ của bạn hết hạn mà vẫn chưa có quyết định, bạn sẽ nhận được giấy xác nhận gia hạn thời gian xét hồ sơ (attestation de prolongation de l’instruction), cho phép bạn ở lại Pháp và làm việc trong khi hồ sơ được xem xét: hãy giữ giấy này cùng với thẻ và bằng chứng đã nộp hồ sơ. Nếu bạn chưa nhận được, hãy nói với hiệp hội.
pdf-next-renewal-filed = Hồ sơ xin gia hạn của bạn đã được nộp ngày { $date }. Hãy giữ bằng chứng đã nộp hồ sơ: hiệp hội sẽ cùng bạn kiểm tra điều gì cho phép bạn ở lại Pháp trong khi hồ sơ được xem xét.
pdf-next-renewal-filed-early = Hồ sơ xin gia hạn của bạn đã được nộp ngày { $date }, trước khi bắt đầu thời hạn quy định (ngày { $opens }). Hiệp hội sẽ cùng bạn kiểm tra xem có cần nộp lại trong thời hạn này không.
pdf-next-renewal-unanswered = Hồ sơ xin gia hạn của bạn đã được nộp ngày { $date }. Nếu tòa hành chính tỉnh (préfecture) không trả lời trong vòng bốn tháng, hồ sơ có thể được coi như đã bị từ chối: hãy nói với hiệp hội ngay.
pdf-next-renewal-undated = Có một hồ sơ xin gia hạn được ghi nhận, nhưng không có ngày tháng. Hãy mang giấy tờ của hồ sơ này (bằng chứng đã nộp, quyết định) đến hiệp hội: hiệp hội sẽ cùng bạn kiểm tra xem đây có phải là hồ sơ gia hạn giấy tờ cư trú hiện tại của bạn không, và điều gì cho phép bạn ở lại Pháp.
pdf-next-renewal-refused = Hồ sơ xin gia hạn của bạn đã bị từ chối. Hãy nói ngay với hiệp hội: quyết định này có thể bị khiếu nại, nhưng chỉ trong một thời hạn nhất định.
pdf-next-renewal-granted-on = Hồ sơ xin gia hạn của bạn đã được chấp nhận ngày { $date }. Nếu bạn chưa có thẻ mới, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-renewal-granted = Hồ sơ xin gia hạn của bạn đã được chấp nhận. Nếu bạn chưa có thẻ mới, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-aps-renewal-granted-on = Việc gia hạn giấy phép cư trú tạm thời của bạn đã được chấp nhận ngày { $date }. Nếu bạn chưa có giấy phép mới, bạn sẽ nhận giấy phép tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem giấy phép.
pdf-next-aps-renewal-granted = Việc gia hạn giấy phép cư trú tạm thời của bạn đã được chấp nhận. Nếu bạn chưa có giấy phép mới, bạn sẽ nhận giấy phép tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem giấy phép.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Hồ sơ xin thẻ cư trú của bạn đã được chấp nhận ngày { $date }. Nếu bạn chưa có thẻ, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-card-granted = Hồ sơ xin thẻ cư trú của bạn đã được chấp nhận. Nếu bạn chưa có thẻ, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-resident-card-granted-on = Hồ sơ xin thẻ thường trú của bạn đã được chấp nhận ngày { $date }. Nếu bạn chưa có thẻ, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-resident-card-granted = Hồ sơ xin thẻ thường trú của bạn đã được chấp nhận. Nếu bạn chưa có thẻ, bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem thẻ.
pdf-next-aps-granted-on = Hồ sơ xin giấy phép cư trú tạm thời của bạn đã được chấp nhận ngày { $date }. Nếu bạn chưa có giấy phép, bạn sẽ nhận giấy phép tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem giấy phép.
pdf-next-aps-granted = Hồ sơ xin giấy phép cư trú tạm thời của bạn đã được chấp nhận. Nếu bạn chưa có giấy phép, bạn sẽ nhận giấy phép tại tòa hành chính tỉnh (préfecture) khi được mời đến. Sau đó hãy cho hiệp hội xem giấy phép.
pdf-next-aps-l425-4 = Giấy phép cư trú tạm thời có thời hạn ít nhất 6 tháng và cho phép bạn làm việc. Giấy phép được gia hạn chừng nào bạn còn tham gia chương trình thoát khỏi mại dâm.
pdf-next-anef = Hồ sơ được nộp trực tuyến, trên trang web ANEF (dịch vụ số của cơ quan hành chính Pháp dành cho người nước ngoài). Hiệp hội có thể cùng bạn làm việc này. Sau khi nộp, bạn sẽ nhận được giấy xác nhận đã nộp hồ sơ (attestation de dépôt): hãy giữ lại. Bạn sẽ nhận thẻ tại tòa hành chính tỉnh (préfecture) khi được mời đến.
pdf-next-agreement-nationality = Quốc tịch của bạn: thay cho các quy định này, một hiệp định giữa Pháp và nước bạn (với Algérie là hiệp định ngày 27 tháng 12 năm 1968) có thể được áp dụng cho hồ sơ của bạn. Một luật gia sẽ cùng bạn kiểm tra loại giấy phép cần xin.
pdf-next-minor-under-16 = Thẻ này không thể được cấp cho bạn trước khi bạn đủ 16 tuổi. Khi bạn chưa đủ 18 tuổi, bạn không cần giấy phép cư trú để ở lại Pháp. Hiệp hội sẽ giúp bạn chuẩn bị hồ sơ vào đúng thời điểm.
pdf-next-not-eligible = Hiện nay hồ sơ của bạn chưa đáp ứng đủ các điều kiện của đơn này. Hãy nói chuyện với hiệp hội: hiệp hội sẽ cùng bạn xem có thể làm gì.
pdf-next-help = Hãy giữ một bản sao của mỗi giấy tờ và mỗi lá thư. Nếu bạn có câu hỏi hoặc thiếu giấy tờ, hãy nói với hiệp hội đang hỗ trợ bạn.

## Key dates of the case

pdf-dates-title = Các mốc thời gian của bạn
pdf-dates-none = Hiện chưa có ngày nào cần ghi nhớ.
pdf-dates-estimated = (*) Ngày cần kiểm tra lại với hiệp hội: đây là ngày ước tính, hoặc quy định xác định ngày này vẫn chưa được xác nhận.
pdf-date-reflection-period-end = Ngày { $date }: kết thúc thời hạn suy nghĩ
pdf-date-permit-expires = Ngày { $date }: giấy tờ cư trú của bạn hết hạn
pdf-date-recepisse-expires = Ngày { $date }: giấy biên nhận của bạn hết hạn
pdf-date-renewal-window-opens = Từ ngày { $date }: bạn có thể xin gia hạn
pdf-date-renewal-window-closes = Ngày { $date }: hạn chót để xin gia hạn đúng hạn
pdf-date-document-expires = Ngày { $date }: hết hiệu lực – { $document }
pdf-date-document-fresh-until = Ngày { $date }: ngày cuối cùng tài liệu này còn đủ mới cho hồ sơ – { $document }
pdf-date-planned-filing = Ngày { $date }: dự kiến nộp hồ sơ của bạn
pdf-date-turns-18 = Ngày { $date }: bạn tròn 18 tuổi
pdf-date-majority-application-closes = Ngày { $date }: hạn chót để xin giấy phép cư trú sau khi bạn tròn 18 tuổi

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Bản sao đầy đủ có tất cả các ghi chú, không phải bản trích lục ngắn.
pdf-note-domiciliation-accepted = Không quá 6 tháng vào ngày nộp hồ sơ. Giấy xác nhận địa chỉ của hiệp hội thường được chấp nhận.
pdf-note-cerpr-required = Mỗi lần nộp hồ sơ, kể cả gia hạn, cần một bản cam kết mới đã ký.
pdf-note-cerpr-optional-algerian = Đối với người có quốc tịch Algérie, hợp đồng này có thể không bắt buộc: hiệp hội đang kiểm tra. Trong lúc chờ, hãy ký hợp đồng này.
pdf-note-e-photo-code = Mã e-photo được in trên tờ ảnh chụp tại thợ ảnh hoặc buồng chụp ảnh được công nhận.
pdf-note-association-letter = Nên có, không bắt buộc: hiệp hội sẽ viết thư này.
pdf-note-proceedings-ongoing-proof = Ví dụ: giấy xác nhận của viện công tố hoặc thẩm phán, giấy triệu tập của tòa án, thư của luật sư.
pdf-note-final-conviction-proof = Giấy xác nhận không có kháng cáo, hoặc bản sao bản án đã có hiệu lực. Luật sư có thể giúp bạn xin giấy này.
pdf-note-current-permit-regular-stay = Thẻ, giấy biên nhận hoặc giấy xác nhận gia hạn còn hiệu lực vào ngày nộp đơn. Hãy giữ cả giấy tờ còn hiệu lực vào ngày bản án có hiệu lực pháp luật.
pdf-note-exit-programme-decision = Quyết định của tỉnh trưởng cho phép bạn tham gia chương trình thoát khỏi mại dâm; hiệp hội sẽ xin quyết định này.
pdf-note-identity-photo-reflection = Một ảnh thẻ mới chụp, để làm giấy biên nhận 30 ngày.
pdf-note-confiscated = Giấy tờ đã bị lấy mất: hãy báo cho hiệp hội.
pdf-note-stateless = Bạn không có quốc tịch: hiệp hội sẽ cùng bạn xem giấy tờ nào thay thế hộ chiếu và giấy tờ của lãnh sự quán.
pdf-note-confiscated-replaceable = Giấy tờ đã bị lấy mất: hãy báo cho hiệp hội. Có thể dùng một giấy tờ khác thay thế.
pdf-note-confiscated-via = Thay thế: { $document } (đã yêu cầu, đang chờ trả lời).
pdf-note-date-unknown = Chưa ghi ngày của giấy tờ: hãy mang cho hiệp hội xem để kiểm tra còn hiệu lực không.
pdf-note-document-expired = Đã hết hiệu lực từ ngày { $date }: hãy mang giấy tờ này cho hiệp hội xem để kiểm tra xem còn được chấp nhận không.
pdf-note-via-expired = Thay vào đó, bạn có: { $document }. Giấy tờ này đã hết hiệu lực từ ngày { $date }: hiệp hội sẽ kiểm tra xem còn được chấp nhận không.
pdf-note-via = Thay vào đó, bạn có: { $document }.
pdf-note-via-stale = Thay vào đó, bạn có: { $document }. Quá cũ: cần xin lại.
pdf-note-stale-at-filing = Vào ngày nộp hồ sơ, giấy tờ này sẽ không còn đủ mới (chỉ đủ mới đến { $date }): hãy xin lại giấy tờ này ngay trước khi nộp.
pdf-note-via-stale-at-filing = Thay vào đó, bạn có: { $document }. Vào ngày nộp hồ sơ, giấy tờ này sẽ không còn đủ mới (chỉ đủ mới đến { $date }): hãy xin lại giấy tờ này ngay trước khi nộp.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Văn bản được trao ngày { $date }
pdf-consent-choices = Lựa chọn của bạn
pdf-consent-purpose-storage = Lưu giữ hồ sơ của bạn
pdf-consent-purpose-prefecture = Gửi thông tin đến tòa hành chính tỉnh (préfecture)
pdf-consent-purpose-lawyer = Chuyển hồ sơ của bạn cho một luật sư hoặc một hiệp hội khác
pdf-consent-given = Có, ngày { $date }
pdf-consent-given-undated = Có
pdf-consent-refused = Không, ngày { $date }
pdf-consent-refused-undated = Không
pdf-consent-withdrawn = Đã rút lại sự đồng ý ngày { $date }
pdf-consent-withdrawn-undated = Đã rút lại sự đồng ý
pdf-consent-not-asked = Chưa được hỏi
pdf-consent-unnamed-association = Hiệp hội
pdf-consent-signature-person = Chữ ký của bạn
pdf-consent-signature-worker = Chữ ký của người hỗ trợ bạn

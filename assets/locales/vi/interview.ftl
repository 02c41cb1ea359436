# Câu hỏi phỏng vấn mà người được hỗ trợ đọc song song với tiếng Pháp. Xem fr/interview.ftl.
# Cùng mã và biến trong mọi ngôn ngữ; câu trả lời được lưu dưới dạng mã.
# Xưng « bạn », như trong pdf.ftl. Bản dịch cần được người bản ngữ tiếng Việt kiểm tra lại.

## Welcome and common answers
iv-welcome = Cuộc trò chuyện này được giữ bí mật. Bạn có thể trả lời “tôi không biết”. Bạn có thể xin nghỉ một lát bất cứ lúc nào.
iv-worker-only = Câu hỏi này dành cho nhân viên xã hội.
iv-none = Không có
iv-opt-yes = Có
iv-opt-no = Không
iv-opt-not-established = Tôi không biết

## Steps
iv-step-identity = Danh tính và ngôn ngữ
iv-step-situation = Hoàn cảnh của bạn
iv-step-cooperation = Trình báo và vụ án
iv-step-ties = Quan hệ với thủ phạm
iv-step-public-order = Những việc đã xảy ra trước đây
iv-step-permit = Giấy tờ cư trú hiện nay
iv-step-documents = Giấy tờ
iv-intro-ties = Những câu hỏi này được đặt ra vì pháp luật yêu cầu. Câu trả lời của bạn được giữ bí mật.
iv-intro-public-order = Những câu hỏi này giúp chuẩn bị hồ sơ của bạn. Những gì người khác ép buộc bạn làm có thể được giải thích.
iv-intro-documents = Với mỗi giấy tờ, hãy cho biết bạn có hay không.

## Identity and languages
iv-q-family-name = Họ của bạn là gì?
iv-q-given-names = Tên của bạn là gì? (tên đệm và tên)
iv-q-aliases = Bạn đã từng dùng tên khác, hoặc giấy tờ mang tên người khác chưa? (mỗi dòng một tên)
iv-q-sex = Bạn là:
iv-opt-sex-f = nữ
iv-opt-sex-m = nam
iv-opt-sex-x = khác
iv-q-birth-date = Ngày sinh của bạn là ngày nào?
iv-q-birth-place = Bạn sinh ra ở đâu? (thành phố và quốc gia)
iv-q-nationality = Bạn mang quốc tịch nào?
iv-opt-nationality-stateless = không quốc tịch
iv-q-other-nationalities = Bạn có mang quốc tịch nào khác không? Quốc tịch nào?
iv-q-languages = Bạn nói những ngôn ngữ nào?
iv-q-address-line = Bạn có thể nhận thư ở địa chỉ nào? (tên đường, hoặc địa chỉ của hiệp hội)
iv-q-postcode = Mã bưu chính của địa chỉ này
iv-q-commune = Thị xã của địa chỉ này
iv-q-city = Thành phố của địa chỉ này
iv-q-phone = Số điện thoại nào có thể liên lạc với bạn? (số này được in trên thư; để trống nếu bạn không muốn)

## Situation
iv-q-exit-programme = Bạn đã được nhận vào chương trình giúp thoát khỏi mại dâm chưa?
iv-q-exit-programme-date = Từ ngày nào?
iv-q-domestic-violence = Bạn có đang bị vợ hoặc chồng, bạn đời hay người trong gia đình bạo hành không?
iv-q-protection-order = Thẩm phán đã ra lệnh bảo vệ cho bạn chưa?
iv-q-protection-order-date = Ngày ra lệnh bảo vệ
iv-q-child-welfare = Thẩm phán đã giao bạn cho cơ quan bảo trợ trẻ em (ASE) hoặc cho một người đáng tin cậy chưa?
iv-q-child-welfare-date = Từ ngày nào?
iv-q-child-welfare-placement = Thẩm phán đã quyết định giao bạn cho:
iv-opt-child-welfare-placement-ase = cơ quan bảo trợ trẻ em (ASE)
iv-opt-child-welfare-placement-trusted-third-party = một người đáng tin cậy
iv-q-work-or-training = Bạn có đang đi làm hoặc học nghề, hoặc có dự định như vậy không?

## Complaint and proceedings
iv-q-complaint = Bạn đã trình báo (porter plainte) với cảnh sát hoặc hiến binh chưa?
iv-q-complaint-date = Ngày trình báo
iv-q-complaint-service = Bạn đã trình báo ở đâu? (đồn cảnh sát, đồn hiến binh)
iv-q-testimony = Bạn đã làm chứng trong một vụ án hình sự chống lại những người đã bóc lột bạn chưa?
iv-q-testimony-date = Ngày làm chứng
iv-q-testimony-service = Trước cơ quan hoặc tòa án nào?
iv-q-reflection-recepisse = Tòa hành chính tỉnh (préfecture) có đưa cho bạn giấy biên nhận (récépissé) cho thời gian suy nghĩ 30 ngày không?
iv-q-reflection-date = Ngày bạn nhận giấy biên nhận này

## Ties with the perpetrators
iv-q-ties-broken = Bạn đã cắt đứt mọi liên lạc với những người đã bóc lột bạn chưa?

## Past events
iv-q-false-documents = Bạn đã bao giờ dùng giấy tờ giả, hoặc giấy tờ của người khác chưa?
iv-q-removal-order = Bạn đã bao giờ nhận lệnh buộc rời khỏi lãnh thổ Pháp (OQTF) mà sau đó không rời khỏi nước Pháp chưa?

## Current residence document
iv-q-permit-kind = Hiện nay bạn có giấy tờ cư trú nào?
iv-opt-permit-kind-none = không có
iv-opt-permit-kind-recepisse-reflection = giấy biên nhận thời gian suy nghĩ (30 ngày)
iv-opt-permit-kind-recepisse-application = giấy biên nhận hồ sơ xin giấy phép cư trú
iv-opt-permit-kind-cst-vpf-l425-1 = thẻ cư trú tạm thời “đời sống riêng tư và gia đình” (nạn nhân)
iv-opt-permit-kind-aps-l425-4 = giấy phép cư trú tạm thời (chương trình thoát khỏi mại dâm)
iv-opt-permit-kind-carte-resident-l425-3 = thẻ thường trú (10 năm)
iv-opt-permit-kind-temporary-protection = giấy phép cư trú tạm thời diện «bảo hộ tạm thời» (ví dụ: người sơ tán từ Ukraina)
iv-opt-permit-kind-asylum-application = giấy xác nhận đã nộp đơn xin tị nạn
iv-opt-permit-kind-other = giấy tờ khác
iv-q-permit-issued = Ngày cấp giấy tờ này
iv-q-permit-expires = Ngày hết hạn của giấy tờ này
iv-q-permit-renewals = Thẻ này đã được gia hạn bao nhiêu lần?
iv-q-renewal-filed-on = Ngày nộp hồ sơ gia hạn
iv-opt-renewal-filed-on-not-filed = chưa nộp

## Documents
iv-opt-document-status-have = tôi có
iv-opt-document-status-missing = tôi không có
iv-opt-document-status-requested = đã xin, đang chờ
iv-opt-document-status-confiscated = bị thủ phạm lấy mất
iv-q-document-date = { $document }: ngày cấp
iv-q-document-number = { $document }: số
iv-q-document-expires = { $document }: ngày hết hạn (có giá trị đến)

# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Thông tin của bạn và sự đồng ý của bạn
consent-notice-intro = { $association } hỗ trợ bạn trong các thủ tục giấy tờ. Để làm việc này, chúng tôi ghi lại một số thông tin về bạn: danh tính, hoàn cảnh của bạn và các giấy tờ trong hồ sơ của bạn. Với từng mục sử dụng dưới đây, bạn có thể trả lời “có” hoặc “không”. Nếu bạn từ chối, sự giúp đỡ mà chúng tôi dành cho bạn vẫn không hề thay đổi.
consent-notice-storage = Lưu giữ hồ sơ của bạn: thông tin của bạn được lưu, có mã hóa, trên máy tính của hiệp hội. Chỉ những người trong nhóm đang hỗ trợ bạn mới có thể đọc được.
consent-notice-prefecture = Gửi thông tin đến tòa hành chính tỉnh (préfecture): chỉ những gì cần thiết cho hồ sơ xin giấy phép cư trú của bạn, và chỉ khi bạn đồng ý.
consent-notice-lawyer = Chuyển hồ sơ của bạn cho một luật sư hoặc một hiệp hội khác: chỉ khi bạn yêu cầu hoặc đồng ý.
consent-notice-rights = Bất cứ lúc nào, bạn cũng có thể yêu cầu được xem, sửa hoặc xóa thông tin của mình.
consent-notice-withdraw = Bạn có thể rút lại sự đồng ý bất cứ khi nào bạn muốn, chỉ cần nói với người đang hỗ trợ bạn. Nếu bạn rút lại sự đồng ý cho việc lưu giữ hồ sơ, hồ sơ của bạn sẽ bị xóa.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } hỗ trợ bạn trong các thủ tục giấy tờ. Để làm việc này, chúng tôi ghi lại một số thông tin về bạn: danh tính, hoàn cảnh của bạn và các giấy tờ trong hồ sơ của bạn. Với từng mục sử dụng dưới đây, bạn có thể trả lời “có” hoặc “không”. Nếu bạn từ chối, sự giúp đỡ mà chúng tôi dành cho bạn vẫn không hề thay đổi.
consent-notice-prefecture-2 = Gửi thông tin đến tòa hành chính tỉnh (préfecture): chỉ những gì cần thiết cho hồ sơ xin giấy phép cư trú của bạn, và chỉ khi bạn đồng ý.
consent-notice-lawyer-2 = Chuyển hồ sơ của bạn cho một luật sư hoặc một hiệp hội khác: chỉ khi bạn yêu cầu hoặc đồng ý.
consent-notice-rights-2 = Bất cứ lúc nào, bạn cũng có thể yêu cầu được xem, sửa hoặc xóa thông tin của mình.

# Signpost: Vietnamese (vi). Translated from en-US; keep ids and { $variables }.

## Nút mở và bảng trợ giúp

launcher-open = Trợ giúp
panel-title = Trợ giúp { $platform }
panel-close = Đóng
panel-back = Quay lại
panel-intro = Giải đáp các câu hỏi thường gặp và cách liên hệ đúng với bộ phận hỗ trợ của { $platform }.

## Trợ giúp không khả dụng (không tải được cấu hình)

unavailable-title = Hiện không thể mở trợ giúp
unavailable-body = Bảng trợ giúp không tải được cài đặt. Vui lòng thử lại sau giây lát.
unavailable-help-centre = Mở trung tâm trợ giúp chính thức

loading = Đang tải trợ giúp…
contact-unloaded = Không tải được các cách liên hệ. Hãy kiểm tra kết nối rồi thử lại.
contact-retry = Thử lại

## Chọn ngôn ngữ

language-label = Ngôn ngữ
language-changed = Đã chuyển ngôn ngữ sang { $language }.

## Trang chủ

home-search-label = Tìm trong các bài viết trợ giúp
home-search-placeholder = Mô tả vấn đề của bạn, ví dụ: “rút tiền không thành công”
home-topics = Chủ đề
home-popular = Được hỏi nhiều nhất
home-contact = Liên hệ hỗ trợ
home-contact-hint = Xem cách chính thức nhanh nhất để liên hệ với { $platform }.

## Chủ đề

topic-account_access = Truy cập tài khoản
topic-security = Bảo mật
topic-deposit_withdrawal = Nạp tiền và rút tiền
topic-payments = Thanh toán
topic-orders_refunds = Đơn hàng và hoàn tiền
topic-verification = Xác minh danh tính
topic-technical = Sự cố kỹ thuật
topic-fees = Phí
topic-other = Câu hỏi khác
topic-all = Tất cả chủ đề

## Câu hỏi thường gặp

faq-results =
    { $count ->
        [0] Không có bài viết nào phù hợp với tìm kiếm của bạn.
       *[other] Có { $count } bài viết phù hợp với tìm kiếm của bạn.
    }
faq-empty-title = Không tìm thấy câu trả lời
faq-empty-body = Hãy cho chúng tôi biết vấn đề bạn gặp phải, chúng tôi sẽ hướng dẫn bạn đến đúng kênh hỗ trợ.
faq-talk-to-us = Liên hệ với chúng tôi
faq-more = Xem thêm
faq-related = Câu hỏi liên quan
faq-still-need-help = Bạn vẫn cần trợ giúp?
faq-needs-person = Vấn đề này thường cần nhân viên hỗ trợ xử lý. Chúng tôi có thể hướng dẫn bạn đến đúng kênh.

## Trợ lý tư vấn: các câu hỏi

advisor-title = Tìm kênh hỗ trợ phù hợp
advisor-topic = Vấn đề của bạn liên quan đến gì?
advisor-urgency = Mức độ khẩn cấp thế nào?
urgency-can_wait = Có thể chờ
urgency-today = Trong hôm nay
urgency-right_now = Ngay bây giờ
advisor-complexity = Bạn cần gửi những gì?
complexity-quick = Một câu hỏi nhanh
complexity-detailed = Thông tin chi tiết, ảnh chụp màn hình hoặc tài liệu
advisor-preference = Bạn muốn trao đổi theo cách nào?
preference-text = Bằng văn bản
preference-voice = Qua điện thoại
preference-none = Cách nào cũng được
advisor-compromise = Tôi nghĩ có người khác đã truy cập vào tài khoản của tôi hoặc đã chuyển tiền của tôi đi
advisor-results = Lựa chọn tốt nhất cho bạn lúc này
advisor-updated = Đã cập nhật đề xuất: { $channel } hiện là lựa chọn tốt nhất.

## Trợ lý tư vấn: loại kênh

kind-live_chat = Trò chuyện trực tuyến
kind-phone = Điện thoại
kind-email = Email
kind-ticket = Phiếu yêu cầu hỗ trợ
kind-social = Mạng xã hội
kind-community = Diễn đàn cộng đồng
kind-help_centre = Trung tâm trợ giúp

## Trợ lý tư vấn: giờ hoạt động và thời gian phản hồi

open-now = Đang hoạt động
open-until = Đang hoạt động đến { $time }
closed-opens-at = Hiện đã đóng, mở lại vào { $time } theo giờ của bạn
closed-no-opening = Đã đóng, chưa có lịch mở lại trong thời gian tới
reply-minutes =
    { $minutes ->
       *[other] Thường phản hồi trong vòng { $minutes } phút
    }
reply-hours =
    { $hours ->
       *[other] Thường phản hồi trong vòng { $hours } giờ
    }
reply-days =
    { $days ->
       *[other] Thường phản hồi trong vòng { $days } ngày
    }
nothing-live-open = Hiện không có kênh hỗ trợ trực tiếp nào đang hoạt động. Kênh sớm nhất sẽ mở vào { $time } theo giờ của bạn. Trong lúc chờ, hãy gửi email hoặc tạo phiếu yêu cầu hỗ trợ để yêu cầu của bạn được đưa vào hàng chờ.

## Trợ lý tư vấn: lý do đề xuất

reason-open-now = Đang hoạt động
reason-closed = Hiện đã đóng
reason-fast-reply = Phản hồi nhanh
reason-slow-reply = Phản hồi chậm hơn
reason-attachments = Bạn có thể gửi ảnh chụp màn hình và tài liệu
reason-no-attachments = Không gửi được ảnh chụp màn hình hoặc tài liệu
reason-matches-preference = Đúng với cách trao đổi bạn muốn
reason-against-preference = Không phải cách bạn muốn, nhưng nhanh hơn nhiều khi vấn đề khẩn cấp
reason-speaks-language = Hỗ trợ bằng ngôn ngữ của bạn
reason-language-not-served = Có thể không hỗ trợ bằng ngôn ngữ của bạn
reason-live-for-urgent = Hỗ trợ trực tiếp cho vấn đề khẩn cấp
reason-not-live = Không hỗ trợ trực tiếp nên chậm hơn khi vấn đề khẩn cấp
reason-security-fastest = Cách nhanh nhất để bảo vệ tài khoản của bạn
reason-self-service = Bạn có thể tự tìm ra câu trả lời ngay
reason-public-channel = Kênh công khai: tuyệt đối không đăng thông tin tài khoản tại đây
reason-live-wait =
    { $minutes ->
       *[other] Hiện cần chờ khoảng { $minutes } phút
    }
reason-paused = Hiện đang tạm dừng
escalate = Không nhận được phản hồi trong thời gian dự kiến? Hãy thử { $channel }.

## Trạng thái trực tiếp (sự cố lấy từ nguồn cập nhật trạng thái của nền tảng)

incident-started =
    { $minutes ->
        [0] Vừa mới bắt đầu
       *[other] Bắt đầu { $minutes } phút trước
    }
incident-started-hours =
    { $hours ->
       *[other] Bắt đầu { $hours } giờ trước
    }
incident-details = Chi tiết
incident-dismiss = Ẩn
status-stale = Trạng thái đang hiển thị là từ { $minutes } phút trước vì không thể cập nhật.

## Chuyển sang kênh hỗ trợ

advisor-continue = Tiếp tục qua { $channel }
handoff-title = Liên hệ qua { $channel }
handoff-intro = Tất cả các mục ở đây đều không bắt buộc. Thông tin bạn nhập được giữ trong thẻ trình duyệt này cho đến khi bạn gửi đi hoặc xóa.
handoff-open = Mở { $channel }
handoff-call = Gọi { $number }
handoff-email = Viết email
handoff-copy = Sao chép bản tóm tắt
handoff-copied = Đã sao chép bản tóm tắt.
handoff-copy-failed = Không thể sao chép tại đây. Hãy chọn bản tóm tắt và tự sao chép.
handoff-prepare = Chuẩn bị sẵn các thông tin sau
field-account_id = ID tài khoản hoặc email
field-transaction_id = ID giao dịch hoặc mã hash
field-time = Thời điểm xảy ra
field-amount = Số tiền và loại tiền
field-error_text = Thông báo lỗi hiển thị
handoff-description = Mô tả vấn đề
handoff-summary = Bản tóm tắt sẽ được gửi
handoff-clear = Xóa nội dung tôi đã nhập
handoff-cleared = Đã xóa nội dung bạn nhập.
handoff-done = Đã chuyển sang { $channel }. Nội dung bạn nhập đã được xóa khỏi trang này.
handoff-phone-number = Số điện thoại
handoff-phone-ready = Khi gọi, hãy chuẩn bị sẵn các thông tin ở trên. Bản tóm tắt này không được gửi kèm theo cuộc gọi.
handoff-truncated = (Nội dung đã được rút gọn cho vừa độ dài cho phép. Bạn có thể sao chép toàn bộ bản tóm tắt từ bảng trợ giúp.)

## Kiểm tra thông tin người dùng nhập

field-invalid-format = Thông tin này có vẻ chưa đúng. Định dạng hợp lệ: { $formats }.
field-invalid-amount = Hãy nhập số tiền và loại tiền, ví dụ: 250 USDT.
field-invalid-time = Hãy nhập ngày và giờ.
field-in-future = Ngày này nằm trong tương lai.
field-too-long = Nội dung quá dài (tối đa { $max } ký tự).
format-evm_tx_hash = 0x, theo sau là 64 ký tự thập lục phân
format-hex64 = 64 ký tự thập lục phân
format-base58 = ID dạng Base58 (gồm chữ cái và chữ số)
format-digits = chỉ gồm chữ số
format-email = địa chỉ email

## Bản tóm tắt gửi bộ phận hỗ trợ (viết bằng ngôn ngữ của người dùng)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Kênh
summary-topic = Chủ đề
summary-urgency = Mức độ khẩn cấp
summary-name = Họ tên
summary-email = Email
summary-page = Trang
summary-version = Gửi qua

## An toàn

never-share-title = Tuyệt đối không chia sẻ những thông tin này
never-share-body = Nhân viên { $platform } sẽ không bao giờ yêu cầu mật khẩu, mã 2FA, khóa riêng tư hoặc cụm từ khôi phục của bạn. Bất kỳ ai yêu cầu những thông tin này đều không phải là bộ phận hỗ trợ của { $platform }.
account-freeze = Đóng băng tài khoản ngay
unofficial-site-title = Đây không phải trang web chính thức của { $platform }
unofficial-site-body = Đừng tin thông tin liên hệ hiển thị tại đây. Hãy dùng trung tâm trợ giúp chính thức.
unofficial-help-centre = Mở trung tâm trợ giúp chính thức của { $platform }
secret-phrase = Đây có vẻ là cụm từ khôi phục. Tuyệt đối không gửi cụm từ này cho bất kỳ ai, kể cả bộ phận hỗ trợ của { $platform }: ai có được nó đều có thể chiếm đoạt tiền của bạn.
secret-key = Đây có vẻ là khóa riêng tư. Tuyệt đối không gửi khóa này cho bất kỳ ai, kể cả bộ phận hỗ trợ của { $platform }: ai có được nó đều có thể chiếm đoạt tiền của bạn.
secret-remove = Xóa nội dung này
secret-not-secret = Đây không phải thông tin bí mật
secret-blocked = Hãy xóa thông tin bí mật khỏi phần mô tả để tiếp tục.

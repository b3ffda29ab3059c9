# Signpost: Traditional Chinese (Taiwan). Translated from en-US; keep the ids
# and the { $variables } as they are. Chinese has only the *[other] plural form.

## 啟動按鈕與面板

launcher-open = 幫助
panel-title = { $platform } 幫助
panel-close = 關閉
panel-back = 返回
panel-intro = 常見問題解答，以及聯絡 { $platform } 客服的正確方式。

## 幫助無法使用（無法載入設定）

unavailable-title = 幫助功能暫時無法使用
unavailable-body = 幫助面板無法載入設定，請稍後再試。
unavailable-help-centre = 開啟官方幫助中心

loading = 正在載入說明…
contact-unloaded = 無法載入聯絡方式。請檢查網路連線後再試一次。
contact-retry = 重試

## 語言切換

language-label = 語言
language-changed = 語言已切換為{ $language }。

## 首頁

home-search-label = 搜尋幫助文章
home-search-placeholder = 請描述您的問題，例如「提領失敗」
home-topics = 問題分類
home-popular = 熱門問題
home-contact = 聯絡客服
home-contact-hint = 為您建議聯絡 { $platform } 最快的官方管道。

## 問題分類

topic-account_access = 帳戶登入
topic-security = 帳戶安全
topic-deposit_withdrawal = 儲值與提領
topic-payments = 付款
topic-orders_refunds = 訂單與退款
topic-verification = 身分驗證
topic-technical = 技術問題
topic-fees = 費用
topic-other = 其他問題
topic-all = 全部分類

## 常見問題

faq-results =
    { $count ->
        [0] 找不到相關文章。
       *[other] 找到 { $count } 篇相關文章。
    }
faq-empty-title = 找不到答案
faq-empty-body = 請告訴我們您遇到的問題，我們會為您引導至合適的客服管道。
faq-talk-to-us = 聯絡我們
faq-more = 顯示更多
faq-related = 相關問題
faq-still-need-help = 仍需要協助嗎？
faq-needs-person = 這類問題通常需要專人處理，我們可以為您引導至合適的管道。

## 客服建議：問題

advisor-title = 找到合適的客服管道
advisor-topic = 您的問題屬於哪一類？
advisor-urgency = 問題有多緊急？
urgency-can_wait = 不急
urgency-today = 今天之內
urgency-right_now = 馬上
advisor-complexity = 您需要提供什麼？
complexity-quick = 一個簡單問題
complexity-detailed = 詳細資料、截圖或文件
advisor-preference = 您希望透過什麼方式溝通？
preference-text = 文字溝通
preference-voice = 電話溝通
preference-none = 都可以
advisor-compromise = 我懷疑有人盜用我的帳戶或轉走了我的資金
advisor-results = 目前最適合您的選項
advisor-updated = 建議已更新：目前最佳選擇是{ $channel }。

## 客服建議：管道類型

kind-live_chat = 線上客服
kind-phone = 電話
kind-email = 電子郵件
kind-ticket = 客服工單
kind-social = 社群媒體
kind-community = 社群論壇
kind-help_centre = 幫助中心

## 客服建議：服務時間與回覆時間

open-now = 服務中
open-until = 服務中，至 { $time } 為止
closed-opens-at = 休息中，將於您當地時間 { $time } 恢復服務
closed-no-opening = 休息中，近期無服務時段
reply-minutes =
    { $minutes ->
       *[other] 通常在 { $minutes } 分鐘內回覆
    }
reply-hours =
    { $hours ->
       *[other] 通常在 { $hours } 小時內回覆
    }
reply-days =
    { $days ->
       *[other] 通常在 { $days } 天內回覆
    }
nothing-live-open = 目前沒有可即時溝通的管道，最早將於您當地時間 { $time } 開放。在此期間，您可以寄送電子郵件或提交客服工單，讓您的請求先排入處理。

## 客服建議：推薦理由

reason-open-now = 服務中
reason-closed = 休息中
reason-fast-reply = 回覆迅速
reason-slow-reply = 回覆較慢
reason-attachments = 可傳送截圖和文件
reason-no-attachments = 不支援傳送截圖或文件
reason-matches-preference = 符合您偏好的溝通方式
reason-against-preference = 並非您偏好的方式，但處理緊急問題要快得多
reason-speaks-language = 可使用您的語言回覆
reason-language-not-served = 可能無法使用您的語言回覆
reason-live-for-urgent = 即時協助處理緊急問題
reason-not-live = 非即時溝通，處理緊急問題較慢
reason-security-fastest = 保護帳戶安全的最快方式
reason-self-service = 您或許馬上就能自行找到答案
reason-public-channel = 公開管道：切勿在此張貼任何帳戶資訊
reason-live-wait =
    { $minutes ->
       *[other] 目前約需等候 { $minutes } 分鐘
    }
reason-paused = 暫停服務中
escalate = 超過預期時間仍未收到回覆？接下來可改用{ $channel }。

## 即時狀態（來自平台狀態資料來源的異常事件）

incident-started =
    { $minutes ->
        [0] 剛剛開始
       *[other] { $minutes } 分鐘前開始
    }
incident-started-hours =
    { $hours ->
       *[other] { $hours } 小時前開始
    }
incident-details = 查看詳情
incident-dismiss = 隱藏
status-stale = 即時狀態更新於 { $minutes } 分鐘前，目前無法重新整理。

## 轉接

advisor-continue = 透過{ $channel }繼續
handoff-title = 透過{ $channel }聯絡
handoff-intro = 以下各項皆為選填，內容只會保留在目前的瀏覽器分頁中，直到您送出或清除為止。
handoff-open = 前往{ $channel }
handoff-call = 撥打 { $number }
handoff-email = 寄送電子郵件
handoff-copy = 複製摘要
handoff-copied = 摘要已複製。
handoff-copy-failed = 此處無法複製，請手動選取摘要並複製。
handoff-prepare = 請準備好以下資訊
field-account_id = 帳戶 ID 或電子郵件
field-transaction_id = 交易 ID 或雜湊值
field-time = 發生時間
field-amount = 金額與幣別
field-error_text = 顯示的錯誤訊息
handoff-description = 問題描述
handoff-summary = 將送出的摘要
handoff-clear = 清除我輸入的內容
handoff-cleared = 已清除您輸入的內容。
handoff-done = 已轉接至{ $channel }。您輸入的內容已從此頁面清除。
handoff-phone-number = 電話號碼
handoff-phone-ready = 此摘要無法透過電話傳送，撥打電話時請準備好上述資訊。
handoff-truncated = （因長度限制，內容已縮減。完整摘要可從幫助面板中複製。）

## 輸入內容檢查

field-invalid-format = 格式似乎不正確。應為：{ $formats }。
field-invalid-amount = 請輸入數字與幣別，例如 250 USDT。
field-invalid-time = 請輸入日期與時間。
field-in-future = 此日期晚於今天。
field-too-long = 內容過長（最多 { $max } 個字元）。
format-evm_tx_hash = 0x 後接 64 個十六進位字元
format-hex64 = 64 個十六進位字元
format-base58 = Base58 格式的 ID（由英文字母與數字組成）
format-digits = 純數字
format-email = 電子郵件地址

## 傳送給客服的摘要（以使用者的語言撰寫）

summary-subject = { $platform }：{ $topic }（{ $urgency }）
summary-channel = 聯絡管道
summary-topic = 問題分類
summary-urgency = 緊急程度
summary-name = 姓名
summary-email = 電子郵件
summary-page = 所在頁面
summary-version = 傳送工具

## 安全提示

never-share-title = 切勿向任何人透露以下資訊
never-share-body = { $platform } 工作人員絕不會向您索取密碼、雙重驗證（2FA）驗證碼、私鑰或助記詞。任何向您索取這些資訊的人都不是 { $platform } 官方客服。
account-freeze = 立即凍結帳戶
unofficial-site-title = 此網站並非 { $platform } 官方網站
unofficial-site-body = 請勿相信此處顯示的聯絡方式，請改用官方幫助中心。
unofficial-help-centre = 開啟 { $platform } 官方幫助中心
secret-phrase = 這看起來像是助記詞。切勿傳送給任何人，即使是 { $platform } 客服也不行。任何人只要取得助記詞，就能轉走您的資金。
secret-key = 這看起來像是私鑰。切勿傳送給任何人，即使是 { $platform } 客服也不行。任何人只要取得私鑰，就能轉走您的資金。
secret-remove = 刪除
secret-not-secret = 這不是機密資訊
secret-blocked = 請從問題描述中刪除機密資訊後再繼續。

# Signpost: Japanese (ja). Translated from en-US; keep ids and { $variables }.
# Japanese has only the CLDR plural category *[other].

## ランチャーとパネル

launcher-open = ヘルプ
panel-title = { $platform } ヘルプ
panel-close = 閉じる
panel-back = 戻る
panel-intro = よくあるご質問への回答と、{ $platform }サポートへの正しいお問い合わせ方法をご案内します。

## ヘルプを利用できない場合（設定を読み込めなかったとき）

unavailable-title = 現在ヘルプをご利用いただけません
unavailable-body = ヘルプパネルの設定を読み込めませんでした。しばらくしてからもう一度お試しください。
unavailable-help-centre = 公式ヘルプセンターを開く

loading = ヘルプを読み込んでいます…
contact-unloaded = 問い合わせ方法を読み込めませんでした。接続を確認して、もう一度お試しください。
contact-retry = 再試行

## 言語の切り替え

language-label = 言語
language-changed = 言語を{ $language }に変更しました。

## ホーム

home-search-label = ヘルプ記事を検索
home-search-placeholder = お困りの内容を入力してください（例：「出金できない」）
home-topics = トピック
home-popular = よくあるご質問
home-contact = サポートに問い合わせる
home-contact-hint = { $platform }に最も早く連絡できる公式の方法をご案内します。

## トピック

topic-account_access = アカウントへのアクセス
topic-security = セキュリティ
topic-deposit_withdrawal = 入金・出金
topic-payments = お支払い
topic-orders_refunds = 注文・返金
topic-verification = 本人確認
topic-technical = 技術的な問題
topic-fees = 手数料
topic-other = その他のご質問
topic-all = すべてのトピック

## よくあるご質問

faq-results =
    { $count ->
        [0] 検索条件に一致する記事はありません。
       *[other] 検索条件に一致する記事が{ $count }件見つかりました。
    }
faq-empty-title = 回答が見つかりませんでした
faq-empty-body = お困りの内容をお知らせください。適切なサポート窓口をご案内します。
faq-talk-to-us = お問い合わせ
faq-more = さらに表示
faq-related = 関連する質問
faq-still-need-help = 問題が解決しませんか？
faq-needs-person = この内容は通常、担当者による対応が必要です。適切な窓口をご案内します。

## 窓口案内：質問

advisor-title = 最適なサポート窓口を探す
advisor-topic = どのような内容ですか？
advisor-urgency = どのくらいお急ぎですか？
urgency-can_wait = 急ぎではない
urgency-today = 今日中
urgency-right_now = 今すぐ
advisor-complexity = 何を送る必要がありますか？
complexity-quick = 簡単な質問
complexity-detailed = 詳細情報、スクリーンショット、書類
advisor-preference = ご希望の連絡方法は？
preference-text = 文章でのやり取り
preference-voice = 電話
preference-none = 指定なし
advisor-compromise = 第三者にアカウントへアクセスされたか、資金を移動された可能性があります
advisor-results = 現在のおすすめ窓口
advisor-updated = おすすめを更新しました。現在は{ $channel }が最適です。

## 窓口案内：窓口の種類

kind-live_chat = ライブチャット
kind-phone = 電話
kind-email = メール
kind-ticket = サポートチケット
kind-social = SNS
kind-community = コミュニティフォーラム
kind-help_centre = ヘルプセンター

## 窓口案内：受付時間と返信までの目安

open-now = 受付中
open-until = 受付中（{ $time }まで）
closed-opens-at = 受付時間外（お客様の現地時間で{ $time }に受付開始）
closed-no-opening = 受付時間外（当面の受付予定はありません）
reply-minutes =
    { $minutes ->
       *[other] 通常{ $minutes }分以内に返信します
    }
reply-hours =
    { $hours ->
       *[other] 通常{ $hours }時間以内に返信します
    }
reply-days =
    { $days ->
       *[other] 通常{ $days }日以内に返信します
    }
nothing-live-open = 現在、リアルタイムで対応できる窓口はありません。最も早い窓口は、お客様の現地時間で{ $time }に受付を開始します。それまでにメールを送信するかチケットを作成しておくと、お問い合わせが対応待ちの列に登録されます。

## 窓口案内：おすすめの理由

reason-open-now = 現在受付中です
reason-closed = 現在受付時間外です
reason-fast-reply = 返信が早い窓口です
reason-slow-reply = 返信に時間がかかります
reason-attachments = スクリーンショットや書類を送信できます
reason-no-attachments = スクリーンショットや書類は送信できません
reason-matches-preference = ご希望の連絡方法です
reason-against-preference = ご希望の連絡方法ではありませんが、緊急の問題にははるかに早く対応できます
reason-speaks-language = ご利用の言語で対応します
reason-language-not-served = ご利用の言語では対応できない場合があります
reason-live-for-urgent = 緊急の問題にリアルタイムで対応します
reason-not-live = リアルタイム対応ではないため、緊急の問題には時間がかかります
reason-security-fastest = アカウントを保護する最も早い方法です
reason-self-service = ご自身ですぐに答えが見つかる場合があります
reason-public-channel = 公開の窓口です。アカウント情報は絶対に投稿しないでください
reason-live-wait =
    { $minutes ->
       *[other] 現在の待ち時間は約{ $minutes }分です
    }
reason-paused = 現在、受付を一時停止しています
escalate = 目安の時間内に返信がない場合は、次に{ $channel }をお試しください。

## 稼働状況（プラットフォームのステータスフィードから取得した障害情報）

incident-started =
    { $minutes ->
        [0] たった今発生
       *[other] { $minutes }分前に発生
    }
incident-started-hours =
    { $hours ->
       *[other] { $hours }時間前に発生
    }
incident-details = 詳細を見る
incident-dismiss = 非表示にする
status-stale = 表示中の稼働状況は{ $minutes }分前のものです（更新できませんでした）。

## 窓口への引き継ぎ

advisor-continue = { $channel }で問い合わせる
handoff-title = { $channel }でのお問い合わせ
handoff-intro = ここでの入力はすべて任意です。入力した内容は、送信するか消去するまで、このブラウザのタブ内にのみ保持されます。
handoff-open = { $channel }を開く
handoff-call = { $number }に電話する
handoff-email = メールを作成する
handoff-copy = 概要をコピー
handoff-copied = 概要をコピーしました。
handoff-copy-failed = ここではコピーできません。概要を選択して、手動でコピーしてください。
handoff-prepare = 以下の情報をご用意ください
field-account_id = アカウントIDまたはメールアドレス
field-transaction_id = 取引IDまたはトランザクションハッシュ
field-time = 発生日時
field-amount = 金額と通貨
field-error_text = 表示されたエラーメッセージ
handoff-description = 問題の内容をご記入ください
handoff-summary = 送信される概要
handoff-clear = 入力内容を消去する
handoff-cleared = 入力内容を消去しました。
handoff-done = { $channel }に引き継ぎました。入力内容はこのページから消去されました。
handoff-phone-number = 電話番号
handoff-phone-ready = この概要は通話では送信できないため、お電話の際は上記の情報をお手元にご用意ください。
handoff-truncated = （文字数の上限に合わせて一部を省略しました。概要の全文はヘルプパネルからコピーできます。）

## 入力内容のチェック

field-invalid-format = 入力内容が正しくないようです。次の形式で入力してください：{ $formats }。
field-invalid-amount = 数字と通貨を入力してください（例：250 USDT）。
field-invalid-time = 日付と時刻を入力してください。
field-in-future = 未来の日付が入力されています。
field-too-long = 入力内容が長すぎます（最大{ $max }文字）。
format-evm_tx_hash = 0xに続く16進数64文字
format-hex64 = 16進数64文字
format-base58 = Base58形式のID（英数字）
format-digits = 数字のみ
format-email = メールアドレス

## サポートに送る概要（ユーザーの言語で作成されます）

summary-subject = { $platform }：{ $topic }（{ $urgency }）
summary-channel = 窓口
summary-topic = トピック
summary-urgency = 緊急度
summary-name = 氏名
summary-email = メールアドレス
summary-page = ページ
summary-version = 送信ツール

## 安全のために

never-share-title = 以下の情報は絶対に教えないでください
never-share-body = { $platform }のスタッフが、パスワード、二段階認証コード、秘密鍵、リカバリーフレーズを尋ねることは絶対にありません。これらを尋ねてくる人は{ $platform }のサポートではありません。
account-freeze = 今すぐアカウントを凍結する
unofficial-site-title = このサイトは{ $platform }の公式サイトではありません
unofficial-site-body = ここに表示されている連絡先は信用しないでください。公式ヘルプセンターをご利用ください。
unofficial-help-centre = { $platform }の公式ヘルプセンターを開く
secret-phrase = リカバリーフレーズが含まれているようです。{ $platform }のサポートを含め、絶対に誰にも送らないでください。これを知った人は誰でも、お客様の資金を盗み出せてしまいます。
secret-key = 秘密鍵が含まれているようです。{ $platform }のサポートを含め、絶対に誰にも送らないでください。これを知った人は誰でも、お客様の資金を盗み出せてしまいます。
secret-remove = 削除する
secret-not-secret = 秘密情報ではありません
secret-blocked = 続行するには、問題の内容から秘密情報を削除してください。

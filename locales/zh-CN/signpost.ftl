# Signpost: Simplified Chinese (mainland). Translated from en-US; keep the ids
# and the { $variables } as they are. Chinese has only the *[other] plural form.

## 启动按钮与面板

launcher-open = 帮助
panel-title = { $platform } 帮助
panel-close = 关闭
panel-back = 返回
panel-intro = 常见问题解答，以及联系 { $platform } 客服的正确方式。

## 帮助不可用（无法加载配置）

unavailable-title = 帮助功能暂时无法使用
unavailable-body = 帮助面板无法加载设置，请稍后重试。
unavailable-help-centre = 打开官方帮助中心

loading = 正在加载帮助…
contact-unloaded = 无法加载联系方式。请检查网络连接后重试。
contact-retry = 重试

## 语言切换

language-label = 语言
language-changed = 语言已切换为{ $language }。

## 首页

home-search-label = 搜索帮助文章
home-search-placeholder = 请描述您的问题，例如“提现失败”
home-topics = 问题分类
home-popular = 热门问题
home-contact = 联系客服
home-contact-hint = 为您推荐联系 { $platform } 最快捷的官方渠道。

## 问题分类

topic-account_access = 账户登录
topic-security = 账户安全
topic-deposit_withdrawal = 充值与提现
topic-payments = 支付
topic-orders_refunds = 订单与退款
topic-verification = 身份认证
topic-technical = 技术问题
topic-fees = 费用
topic-other = 其他问题
topic-all = 全部分类

## 常见问题

faq-results =
    { $count ->
        [0] 未找到相关文章。
       *[other] 找到 { $count } 篇相关文章。
    }
faq-empty-title = 未找到答案
faq-empty-body = 请告诉我们您遇到的问题，我们将为您指引合适的客服渠道。
faq-talk-to-us = 联系我们
faq-more = 显示更多
faq-related = 相关问题
faq-still-need-help = 仍需要帮助？
faq-needs-person = 此类问题通常需要人工处理，我们可以为您指引合适的渠道。

## 客服建议：问题

advisor-title = 找到合适的客服渠道
advisor-topic = 您的问题属于哪一类？
advisor-urgency = 问题有多紧急？
urgency-can_wait = 不着急
urgency-today = 今天之内
urgency-right_now = 马上
advisor-complexity = 您需要提供什么？
complexity-quick = 一个简单问题
complexity-detailed = 详细信息、截图或文件
advisor-preference = 您希望通过什么方式沟通？
preference-text = 文字沟通
preference-voice = 电话沟通
preference-none = 都可以
advisor-compromise = 我怀疑有人盗用了我的账户或转走了我的资金
advisor-results = 当前最适合您的选项
advisor-updated = 推荐已更新：当前最佳选择是{ $channel }。

## 客服建议：渠道类型

kind-live_chat = 在线客服
kind-phone = 电话
kind-email = 电子邮件
kind-ticket = 客服工单
kind-social = 社交媒体
kind-community = 社区论坛
kind-help_centre = 帮助中心

## 客服建议：服务时间与回复时效

open-now = 服务中
open-until = 服务中，至 { $time } 结束
closed-opens-at = 休息中，将于您当地时间 { $time } 恢复服务
closed-no-opening = 休息中，近期暂无服务时间
reply-minutes =
    { $minutes ->
       *[other] 通常在 { $minutes } 分钟内回复
    }
reply-hours =
    { $hours ->
       *[other] 通常在 { $hours } 小时内回复
    }
reply-days =
    { $days ->
       *[other] 通常在 { $days } 天内回复
    }
nothing-live-open = 目前没有可实时沟通的渠道，最早将于您当地时间 { $time } 开放。在此期间，您可以发送邮件或提交工单，让您的请求先进入排队处理。

## 客服建议：推荐理由

reason-open-now = 服务中
reason-closed = 休息中
reason-fast-reply = 回复迅速
reason-slow-reply = 回复较慢
reason-attachments = 可发送截图和文件
reason-no-attachments = 不支持发送截图或文件
reason-matches-preference = 符合您偏好的沟通方式
reason-against-preference = 并非您偏好的方式，但处理紧急问题要快得多
reason-speaks-language = 可使用您的语言回复
reason-language-not-served = 可能无法使用您的语言回复
reason-live-for-urgent = 实时协助处理紧急问题
reason-not-live = 非实时沟通，处理紧急问题较慢
reason-security-fastest = 保护账户安全的最快方式
reason-self-service = 您或许马上就能自行找到答案
reason-public-channel = 公开渠道：切勿在此发布任何账户信息
reason-live-wait =
    { $minutes ->
       *[other] 当前约需等待 { $minutes } 分钟
    }
reason-paused = 暂停服务中
escalate = 超出预期时间仍未收到回复？接下来可尝试{ $channel }。

## 实时状态（来自平台状态数据源的故障信息）

incident-started =
    { $minutes ->
        [0] 刚刚开始
       *[other] { $minutes } 分钟前开始
    }
incident-started-hours =
    { $hours ->
       *[other] { $hours } 小时前开始
    }
incident-details = 查看详情
incident-dismiss = 隐藏
status-stale = 实时状态更新于 { $minutes } 分钟前，目前无法刷新。

## 转接

advisor-continue = 通过{ $channel }继续
handoff-title = 通过{ $channel }联系
handoff-intro = 以下各项均为选填，内容仅保存在当前浏览器标签页中，直到您发送或清除为止。
handoff-open = 前往{ $channel }
handoff-call = 拨打 { $number }
handoff-email = 发送邮件
handoff-copy = 复制摘要
handoff-copied = 摘要已复制。
handoff-copy-failed = 此处无法复制，请手动选中摘要并复制。
handoff-prepare = 请准备好以下信息
field-account_id = 账户 ID 或邮箱
field-transaction_id = 交易 ID 或哈希值
field-time = 发生时间
field-amount = 金额和币种
field-error_text = 显示的错误信息
handoff-description = 问题描述
handoff-summary = 将发送的摘要
handoff-clear = 清除我填写的内容
handoff-cleared = 您填写的内容已清除。
handoff-done = 已转接至{ $channel }。您填写的内容已从此页面清除。
handoff-phone-number = 电话号码
handoff-phone-ready = 此摘要无法通过电话发送，致电时请准备好上述信息。
handoff-truncated = （因长度限制，内容已缩减。完整摘要可在帮助面板中复制。）

## 输入内容检查

field-invalid-format = 格式似乎不正确。应为：{ $formats }。
field-invalid-amount = 请输入数字和币种，例如 250 USDT。
field-invalid-time = 请输入日期和时间。
field-in-future = 该日期晚于今天。
field-too-long = 内容过长（最多 { $max } 个字符）。
format-evm_tx_hash = 0x 后接 64 位十六进制字符
format-hex64 = 64 位十六进制字符
format-base58 = Base58 格式的 ID（由字母和数字组成）
format-digits = 纯数字
format-email = 邮箱地址

## 发送给客服的摘要（以用户的语言撰写）

summary-subject = { $platform }：{ $topic }（{ $urgency }）
summary-channel = 联系渠道
summary-topic = 问题分类
summary-urgency = 紧急程度
summary-name = 姓名
summary-email = 邮箱
summary-page = 所在页面
summary-version = 发送工具

## 安全提示

never-share-title = 切勿向任何人透露以下信息
never-share-body = { $platform } 工作人员绝不会向您索要密码、双重验证（2FA）验证码、私钥或助记词。任何索要这些信息的人都不是 { $platform } 官方客服。
account-freeze = 立即冻结账户
unofficial-site-title = 此网站并非 { $platform } 官方网站
unofficial-site-body = 请勿相信此处显示的联系方式，请改用官方帮助中心。
unofficial-help-centre = 打开 { $platform } 官方帮助中心
secret-phrase = 这看起来像是助记词。切勿发送给任何人，即使是 { $platform } 客服也不行。任何人只要拿到助记词，就能转走您的资金。
secret-key = 这看起来像是私钥。切勿发送给任何人，即使是 { $platform } 客服也不行。任何人只要拿到私钥，就能转走您的资金。
secret-remove = 删除
secret-not-secret = 这不是机密信息
secret-blocked = 请从问题描述中删除机密信息后再继续。

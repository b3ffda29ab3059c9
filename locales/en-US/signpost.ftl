# Signpost: the reference locale. Every other locale translates these ids.
# Translators: keep the ids and the { $variables } as they are; translate the
# text. $platform is the platform's display name from its config. Selectors
# ([one], [other], *[other]) follow your language's plural rules
# (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).

## Launcher and panel

launcher-open = Help
panel-title = { $platform } help
panel-close = Close
panel-back = Back
panel-intro = Answers to common questions, and the right way to reach { $platform } support.

## Help unavailable (the configuration could not be loaded)

unavailable-title = Help is unavailable right now
unavailable-body = The help panel could not load its settings. Please try again in a moment.
unavailable-help-centre = Open the official help centre

## Loading (the settings or the FAQ index are not there yet)

loading = Loading help…

## Contact options (the advisor and hand-off are fetched when first needed; the network failed)

contact-unloaded = The contact options could not be loaded. Check your connection and try again.
contact-retry = Try again

## Language switcher

language-label = Language
language-changed = Language changed to { $language }.

## Home

home-search-label = Search the help articles
home-search-placeholder = Describe your problem, e.g. “withdrawal failed”
home-topics = Topics
home-popular = Most asked
home-contact = Contact support
home-contact-hint = Get advice on the fastest official way to reach { $platform }.

## Topics

topic-account_access = Account access
topic-security = Security
topic-deposit_withdrawal = Deposits and withdrawals
topic-payments = Payments
topic-orders_refunds = Orders and refunds
topic-verification = Identity verification
topic-technical = Technical problems
topic-fees = Fees
topic-other = Other questions
topic-all = All topics

## FAQ

faq-results =
    { $count ->
        [0] No articles match your search.
        [one] One article matches your search.
       *[other] { $count } articles match your search.
    }
faq-empty-title = No answer found
faq-empty-body = Tell us about the problem and we will point you to the right support channel.
faq-talk-to-us = Talk to us
faq-more = Show more
faq-related = Related questions
faq-still-need-help = Still need help?
faq-needs-person = This usually needs a person. We can point you to the right channel.

## Advisor: the questions

advisor-title = Find the right support channel
advisor-topic = What is it about?
advisor-urgency = How urgent is it?
urgency-can_wait = It can wait
urgency-today = Today
urgency-right_now = Right now
advisor-complexity = What do you need to send?
complexity-quick = A quick question
complexity-detailed = Details, screenshots or documents
advisor-preference = How would you like to talk?
preference-text = In writing
preference-voice = On the phone
preference-none = No preference
advisor-compromise = I think someone else has access to my account or moved my funds
advisor-results = Best options for you now
advisor-updated = Recommendations updated: { $channel } is the best option now.

## Advisor: channel kinds

kind-live_chat = Live chat
kind-phone = Phone
kind-email = E-mail
kind-ticket = Support ticket
kind-social = Social media
kind-community = Community forum
kind-help_centre = Help centre

## Advisor: availability and reply times

open-now = Open now
open-until = Open now, until { $time }
closed-opens-at = Closed now, opens { $time } your time
closed-no-opening = Closed, no opening hours soon
reply-minutes =
    { $minutes ->
        [one] Usually replies within a minute
       *[other] Usually replies within { $minutes } minutes
    }
reply-hours =
    { $hours ->
        [one] Usually replies within an hour
       *[other] Usually replies within { $hours } hours
    }
reply-days =
    { $days ->
        [one] Usually replies within a day
       *[other] Usually replies within { $days } days
    }
nothing-live-open = No live channel is open right now. The earliest opens { $time } your time. Meanwhile, send an e-mail or open a ticket so that your request is in the queue.

## Advisor: reasons

reason-open-now = Open now
reason-closed = Closed now
reason-fast-reply = Fast replies
reason-slow-reply = Replies take longer
reason-attachments = You can send screenshots and documents
reason-no-attachments = Cannot take screenshots or documents
reason-matches-preference = Matches how you like to talk
reason-against-preference = Not your preferred way, but much faster for an urgent problem
reason-speaks-language = Answers in your language
reason-language-not-served = May not answer in your language
reason-live-for-urgent = Live help for an urgent problem
reason-not-live = Not live, so slower for an urgent problem
reason-security-fastest = Fastest way to secure your account
reason-self-service = You may find the answer yourself right away
reason-public-channel = Public channel: never post account details there
reason-live-wait =
    { $minutes ->
        [one] About a minute wait right now
       *[other] About { $minutes } min wait right now
    }
reason-paused = Paused right now
escalate = No reply within the expected time? Try { $channel } next.

## Live status (incidents from the platform's status feed)

incident-started =
    { $minutes ->
        [0] Started just now
        [one] Started a minute ago
       *[other] Started { $minutes } minutes ago
    }
incident-started-hours =
    { $hours ->
        [one] Started an hour ago
       *[other] Started { $hours } hours ago
    }
incident-details = Details
incident-dismiss = Dismiss
status-stale = Live status from { $minutes } minutes ago: it could not be refreshed.

## Hand-off

advisor-continue = Continue with { $channel }
handoff-title = Contact { $channel }
handoff-intro = Everything here is optional. It stays in this browser tab until you send it or clear it.
handoff-open = Open { $channel }
handoff-call = Call { $number }
handoff-email = Write an e-mail
handoff-copy = Copy summary
handoff-copied = Summary copied.
handoff-copy-failed = Copying is blocked here. Select the summary and copy it yourself.
handoff-prepare = Have this ready
field-account_id = Account ID or e-mail
field-transaction_id = Transaction ID or hash
field-time = When it happened
field-amount = Amount and currency
field-error_text = Error message shown
handoff-description = Describe the problem
handoff-summary = Summary that will be sent
handoff-clear = Clear what I typed
handoff-cleared = What you typed has been cleared.
handoff-done = Handed over to { $channel }. What you typed has been cleared from this page.
handoff-phone-number = Phone number
handoff-phone-ready = When you call, have the details above ready. The call itself cannot carry this summary.
handoff-truncated = (Shortened to fit. The full summary can be copied from the help panel.)

## Checking what the user types

field-invalid-format = This does not look right. Expected: { $formats }.
field-invalid-amount = Enter a number and a currency, for example 250 USDT.
field-invalid-time = Enter a date and a time.
field-in-future = This date is in the future.
field-too-long = This is too long (at most { $max } characters).
format-evm_tx_hash = 0x followed by 64 hexadecimal characters
format-hex64 = 64 hexadecimal characters
format-base58 = a Base58 ID (letters and digits)
format-digits = digits only
format-email = an e-mail address

## The summary sent to support (it is written in the user's language)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Channel
summary-topic = Topic
summary-urgency = Urgency
summary-name = Name
summary-email = E-mail
summary-page = Page
summary-version = Sent with

## Safety

never-share-title = Never share these
never-share-body = { $platform } staff will never ask for your password, 2FA codes, private keys or recovery phrase. Anyone who asks is not { $platform } support.
account-freeze = Freeze your account now
unofficial-site-title = This is not an official { $platform } site
unofficial-site-body = Do not trust contact details shown here. Use the official help centre instead.
unofficial-help-centre = Open the official { $platform } help centre
secret-phrase = This looks like a recovery phrase. Never send it to anyone, not even { $platform } support: whoever has it can take your funds.
secret-key = This looks like a private key. Never send it to anyone, not even { $platform } support: whoever has it can take your funds.
secret-remove = Remove it
secret-not-secret = It is not a secret
secret-blocked = Remove the secret from your description to continue.

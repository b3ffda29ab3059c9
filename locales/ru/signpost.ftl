# Signpost: Russian (ru) translation of locales/en-US/signpost.ftl.
# Keep the ids and the { $variables } as they are. Plurals: one, few, many, other.

## Кнопка запуска и панель

launcher-open = Помощь
panel-title = { $platform }: помощь
panel-close = Закрыть
panel-back = Назад
panel-intro = Ответы на частые вопросы и правильный способ связаться с поддержкой { $platform }.

## Помощь недоступна (не удалось загрузить настройки)

unavailable-title = Помощь сейчас недоступна
unavailable-body = Не удалось загрузить настройки панели помощи. Повторите попытку чуть позже.
unavailable-help-centre = Открыть официальный справочный центр

loading = Загрузка справки…
contact-unloaded = Не удалось загрузить способы связи. Проверьте подключение и попробуйте ещё раз.
contact-retry = Повторить

## Выбор языка

language-label = Язык
language-changed = Язык изменён: { $language }.

## Главная

home-search-label = Поиск по справочным статьям
home-search-placeholder = Опишите проблему, например «не проходит вывод»
home-topics = Темы
home-popular = Популярные вопросы
home-contact = Связаться с поддержкой
home-contact-hint = Подскажем самый быстрый официальный способ связаться с { $platform }.

## Темы

topic-account_access = Доступ к аккаунту
topic-security = Безопасность
topic-deposit_withdrawal = Пополнение и вывод
topic-payments = Платежи
topic-orders_refunds = Заказы и возвраты
topic-verification = Верификация личности
topic-technical = Технические проблемы
topic-fees = Комиссии
topic-other = Другие вопросы
topic-all = Все темы

## Частые вопросы

faq-results =
    { $count ->
        [0] По вашему запросу статей не найдено.
        [one] По вашему запросу найдена { $count } статья.
        [few] По вашему запросу найдено { $count } статьи.
        [many] По вашему запросу найдено { $count } статей.
       *[other] По вашему запросу найдено { $count } статьи.
    }
faq-empty-title = Ответ не найден
faq-empty-body = Опишите проблему, и мы подскажем подходящий канал поддержки.
faq-talk-to-us = Связаться с нами
faq-more = Показать ещё
faq-related = Похожие вопросы
faq-still-need-help = Всё ещё нужна помощь?
faq-needs-person = Обычно здесь нужна помощь специалиста. Мы подскажем, куда обратиться.

## Подбор канала: вопросы

advisor-title = Подберите подходящий канал поддержки
advisor-topic = С чем связан вопрос?
advisor-urgency = Насколько это срочно?
urgency-can_wait = Может подождать
urgency-today = Сегодня
urgency-right_now = Прямо сейчас
advisor-complexity = Что нужно отправить?
complexity-quick = Короткий вопрос
complexity-detailed = Подробности, скриншоты или документы
advisor-preference = Как вам удобнее общаться?
preference-text = Письменно
preference-voice = По телефону
preference-none = Без разницы
advisor-compromise = Кажется, кто-то посторонний получил доступ к моему аккаунту или перевёл мои средства
advisor-results = Лучшие варианты для вас сейчас
advisor-updated = Рекомендации обновлены: сейчас лучше всего подходит { $channel }.

## Подбор канала: типы каналов

kind-live_chat = Онлайн-чат
kind-phone = Телефон
kind-email = Электронная почта
kind-ticket = Заявка в поддержку
kind-social = Соцсети
kind-community = Форум сообщества
kind-help_centre = Справочный центр

## Подбор канала: доступность и время ответа

open-now = Сейчас работает
open-until = Сейчас работает, до { $time }
closed-opens-at = Сейчас не работает. Начало работы: { $time } (по вашему времени)
closed-no-opening = Не работает, в ближайшее время не откроется
reply-minutes =
    { $minutes ->
        [one] Обычно отвечают в течение { $minutes } минуты
        [few] Обычно отвечают в течение { $minutes } минут
        [many] Обычно отвечают в течение { $minutes } минут
       *[other] Обычно отвечают в течение { $minutes } минуты
    }
reply-hours =
    { $hours ->
        [one] Обычно отвечают в течение { $hours } часа
        [few] Обычно отвечают в течение { $hours } часов
        [many] Обычно отвечают в течение { $hours } часов
       *[other] Обычно отвечают в течение { $hours } часа
    }
reply-days =
    { $days ->
        [one] Обычно отвечают в течение { $days } дня
        [few] Обычно отвечают в течение { $days } дней
        [many] Обычно отвечают в течение { $days } дней
       *[other] Обычно отвечают в течение { $days } дня
    }
nothing-live-open = Сейчас не работает ни один канал для связи в реальном времени. Ближайший начнёт работу: { $time } (по вашему времени). А пока напишите на электронную почту или создайте заявку, чтобы ваше обращение попало в очередь.

## Подбор канала: причины

reason-open-now = Сейчас работает
reason-closed = Сейчас не работает
reason-fast-reply = Отвечают быстро
reason-slow-reply = Отвечают дольше
reason-attachments = Можно отправить скриншоты и документы
reason-no-attachments = Нельзя отправить скриншоты или документы
reason-matches-preference = Удобный для вас способ общения
reason-against-preference = Не самый удобный для вас способ, но при срочной проблеме гораздо быстрее
reason-speaks-language = Отвечают на вашем языке
reason-language-not-served = Ответ на вашем языке не гарантирован
reason-live-for-urgent = Помощь в реальном времени при срочной проблеме
reason-not-live = Не в реальном времени, поэтому при срочной проблеме медленнее
reason-security-fastest = Самый быстрый способ защитить аккаунт
reason-self-service = Возможно, вы сразу найдёте ответ сами
reason-public-channel = Публичный канал: никогда не публикуйте в нём данные своего аккаунта
reason-live-wait =
    { $minutes ->
        [one] Сейчас время ожидания — около { $minutes } минуты
        [few] Сейчас время ожидания — около { $minutes } минут
        [many] Сейчас время ожидания — около { $minutes } минут
       *[other] Сейчас время ожидания — около { $minutes } минуты
    }
reason-paused = Работа сейчас приостановлена
escalate = Нет ответа в ожидаемый срок? Следующий вариант — { $channel }.

## Статус в реальном времени (инциденты из ленты статуса платформы)

incident-started =
    { $minutes ->
        [0] Началось только что
        [one] Началось { $minutes } минуту назад
        [few] Началось { $minutes } минуты назад
        [many] Началось { $minutes } минут назад
       *[other] Началось { $minutes } минуты назад
    }
incident-started-hours =
    { $hours ->
        [one] Началось { $hours } час назад
        [few] Началось { $hours } часа назад
        [many] Началось { $hours } часов назад
       *[other] Началось { $hours } часа назад
    }
incident-details = Подробнее
incident-dismiss = Скрыть
status-stale =
    { $minutes ->
        [one] Данные о статусе получены { $minutes } минуту назад: обновить их не удалось.
        [few] Данные о статусе получены { $minutes } минуты назад: обновить их не удалось.
        [many] Данные о статусе получены { $minutes } минут назад: обновить их не удалось.
       *[other] Данные о статусе получены { $minutes } минуты назад: обновить их не удалось.
    }

## Передача обращения

advisor-continue = Продолжить: { $channel }
handoff-title = Связаться с поддержкой: { $channel }
handoff-intro = Все поля здесь необязательны. Введённые данные остаются в этой вкладке браузера, пока вы их не отправите или не очистите.
handoff-open = Открыть: { $channel }
handoff-call = Позвонить по номеру { $number }
handoff-email = Написать письмо
handoff-copy = Скопировать сводку
handoff-copied = Сводка скопирована.
handoff-copy-failed = Здесь копирование заблокировано. Выделите сводку и скопируйте её вручную.
handoff-prepare = Подготовьте заранее
field-account_id = Идентификатор аккаунта или эл. почта
field-transaction_id = Идентификатор или хеш транзакции
field-time = Когда это произошло
field-amount = Сумма и валюта
field-error_text = Текст сообщения об ошибке
handoff-description = Опишите проблему
handoff-summary = Сводка, которая будет отправлена
handoff-clear = Очистить введённые данные
handoff-cleared = Введённые данные очищены.
handoff-done = Обращение передано через канал «{ $channel }». Введённые данные удалены с этой страницы.
handoff-phone-number = Номер телефона
handoff-phone-ready = Когда будете звонить, держите под рукой данные, указанные выше: сама сводка при звонке не передаётся.
handoff-truncated = (Текст сокращён из-за ограничения длины. Полную сводку можно скопировать в панели помощи.)

## Проверка вводимых данных

field-invalid-format = Похоже, здесь ошибка. Ожидаемый формат: { $formats }.
field-invalid-amount = Укажите сумму и валюту, например 250 USDT.
field-invalid-time = Укажите дату и время.
field-in-future = Эта дата ещё не наступила.
field-too-long =
    { $max ->
        [one] Слишком длинный текст (не более { $max } символа).
        [few] Слишком длинный текст (не более { $max } символов).
        [many] Слишком длинный текст (не более { $max } символов).
       *[other] Слишком длинный текст (не более { $max } символа).
    }
format-evm_tx_hash = 0x и затем 64 шестнадцатеричных символа
format-hex64 = 64 шестнадцатеричных символа
format-base58 = идентификатор в формате Base58 (буквы и цифры)
format-digits = только цифры
format-email = адрес электронной почты

## Сводка для поддержки (составляется на языке пользователя)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Канал
summary-topic = Тема
summary-urgency = Срочность
summary-name = Имя
summary-email = Электронная почта
summary-page = Страница
summary-version = Отправлено через

## Безопасность

never-share-title = Никогда никому не сообщайте эти данные
never-share-body = Сотрудники { $platform } никогда не попросят ваш пароль, коды 2FA, приватные ключи или фразу восстановления. Любой, кто их просит, — не сотрудник поддержки { $platform }.
account-freeze = Заморозить аккаунт сейчас
unofficial-site-title = Это не официальный сайт { $platform }
unofficial-site-body = Не доверяйте контактным данным, указанным здесь. Используйте официальный справочный центр.
unofficial-help-centre = Открыть официальный справочный центр { $platform }
secret-phrase = Похоже, это фраза восстановления. Никогда и никому её не отправляйте, даже поддержке { $platform }: тот, у кого она есть, может украсть ваши средства.
secret-key = Похоже, это приватный ключ. Никогда и никому его не отправляйте, даже поддержке { $platform }: тот, у кого он есть, может украсть ваши средства.
secret-remove = Удалить
secret-not-secret = Это не секретные данные
secret-blocked = Чтобы продолжить, удалите секретные данные из описания.

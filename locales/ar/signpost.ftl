# Signpost: Arabic (ar). Translated from en-US; keep ids and { $variables }.

## زر المساعدة واللوحة

launcher-open = المساعدة
panel-title = مساعدة { $platform }
panel-close = إغلاق
panel-back = رجوع
panel-intro = إجابات عن الأسئلة الشائعة، والطريقة الصحيحة للتواصل مع دعم { $platform }.

## المساعدة غير متاحة (تعذّر تحميل الإعدادات)

unavailable-title = المساعدة غير متاحة حاليًا
unavailable-body = تعذّر على لوحة المساعدة تحميل إعداداتها. يُرجى المحاولة مرة أخرى بعد قليل.
unavailable-help-centre = فتح مركز المساعدة الرسمي

loading = جارٍ تحميل المساعدة…
contact-unloaded = تعذّر تحميل خيارات التواصل. تحقّق من اتصالك وحاول مرة أخرى.
contact-retry = حاول مرة أخرى

## اختيار اللغة

language-label = اللغة
language-changed = تم تغيير اللغة إلى { $language }.

## الصفحة الرئيسية

home-search-label = البحث في مقالات المساعدة
home-search-placeholder = صِف مشكلتك، مثلًا: «فشل السحب»
home-topics = المواضيع
home-popular = الأسئلة الأكثر شيوعًا
home-contact = التواصل مع الدعم
home-contact-hint = تعرّف على أسرع طريقة رسمية للتواصل مع { $platform }.

## المواضيع

topic-account_access = الوصول إلى الحساب
topic-security = الأمان
topic-deposit_withdrawal = الإيداع والسحب
topic-payments = المدفوعات
topic-orders_refunds = الطلبات واسترداد الأموال
topic-verification = التحقق من الهوية
topic-technical = المشكلات التقنية
topic-fees = الرسوم
topic-other = أسئلة أخرى
topic-all = جميع المواضيع

## الأسئلة الشائعة

faq-results =
    { $count ->
        [0] لا توجد مقالات مطابقة لبحثك.
        [zero] لا توجد مقالات مطابقة لبحثك.
        [one] مقال واحد مطابق لبحثك.
        [two] مقالان مطابقان لبحثك.
        [few] { $count } مقالات مطابقة لبحثك.
        [many] { $count } مقالًا مطابقًا لبحثك.
       *[other] { $count } مقال مطابق لبحثك.
    }
faq-empty-title = لم نعثر على إجابة
faq-empty-body = أخبرنا بالمشكلة وسنرشدك إلى قناة الدعم المناسبة.
faq-talk-to-us = تواصل معنا
faq-more = عرض المزيد
faq-related = أسئلة ذات صلة
faq-still-need-help = هل ما زلت بحاجة إلى مساعدة؟
faq-needs-person = تحتاج هذه المشكلة عادةً إلى أحد موظفي الدعم. يمكننا إرشادك إلى القناة المناسبة.

## المرشد: الأسئلة

advisor-title = اعثر على قناة الدعم المناسبة
advisor-topic = بمَ يتعلق الأمر؟
advisor-urgency = ما مدى استعجال الأمر؟
urgency-can_wait = يمكنه الانتظار
urgency-today = اليوم
urgency-right_now = فورًا
advisor-complexity = ما الذي تحتاج إلى إرساله؟
complexity-quick = سؤال سريع
complexity-detailed = تفاصيل أو لقطات شاشة أو مستندات
advisor-preference = كيف تفضّل التواصل؟
preference-text = كتابيًا
preference-voice = عبر الهاتف
preference-none = لا تفضيل لديّ
advisor-compromise = أعتقد أن شخصًا آخر تمكّن من الوصول إلى حسابي أو نقل أموالي
advisor-results = أفضل الخيارات المتاحة لك الآن
advisor-updated = تم تحديث التوصيات: الخيار الأفضل الآن هو { $channel }.

## المرشد: أنواع القنوات

kind-live_chat = الدردشة المباشرة
kind-phone = الهاتف
kind-email = البريد الإلكتروني
kind-ticket = تذكرة الدعم
kind-social = وسائل التواصل الاجتماعي
kind-community = منتدى المجتمع
kind-help_centre = مركز المساعدة

## المرشد: أوقات العمل ومدة الرد

open-now = مفتوح الآن
open-until = مفتوح الآن حتى { $time }
closed-opens-at = مغلق الآن، ويفتح في { $time } بتوقيتك
closed-no-opening = مغلق، ولا توجد مواعيد عمل قريبة
reply-minutes =
    { $minutes ->
        [zero] يتم الرد عادةً فورًا
        [one] يتم الرد عادةً خلال دقيقة واحدة
        [two] يتم الرد عادةً خلال دقيقتين
        [few] يتم الرد عادةً خلال { $minutes } دقائق
        [many] يتم الرد عادةً خلال { $minutes } دقيقة
       *[other] يتم الرد عادةً خلال { $minutes } دقيقة
    }
reply-hours =
    { $hours ->
        [zero] يتم الرد عادةً خلال أقل من ساعة
        [one] يتم الرد عادةً خلال ساعة واحدة
        [two] يتم الرد عادةً خلال ساعتين
        [few] يتم الرد عادةً خلال { $hours } ساعات
        [many] يتم الرد عادةً خلال { $hours } ساعة
       *[other] يتم الرد عادةً خلال { $hours } ساعة
    }
reply-days =
    { $days ->
        [zero] يتم الرد عادةً في اليوم نفسه
        [one] يتم الرد عادةً خلال يوم واحد
        [two] يتم الرد عادةً خلال يومين
        [few] يتم الرد عادةً خلال { $days } أيام
        [many] يتم الرد عادةً خلال { $days } يومًا
       *[other] يتم الرد عادةً خلال { $days } يوم
    }
nothing-live-open = لا توجد حاليًا أي قناة مباشرة مفتوحة. أقرب قناة تفتح في { $time } بتوقيتك. وفي هذه الأثناء، أرسل بريدًا إلكترونيًا أو افتح تذكرة دعم ليُدرَج طلبك في قائمة الانتظار.

## المرشد: الأسباب

reason-open-now = مفتوح الآن
reason-closed = مغلق الآن
reason-fast-reply = ردود سريعة
reason-slow-reply = الردود تستغرق وقتًا أطول
reason-attachments = يمكنك إرسال لقطات الشاشة والمستندات
reason-no-attachments = لا يمكن إرسال لقطات الشاشة أو المستندات
reason-matches-preference = بطريقة التواصل التي تفضّلها
reason-against-preference = ليست طريقتك المفضّلة، لكنها أسرع بكثير لحل مشكلة عاجلة
reason-speaks-language = الرد متاح بلغتك
reason-language-not-served = قد لا يتوفر الرد بلغتك
reason-live-for-urgent = دعم مباشر لمشكلة عاجلة
reason-not-live = دعم غير مباشر، لذا فهو أبطأ في حل المشكلات العاجلة
reason-security-fastest = أسرع طريقة لتأمين حسابك
reason-self-service = قد تجد الإجابة بنفسك فورًا
reason-public-channel = قناة عامة: لا تنشر فيها أي تفاصيل عن حسابك أبدًا
reason-live-wait =
    { $minutes ->
        [zero] لا يوجد انتظار حاليًا
        [one] مدة الانتظار حاليًا دقيقة واحدة تقريبًا
        [two] مدة الانتظار حاليًا دقيقتان تقريبًا
        [few] مدة الانتظار حاليًا { $minutes } دقائق تقريبًا
        [many] مدة الانتظار حاليًا { $minutes } دقيقة تقريبًا
       *[other] مدة الانتظار حاليًا { $minutes } دقيقة تقريبًا
    }
reason-paused = متوقف مؤقتًا حاليًا
escalate = لم تتلقَّ ردًا خلال المدة المتوقعة؟ جرّب { $channel } بعد ذلك.

## الحالة المباشرة (المشكلات الواردة من موجز حالة المنصة)

incident-started =
    { $minutes ->
        [0] بدأ للتو
        [zero] بدأ للتو
        [one] بدأ منذ دقيقة واحدة
        [two] بدأ منذ دقيقتين
        [few] بدأ منذ { $minutes } دقائق
        [many] بدأ منذ { $minutes } دقيقة
       *[other] بدأ منذ { $minutes } دقيقة
    }
incident-started-hours =
    { $hours ->
        [zero] بدأ منذ أقل من ساعة
        [one] بدأ منذ ساعة واحدة
        [two] بدأ منذ ساعتين
        [few] بدأ منذ { $hours } ساعات
        [many] بدأ منذ { $hours } ساعة
       *[other] بدأ منذ { $hours } ساعة
    }
incident-details = التفاصيل
incident-dismiss = إخفاء
status-stale =
    { $minutes ->
        [zero] الحالة المباشرة المعروضة ليست الأحدث، إذ تعذّر تحديثها.
        [one] الحالة المباشرة المعروضة تعود إلى ما قبل دقيقة واحدة، إذ تعذّر تحديثها.
        [two] الحالة المباشرة المعروضة تعود إلى ما قبل دقيقتين، إذ تعذّر تحديثها.
        [few] الحالة المباشرة المعروضة تعود إلى ما قبل { $minutes } دقائق، إذ تعذّر تحديثها.
        [many] الحالة المباشرة المعروضة تعود إلى ما قبل { $minutes } دقيقة، إذ تعذّر تحديثها.
       *[other] الحالة المباشرة المعروضة تعود إلى ما قبل { $minutes } دقيقة، إذ تعذّر تحديثها.
    }

## الانتقال إلى قناة الدعم

advisor-continue = المتابعة عبر { $channel }
handoff-title = التواصل عبر { $channel }
handoff-intro = جميع الحقول هنا اختيارية. تبقى المعلومات التي تُدخلها في علامة التبويب هذه من المتصفح إلى أن ترسلها أو تمسحها.
handoff-open = فتح { $channel }
handoff-call = الاتصال بالرقم { $number }
handoff-email = كتابة بريد إلكتروني
handoff-copy = نسخ الملخص
handoff-copied = تم نسخ الملخص.
handoff-copy-failed = النسخ غير مسموح به هنا. حدّد الملخص وانسخه بنفسك.
handoff-prepare = جهّز هذه المعلومات
field-account_id = معرّف الحساب أو البريد الإلكتروني
field-transaction_id = معرّف المعاملة أو قيمة الهاش
field-time = وقت حدوث المشكلة
field-amount = المبلغ والعملة
field-error_text = رسالة الخطأ التي ظهرت
handoff-description = صِف المشكلة
handoff-summary = الملخص الذي سيتم إرساله
handoff-clear = مسح ما كتبته
handoff-cleared = تم مسح ما كتبته.
handoff-done = تم الانتقال إلى { $channel }، وتم مسح ما كتبته من هذه الصفحة.
handoff-phone-number = رقم الهاتف
handoff-phone-ready = عند الاتصال، احرص على أن تكون المعلومات الواردة أعلاه في متناول يدك، إذ لا يمكن إرسال هذا الملخص عبر المكالمة نفسها.
handoff-truncated = (تم اختصار النص ليتناسب مع الحد المسموح به. يمكنك نسخ الملخص الكامل من لوحة المساعدة.)

## التحقق مما يكتبه المستخدم

field-invalid-format = يبدو أن هذه القيمة غير صحيحة. الصيغة المتوقعة: { $formats }.
field-invalid-amount = أدخل المبلغ والعملة، مثلًا: 250 USDT.
field-invalid-time = أدخل التاريخ والوقت.
field-in-future = هذا التاريخ لم يحن بعد.
field-too-long =
    { $max ->
        [zero] النص طويل جدًا (الحد الأقصى: { $max } حرف).
        [one] النص طويل جدًا (الحد الأقصى: حرف واحد).
        [two] النص طويل جدًا (الحد الأقصى: حرفان).
        [few] النص طويل جدًا (الحد الأقصى: { $max } أحرف).
        [many] النص طويل جدًا (الحد الأقصى: { $max } حرفًا).
       *[other] النص طويل جدًا (الحد الأقصى: { $max } حرف).
    }
format-evm_tx_hash = البادئة 0x متبوعة بـ 64 رمزًا ست عشريًا
format-hex64 = 64 رمزًا ست عشريًا
format-base58 = معرّف بصيغة Base58 (أحرف وأرقام)
format-digits = أرقام فقط
format-email = عنوان بريد إلكتروني

## الملخص المُرسَل إلى الدعم (يُكتب بلغة المستخدم)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = القناة
summary-topic = الموضوع
summary-urgency = درجة الاستعجال
summary-name = الاسم
summary-email = البريد الإلكتروني
summary-page = الصفحة
summary-version = أُرسل عبر

## الأمان

never-share-title = لا تشارك هذه المعلومات أبدًا
never-share-body = لن يطلب منك موظفو { $platform } أبدًا كلمة المرور أو رموز المصادقة الثنائية (2FA) أو المفاتيح الخاصة أو عبارة الاسترداد. أي شخص يطلبها منك ليس من فريق دعم { $platform }.
account-freeze = جمّد حسابك الآن
unofficial-site-title = هذا ليس موقعًا رسميًا تابعًا لـ { $platform }
unofficial-site-body = لا تثق ببيانات التواصل المعروضة هنا. استخدم مركز المساعدة الرسمي بدلًا من ذلك.
unofficial-help-centre = فتح مركز المساعدة الرسمي لـ { $platform }
secret-phrase = يبدو أن هذه عبارة استرداد. لا ترسلها أبدًا إلى أي شخص، ولا حتى إلى فريق دعم { $platform }: فأي شخص يحصل عليها يمكنه الاستيلاء على أموالك.
secret-key = يبدو أن هذا مفتاح خاص. لا ترسله أبدًا إلى أي شخص، ولا حتى إلى فريق دعم { $platform }: فأي شخص يحصل عليه يمكنه الاستيلاء على أموالك.
secret-remove = إزالة النص
secret-not-secret = هذه ليست معلومات سرية
secret-blocked = احذف المعلومات السرية من الوصف لتتمكن من المتابعة.

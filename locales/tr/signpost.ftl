# Signpost: Turkish (tr) translation of locales/en-US/signpost.ftl.
# Keep the ids and the { $variables } as they are. Plurals: one, other.
# No case suffixes are attached to { $variables }.

## Başlatıcı ve panel

launcher-open = Yardım
panel-title = { $platform } Yardım
panel-close = Kapat
panel-back = Geri
panel-intro = Sık sorulan soruların yanıtları ve { $platform } destek ekibine ulaşmanın doğru yolu.

## Yardım kullanılamıyor (ayarlar yüklenemedi)

unavailable-title = Yardım şu anda kullanılamıyor
unavailable-body = Yardım paneli ayarlarını yükleyemedi. Lütfen biraz sonra tekrar deneyin.
unavailable-help-centre = Resmî yardım merkezini aç

loading = Yardım yükleniyor…
contact-unloaded = İletişim seçenekleri yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.
contact-retry = Tekrar dene

## Dil seçimi

language-label = Dil
language-changed = Dil değiştirildi: { $language }.

## Ana sayfa

home-search-label = Yardım makalelerinde arayın
home-search-placeholder = Sorununuzu açıklayın, ör. “para çekme başarısız”
home-topics = Konular
home-popular = En çok sorulanlar
home-contact = Destekle iletişime geçin
home-contact-hint = { $platform } ile iletişim kurmanın en hızlı resmî yolunu öğrenin.

## Konular

topic-account_access = Hesap erişimi
topic-security = Güvenlik
topic-deposit_withdrawal = Para yatırma ve çekme
topic-payments = Ödemeler
topic-orders_refunds = Siparişler ve iadeler
topic-verification = Kimlik doğrulama
topic-technical = Teknik sorunlar
topic-fees = Ücretler
topic-other = Diğer sorular
topic-all = Tüm konular

## SSS

faq-results =
    { $count ->
        [0] Aramanızla eşleşen makale yok.
        [one] Aramanızla eşleşen bir makale var.
       *[other] Aramanızla eşleşen { $count } makale var.
    }
faq-empty-title = Yanıt bulunamadı
faq-empty-body = Sorunu bize anlatın, sizi doğru destek kanalına yönlendirelim.
faq-talk-to-us = Bize ulaşın
faq-more = Daha fazla göster
faq-related = İlgili sorular
faq-still-need-help = Hâlâ yardıma mı ihtiyacınız var?
faq-needs-person = Bu konu genellikle bir destek temsilcisi gerektirir. Sizi doğru kanala yönlendirebiliriz.

## Kanal önerisi: sorular

advisor-title = Doğru destek kanalını bulun
advisor-topic = Konu nedir?
advisor-urgency = Ne kadar acil?
urgency-can_wait = Bekleyebilir
urgency-today = Bugün
urgency-right_now = Hemen şimdi
advisor-complexity = Ne göndermeniz gerekiyor?
complexity-quick = Kısa bir soru
complexity-detailed = Ayrıntılar, ekran görüntüleri veya belgeler
advisor-preference = Nasıl iletişim kurmak istersiniz?
preference-text = Yazılı olarak
preference-voice = Telefonla
preference-none = Fark etmez
advisor-compromise = Hesabıma başka birinin eriştiğini veya fonlarımı transfer ettiğini düşünüyorum
advisor-results = Şu anda sizin için en iyi seçenekler
advisor-updated = Öneriler güncellendi: şu anda en iyi seçenek { $channel }.

## Kanal önerisi: kanal türleri

kind-live_chat = Canlı sohbet
kind-phone = Telefon
kind-email = E-posta
kind-ticket = Destek talebi
kind-social = Sosyal medya
kind-community = Topluluk forumu
kind-help_centre = Yardım merkezi

## Kanal önerisi: çalışma saatleri ve yanıt süreleri

open-now = Şu anda açık
open-until = Şu anda açık, kapanış: { $time }
closed-opens-at = Şu anda kapalı, açılış: { $time } (yerel saatinizle)
closed-no-opening = Kapalı, yakın zamanda açılmayacak
reply-minutes =
    { $minutes ->
        [one] Genellikle bir dakika içinde yanıt verir
       *[other] Genellikle { $minutes } dakika içinde yanıt verir
    }
reply-hours =
    { $hours ->
        [one] Genellikle bir saat içinde yanıt verir
       *[other] Genellikle { $hours } saat içinde yanıt verir
    }
reply-days =
    { $days ->
        [one] Genellikle bir gün içinde yanıt verir
       *[other] Genellikle { $days } gün içinde yanıt verir
    }
nothing-live-open = Şu anda açık olan canlı destek kanalı yok. En erken açılış: { $time } (yerel saatinizle). Bu arada talebinizin sıraya alınması için e-posta gönderin veya destek talebi oluşturun.

## Kanal önerisi: gerekçeler

reason-open-now = Şu anda açık
reason-closed = Şu anda kapalı
reason-fast-reply = Hızlı yanıt
reason-slow-reply = Yanıt daha uzun sürer
reason-attachments = Ekran görüntüsü ve belge gönderebilirsiniz
reason-no-attachments = Ekran görüntüsü veya belge gönderilemez
reason-matches-preference = Tercih ettiğiniz iletişim yoluna uygun
reason-against-preference = Tercih ettiğiniz yol değil, ancak acil bir sorun için çok daha hızlı
reason-speaks-language = Dilinizde yanıt verir
reason-language-not-served = Dilinizde yanıt vermeyebilir
reason-live-for-urgent = Acil bir sorun için canlı destek
reason-not-live = Canlı değil, bu nedenle acil bir sorun için daha yavaş
reason-security-fastest = Hesabınızı güvenceye almanın en hızlı yolu
reason-self-service = Yanıtı hemen kendiniz bulabilirsiniz
reason-public-channel = Herkese açık kanal: hesap bilgilerinizi burada asla paylaşmayın
reason-live-wait =
    { $minutes ->
        [one] Şu anda bekleme süresi yaklaşık bir dakika
       *[other] Şu anda bekleme süresi yaklaşık { $minutes } dakika
    }
reason-paused = Şu anda geçici olarak durduruldu
escalate = Beklenen sürede yanıt gelmedi mi? Sırada { $channel } kanalını deneyin.

## Canlı durum (platformun durum akışından gelen olaylar)

incident-started =
    { $minutes ->
        [0] Az önce başladı
        [one] Bir dakika önce başladı
       *[other] { $minutes } dakika önce başladı
    }
incident-started-hours =
    { $hours ->
        [one] Bir saat önce başladı
       *[other] { $hours } saat önce başladı
    }
incident-details = Ayrıntılar
incident-dismiss = Gizle
status-stale = Canlı durum { $minutes } dakika öncesine ait: güncellenemedi.

## Desteğe aktarma

advisor-continue = { $channel } ile devam et
handoff-title = { $channel } üzerinden iletişime geçin
handoff-intro = Buradaki tüm alanlar isteğe bağlıdır. Yazdıklarınız, siz gönderene veya temizleyene kadar bu tarayıcı sekmesinde kalır.
handoff-open = { $channel } kanalını aç
handoff-call = { $number } numarasını ara
handoff-email = E-posta yaz
handoff-copy = Özeti kopyala
handoff-copied = Özet kopyalandı.
handoff-copy-failed = Burada kopyalama engellendi. Özeti seçip kendiniz kopyalayın.
handoff-prepare = Bunları hazır bulundurun
field-account_id = Hesap kimliği veya e-posta adresi
field-transaction_id = İşlem kimliği veya hash değeri
field-time = Ne zaman oldu
field-amount = Tutar ve para birimi
field-error_text = Görüntülenen hata mesajı
handoff-description = Sorunu açıklayın
handoff-summary = Gönderilecek özet
handoff-clear = Yazdıklarımı temizle
handoff-cleared = Yazdıklarınız temizlendi.
handoff-done = Talebiniz { $channel } kanalına aktarıldı. Yazdıklarınız bu sayfadan temizlendi.
handoff-phone-number = Telefon numarası
handoff-phone-ready = Aradığınızda yukarıdaki bilgileri hazır bulundurun. Bu özet, telefon görüşmesi sırasında iletilemez.
handoff-truncated = (Sığması için kısaltıldı. Özetin tamamını yardım panelinden kopyalayabilirsiniz.)

## Girilen bilgilerin kontrolü

field-invalid-format = Bu doğru görünmüyor. Beklenen biçim: { $formats }.
field-invalid-amount = Bir tutar ve para birimi girin, örneğin 250 USDT.
field-invalid-time = Bir tarih ve saat girin.
field-in-future = Bu tarih henüz gelmedi.
field-too-long = Bu metin çok uzun (en fazla { $max } karakter).
format-evm_tx_hash = 0x ve ardından 64 onaltılık karakter
format-hex64 = 64 onaltılık karakter
format-base58 = Base58 biçiminde bir kimlik (harf ve rakamlar)
format-digits = yalnızca rakamlar
format-email = e-posta adresi

## Desteğe gönderilen özet (kullanıcının dilinde yazılır)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Kanal
summary-topic = Konu
summary-urgency = Aciliyet
summary-name = Ad
summary-email = E-posta
summary-page = Sayfa
summary-version = Gönderim aracı

## Güvenlik

never-share-title = Bunları asla kimseyle paylaşmayın
never-share-body = { $platform } çalışanları şifrenizi, 2FA kodlarınızı, özel anahtarlarınızı veya kurtarma ifadenizi asla istemez. Bunları isteyen hiç kimse { $platform } destek ekibinden değildir.
account-freeze = Hesabınızı hemen dondurun
unofficial-site-title = Bu, resmî bir { $platform } sitesi değil
unofficial-site-body = Burada gösterilen iletişim bilgilerine güvenmeyin. Bunun yerine resmî yardım merkezini kullanın.
unofficial-help-centre = Resmî { $platform } yardım merkezini aç
secret-phrase = Bu bir kurtarma ifadesine benziyor. Bunu { $platform } destek ekibi dahil hiç kimseye asla göndermeyin: bu ifadeye sahip olan herkes fonlarınızı ele geçirebilir.
secret-key = Bu bir özel anahtara benziyor. Bunu { $platform } destek ekibi dahil hiç kimseye asla göndermeyin: bu anahtara sahip olan herkes fonlarınızı ele geçirebilir.
secret-remove = Kaldır
secret-not-secret = Bu gizli bir bilgi değil
secret-blocked = Devam etmek için gizli bilgiyi açıklamanızdan kaldırın.

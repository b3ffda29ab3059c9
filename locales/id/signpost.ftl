# Signpost: Indonesian (id). Translated from en-US; keep ids and { $variables }.

## Tombol dan panel bantuan

launcher-open = Bantuan
panel-title = Bantuan { $platform }
panel-close = Tutup
panel-back = Kembali
panel-intro = Jawaban atas pertanyaan umum, serta cara yang tepat untuk menghubungi tim dukungan { $platform }.

## Bantuan tidak tersedia (konfigurasi gagal dimuat)

unavailable-title = Bantuan sedang tidak tersedia
unavailable-body = Panel bantuan tidak dapat memuat pengaturannya. Silakan coba lagi sebentar lagi.
unavailable-help-centre = Buka pusat bantuan resmi

loading = Memuat bantuan…
contact-unloaded = Pilihan kontak tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.
contact-retry = Coba lagi

## Pilihan bahasa

language-label = Bahasa
language-changed = Bahasa diubah ke { $language }.

## Beranda

home-search-label = Cari artikel bantuan
home-search-placeholder = Jelaskan masalah Anda, misalnya “penarikan gagal”
home-topics = Topik
home-popular = Paling sering ditanyakan
home-contact = Hubungi tim dukungan
home-contact-hint = Dapatkan saran tentang cara resmi tercepat untuk menghubungi { $platform }.

## Topik

topic-account_access = Akses akun
topic-security = Keamanan
topic-deposit_withdrawal = Deposit dan penarikan
topic-payments = Pembayaran
topic-orders_refunds = Pesanan dan pengembalian dana
topic-verification = Verifikasi identitas
topic-technical = Masalah teknis
topic-fees = Biaya
topic-other = Pertanyaan lainnya
topic-all = Semua topik

## Tanya jawab

faq-results =
    { $count ->
        [0] Tidak ada artikel yang sesuai dengan pencarian Anda.
       *[other] { $count } artikel sesuai dengan pencarian Anda.
    }
faq-empty-title = Jawaban tidak ditemukan
faq-empty-body = Ceritakan masalah Anda, dan kami akan mengarahkan Anda ke saluran dukungan yang tepat.
faq-talk-to-us = Hubungi kami
faq-more = Tampilkan lebih banyak
faq-related = Pertanyaan terkait
faq-still-need-help = Masih butuh bantuan?
faq-needs-person = Masalah ini biasanya perlu ditangani langsung oleh petugas. Kami dapat mengarahkan Anda ke saluran yang tepat.

## Penasihat: pertanyaan

advisor-title = Temukan saluran dukungan yang tepat
advisor-topic = Masalah Anda terkait apa?
advisor-urgency = Seberapa mendesak?
urgency-can_wait = Bisa menunggu
urgency-today = Hari ini
urgency-right_now = Sekarang juga
advisor-complexity = Apa yang perlu Anda kirim?
complexity-quick = Pertanyaan singkat
complexity-detailed = Detail, tangkapan layar, atau dokumen
advisor-preference = Bagaimana Anda ingin berkomunikasi?
preference-text = Secara tertulis
preference-voice = Lewat telepon
preference-none = Tidak ada preferensi
advisor-compromise = Saya rasa ada orang lain yang mengakses akun saya atau memindahkan dana saya
advisor-results = Pilihan terbaik untuk Anda saat ini
advisor-updated = Rekomendasi diperbarui: { $channel } kini menjadi pilihan terbaik.

## Penasihat: jenis saluran

kind-live_chat = Obrolan langsung
kind-phone = Telepon
kind-email = Email
kind-ticket = Tiket dukungan
kind-social = Media sosial
kind-community = Forum komunitas
kind-help_centre = Pusat bantuan

## Penasihat: ketersediaan dan waktu balasan

open-now = Sedang buka
open-until = Sedang buka hingga { $time }
closed-opens-at = Sedang tutup, buka kembali pada { $time } waktu Anda
closed-no-opening = Tutup, belum ada jadwal buka dalam waktu dekat
reply-minutes =
    { $minutes ->
       *[other] Biasanya membalas dalam { $minutes } menit
    }
reply-hours =
    { $hours ->
       *[other] Biasanya membalas dalam { $hours } jam
    }
reply-days =
    { $days ->
       *[other] Biasanya membalas dalam { $days } hari
    }
nothing-live-open = Saat ini tidak ada saluran langsung yang buka. Saluran paling awal buka pada { $time } waktu Anda. Sementara itu, kirim email atau buat tiket agar permintaan Anda masuk antrean.

## Penasihat: alasan

reason-open-now = Sedang buka
reason-closed = Sedang tutup
reason-fast-reply = Balasan cepat
reason-slow-reply = Balasan lebih lama
reason-attachments = Anda dapat mengirim tangkapan layar dan dokumen
reason-no-attachments = Tidak dapat menerima tangkapan layar atau dokumen
reason-matches-preference = Sesuai dengan cara komunikasi pilihan Anda
reason-against-preference = Bukan cara pilihan Anda, tetapi jauh lebih cepat untuk masalah mendesak
reason-speaks-language = Menjawab dalam bahasa Anda
reason-language-not-served = Mungkin tidak menjawab dalam bahasa Anda
reason-live-for-urgent = Bantuan langsung untuk masalah mendesak
reason-not-live = Tidak langsung, jadi lebih lambat untuk masalah mendesak
reason-security-fastest = Cara tercepat untuk mengamankan akun Anda
reason-self-service = Anda mungkin bisa langsung menemukan jawabannya sendiri
reason-public-channel = Saluran publik: jangan pernah mengunggah detail akun di sana
reason-live-wait =
    { $minutes ->
       *[other] Waktu tunggu saat ini sekitar { $minutes } menit
    }
reason-paused = Sedang dijeda
escalate = Belum ada balasan dalam waktu yang diperkirakan? Coba { $channel } berikutnya.

## Status terkini (insiden dari umpan status platform)

incident-started =
    { $minutes ->
        [0] Baru saja dimulai
       *[other] Dimulai { $minutes } menit yang lalu
    }
incident-started-hours =
    { $hours ->
       *[other] Dimulai { $hours } jam yang lalu
    }
incident-details = Detail
incident-dismiss = Sembunyikan
status-stale = Status ini berasal dari { $minutes } menit yang lalu karena tidak dapat diperbarui.

## Beralih ke saluran dukungan

advisor-continue = Lanjutkan melalui { $channel }
handoff-title = Hubungi melalui { $channel }
handoff-intro = Semua isian di sini bersifat opsional. Isian Anda tetap tersimpan di tab browser ini sampai Anda mengirim atau menghapusnya.
handoff-open = Buka { $channel }
handoff-call = Telepon { $number }
handoff-email = Tulis email
handoff-copy = Salin ringkasan
handoff-copied = Ringkasan disalin.
handoff-copy-failed = Penyalinan diblokir di sini. Pilih ringkasan lalu salin sendiri.
handoff-prepare = Siapkan informasi berikut
field-account_id = ID akun atau email
field-transaction_id = ID transaksi atau hash
field-time = Waktu kejadian
field-amount = Jumlah dan mata uang
field-error_text = Pesan kesalahan yang muncul
handoff-description = Jelaskan masalahnya
handoff-summary = Ringkasan yang akan dikirim
handoff-clear = Hapus isian saya
handoff-cleared = Isian Anda telah dihapus.
handoff-done = Anda telah diarahkan ke { $channel }. Isian Anda telah dihapus dari halaman ini.
handoff-phone-number = Nomor telepon
handoff-phone-ready = Saat menelepon, siapkan informasi di atas. Ringkasan ini tidak dapat dikirim melalui panggilan telepon.
handoff-truncated = (Dipersingkat agar muat. Ringkasan lengkap dapat disalin dari panel bantuan.)

## Pemeriksaan isian pengguna

field-invalid-format = Sepertinya ada yang kurang tepat. Format yang diharapkan: { $formats }.
field-invalid-amount = Masukkan jumlah dan mata uang, misalnya 250 USDT.
field-invalid-time = Masukkan tanggal dan waktu.
field-in-future = Tanggal ini berada di masa depan.
field-too-long = Teks ini terlalu panjang (maksimal { $max } karakter).
format-evm_tx_hash = 0x diikuti 64 karakter heksadesimal
format-hex64 = 64 karakter heksadesimal
format-base58 = ID Base58 (huruf dan angka)
format-digits = hanya angka
format-email = alamat email

## Ringkasan yang dikirim ke tim dukungan (ditulis dalam bahasa pengguna)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Saluran
summary-topic = Topik
summary-urgency = Urgensi
summary-name = Nama
summary-email = Email
summary-page = Halaman
summary-version = Dikirim melalui

## Keamanan

never-share-title = Jangan pernah bagikan informasi ini
never-share-body = Staf { $platform } tidak akan pernah meminta kata sandi, kode 2FA, kunci privat, atau frasa pemulihan Anda. Siapa pun yang memintanya bukan tim dukungan { $platform }.
account-freeze = Bekukan akun Anda sekarang
unofficial-site-title = Ini bukan situs resmi { $platform }
unofficial-site-body = Jangan percayai detail kontak yang ditampilkan di sini. Gunakan pusat bantuan resmi.
unofficial-help-centre = Buka pusat bantuan resmi { $platform }
secret-phrase = Ini tampaknya frasa pemulihan. Jangan pernah mengirimkannya kepada siapa pun, bahkan kepada tim dukungan { $platform }: siapa pun yang memilikinya dapat mencuri dana Anda.
secret-key = Ini tampaknya kunci privat. Jangan pernah mengirimkannya kepada siapa pun, bahkan kepada tim dukungan { $platform }: siapa pun yang memilikinya dapat mencuri dana Anda.
secret-remove = Hapus
secret-not-secret = Ini bukan data rahasia
secret-blocked = Hapus data rahasia dari deskripsi Anda untuk melanjutkan.

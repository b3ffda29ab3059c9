# Signpost: German (de). Translated from en-US; keep ids and { $variables }.

## Startschaltfläche und Panel

launcher-open = Hilfe
panel-title = { $platform }-Hilfe
panel-close = Schließen
panel-back = Zurück
panel-intro = Antworten auf häufige Fragen und der richtige Weg zum { $platform }-Support.

## Hilfe nicht verfügbar (die Konfiguration konnte nicht geladen werden)

unavailable-title = Die Hilfe ist gerade nicht verfügbar
unavailable-body = Die Einstellungen der Hilfe konnten nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.
unavailable-help-centre = Offizielles Hilfe-Center öffnen

loading = Hilfe wird geladen…
contact-unloaded = Die Kontaktmöglichkeiten konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
contact-retry = Erneut versuchen

## Sprachauswahl

language-label = Sprache
language-changed = Sprache auf { $language } umgestellt.

## Startseite

home-search-label = Hilfeartikel durchsuchen
home-search-placeholder = Beschreiben Sie Ihr Problem, z. B. „Auszahlung fehlgeschlagen“
home-topics = Themen
home-popular = Häufig gefragt
home-contact = Support kontaktieren
home-contact-hint = Erfahren Sie, wie Sie { $platform } auf offiziellem Weg am schnellsten erreichen.

## Themen

topic-account_access = Kontozugang
topic-security = Sicherheit
topic-deposit_withdrawal = Ein- und Auszahlungen
topic-payments = Zahlungen
topic-orders_refunds = Bestellungen und Erstattungen
topic-verification = Identitätsprüfung
topic-technical = Technische Probleme
topic-fees = Gebühren
topic-other = Sonstige Fragen
topic-all = Alle Themen

## FAQ

faq-results =
    { $count ->
        [0] Kein Artikel passt zu Ihrer Suche.
        [one] Ein Artikel passt zu Ihrer Suche.
       *[other] { $count } Artikel passen zu Ihrer Suche.
    }
faq-empty-title = Keine Antwort gefunden
faq-empty-body = Schildern Sie uns das Problem, und wir zeigen Ihnen den richtigen Support-Kanal.
faq-talk-to-us = Kontakt aufnehmen
faq-more = Mehr anzeigen
faq-related = Ähnliche Fragen
faq-still-need-help = Brauchen Sie weitere Hilfe?
faq-needs-person = Hierfür ist meist ein persönlicher Ansprechpartner nötig. Wir zeigen Ihnen den richtigen Kanal.

## Kontaktberater: die Fragen

advisor-title = Den richtigen Support-Kanal finden
advisor-topic = Worum geht es?
advisor-urgency = Wie dringend ist es?
urgency-can_wait = Es kann warten
urgency-today = Heute
urgency-right_now = Sofort
advisor-complexity = Was müssen Sie senden?
complexity-quick = Eine kurze Frage
complexity-detailed = Details, Screenshots oder Dokumente
advisor-preference = Wie möchten Sie kommunizieren?
preference-text = Schriftlich
preference-voice = Telefonisch
preference-none = Keine Präferenz
advisor-compromise = Ich vermute, dass jemand anderes Zugriff auf mein Konto hat oder mein Guthaben transferiert hat
advisor-results = Ihre besten Optionen im Moment
advisor-updated = Empfehlungen aktualisiert: { $channel } ist jetzt die beste Option.

## Kontaktberater: Kanalarten

kind-live_chat = Live-Chat
kind-phone = Telefon
kind-email = E-Mail
kind-ticket = Support-Ticket
kind-social = Soziale Medien
kind-community = Community-Forum
kind-help_centre = Hilfe-Center

## Kontaktberater: Verfügbarkeit und Antwortzeiten

open-now = Jetzt geöffnet
open-until = Jetzt geöffnet bis { $time }
closed-opens-at = Derzeit geschlossen, geöffnet ab { $time } (Ihre Ortszeit)
closed-no-opening = Geschlossen, vorerst keine Öffnungszeiten
reply-minutes =
    { $minutes ->
        [one] Antwortet meist innerhalb einer Minute
       *[other] Antwortet meist innerhalb von { $minutes } Minuten
    }
reply-hours =
    { $hours ->
        [one] Antwortet meist innerhalb einer Stunde
       *[other] Antwortet meist innerhalb von { $hours } Stunden
    }
reply-days =
    { $days ->
        [one] Antwortet meist innerhalb eines Tages
       *[other] Antwortet meist innerhalb von { $days } Tagen
    }
nothing-live-open = Derzeit ist kein Live-Kanal geöffnet. Nächste Öffnung: { $time } (Ihre Ortszeit). Senden Sie bis dahin eine E-Mail oder erstellen Sie ein Ticket, damit Ihre Anfrage bereits in der Warteschlange ist.

## Kontaktberater: Gründe

reason-open-now = Jetzt geöffnet
reason-closed = Derzeit geschlossen
reason-fast-reply = Schnelle Antworten
reason-slow-reply = Antworten dauern länger
reason-attachments = Sie können Screenshots und Dokumente senden
reason-no-attachments = Keine Screenshots oder Dokumente möglich
reason-matches-preference = Entspricht Ihrer bevorzugten Kontaktart
reason-against-preference = Nicht Ihre bevorzugte Kontaktart, aber bei einem dringenden Problem viel schneller
reason-speaks-language = Antwortet in Ihrer Sprache
reason-language-not-served = Antwortet möglicherweise nicht in Ihrer Sprache
reason-live-for-urgent = Direkte Hilfe bei einem dringenden Problem
reason-not-live = Kein Live-Kanal, daher bei einem dringenden Problem langsamer
reason-security-fastest = Der schnellste Weg, Ihr Konto zu sichern
reason-self-service = Vielleicht finden Sie die Antwort sofort selbst
reason-public-channel = Öffentlicher Kanal: Veröffentlichen Sie dort niemals Kontodaten
reason-live-wait =
    { $minutes ->
        [one] Derzeit etwa eine Minute Wartezeit
       *[other] Derzeit etwa { $minutes } Minuten Wartezeit
    }
reason-paused = Derzeit pausiert
escalate = Keine Antwort in der erwarteten Zeit? Versuchen Sie es als Nächstes mit { $channel }.

## Live-Status (Störungen aus dem Status-Feed der Plattform)

incident-started =
    { $minutes ->
        [0] Gerade eben begonnen
        [one] Vor einer Minute begonnen
       *[other] Vor { $minutes } Minuten begonnen
    }
incident-started-hours =
    { $hours ->
        [one] Vor einer Stunde begonnen
       *[other] Vor { $hours } Stunden begonnen
    }
incident-details = Details
incident-dismiss = Ausblenden
status-stale = Stand des Live-Status: vor { $minutes } Minuten. Er konnte nicht aktualisiert werden.

## Kontaktaufnahme

advisor-continue = Weiter mit { $channel }
handoff-title = Kontakt über { $channel }
handoff-intro = Alle Angaben hier sind freiwillig. Sie bleiben in diesem Browser-Tab, bis Sie sie senden oder löschen.
handoff-open = { $channel } öffnen
handoff-call = { $number } anrufen
handoff-email = E-Mail schreiben
handoff-copy = Zusammenfassung kopieren
handoff-copied = Zusammenfassung kopiert.
handoff-copy-failed = Kopieren ist hier blockiert. Markieren Sie die Zusammenfassung und kopieren Sie sie selbst.
handoff-prepare = Halten Sie Folgendes bereit
field-account_id = Konto-ID oder E-Mail-Adresse
field-transaction_id = Transaktions-ID oder Hash
field-time = Zeitpunkt des Vorfalls
field-amount = Betrag und Währung
field-error_text = Angezeigte Fehlermeldung
handoff-description = Beschreiben Sie das Problem
handoff-summary = Zusammenfassung, die gesendet wird
handoff-clear = Meine Eingaben löschen
handoff-cleared = Ihre Eingaben wurden gelöscht.
handoff-done = Weitergeleitet an { $channel }. Ihre Eingaben wurden von dieser Seite gelöscht.
handoff-phone-number = Telefonnummer
handoff-phone-ready = Halten Sie beim Anruf die oben genannten Angaben bereit. Die Zusammenfassung kann telefonisch nicht übermittelt werden.
handoff-truncated = (Aus Platzgründen gekürzt. Die vollständige Zusammenfassung lässt sich im Hilfe-Panel kopieren.)

## Prüfung der Eingaben

field-invalid-format = Diese Angabe scheint nicht zu stimmen. Erwartetes Format: { $formats }.
field-invalid-amount = Geben Sie einen Betrag und eine Währung ein, z. B. 250 USDT.
field-invalid-time = Geben Sie ein Datum und eine Uhrzeit ein.
field-in-future = Dieses Datum liegt in der Zukunft.
field-too-long = Der Text ist zu lang (maximal { $max } Zeichen).
format-evm_tx_hash = 0x gefolgt von 64 Hexadezimalzeichen
format-hex64 = 64 Hexadezimalzeichen
format-base58 = Base58-ID (Buchstaben und Ziffern)
format-digits = nur Ziffern
format-email = E-Mail-Adresse

## Zusammenfassung für den Support (in der Sprache des Nutzers verfasst)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Kanal
summary-topic = Thema
summary-urgency = Dringlichkeit
summary-name = Name
summary-email = E-Mail
summary-page = Seite
summary-version = Gesendet mit

## Sicherheit

never-share-title = Geben Sie diese Daten niemals weiter
never-share-body = Das Team von { $platform } wird Sie niemals nach Ihrem Passwort, Ihren 2FA-Codes, Ihren privaten Schlüsseln oder Ihrer Wiederherstellungsphrase fragen. Wer danach fragt, gehört nicht zum { $platform }-Support.
account-freeze = Konto jetzt sperren
unofficial-site-title = Dies ist keine offizielle Website von { $platform }
unofficial-site-body = Vertrauen Sie den hier angezeigten Kontaktdaten nicht. Nutzen Sie stattdessen das offizielle Hilfe-Center.
unofficial-help-centre = Offizielles Hilfe-Center von { $platform } öffnen
secret-phrase = Das sieht nach einer Wiederherstellungsphrase aus. Geben Sie sie niemals weiter, auch nicht an den { $platform }-Support: Wer sie kennt, kann Ihr Guthaben stehlen.
secret-key = Das sieht nach einem privaten Schlüssel aus. Geben Sie ihn niemals weiter, auch nicht an den { $platform }-Support: Wer ihn kennt, kann Ihr Guthaben stehlen.
secret-remove = Entfernen
secret-not-secret = Das ist nicht geheim
secret-blocked = Entfernen Sie die geheimen Daten aus Ihrer Beschreibung, um fortzufahren.

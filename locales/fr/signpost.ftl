# Signpost: French (fr). Translated from en-US; keep ids and { $variables }.

## Lanceur et panneau

launcher-open = Aide
panel-title = Aide { $platform }
panel-close = Fermer
panel-back = Retour
panel-intro = Réponses aux questions fréquentes et bon moyen de contacter l’assistance { $platform }.

## Aide indisponible (la configuration n’a pas pu être chargée)

unavailable-title = L’aide est momentanément indisponible
unavailable-body = Le panneau d’aide n’a pas pu charger ses paramètres. Veuillez réessayer dans un instant.
unavailable-help-centre = Ouvrir le centre d’aide officiel

loading = Chargement de l’aide…
contact-unloaded = Les options de contact n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.
contact-retry = Réessayer

## Sélecteur de langue

language-label = Langue
language-changed = Langue modifiée : { $language }.

## Accueil

home-search-label = Rechercher dans les articles d’aide
home-search-placeholder = Décrivez votre problème, p. ex. « retrait échoué »
home-topics = Thèmes
home-popular = Questions fréquentes
home-contact = Contacter l’assistance
home-contact-hint = Découvrez le moyen officiel le plus rapide de joindre { $platform }.

## Thèmes

topic-account_access = Accès au compte
topic-security = Sécurité
topic-deposit_withdrawal = Dépôts et retraits
topic-payments = Paiements
topic-orders_refunds = Commandes et remboursements
topic-verification = Vérification d’identité
topic-technical = Problèmes techniques
topic-fees = Frais
topic-other = Autres questions
topic-all = Tous les thèmes

## FAQ

faq-results =
    { $count ->
        [0] Aucun article ne correspond à votre recherche.
        [one] Un article correspond à votre recherche.
        [many] { $count } articles correspondent à votre recherche.
       *[other] { $count } articles correspondent à votre recherche.
    }
faq-empty-title = Aucune réponse trouvée
faq-empty-body = Décrivez-nous le problème et nous vous orienterons vers le bon canal d’assistance.
faq-talk-to-us = Nous contacter
faq-more = Afficher plus
faq-related = Questions associées
faq-still-need-help = Toujours besoin d’aide ?
faq-needs-person = Ce type de demande nécessite généralement l’intervention d’un conseiller. Nous pouvons vous orienter vers le bon canal.

## Conseiller : les questions

advisor-title = Trouver le bon canal d’assistance
advisor-topic = De quoi s’agit-il ?
advisor-urgency = Quel est le degré d’urgence ?
urgency-can_wait = Cela peut attendre
urgency-today = Aujourd’hui
urgency-right_now = Immédiatement
advisor-complexity = Que devez-vous envoyer ?
complexity-quick = Une question rapide
complexity-detailed = Des détails, captures d’écran ou documents
advisor-preference = Comment souhaitez-vous échanger ?
preference-text = Par écrit
preference-voice = Par téléphone
preference-none = Pas de préférence
advisor-compromise = Je pense que quelqu’un d’autre a accès à mon compte ou a déplacé mes fonds
advisor-results = Les meilleures options pour vous en ce moment
advisor-updated = Recommandations mises à jour : { $channel } est désormais la meilleure option.

## Conseiller : types de canaux

kind-live_chat = Chat en direct
kind-phone = Téléphone
kind-email = E-mail
kind-ticket = Ticket d’assistance
kind-social = Réseaux sociaux
kind-community = Forum de la communauté
kind-help_centre = Centre d’aide

## Conseiller : disponibilité et délais de réponse

open-now = Ouvert maintenant
open-until = Ouvert jusqu’à { $time }
closed-opens-at = Fermé pour le moment. Réouverture : { $time } (votre heure locale)
closed-no-opening = Fermé, aucune ouverture prévue prochainement
reply-minutes =
    { $minutes ->
        [one] Répond généralement en moins d’une minute
        [many] Répond généralement sous { $minutes } minutes
       *[other] Répond généralement sous { $minutes } minutes
    }
reply-hours =
    { $hours ->
        [one] Répond généralement en moins d’une heure
        [many] Répond généralement sous { $hours } heures
       *[other] Répond généralement sous { $hours } heures
    }
reply-days =
    { $days ->
        [one] Répond généralement sous 24 heures
        [many] Répond généralement sous { $days } jours
       *[other] Répond généralement sous { $days } jours
    }
nothing-live-open = Aucun canal en direct n’est ouvert pour le moment. Prochaine ouverture : { $time } (votre heure locale). En attendant, envoyez un e-mail ou ouvrez un ticket pour que votre demande soit placée dans la file d’attente.

## Conseiller : raisons

reason-open-now = Ouvert maintenant
reason-closed = Fermé pour le moment
reason-fast-reply = Réponses rapides
reason-slow-reply = Réponses plus lentes
reason-attachments = Vous pouvez envoyer des captures d’écran et des documents
reason-no-attachments = N’accepte ni captures d’écran ni documents
reason-matches-preference = Correspond à votre mode d’échange préféré
reason-against-preference = Pas votre mode préféré, mais bien plus rapide pour un problème urgent
reason-speaks-language = Répond dans votre langue
reason-language-not-served = Ne répond peut-être pas dans votre langue
reason-live-for-urgent = Aide en direct pour un problème urgent
reason-not-live = Pas en direct, donc plus lent pour un problème urgent
reason-security-fastest = Le moyen le plus rapide de sécuriser votre compte
reason-self-service = Vous trouverez peut-être la réponse vous-même tout de suite
reason-public-channel = Canal public : n’y publiez jamais les informations de votre compte
reason-live-wait =
    { $minutes ->
        [one] Environ une minute d’attente actuellement
        [many] Environ { $minutes } min d’attente actuellement
       *[other] Environ { $minutes } min d’attente actuellement
    }
reason-paused = En pause pour le moment
escalate = Pas de réponse dans le délai prévu ? Essayez ensuite { $channel }.

## État en direct (incidents signalés par le flux d’état de la plateforme)

incident-started =
    { $minutes ->
        [0] Vient de commencer
        [one] A commencé il y a une minute
        [many] A commencé il y a { $minutes } minutes
       *[other] A commencé il y a { $minutes } minutes
    }
incident-started-hours =
    { $hours ->
        [one] A commencé il y a une heure
        [many] A commencé il y a { $hours } heures
       *[other] A commencé il y a { $hours } heures
    }
incident-details = Voir les détails
incident-dismiss = Masquer
status-stale = État en direct d’il y a { $minutes } minutes : impossible de l’actualiser.

## Prise de contact

advisor-continue = Continuer avec { $channel }
handoff-title = Contact via { $channel }
handoff-intro = Tous les champs sont facultatifs. Vos informations restent dans cet onglet du navigateur jusqu’à ce que vous les envoyiez ou les effaciez.
handoff-open = Ouvrir { $channel }
handoff-call = Appeler le { $number }
handoff-email = Écrire un e-mail
handoff-copy = Copier le résumé
handoff-copied = Résumé copié.
handoff-copy-failed = La copie est bloquée ici. Sélectionnez le résumé et copiez-le vous-même.
handoff-prepare = Préparez ces informations
field-account_id = Identifiant du compte ou e-mail
field-transaction_id = Identifiant ou hash de la transaction
field-time = Date et heure du problème
field-amount = Montant et devise
field-error_text = Message d’erreur affiché
handoff-description = Décrivez le problème
handoff-summary = Résumé qui sera envoyé
handoff-clear = Effacer ma saisie
handoff-cleared = Votre saisie a été effacée.
handoff-done = Vous pouvez maintenant poursuivre sur { $channel }. Votre saisie a été effacée de cette page.
handoff-phone-number = Numéro de téléphone
handoff-phone-ready = Lors de votre appel, gardez les informations ci-dessus à portée de main. Ce résumé ne peut pas être transmis par téléphone.
handoff-truncated = (Texte raccourci faute de place. Le résumé complet peut être copié depuis le panneau d’aide.)

## Vérification de la saisie

field-invalid-format = Cette valeur ne semble pas correcte. Format attendu : { $formats }.
field-invalid-amount = Saisissez un montant et une devise, par exemple 250 USDT.
field-invalid-time = Saisissez une date et une heure.
field-in-future = Cette date est dans le futur.
field-too-long = Ce texte est trop long ({ $max } caractères maximum).
format-evm_tx_hash = 0x suivi de 64 caractères hexadécimaux
format-hex64 = 64 caractères hexadécimaux
format-base58 = identifiant Base58 (lettres et chiffres)
format-digits = chiffres uniquement
format-email = adresse e-mail

## Résumé envoyé à l’assistance (rédigé dans la langue de l’utilisateur)

summary-subject = { $platform } : { $topic } ({ $urgency })
summary-channel = Canal
summary-topic = Thème
summary-urgency = Urgence
summary-name = Nom
summary-email = E-mail
summary-page = Page
summary-version = Envoyé avec

## Sécurité

never-share-title = Ne communiquez jamais ces informations
never-share-body = Le personnel de { $platform } ne vous demandera jamais votre mot de passe, vos codes d’authentification à deux facteurs (2FA), vos clés privées ni votre phrase de récupération. Toute personne qui vous les demande ne fait pas partie de l’assistance { $platform }.
account-freeze = Geler votre compte maintenant
unofficial-site-title = Ce site n’est pas un site officiel de { $platform }
unofficial-site-body = Ne vous fiez pas aux coordonnées affichées ici. Utilisez plutôt le centre d’aide officiel.
unofficial-help-centre = Ouvrir le centre d’aide officiel de { $platform }
secret-phrase = Ceci ressemble à une phrase de récupération. Ne la communiquez jamais à personne, pas même à l’assistance { $platform } : quiconque la détient peut voler vos fonds.
secret-key = Ceci ressemble à une clé privée. Ne la communiquez jamais à personne, pas même à l’assistance { $platform } : quiconque la détient peut voler vos fonds.
secret-remove = Supprimer
secret-not-secret = Ce n’est pas une information secrète
secret-blocked = Supprimez l’information secrète de votre description pour continuer.

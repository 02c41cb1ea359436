# Passerelle — interface (français, langue par défaut).
# Typographie : espace insécable (U+00A0) avant « : » et dans « », fine insécable (U+202F) avant ; ! ?

## Commun
action-save = Enregistrer
action-cancel = Annuler
language-fr = Français
language-en = English

## Premier lancement
setup-title = Créer le coffre de l’association
setup-intro = Passerelle garde les dossiers chiffrés sur cet ordinateur. Sans la phrase de passe, personne ne peut les lire : ni un voleur, ni une personne qui fouille l’ordinateur.
setup-warning = Choisissez une phrase facile à retenir et difficile à deviner, par exemple quatre ou cinq mots sans lien entre eux. Une clé de secours vous sera ensuite montrée, une seule fois.
setup-passphrase = Phrase de passe
setup-passphrase-hint = Au moins 12 caractères. Plusieurs mots sans lien entre eux sont plus sûrs et plus faciles à retenir.
setup-passphrase-again = Confirmez la phrase de passe
setup-mismatch = Les deux phrases de passe ne sont pas identiques.
setup-create = Créer le coffre
setup-creating = Création du coffre…
setup-disk-encryption = Protégez aussi l’ordinateur lui-même : activez le chiffrement du disque (BitLocker sous Windows, LUKS sous Linux). Seul ce chiffrement protège aussi la mémoire d’échange (swap) et la mise en veille prolongée, où le système peut écrire sur le disque des morceaux de ce qu’il a en mémoire, dossiers compris.

## Solidité de la phrase de passe
strength-0 = Très faible.
strength-1 = Très faible.
strength-2 = Faible.
strength-3 = Solide.
strength-4 = Très solide.
strength-hint-length = Il faut au moins 12 caractères.
strength-hint-too-long = Une phrase de passe ne peut pas dépasser 1 024 caractères.
strength-hint-control = Une phrase de passe ne peut pas contenir de caractères de contrôle (tabulation, échappement…) : l’application ne permet pas de les saisir.
strength-hint-words = Ajoutez des mots sans lien entre eux ; évitez les noms, dates et suites de clavier.
strength-why-title = Facile à deviner, car elle contient :
strength-why-word-then-year = un mot ou un nom suivi d’une année (la première forme qu’un attaquant essaie)
strength-why-password = un mot de passe courant
strength-why-word = un mot courant
strength-why-name = un prénom ou un nom de famille
strength-why-place = un nom de ville, de département ou de pays
strength-why-context = un mot lié à l’association ou à son travail
strength-why-unknown-word = un nom ou un mot isolé (les listes d’attaque contiennent des millions de noms)
strength-why-year = une année ou une date
strength-why-number = un nombre court (département, code postal, âge)
strength-why-repeat = une répétition ou une suite (aaa, 123, !!!)
strength-why-keyboard = une suite de touches du clavier (azerty, qsdf…)
strength-why-leet = des lettres remplacées par des chiffres ou des symboles (@ pour a, 0 pour o), que les logiciels d’attaque essaient aussi
strength-why-reversed = un mot écrit à l’envers
passphrase-generate = Proposer une phrase de passe
passphrase-generated = Phrase de passe proposée :
passphrase-generated-help = Cinq mots courants, tirés au hasard parmi 3 352. Apprenez-la, puis tapez-la dans la confirmation. Ne l’écrivez pas près de l’ordinateur.

## Clé de secours
recovery-title = Votre clé de secours
recovery-unseen = Le coffre a été verrouillé pendant sa création ou sa restauration, avant que sa clé de secours ne s’affiche : la voici, une seule fois.
recovery-intro = Si la phrase de passe est oubliée, cette clé est le seul moyen d’ouvrir le coffre. Elle ne sera plus jamais affichée.
recovery-keep = Écrivez-la à la main sur papier et rangez-la dans un lieu sûr, loin de l’ordinateur (par exemple dans le coffre-fort de l’association). Ne la photographiez pas et ne l’enregistrez pas sur l’ordinateur.
recovery-confirm = J’ai écrit la clé de secours sur papier et je l’ai rangée en lieu sûr.
recovery-continue = Continuer
recovery-unconfirmed-title = Clé de secours à confirmer
recovery-unconfirmed-intro = La clé de secours de ce coffre a été affichée, mais personne n’a confirmé l’avoir notée : l’application a été fermée, ou le coffre verrouillé, avant. Sans elle, un coffre dont la phrase de passe est oubliée ne s’ouvre plus.
recovery-unconfirmed-choice = Si vous l’avez écrite sur papier et rangée en lieu sûr, confirmez-le. Sinon, générez-en une nouvelle : l’ancienne n’ouvrira plus les données écrites à partir de maintenant.
recovery-unconfirmed-have = Je l’ai notée
recovery-unconfirmed-new = Générer une nouvelle clé de secours
recovery-restored-cases =
    { $cases ->
        [0] Sauvegarde restaurée : elle ne contenait aucun dossier.
        [one] Sauvegarde restaurée : un dossier.
       *[other] Sauvegarde restaurée : { NUMBER($cases) } dossiers.
    }

## Déverrouillage
unlock-title = Passerelle est verrouillé
unlock-passphrase = Phrase de passe
unlock-submit = Déverrouiller
unlock-use-recovery = Phrase de passe oubliée ? Utiliser la clé de secours
unlock-use-passphrase = Utiliser la phrase de passe
unlock-recovery-key = Clé de secours
unlock-recovery-hint = Neuf groupes de quatre caractères. Majuscules, espaces et tirets n’ont pas d’importance.
unlock-reason-locked-by-user = Le coffre a été verrouillé.
unlock-reason-locked-idle = Le coffre a été verrouillé automatiquement après une période d’inactivité.
unlock-reason-locked-unsaved = Le coffre a été verrouillé. Ce qui était en cours de saisie et n’a pas pu être enregistré (un réglage refusé, un rendez-vous ou une demande pas encore enregistrés) est perdu : reprenez-le là où vous l’aviez tapé.
unlock-reason-locked-idle-unsaved = Le coffre a été verrouillé automatiquement après une période d’inactivité. Ce qui était en cours de saisie et n’a pas pu être enregistré (un réglage refusé, un rendez-vous ou une demande pas encore enregistrés) est perdu : reprenez-le là où vous l’aviez tapé.

## Barre principale
nav-cases = Dossiers
nav-settings = Réglages
nav-about = À propos
lock-button = Verrouiller

## Dossiers
cases-title = Dossiers
cases-new = Nouveau dossier
cases-search =
    .placeholder = Rechercher un nom ou un autre nom…
    .aria-label = Rechercher les dossiers par nom ou autre nom
cases-empty = Aucun dossier pour l’instant. Commencez par « Nouveau dossier ».
cases-none-found = Aucun dossier ne correspond à cette recherche.
# A case whose person has no name recorded yet (an imported file, a hand-over), in lists and titles.
case-unnamed = (sans nom)
cases-col-name = Nom
cases-col-updated = Dernière modification
case-new-title = Nouveau dossier
case-family-name = Nom de famille
case-given-names = Prénom(s)

## Réglages
settings-title = Réglages
settings-language = Langue de l’interface
settings-language-apply = Changer la langue
settings-text-size = Taille du texte
settings-text-size-option = { $percent } %
settings-text-size-hint = Ctrl + agrandit, Ctrl − réduit, Ctrl 0 revient à 100 %, depuis n’importe quel écran. Tout l’affichage suit, mises en page comprises.
language-switch-label = Langue de l’interface / Interface language
    .aria-label = Langue de l’interface / Interface language
language-switch-apply = Changer la langue / Change language
settings-security = Verrouillage et captures d’écran
settings-idle = Verrouiller après (minutes d’inactivité)
settings-idle-hint = Entre 1 et 60 minutes. Le raccourci Ctrl+L verrouille immédiatement.
settings-capture-allowed = Autoriser les captures d’écran de cette fenêtre
settings-capture-hint = Case décochée, la fenêtre n’apparaît sur aucune capture d’écran, aucun écran partagé en visioconférence, aucun outil d’assistance à distance : elle y reste noire. Cochez cette case seulement le temps d’un partage voulu, ou si une loupe d’écran affiche la fenêtre en noir.
settings-capture-unprotected = Sur ce système, la fenêtre ne peut pas être protégée des captures d’écran : ne partagez pas l’écran pendant un entretien, et fermez tout outil d’assistance à distance.
settings-saved = Réglage enregistré.
settings-leave-unsaved = Quitter sans enregistrer
settings-pp-title = Changer la phrase de passe
settings-pp-intro = Les dossiers ne sont pas rechiffrés : seule la clé qui les protège est protégée à nouveau par la nouvelle phrase. La clé de secours reste valable.
settings-pp-recovery = Le coffre a été ouvert avec la clé de secours : aucune phrase de passe actuelle à saisir. Choisissez une nouvelle phrase de passe pour un membre de l’équipe.
settings-pp-recovery-go = Choisir une nouvelle phrase de passe
settings-pp-current = Phrase de passe actuelle
settings-pp-new = Nouvelle phrase de passe
settings-pp-again = Confirmez la nouvelle phrase de passe
settings-pp-change = Changer la phrase de passe
settings-pp-changed = La phrase de passe a été changée.

## À propos
about-title = À propos de Passerelle
about-what = Passerelle aide les travailleuses et travailleurs sociaux et les juristes des associations à accompagner les personnes étrangères victimes de traite des êtres humains ou de proxénétisme dans leur demande de titre de séjour.
about-offline = Passerelle fonctionne sans réseau : il n’envoie rien, nulle part.
about-version = Version { $version }
about-security-title = Sécurité
about-security = Les dossiers sont enregistrés dans une base chiffrée (SQLCipher, AES-256). La clé de la base n’est jamais écrite en clair : elle est protégée par la phrase de passe et par la clé de secours (Argon2id, XChaCha20-Poly1305). Verrouiller efface la clé de la mémoire.
about-keys-title = Raccourcis clavier
about-keys-quick-lock-keys = Maj, trois fois de suite
about-keys-quick-lock = Masque l’écran et verrouille tout de suite, même pendant la saisie dans un champ (comme le bouton « Masquer l’écran »).
about-keys-reveal-keys = Ctrl+U, ou double-clic sur l’horloge
about-keys-reveal = Quitte l’écran masqué pour l’écran de déverrouillage.
about-keys-lock-keys = Ctrl+L
about-keys-lock = Verrouille (comme le bouton « Verrouiller »).
about-keys-zoom-keys = Ctrl et +, Ctrl et −, Ctrl et 0
about-keys-zoom = Agrandit le texte, le réduit, le ramène à 100 %.
about-keys-next-keys = Entrée
about-keys-next = Dans l’entretien, depuis un champ d’une ligne : question suivante.
about-keys-step-keys = Alt+→ et Alt+←
about-keys-step = Dans l’entretien : étape suivante et étape précédente.
about-keys-escape-keys = Échap
about-keys-escape = Annule le formulaire ou la confirmation en cours ; referme le menu.
about-review-sheet-title = Fiche de relecture des règles
about-review-sheet = Toutes les règles juridiques de Passerelle, une par ligne, avec leur article, leur niveau de certitude et leur source, et une case à cocher : à imprimer pour un ou une juriste, qui les vérifie et signe.
about-review-sheet-button = Enregistrer la fiche de relecture (PDF)
about-review-sheet-dialog-title = Enregistrer la fiche de relecture
about-data-title = Données publiques utilisées
about-licence-title = Licence
about-licence = Logiciel libre sous licence GNU AGPL version 3 ou ultérieure.
about-passphrase-lists = Listes de mots de la mesure des phrases de passe : zxcvbn-ts (@zxcvbn-ts/language-fr 4.1.2, @zxcvbn-ts/language-common 4.1.3), licence MIT, © 2012-2016 Dan Wheeler et Dropbox, Inc., © 2021 @zxcvbn-ts ; mots courants dérivés d’OpenSubtitles 2024 via OPUS (Helsinki-NLP), licence ODC-BY ; prénoms et noms de famille de l’Insee, par le paquet prenoms 0.5.1 (licence MIT). Mots des phrases de passe proposées : liste française de diceware 1.0.1, © 2024 Tango, pour Tails et le projet Tor, CC0 1.0.

## Windows only: the system component that draws the window (WebView2) is missing. Shown in a
## message box before any window exists.
webview2-missing-title = Passerelle ne peut pas ouvrir sa fenêtre
webview2-missing-body = Il manque à cet ordinateur le composant Microsoft Edge WebView2, qui dessine la fenêtre de Passerelle. Windows 11 et Windows 10 à jour l’ont déjà.
    
    Pour l’ajouter sans réseau : sur un ordinateur connecté, téléchargez chez Microsoft le « programme d’installation autonome Evergreen » de WebView2 Runtime (x64), copiez-le sur une clé USB, lancez-le sur cet ordinateur, puis rouvrez Passerelle.
    
    Vos dossiers ne sont pas touchés. En attendant, l’outil en ligne de commande passerelle-cli fonctionne.
list-options-common = Les plus fréquentes
list-options-others = Toutes les autres
list-options-more = Voir toutes les autres ({ NUMBER($count) })
list-options-less = Replier la liste
list-options-filter =
    .aria-label = Filtrer la liste
    .placeholder = Filtrer : quelques lettres
list-options-none = Aucune ne correspond ; effacez le filtre pour tout revoir.

## Règles de droit : mise à jour par un paquet signé (À propos, tableau de bord, page du dossier)
rules-import-title = Choisir le paquet de règles (.passerelle-rules)
rules-origin-embedded = Règles livrées avec cette version de Passerelle
rules-origin-imported = Règles mises à jour le { $date }
rules-law-as-of = Droit au { $date }
rules-stored-in-vault = Le paquet de règles en service est gardé dans le coffre chiffré : il est sauvegardé et restauré avec lui.
rules-note-in-french = (en français)
rules-in-force-from = En vigueur le { $date }
rules-imported = Règles mises à jour (version { $version }). { $cases ->
        [0] Aucun dossier ouvert n’est concerné.
        [one] 1 dossier concerné.
       *[other] { NUMBER($cases) } dossiers concernés.
    }
rules-rolled-back = Retour aux règles précédentes (version { $version }). { $cases ->
        [0] Aucun dossier ouvert n’est concerné.
        [one] 1 dossier concerné.
       *[other] { NUMBER($cases) } dossiers concernés.
    }
rules-cases-concerned = { $cases ->
        [one] 1 dossier concerné
       *[other] { NUMBER($cases) } dossiers concernés
    } par la mise à jour des règles
rules-change-title = Règles mises à jour : version { $from } → { $to }
rules-articles = Articles : { $articles }
rules-change-route = { $route } : { $before } → { $after }
rules-change-deadline-moved = { $deadline } (avant : { $before })
rules-change-deadline-added = Nouvelle échéance : { $deadline }
rules-change-deadline-removed = Échéance supprimée : { $deadline }
rules-change-document-status = { $document } : { $before } → { $after }
rules-change-document-added = Nouveau document à fournir : { $document }
rules-change-document-removed = Document qui n’est plus demandé : { $document }
rules-change-warning-added = Nouvel avertissement : { $warning }
rules-change-warning-removed = Avertissement levé : { $warning }
rules-change-outcome-qualified = { $outcome } ({ $flags })
rules-change-flag-to-confirm = à confirmer par un ou une juriste
rules-change-flag-discretionary = à l’appréciation du préfet
rules-change-not-concerned = Les règles ne concernent plus ce dossier (nationalité française, d’un pays de l’Union européenne, de l’EEE ou suisse) : plus aucune démarche n’est proposée.
rules-change-concerned = Les règles concernent de nouveau ce dossier : ses démarches sont à revoir.
rules-change-see-also-added = Nouvelle voie voisine : { $articles }
rules-change-see-also-removed = Voie voisine retirée : { $articles }
rules-mark-seen = J’ai pris connaissance du changement
rules-notes-heading = Ce qui a changé dans les règles
about-rules-title = Règles de droit
about-rules-version = Paquet de règles de droit, version { $version }
about-rules-import = Mettre à jour les règles…
about-rules-rollback = Revenir aux règles précédentes
rules-case-heading = Mise à jour des règles de droit

## Transmission d’un dossier
handover-received = Dossier reçu.

## Under a typed text near its limit (limits.js): what is left, or by how much it is over.
text-limit-left = { $count ->
        [0] Plus aucun caractère possible : { NUMBER($max) } au plus.
        [one] Encore un caractère possible : { NUMBER($max) } au plus.
       *[other] Encore { NUMBER($count) } caractères possibles : { NUMBER($max) } au plus.
    }
text-limit-over = { $count ->
        [one] Un caractère de trop : { NUMBER($max) } au plus. Raccourcissez le texte pour l’enregistrer.
       *[other] { NUMBER($count) } caractères de trop : { NUMBER($max) } au plus. Raccourcissez le texte pour l’enregistrer.
    }

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

## Solidité de la phrase de passe
strength-0 = Très faible.
strength-1 = Très faible.
strength-2 = Faible.
strength-3 = Solide.
strength-4 = Très solide.
strength-hint-length = Il faut au moins 12 caractères.
strength-hint-words = Ajoutez des mots sans lien entre eux ; évitez les noms, dates et suites de clavier.

## Clé de secours
recovery-title = Votre clé de secours
recovery-intro = Si la phrase de passe est oubliée, cette clé est le seul moyen d’ouvrir le coffre. Elle ne sera plus jamais affichée.
recovery-keep = Écrivez-la à la main sur papier et rangez-la dans un lieu sûr, loin de l’ordinateur (par exemple dans le coffre de l’association). Ne la photographiez pas et ne l’enregistrez pas sur l’ordinateur.
recovery-confirm = J’ai écrit la clé de secours sur papier et je l’ai rangée en lieu sûr.
recovery-continue = Continuer

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
cases-col-name = Nom
cases-col-updated = Dernière modification
case-new-title = Nouveau dossier
case-family-name = Nom de famille
case-given-names = Prénom(s)

## Réglages
settings-title = Réglages
settings-language = Langue de l’interface
settings-security = Verrouillage automatique
settings-idle = Verrouiller après (minutes d’inactivité)
settings-idle-hint = Entre 1 et 60 minutes. Le raccourci Ctrl+L verrouille immédiatement.
settings-saved = Réglage enregistré.
settings-pp-title = Changer la phrase de passe
settings-pp-intro = Les dossiers ne sont pas rechiffrés : seule la clé qui les protège est protégée à nouveau par la nouvelle phrase. La clé de secours reste valable.
settings-pp-current = Phrase de passe actuelle
settings-pp-new = Nouvelle phrase de passe
settings-pp-again = Confirmez la nouvelle phrase de passe
settings-pp-change = Changer la phrase de passe
settings-pp-changed = La phrase de passe a été changée.

## À propos
about-title = À propos de Passerelle
about-what = Passerelle aide les travailleurs sociaux et les juristes des associations à accompagner les personnes étrangères victimes de traite des êtres humains ou de proxénétisme dans leur demande de titre de séjour.
about-offline = Passerelle fonctionne sans réseau : il n’envoie rien, nulle part.
about-version = Version { $version }
about-security-title = Sécurité
about-security = Les dossiers sont enregistrés dans une base chiffrée (SQLCipher, AES-256). La clé de la base n’est jamais écrite en clair : elle est protégée par la phrase de passe et par la clé de secours (Argon2id, XChaCha20-Poly1305). Verrouiller efface la clé de la mémoire.
about-licence-title = Licence
about-licence = Logiciel libre sous licence GNU AGPL version 3 ou ultérieure.

## Windows only: the system component that draws the window (WebView2) is missing. Shown in a
## message box before any window exists.
webview2-missing-title = Passerelle ne peut pas ouvrir sa fenêtre
webview2-missing-body = Il manque à cet ordinateur le composant Microsoft Edge WebView2, qui dessine la fenêtre de Passerelle. Windows 11 et Windows 10 à jour l’ont déjà.
    
    Pour l’ajouter sans réseau : sur un ordinateur connecté, téléchargez chez Microsoft le « programme d’installation autonome Evergreen » de WebView2 Runtime (x64), copiez-le sur une clé USB, lancez-le sur cet ordinateur, puis rouvrez Passerelle.
    
    Vos dossiers ne sont pas touchés. En attendant, l’outil en ligne de commande passerelle-cli fonctionne.

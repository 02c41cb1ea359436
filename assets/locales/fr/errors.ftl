# Error messages, shown in the UI and by passerelle-cli.
# Ids match core::Error::message_id(). Arguments are formatted by Rust.

error-locked = Le coffre est verrouillé. Déverrouillez-le pour continuer.
error-store-missing = Aucun coffre n’existe à cet emplacement.
error-store-exists = Un coffre existe déjà à cet emplacement.
error-store-unfinished = La création ou la restauration d’un coffre a été interrompue ici avant sa fin : le coffre n’a pas été créé. Recommencez-la ; ce qu’elle avait écrit sera mis de côté, sans être effacé. Si c’était une restauration, le fichier de sauvegarde n’a pas été modifié.
error-store-in-use = Ce coffre est déjà ouvert par un autre programme Passerelle (une autre fenêtre, ou passerelle-cli). Verrouillez-le ou fermez-le là, puis réessayez.
error-wrong-passphrase = Phrase de passe incorrecte.
error-wrong-recovery-key = Cette clé de secours n’ouvre pas ce coffre.
error-recovery-key-malformed = Cette clé de secours contient une faute de frappe : vérifiez chaque groupe de quatre caractères.
error-too-many-attempts = Trop d’essais infructueux. Réessayez dans { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    }.
error-kdf-out-of-memory = Pas assez de mémoire libre pour calculer la clé ({ NUMBER($mib) } Mio). Fermez d’autres programmes et réessayez ; rien n’a été modifié.
error-passphrase-too-weak = Cette phrase de passe est trop faible : au moins 12 caractères, de préférence plusieurs mots sans lien entre eux.
error-passphrase-control-character = Cette phrase de passe contient un caractère de contrôle (tabulation, échappement…) que l’application ne permet pas de saisir : ce qu’elle protégerait ne pourrait plus s’ouvrir dans l’application. Choisissez-en une autre.
error-passphrase-unchanged = La nouvelle phrase de passe est celle d’aujourd’hui. Rien n’a été changé : choisissez-en une autre.
error-key-file-damaged = Le fichier de clés du coffre est endommagé. Restaurez une sauvegarde.
error-key-file-tampered = Le fichier de clés du coffre a été modifié. Par précaution, il n’est pas utilisé ; restaurez une sauvegarde.
error-key-file-missing = Fichier de clés introuvable : remettez-le ou restaurez une sauvegarde. La base du coffre est toujours là ; elle n’a pas été effacée.
error-recovery-key-not-shown = { $what ->
        [restored] Le coffre a été restauré
       *[created] Le coffre a été créé
    }, mais sa clé de secours n’a pas pu être affichée (la sortie n’a pas pu être écrite). Ouvrez-le dans Passerelle : il proposera d’en générer une nouvelle.
error-entries-differ = Les deux saisies ne sont pas identiques. Rien n’a été fait : recommencez.
error-key-slot-damaged = Un accès du fichier de clés est endommagé et aucun autre accès ne s’ouvre avec ce secret. Si votre phrase de passe est juste, ouvrez avec la clé de secours ou restaurez une sauvegarde.
error-key-file-too-new = Ce coffre a été créé par une version plus récente de Passerelle (format { $found }, cette version lit jusqu’au format { $supported }). Mettez Passerelle à jour.
error-database-damaged = La base du coffre est endommagée ou tronquée. Aucune donnée n’a été modifiée ; restaurez une sauvegarde.
error-disk-full = Le disque est plein : Passerelle n’a pas pu enregistrer. Rien de ce qui était déjà enregistré n’est abîmé. Libérez de la place sur ce disque (videz la corbeille, supprimez des fichiers inutiles) ou, pour une sauvegarde, choisissez un autre emplacement, puis réessayez.
error-schema-too-new = Ce coffre a été mis à jour par une version plus récente de Passerelle (schéma { $found }, cette version connaît jusqu’au schéma { $supported }). Mettez Passerelle à jour.
error-migration-failed = La mise à jour du coffre (étape { $version }) a échoué. Rien n’a été modifié.
error-encryption-unavailable = Cette installation de Passerelle ne sait pas chiffrer. Par sécurité, rien n’a été écrit.
error-invalid-json = Le fichier n’est pas un JSON valide (ligne { $line }, colonne { $column }). Rien n’a été enregistré.
error-case-file-empty = Ce fichier est vide : ce n’est pas un dossier. Rien n’a été enregistré.
error-case-file-not-utf8 = Ce fichier n’est pas en UTF-8 : il a sans doute été enregistré dans un autre codage (Latin-1, UTF-16…). Enregistrez-le en UTF-8 (sous Windows, choisissez « UTF-8 » dans « Enregistrer sous »), puis recommencez. Rien n’a été enregistré.
error-case-file-sealed = { $found ->
        [backup] Ce fichier est une sauvegarde chiffrée de Passerelle, pas un dossier en JSON : elle se restaure dans un nouveau coffre (dans l’application : « Restaurer une sauvegarde » au premier lancement ; en ligne de commande : restore).
       *[handover] Ce fichier est un dossier transmis, chiffré, pas un dossier en JSON : il se reçoit avec la phrase de passe convenue (dans l’application : « Recevoir un dossier… » ; en ligne de commande : handover import).
    } Rien n’a été enregistré.
error-case-file-too-deep = Ce fichier imbrique ses données sur trop de niveaux pour être un dossier Passerelle (au plus 128). Rien n’a été enregistré.
error-case-file-too-complex = Ce fichier contient plus de { NUMBER($max) } valeurs : bien plus qu’aucun dossier réel. Il n’a pas été lu ; rien n’a été enregistré.
error-unknown-format = Ce fichier n’est pas un dossier Passerelle{ $given ->
        [no] {""} (il ne dit pas son format).
       *[yes] {""} (format « { $found } »).
    } Rien n’a été enregistré.
error-newer-format = Ce dossier a été écrit par une version plus récente de Passerelle (« { $found } » ; cette version lit « { $supported } »). Rien n’a été enregistré.
error-invalid-field = { $fieldKind ->
        [filter] Champ « { $field } » : { $reason }
        [question] Réponse à { $field } : { $reason } Rien n’a été enregistré.
        [option] Option { $field } : { $reason }
        [argument] Pour { $field } : { $reason }
       *[field] Champ « { $field } » : { $reason } Rien n’a été enregistré.
    }
error-batch-refused = { $refused ->
        [one] Un fichier refusé
       *[other] { $refused } fichiers refusés
    } sur { $files } : aucun dossier n’a été importé. Corrigez { $refused ->
        [one] ce fichier
       *[other] ces fichiers
    } (ou retirez-{ $refused ->
        [one] le
       *[other] les
    } de la liste) et recommencez.
error-in-file = { $file } : { $message }
# Always two or more: each follows, said under its field (the app) or on its own line (the CLI).
error-several = { $count } champs sont à corriger. Rien n’a été enregistré.
# The sentence that ends a form's refusal, said once under « error-several », not on each of its lines.
error-nothing-saved = Rien n’a été enregistré.
error-required = { $fieldKind ->
        [option] Option obligatoire : { $field }.
        [argument] Il manque { $field }.
       *[field] Champ obligatoire : { $field }.
    }
error-field-too-long = { $fieldKind ->
        [question] La réponse à { $field } est trop longue
       *[field] Le champ « { $field } » est trop long
    } : au plus { $max } caractères. Rien n’a été enregistré.
error-too-many-items = { $fieldKind ->
        [question] La réponse à { $field } compte trop d’éléments
       *[field] La liste « { $field } » compte trop d’éléments
    } : au plus { $max }. Rien n’a été enregistré.
error-hidden-characters = { $fieldKind ->
        [question] La réponse à { $field } contient
       *[field] Le champ « { $field } » contient
    } des caractères invisibles ou qui inversent le sens d’écriture : ils peuvent faire passer un nom pour un autre. Retapez-le au clavier, sans copier-coller. Rien n’a été enregistré.
error-case-file-too-large = Ce fichier est trop volumineux pour un dossier (au plus { $max } Mio). Rien n’a été enregistré.
error-not-found = { $what ->
        [case] Ce dossier est introuvable : il a peut-être été supprimé.
        [appointment] Ce rendez-vous est introuvable : il a peut-être été supprimé.
        [note] Cette note est introuvable : elle a peut-être été supprimée.
        [application] Cette demande est introuvable : elle a peut-être été supprimée.
        [keyslot] Ce membre de l’équipe est introuvable.
       *[other] Élément introuvable.
    }
error-io = Impossible de lire ou d’écrire un fichier. Vérifiez l’espace disque et les droits d’accès.
error-file-access = Impossible d’accéder au fichier « { $file } » : { $cause ->
        [not-found] il n’existe pas, ou son dossier n’existe pas.
        [denied] accès refusé (droits du fichier ou du dossier, ou disque en lecture seule).
        [directory] c’est un dossier, pas un fichier.
        [not-a-folder] l’un des dossiers de ce chemin est en fait un fichier.
        [special] ce n’est pas un fichier enregistré sur le disque (un tube ou un périphérique). Enregistrez-le d’abord dans un fichier.
        [special-target] c’est un tube ou un périphérique, pas un fichier, et y enregistrer le fichier le remplacerait. Choisissez le nom d’un fichier.
        [full] le disque est plein. Libérez de la place, ou choisissez un autre disque.
       *[other] vérifiez l’espace disque et les droits d’accès.
    }
error-storage = L’enregistrement a échoué : la dernière modification n’a peut-être pas été enregistrée. Ce qui l’était déjà reste intact. Vérifiez-la, puis réessayez.
error-internal = Erreur interne de Passerelle : la dernière action n’a peut-être pas abouti. Merci de signaler ce problème.
error-place-not-found = Aucune commune ne correspond à « { $query } ». Saisissez un code postal à cinq chiffres ou le nom d’une commune.
error-invalid-date = Date non reconnue, ou absente du calendrier (un 31 février). Écrivez-la jour/mois/année, par exemple 12/04/1998.
error-date-needs-day = Il faut ici le jour, le mois et l’année, par exemple 12/04/1998. Si le jour n’est pas connu, répondez « je ne sais pas » et indiquez dans une note ce que la personne en sait (le mois, l’année).
error-date-out-of-range = Cette date n’est pas possible ici : dans le futur, ou hors des années 1900 à 2999.
error-invalid-number = Écrivez un nombre entier, par exemple 2.
error-too-long = Ce texte est trop long (au plus { NUMBER($max) } caractères).
error-invalid-time = Écrivez l’heure ainsi : 14 h 30, 14h30 ou 14:30.
error-office-undetermined = Impossible de désigner la préfecture compétente : { $reason ->
        [no-address] l’adresse de la personne n’a ni code commune (Insee) ni code postal. Complétez son adresse.
        [unknown-commune] le code commune (Insee) de l’adresse ne correspond à aucune commune. Corrigez-le dans l’adresse de la personne.
        [unknown-postcode] le code postal { $postcode } ne correspond à aucune commune. Corrigez-le, ou indiquez le code commune (Insee) dans l’adresse de la personne.
        [postcode-mismatch] le code postal { $postcode } ne dessert pas la commune de son code commune (Insee). Corrigez l’un ou l’autre dans l’adresse de la personne.
        [malformed-postcode] le code postal { $postcode } n’a pas cinq chiffres. Corrigez-le dans l’adresse de la personne.
       *[ambiguous-postcode] le code postal { $postcode } dessert { $communes } communes. Indiquez la commune de la personne (code Insee) dans son adresse.
    }
error-town-mismatch = La commune écrite dans l’adresse de la personne, « { $town } », n’est pas celle de son code : { $commune }. Corrigez l’un ou l’autre dans son adresse (l’entretien, étape « Identité et langues »), pour que la lettre parte à la bonne préfecture.
error-ceseda-not-applicable = Aucune préfecture compétente : le CESEDA ne s’applique pas { $territory ->
        [wallis-et-futuna] à Wallis-et-Futuna
        [polynesie-francaise] en Polynésie française
       *[nouvelle-caledonie] en Nouvelle-Calédonie
    } ; l’entrée et le séjour des étrangers y relèvent d’une ordonnance propre. Faites vérifier la situation par un ou une juriste.

## Sauvegardes, transmissions de dossier, équipe
error-not-sealed-file = Ce fichier n’est ni une sauvegarde ni un dossier transmis par Passerelle. Rien n’a été modifié.
error-sealed-too-new = Ce fichier a été écrit par une version plus récente de Passerelle (format { $found }, cette version lit jusqu’au format { $supported }). Mettez Passerelle à jour.
error-sealed-wrong-kind = { $found ->
    [backup] Ce fichier est une sauvegarde complète, pas un dossier transmis.
   *[handover] Ce fichier est un dossier transmis, pas une sauvegarde complète.
} Rien n’a été modifié.
error-wrong-file-passphrase = Cette phrase de passe n’ouvre pas ce fichier. Vérifiez celle qui a été choisie quand il a été enregistré ; pour un dossier transmis, celle convenue avec l’expéditeur.
error-wrong-file-recovery-key = Cette clé de secours n’ouvre pas ce fichier.
error-file-needs-recovery-key = Ce fichier a été chiffré avec la clé de secours du coffre, pas avec une phrase de passe : ouvrez-le avec cette clé de secours.
error-file-needs-passphrase = Ce fichier a été chiffré avec une phrase de passe, pas avec une clé de secours : ouvrez-le avec la phrase de passe choisie lors de son enregistrement.
error-sealed-truncated = Ce fichier est incomplet : la copie a été interrompue. Rien n’a été modifié ; utilisez une autre copie.
error-sealed-damaged = Ce fichier est endommagé ou a été modifié : son contrôle d’intégrité échoue. Rien n’a été modifié ; utilisez une autre copie.
error-sealed-too-large = Ce fichier annonce un contenu trop grand pour être ouvert ici : plus grand que tout ce que Passerelle écrit pour ce type de fichier, ou que la mémoire libre de cet ordinateur. Rien n’a été modifié ; vérifiez que c’est bien le fichier attendu.
error-not-admin = Seul un administrateur ou une administratrice de l’équipe (ou la clé de secours) peut faire cela.
error-not-recovery-session = On ne donne une nouvelle phrase de passe à un membre qu’après avoir ouvert le coffre avec la clé de secours. Pour changer la vôtre, utilisez « Changer la phrase de passe » dans les réglages.
error-slot-not-removable = Cet accès ne peut pas être retiré : c’est le vôtre, ou celui de la clé de secours.
error-slot-label-taken = Ce nom est déjà utilisé par un autre membre de l’équipe.
error-print-unavailable = Impossible d’imprimer : aucun service d’impression n’est installé sur cet ordinateur. Utilisez « Enregistrer en PDF ».
error-print-failed = L’impression a été refusée : vérifiez qu’une imprimante est installée, allumée et choisie par défaut, puis réessayez.
error-unprintable = Le document contient un caractère que ses polices ne savent pas imprimer (« { $character } ») : il apparaîtrait comme une case vide. Écrivez les noms et l’adresse en lettres latines, comme sur le passeport. Rien n’a été imprimé ni enregistré.
error-not-latin = Le courrier est en français : il s’écrit en lettres latines, les noms et l’adresse comme sur le passeport (« { $character } » n’en est pas une). Rien n’a été imprimé ni enregistré.
error-inside-store = Ce fichier irait dans le dossier du coffre, où il pourrait remplacer la base chiffrée ou ses clés : choisissez un autre dossier. Rien n’a été écrit.
error-passphrase-change-uncertain = Le changement de phrase de passe n’a pas pu aller jusqu’au bout, ni être annulé (le disque est peut-être plein). Libérez de la place, verrouillez, puis déverrouillez avec l’ancienne phrase de passe ; si elle est refusée, avec la nouvelle. Aucun dossier n’a été perdu.
error-would-replace-sealed = { $kind ->
    [backup] Un fichier de ce nom existe déjà et c’est une sauvegarde chiffrée du coffre
    [handover] Un fichier de ce nom existe déjà et c’est un dossier transmis chiffré
   *[other] Un fichier de ce nom existe déjà et c’est un fichier chiffré de Passerelle
} : il serait remplacé. Choisissez un autre nom. Rien n’a été écrit.
error-passphrase-of-the-vault = { $kind ->
    [handover] Cette phrase de passe est celle du coffre : elle serait donnée à qui reçoit le dossier. Convenez d’une autre phrase de passe.
   *[backup] Cette phrase de passe est celle du coffre : quelqu’un qui l’aurait vu taper ouvrirait aussi la sauvegarde, si la clé USB se perdait. Choisissez-en une autre, notée sur papier et gardée à part.
} Rien n’a été écrit.

## Paquets de règles (mise à jour des règles de droit)
error-rule-pack-unsigned = Ce fichier n’est pas un paquet de règles signé pour Passerelle. Rien n’a été modifié ; les règles en service restent les mêmes.
error-rule-pack-unknown-key = Ce paquet de règles n’est pas signé par une clé reconnue par cette version de Passerelle. Il n’a pas été installé ; les règles en service restent les mêmes. Demandez le paquet à l’équipe de Passerelle.
error-rule-pack-bad-signature = Ce paquet de règles a été modifié après sa signature (ou sa copie est abîmée). Il n’a pas été installé ; les règles en service restent les mêmes. Utilisez une autre copie.
error-rule-pack-engine-too-new = Ce paquet de règles demande une version plus récente de Passerelle (moteur { $needed }, celui-ci est le { $supported }). Il n’a pas été installé ; mettez d’abord Passerelle à jour.
error-rule-pack-other-law = Ce paquet de règles ne concerne pas les titres de séjour que Passerelle évalue. Il n’a pas été installé ; les règles en service restent les mêmes.
error-rule-pack-unknown-id = Ce paquet de règles utilise une règle que cette version de Passerelle ne connaît pas (à l’endroit « { $place } »). Il n’a pas été installé ; mettez Passerelle à jour ou demandez un paquet adapté.
error-rule-pack-malformed = { $place ->
        [none] Ce paquet de règles est mal formé.
       *[other] Ce paquet de règles est mal formé (à l’endroit « { $place } »).
    } Il n’a pas été installé ; les règles en service restent les mêmes.
error-rule-pack-downgrade = Ce paquet de règles (version { $found }) est plus ancien que celui en service (version { $in_use }). Il n’a pas été installé. Pour revenir aux règles précédentes : « Revenir aux règles précédentes » dans l’application (page « À propos »), ou « rules rollback » en ligne de commande.
error-rule-pack-already-in-use = Ce paquet de règles (version { $version }) est déjà celui en service. Rien n’a été modifié.
error-rule-pack-nothing-to-roll-back = Aucune mise à jour des règles à annuler : ce sont les règles livrées avec Passerelle qui sont en service.

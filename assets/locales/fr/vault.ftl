# Passerelle — sauvegardes, équipe, journal, conservation, consentement, masquage rapide.
# Typographie : espace insécable (U+00A0) avant « : » et dans « », fine insécable (U+202F) avant ; ! ?

## Barre principale
nav-retention = Conservation
nav-backup = Sauvegarde
nav-team = Équipe
nav-audit = Journal
quick-lock-button = Masquer l’écran
    .title = Masque l’écran et verrouille tout de suite (ou appuyez trois fois sur Maj). Pour revenir : double-cliquez sur l’horloge, ou appuyez sur Ctrl+U.
neutral-window-title = Horloge

## Secrets
secret-passphrase = Phrase de passe
secret-passphrase-again = Confirmez la phrase de passe
secret-recovery-key = Clé de secours
secret-kind-label = Avec quel secret
secret-kind-passphrase = Une phrase de passe
secret-kind-recovery = La clé de secours du coffre

## Progression
progress-snapshot = Copie des dossiers en mémoire…
progress-derive-key = Calcul de la clé de chiffrement…
progress-write = Chiffrement et écriture…
progress-verify = Relecture et vérification…
progress-read = Lecture et vérification…
progress-restore = Restauration…

## Sauvegarde
backup-title = Sauvegarde
backup-last = Dernière sauvegarde vérifiée : { $date } ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }).
backup-never = Aucune sauvegarde vérifiée pour l’instant.
backup-due = Votre dernière sauvegarde date de plus de { $days } jours. Pensez à en faire une.
backup-due-never = Aucune sauvegarde n’a encore été faite. Si cet ordinateur est perdu ou tombe en panne, les dossiers seront perdus.
# Dans une petite fenêtre ou en grand texte, le rappel tient sur une ligne : ces mots à la place
# des phrases ci-dessus (que les lecteurs d’écran lisent toujours en entier).
backup-due-short = Sauvegarde en retard.
backup-due-never-short = Aucune sauvegarde.
backup-reminder-dismiss = Fermer ce rappel
backup-reminder-link = Faire une sauvegarde
backup-create-title = Faire une sauvegarde
backup-create-intro = Toute la base est copiée, chiffrée, dans un fichier que vous enregistrez où vous voulez (par exemple une clé USB rangée dans le coffre-fort de l’association). Le fichier est ensuite relu et vérifié. Protégez-le par une phrase de passe de sauvegarde, ou par la clé de secours du coffre.
backup-passphrase = Phrase de passe de la sauvegarde
backup-create = Enregistrer une sauvegarde…
backup-done = Sauvegarde enregistrée et vérifiée ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }).
backup-verify-title = Vérifier une sauvegarde
backup-verify-intro = Relit un fichier de sauvegarde en entier et contrôle qu’il est intact et lisible, sans rien modifier sur cet ordinateur.
backup-verify = Choisir le fichier et vérifier…
backup-verified = Cette sauvegarde est intacte ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }). Sa date est enregistrée comme dernière sauvegarde vérifiée.
backup-verified-other = Cette sauvegarde est intacte ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }), mais elle provient d’un autre coffre.
backup-audit-then = Journal dans la dernière sauvegarde : { $entries ->
        [0] aucune entrée
        [one] une entrée
       *[other] { NUMBER($entries) } entrées
    }, empreinte { $head }…
backup-audit-now = Journal du coffre aujourd’hui : { $entries ->
        [0] aucune entrée
        [one] une entrée
       *[other] { NUMBER($entries) } entrées
    }, empreinte { $head }…
backup-audit-hint = L’empreinte résume tout le journal ; chaque sauvegarde emporte celle du jour où elle est faite. D’une sauvegarde à la suivante, le journal ne fait que s’allonger : un coffre qui compte moins d’entrées que sa dernière sauvegarde a été remplacé par une copie plus ancienne. « Vérifier une sauvegarde » compare aussi les deux empreintes.
backup-verified-store-older = Cette sauvegarde est intacte ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }), mais son journal est plus long que celui du coffre : le coffre de cet ordinateur est plus ancien que cette sauvegarde. Ses fichiers ont peut-être été remplacés par une vieille copie. Parlez-en à la personne qui administre le coffre avant de continuer.
backup-verified-diverged = Cette sauvegarde est intacte ({ $cases ->
        [0] aucun dossier
        [one] un dossier
       *[other] { NUMBER($cases) } dossiers
    }), mais son journal ne correspond pas à celui du coffre : l’un des deux a été réécrit. Parlez-en à la personne qui administre le coffre avant de continuer.
backup-keep-title = Ce qu’il faut garder en lieu sûr
backup-keep-recovery = La clé de secours, écrite sur papier à la création du coffre : elle ouvre le coffre si toutes les phrases de passe sont oubliées, et elle ouvre les sauvegardes faites avec elle.
backup-keep-passphrase = La phrase de passe de sauvegarde : sans elle, une sauvegarde ne peut pas être restaurée. Ne l’écrivez pas sur la clé USB.
backup-restore-how = Pour restaurer une sauvegarde sur un nouvel ordinateur, installez Passerelle et choisissez « Restaurer une sauvegarde » au premier lancement.
backup-reminder-title = Rappel
backup-reminder = Me rappeler de sauvegarder après (jours)
backup-dialog-title = Fichier de sauvegarde
backup-file-name = sauvegarde-{ $date }-{ $time }.enc

## Restauration
setup-restore-intro = Vous avez une sauvegarde ?
setup-restore = Restaurer une sauvegarde
missing-keys-title = Fichier de clés introuvable
missing-keys-message = Fichier de clés introuvable : remettez-le ou restaurez une sauvegarde.
missing-keys-explain = La base du coffre (passerelle.db) est toujours là, mais le fichier passerelle.keys qui l’ouvre a disparu du dossier du coffre. Sans lui, personne ne peut lire les dossiers. Passerelle n’a rien effacé.
missing-keys-put-back = Si vous avez une copie de passerelle.keys (clé USB, ancien ordinateur, corbeille), remettez-la dans le dossier du coffre, puis vérifiez à nouveau.
missing-keys-retry = Vérifier à nouveau
missing-keys-still-missing = Le fichier de clés est toujours introuvable.
missing-keys-other-title = Restaurer une sauvegarde ou créer un nouveau coffre
missing-keys-other = Pour cela, la base actuelle doit d’abord être mise de côté. Elle est renommée, jamais effacée : si le fichier de clés revient, ses dossiers pourront encore être ouverts. Le nouveau coffre ne les contiendra pas.
missing-keys-consent = J’ai compris : la base actuelle est mise de côté, pas effacée, et le nouveau coffre ne contiendra pas ses dossiers.
missing-keys-set-aside = Mettre la base de côté
setup-set-aside = L’ancienne base a été mise de côté sous le nom « { $file } » dans le dossier du coffre. Ne la supprimez pas tant que le fichier de clés peut revenir.
setup-unfinished = Une création ou une restauration du coffre a été interrompue avant sa fin (application fermée, ordinateur éteint) : le coffre n’a pas été créé. Créez-le ci-dessous, ou restaurez de nouveau la sauvegarde. Ce qui avait été écrit sera mis de côté, sans être effacé ; si c’était une restauration, le fichier de sauvegarde n’a pas été modifié.
backup-restored-rules = Règles en service : version { $version } ({ $origin })
restore-title = Restaurer une sauvegarde
restore-intro = Les dossiers de la sauvegarde sont vérifiés puis copiés dans un nouveau coffre sur cet ordinateur, avec une nouvelle phrase de passe et une nouvelle clé de secours. Les membres de l’équipe devront être ajoutés à nouveau.
restore-secret-title = La sauvegarde
restore-new-title = Le nouveau coffre
restore-new-intro = Choisissez la phrase de passe qui ouvrira le coffre restauré.
restore-new-passphrase = Nouvelle phrase de passe
restore-submit = Choisir le fichier et restaurer…
restore-back = Retour

## Équipe
team-title = Équipe
team-intro = Chaque membre de l’équipe ouvre le coffre avec sa propre phrase de passe. Retirer un membre change la clé des données : sa phrase de passe, ou une vieille copie du fichier de clés, n’ouvre plus rien.
team-col-name = Membre
team-col-role = Rôle
team-col-since = Depuis
team-creator = Créateur ou créatrice du coffre
team-recovery-key = Clé de secours
team-you = (vous)
team-role-admin = Administrateur ou administratrice
team-role-worker = Intervenant ou intervenante
team-remove = Retirer
team-remove-confirm = Retirer l’accès de { $name } ? Sa phrase de passe n’ouvrira plus le coffre, et la clé des données sera changée. Les autres membres gardent leur accès.
team-remove-check = Je confirme le retrait de ce membre.
team-removed = Le membre a été retiré et la clé des données a été changée.
team-add-title = Ajouter un membre
team-label = Nom ou initiales
team-label-hint = Le nom d’un membre de l’équipe, jamais celui d’une personne accompagnée.
team-role = Rôle
team-passphrase-intro = Le nouveau membre tape lui-même sa phrase de passe, ici, deux fois. Personne d’autre n’a besoin de la connaître.
team-passphrase = Phrase de passe du nouveau membre
team-add = Ajouter
team-added = Le membre a été ajouté.
team-rotate-title = Changer la clé des données
team-rotate-intro = À faire si vous craignez qu’une copie du fichier de clés ait circulé, ou qu’un ordinateur soit resté ouvert. Chaque membre garde son accès.
team-rotate = Changer la clé
team-rotate-confirm = Toute la base va être chiffrée à nouveau avec une nouvelle clé. Cela prend quelques secondes.
team-rotate-check = Je confirme le changement de clé.
team-rotated = La clé des données a été changée.
team-admin-only = Seuls les membres qui administrent le coffre peuvent ajouter ou retirer des membres.
team-col-added-by = Ajouté par
team-col-actions = Actions
team-slot-damaged = endommagé
team-slot-unknown = inconnu du journal
team-strangers = { $count ->
        [one] Un accès du fichier de clés est endommagé ou n’a été ajouté par personne selon le journal. Le prochain changement de clé le supprimera : changez la clé maintenant si vous ne le reconnaissez pas.
       *[other] { NUMBER($count) } accès du fichier de clés sont endommagés ou n’ont été ajoutés par personne selon le journal. Le prochain changement de clé les supprimera : changez la clé maintenant si vous ne les reconnaissez pas.
    }
team-removed-admin = Ce membre, qui administrait le coffre, a été retiré et la clé des données a été changée. La feuille de la clé de secours a pu être vue : générez une nouvelle clé de secours ci-dessous.
team-new-recovery-title = Générer une nouvelle clé de secours
team-new-recovery-intro = À faire quand une personne qui administrait le coffre quitte l’équipe, ou si la feuille a pu être vue : l’ancienne clé de secours n’ouvrira plus le coffre. Les sauvegardes faites avec elle s’ouvriront toujours avec elle.
team-new-recovery = Générer une nouvelle clé de secours
team-new-recovery-confirm = Une nouvelle clé de secours va remplacer l’ancienne, et la clé des données sera changée. Ayez de quoi l’écrire : elle ne s’affichera qu’une fois.
team-new-recovery-check = Je confirme le remplacement de la clé de secours.
team-recovery-new-intro = Voici la nouvelle clé de secours. L’ancienne n’ouvre plus le coffre : détruisez l’ancienne feuille.
team-recovery-replaced = La clé de secours a été remplacée et la clé des données a été changée.
team-old-backups-title = Sauvegardes ouvertes par l’ancienne clé de secours
team-old-backups-intro = Ces sauvegardes ont été scellées avec une clé de secours remplacée depuis : quiconque a vu l’ancienne feuille peut encore les ouvrir. Faites une nouvelle sauvegarde, puis détruisez celles-ci.

## Journal
audit-title = Journal
audit-intro = Qui a fait quoi, et quand. Le journal ne contient jamais le contenu des dossiers, seulement leur numéro : le nom (ou les initiales, si les noms sont masqués) affiché ici vient du dossier lui-même. Il ne peut pas être modifié, et chaque entrée est liée à la précédente : une modification se verrait.
audit-export = Exporter le journal…
audit-exported = Journal exporté. Ce fichier n’est pas chiffré ; il ne contient aucun nom de personne accompagnée.
audit-chain-intact = Journal intact : { $entries ->
        [0] aucune entrée
        [one] une entrée
       *[other] { NUMBER($entries) } entrées, chacune liée à la précédente
    }. Empreinte du journal : { $head }… Chaque sauvegarde emporte celle du jour où elle est faite : « Vérifier une sauvegarde » s’en sert pour voir si le journal a été remplacé par une copie plus ancienne.
audit-chain-broken = Le journal a été modifié en dehors de Passerelle : la chaîne est rompue à l’entrée { $seq }.
audit-more = Entrées plus anciennes
audit-col-seq = N°
audit-col-when = Date
audit-col-who = Qui
audit-col-what = Action
audit-col-case = Dossier
audit-col-detail = Détails
audit-actor-unknown = inconnu
audit-dialog-title = Export du journal
audit-file-name = journal-{ $date }.json
audit-at = { $day } à { $time }
audit-case-deleted = dossier supprimé
audit-filter = Filtrer le journal
audit-filter-case = Dossier
audit-filter-person = Personne de l’équipe
audit-filter-action = Action
audit-filter-from = Du (jj/mm/aaaa)
audit-filter-to = Au (jj/mm/aaaa)
audit-filter-all = Tous
audit-filter-apply = Filtrer
audit-filter-clear = Tout afficher
audit-none = Aucune entrée ne correspond à ce filtre.
audit-detail-key-file-restored = { $was ->
        [missing] Le fichier de clés manquait
        [tampered] Le fichier de clés avait été modifié hors de Passerelle
       *[damaged] Le fichier de clés était endommagé
    } : sa dernière copie valide a été remise à sa place.
audit-detail-unlock-failed = { $count ->
        [one] 1 tentative
       *[other] { NUMBER($count) } tentatives
    }, la dernière le { $last }
audit-detail-case-file = fichier du dossier (JSON)
audit-detail-cases = { $cases ->
        [0] aucun dossier
        [one] 1 dossier
       *[other] { NUMBER($cases) } dossiers
    }
audit-detail-backup = { $cases ->
        [0] aucun dossier
        [one] 1 dossier
       *[other] { NUMBER($cases) } dossiers
    }, sauvegarde du { $day }
audit-detail-passphrase-reset = nouvelle phrase de passe donnée avec la clé de secours à : { $label }
audit-detail-recorded-at-unlock = inscrit au déverrouillage suivant : l’application s’était arrêtée pendant le changement
audit-detail-member = { $label } ({ $role })
audit-detail-settings = conservation : { $months } mois ; rappel de sauvegarde : { $days } jours
audit-detail-idle-lock = verrouillage automatique après { $minutes } min d’inactivité
audit-detail-hide-names = { $hidden ->
    [yes] noms masqués (initiales seulement)
   *[no] noms affichés
}
audit-detail-screen-capture = { $allowed ->
    [yes] captures d’écran de la fenêtre autorisées
   *[no] fenêtre protégée des captures d’écran
}
audit-detail-protections-restored = protections rétablies au déverrouillage : le fichier des préférences, qui ne reprenait pas les choix enregistrés, { $what ->
    [both] autorisait les captures d’écran et affichait les noms
    [capture] autorisait les captures d’écran
   *[names] affichait les noms
}
audit-detail-protections-chosen-while-locked = protections choisies pendant que le coffre était verrouillé, enregistrées au déverrouillage : { $what ->
    [both] fenêtre protégée des captures d’écran et noms masqués
    [capture] fenêtre protégée des captures d’écran
   *[names] noms masqués (initiales seulement)
}
audit-detail-association = { $state ->
    [saved] profil de l’association enregistré
   *[removed] profil de l’association effacé
}
audit-detail-report = du { $from } au { $to }, { $format }
audit-detail-rules = version { $from } → { $to } ; { $cases ->
    [0] aucun dossier concerné
    [one] 1 dossier concerné
   *[other] { NUMBER($cases) } dossiers concernés
}
audit-detail-rules-refused = { $reason }
audit-detail-rules-refused-unworded = Le fichier n’a pas pu être lu, ou son motif de refus n’a pas été enregistré.
audit-rotation-slot-removed = après le retrait d’un membre
audit-rotation-requested = à la demande
audit-rotation-recovery-key-replaced = avec une nouvelle clé de secours
audit-part-question = question « { $question } »
audit-part-notes = notes
audit-part-appointments = rendez-vous
audit-part-closed-on = clôture du dossier
audit-part-consent = consentement
audit-part-interview-person-language = langue de l’entretien
audit-document-letter = courrier au préfet (PDF)
audit-document-support-letter = lettre de soutien (PDF)
audit-document-checklist = liste des pièces (PDF)
audit-document-consent = recueil du consentement (PDF)
audit-detail-printed = { $document }, imprimé (aucun fichier écrit)
audit-detail-with-rules = { $what } — règles { $version }
audit-action-store-created = Coffre créé
audit-action-unlock = Déverrouillage
audit-action-key-file-restored = Fichier de clés rétabli
audit-action-unlock-failed = Échecs de déverrouillage
audit-action-passphrase-changed = Phrase de passe changée
audit-action-case-created = Dossier créé
audit-action-case-viewed = Dossier consulté
audit-action-case-edited = Dossier modifié
audit-action-case-exported = Dossier exporté (non chiffré)
audit-action-case-handed-over = Dossier transmis (chiffré)
audit-action-case-received = Dossier reçu
audit-action-case-deleted = Dossier supprimé
audit-action-backup-made = Sauvegarde faite
audit-action-backup-verified = Sauvegarde vérifiée
audit-action-restored = Coffre restauré
audit-action-slot-added = Membre ajouté
audit-action-recovery-key-replaced = Nouvelle clé de secours
audit-action-slot-removed = Membre retiré
audit-action-key-rotated = Clé des données changée
audit-action-audit-exported = Journal exporté
audit-action-settings-changed = Réglages modifiés
audit-action-report-written = Rapport d’activité établi
audit-action-rules-imported = Règles de droit mises à jour
audit-action-rules-rolled-back = Retour aux règles précédentes
audit-action-rules-refused = Paquet de règles refusé

## Dossier
case-back = ← Tous les dossiers
case-dates = Créé le { $created }, modifié le { $updated }.
case-saved = Enregistré.
case-saved-consent-unsaved = Enregistré. Les choix de consentement modifiés ne le sont pas encore : cliquez sur « Enregistrer » sous le tableau.
case-status-title = Suivi
case-open = Suivi en cours.
case-closed = Dossier clos le { $date }.
case-closed-on = Clore à la date du
case-close = Clore le dossier
case-reopen = Rouvrir
case-closed-hint = Un dossier clos depuis plus longtemps que la durée de conservation est proposé à la suppression.
consent-title = Consentement
consent-intro = Ce que la personne accepte, pour chaque usage, après avoir reçu la notice dans sa langue.
consent-storage = Garder son dossier
consent-prefecture = Transmettre à la préfecture
consent-lawyer = Transmettre à une avocate ou un avocat, ou à une autre association
consent-not-asked = Pas encore demandé
consent-status-given = Accepté
consent-status-refused = Refusé
consent-status-withdrawn = Retiré
consent-language = Langue de la notice
consent-date = date de la réponse
consent-notice-version = Notice de consentement, version { $version }.
consent-storage-withdrawn = La personne refuse ou a retiré son accord pour garder son dossier : il doit être supprimé.
consent-step-storage-refused = La personne refuse que l’association garde son dossier : n’enregistrez rien de plus. Dites-lui ce que l’association peut faire pour elle sans dossier, puis supprimez celui-ci (onglet « Dossier » de la page du dossier).
case-storage-refused-go = Supprimer le dossier (onglet « Dossier »)
case-file-date-hint = Dates au format jj/mm/aaaa ; une date laissée vide est celle du jour.
consent-export = Enregistrer la notice et les choix en PDF
consent-print = Imprimer la notice et les choix
consent-language-choose = — choisir —
consent-language-hint = La notice imprimée est en français et, à côté, dans cette langue (en français seul si c’est le français). Celle proposée d’office est la langue choisie pour l’entretien côte à côte.
consent-language-none = La notice n’existe dans aucune des langues de la personne : choisissez une langue qu’elle lit.
consent-language-unknown = Ses langues ne sont pas encore notées : choisissez une langue qu’elle lit. La notice est imprimée en français et dans cette langue (en français seul si c’est le français).
consent-step-intro = Avant toute question : lisez-lui la notice, en français et dans sa langue, puis notez son choix pour chaque usage. Un refus ne change rien à l’aide apportée.
consent-step-choices = Ses choix
consent-step-save = Enregistrer ses choix
consent-step-saved = Ses choix sont enregistrés.
consent-step-keys = Chaque choix est enregistré aussitôt. Alt+→ : étape suivante.
consent-export-hint = Le document reprend les choix enregistrés, en français et dans la langue de la notice, avec la place pour deux signatures ; il ne porte aucun nom. Imprimé avant de poser les questions, ses cases restent à cocher à la main.
handover-title = Transmettre le dossier
handover-intro = Pour une autre association, ou une avocate ou un avocat, qui utilise Passerelle. Le dossier est chiffré dans un fichier ; convenez de la phrase de passe de vive voix ou par téléphone, jamais dans le même envoi que le fichier.
handover-refused = La personne a refusé, ou retiré, son accord pour que son dossier soit transmis à une avocate ou un avocat, ou à une autre association : il ne peut pas être transmis. Si elle le donne, enregistrez-le ci-dessus, sous « Consentement ».
handover-passphrase = Phrase de passe convenue
handover-export = Enregistrer le dossier chiffré…
handover-exported = Dossier chiffré enregistré et vérifié.
handover-dialog-title = Dossier transmis
handover-file-name = dossier-{ $date }.enc
case-delete-title = Supprimer le dossier
case-delete-intro = La suppression est définitive : le dossier est effacé de la base et de ses fichiers de travail. Les sauvegardes déjà faites le contiennent encore.
case-delete = Supprimer…
case-delete-confirm = Supprimer définitivement le dossier de { $name } ?
case-delete-check = Je comprends que cette suppression ne peut pas être annulée.
case-delete-final = Supprimer définitivement

## Réception d’un dossier transmis
handover-import-open = Recevoir un dossier…
handover-import-title = Recevoir un dossier transmis
handover-import-intro = Choisissez le fichier reçu et tapez la phrase de passe convenue avec l’expéditeur.
handover-import = Choisir le fichier et recevoir…

## Conservation
retention-title = Conservation
retention-intro = Les dossiers clos depuis trop longtemps, et ceux dont la personne a retiré son accord, sont proposés à la suppression. Rien n’est supprimé sans votre confirmation.
retention-candidates-title = Dossiers à supprimer
retention-none = Aucun dossier à supprimer.
retention-col-reason = Raison
retention-reason-closed = Clos le { $date }
retention-reason-consent = Accord retiré ou refusé
retention-deleted = Le dossier a été supprimé.
retention-setting-title = Durée de conservation
retention-months = Proposer la suppression des dossiers clos depuis (mois)
retention-months-hint = 0 : ne rien proposer pour les dossiers clos. Les dossiers dont l’accord a été retiré sont toujours proposés.

## After an unlock with the recovery key (recovery.js)
recovery-new-passphrase-title = Choisir une nouvelle phrase de passe
recovery-new-passphrase-intro = Vous avez ouvert le coffre avec la clé de secours. Si la phrase de passe est oubliée, choisissez-en une nouvelle maintenant : c’est elle qui ouvrira le coffre ensuite. La clé de secours reste valable : remettez-la à l’abri.
recovery-new-passphrase-for = Pour :
recovery-new-passphrase-save = Enregistrer la nouvelle phrase de passe
recovery-new-passphrase-later = Plus tard
recovery-new-passphrase-saved-title = Nouvelle phrase de passe enregistrée
recovery-new-passphrase-saved = La nouvelle phrase de passe ouvrira le coffre dès le prochain déverrouillage. L’ancienne ne l’ouvre plus.
recovery-new-passphrase-saved-key = La clé de secours reste valable : remettez-la à l’abri.
recovery-new-passphrase-continue = Continuer

## Fichier de clés rétabli au déverrouillage
key-file-restored = { $was ->
        [missing] Le fichier de clés du coffre manquait
        [tampered] Le fichier de clés du coffre avait été modifié hors de Passerelle
       *[damaged] Le fichier de clés du coffre était endommagé
    } : Passerelle a remis à sa place sa dernière copie valide, et le coffre s’est ouvert normalement. Si personne n’a copié ni restauré les fichiers de Passerelle sur cet ordinateur, quelqu’un a peut-être tenté d’accéder au coffre : signalez-le à la personne responsable.
key-file-restored-link = Voir le journal
key-file-restored-dismiss = Fermer ce message

# Interface : tableau de bord, dossiers, entretien, relecture, page d’un dossier.
# Textes de l’intervenant·e (français et anglais). Les questions lues par la personne sont dans
# interview.ftl.

## Commun
action-edit = Modifier
action-delete = Supprimer
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-menu = Menu
nav-dashboard = Tableau de bord
hide-names = Initiales seulement
when-day = { $when ->
        [today] aujourd’hui
        [tomorrow] demain
        [yesterday] hier
        [future] dans { $days } jours
       *[past] il y a { $days } jours
    }

## Tableau de bord
dashboard-title = Tableau de bord
dashboard-overdue = En retard
dashboard-upcoming = À venir : les { $days } prochains jours, et les renouvellements à demander dès maintenant
dashboard-appointments = Rendez-vous des { $days } prochains jours
dashboard-none-overdue = Aucune échéance en retard.
dashboard-none-upcoming = Aucune échéance dans les prochains jours.
dashboard-none-appointments = Aucun rendez-vous dans les prochains jours.
dashboard-more = { $count ->
        [one] … et une autre.
       *[other] … et { NUMBER($count) } autres.
    }
dashboard-no-case = Aucun dossier pour l’instant. Un dossier commence par un entretien : identité, situation, plainte, documents.
dashboard-first-case = Ouvrir un premier dossier

## Liste des dossiers
cases-sort = Trier par
cases-sort-name = nom
cases-sort-next-deadline = prochaine échéance
cases-sort-updated = dernière modification
cases-col-next = Prochaine échéance
cases-col-stage = Procédure pénale
cases-no-deadline = aucune
cases-count = { $total ->
        [one] Un dossier
       *[other] Dossiers { NUMBER($from) } à { NUMBER($to) } sur { NUMBER($total) }
    }
cases-previous = Page précédente
cases-next = Page suivante
cases-overdue = en retard
index-progress = Mise à jour de l’index des dossiers : { NUMBER($done) } sur { NUMBER($total) }. Les échéances de la liste et du tableau de bord seront complètes à la fin.
case-new-intro = Le nom suffit pour commencer ; l’entretien s’ouvre ensuite, et chaque réponse est enregistrée aussitôt.
case-new-start = Commencer l’entretien
case-new-start-anyway = C’est une autre personne : commencer l’entretien
case-namesakes =
    { $count ->
        [one] Un dossier porte déjà ce nom. Est-ce la même personne ?
       *[other] { NUMBER($count) } dossiers portent déjà ce nom. Est-ce l’une de ces personnes ?
    }
case-namesakes-hint = Ouvrez son dossier plutôt que d’en créer un second ; si c’est une autre personne, continuez.
case-namesake-dates = Dossier ouvert le { $created }, modifié le { $updated }
case-namesake-closed = Dossier ouvert le { $created }, clos le { $closed }
namesake-born = Date de naissance : { $date }
case-delete-who = Ce dossier :
case-delete-namesakes =
    { $count ->
        [one] Un autre dossier porte le même nom ; vérifiez que c’est bien celui-ci :
       *[other] { NUMBER($count) } autres dossiers portent le même nom ; vérifiez que c’est bien celui-ci :
    }
case-deleted = Le dossier a été supprimé.

## Entretien
iv-title = Entretien
iv-step-consent = Son accord
iv-step-consent-number = 1.
    .title = Son accord
iv-steps = Étapes de l’entretien
# Les réponses données aux questions obligatoires de l’étape, sur leur nombre.
iv-step-count = { $answered ->
        [one] { NUMBER($answered) } réponse
       *[other] { NUMBER($answered) } réponses
    } sur { NUMBER($required) }
iv-side-by-side = Afficher aussi les questions dans la langue de la personne (côte à côte)
iv-person-language = Langue de la personne
iv-side-by-side-on = Questions affichées côte à côte.
iv-side-by-side-off = Questions affichées en une seule langue.
iv-side-by-side-same = La personne lit la langue de l’interface : les questions sont déjà dans sa langue ; rien à afficher à côté.
iv-keys = Chaque réponse est enregistrée aussitôt. Entrée : question suivante. Alt+→ et Alt+← : étape suivante et précédente.
iv-date-format = jj/mm/aaaa
iv-saving = Enregistrement…
iv-saved = Enregistré
iv-unsaved = Pas encore enregistré
iv-unsaved-answer = Une réponse n’a pas pu être enregistrée : corrigez-la ou effacez-la avant de quitter cette étape.
iv-erase-warning = { $count ->
        [one] Cette réponse efface une réponse plus bas, qui ne s’appliquera plus.
       *[other] Cette réponse efface { NUMBER($count) } réponses plus bas, qui ne s’appliqueront plus.
    }
iv-erase-confirm = Répondre et effacer
iv-erase-undo = Rétablir les réponses effacées
iv-erased = { $count ->
        [one] Une réponse a été effacée.
       *[other] { NUMBER($count) } réponses ont été effacées.
    }
iv-previous = ← Étape précédente
iv-next = Étape suivante →
iv-to-review = Relire les réponses →
iv-back-to-review = Retour à la relecture

## Relecture
review-title = Relecture des réponses
review-intro = Vérifiez chaque réponse avec la personne avant d’imprimer un document. « Non établi » est une réponse : rien n’est deviné.
review-unanswered = { $count ->
        [one] Une question sans réponse : elle est signalée ci-dessous.
       *[other] { NUMBER($count) } questions sans réponse : elles sont signalées ci-dessous.
    }
review-first-open = Aller à la première
review-complete = Toutes les questions ont une réponse.
review-edit-step = Modifier cette étape
review-edit = Modifier
review-not-answered = Pas encore de réponse
review-optional-empty = Facultatif, non renseigné
review-to-case = Voir l’évaluation et les documents →

## Page d’un dossier
case-interview = Reprendre l’entretien
case-review = Relire les réponses ({ NUMBER($count) } sans réponse)
case-office = Autorité compétente :
case-other-nationalities = { $count ->
        [one] autre nationalité
       *[other] autres nationalités
    } : { $countries }
case-age = { $age } ans
case-age-about = environ { $age } ans
case-age-range = { $youngest } ou { $oldest } ans (date de naissance approximative)
case-age-either = { $youngest } ou { $oldest } ans (née ou né un 29 février)
case-with-interpreter = avec interprète
case-sections = Sections du dossier
case-section-assessment = Évaluation et documents
case-section-checklist = Pièces justificatives
case-section-followup = Suivi : rendez-vous et notes
case-section-file = Dossier : statut, consentement, transmission
case-assessment = Évaluation
case-assessment-jurist = À faire confirmer par un ou une juriste
case-primary-route = Démarche conseillée
case-confirm-by-jurist = À confirmer par un ou une juriste
case-discretionary = Le préfet peut refuser même si toutes les conditions sont remplies.
case-col-condition = Condition
case-col-status = État
case-col-basis = Fondement
case-missing-fact = À établir :
case-fill-missing = Compléter les réponses manquantes
case-go-to-file = Aller à l’onglet « Dossier »
case-go-to-followup = Aller à l’onglet « Suivi »
case-document-unavailable = Pas encore possible.
case-document-needs = À renseigner dans le dossier : { $field }.
case-document-needs-change = { $field } : { $reason }
case-warnings = Points d’attention
case-see-also = Autres démarches à envisager
case-deadlines = Échéances
case-no-deadline = Aucune échéance connue : les dates (récépissé, titre de séjour, documents) manquent peut-être.
case-estimated = estimée
case-documents = Documents
case-review-first = { $count ->
        [one] Une question sans réponse : relisez les réponses avant d’imprimer.
       *[other] { NUMBER($count) } questions sans réponse : relisez les réponses avant d’imprimer.
    }
case-review-link = Relire les réponses
case-route-with-outcome = { $route } : { $outcome }
case-documents-for = Documents pour la démarche conseillée :
case-routes-not-applicable = Démarches sans objet à ce stade ({ NUMBER($count) })
case-addressee = Le courrier s’adresse à
case-addressee-unverified = À vérifier (le courrier dit « { $addressee } »)
case-addressee-hint = Les données ouvertes ne disent pas qui occupe ce poste : vérifiez sur le site de la préfecture, puis choisissez. Le choix vaut pour tous les courriers adressés à ce service.
case-addressee-saved = Enregistré pour tous les courriers adressés à ce service.
case-addressee-signer = Qui signe les titres délivrés par cette sous-préfecture ?
case-addressee-signer-prefect = Le préfet ou la préfète du département (cas général)
case-addressee-signer-sub-prefect = Le sous-préfet ou la sous-préfète
case-addressee-signer-hint = Service compétent : { $office }. Le titre est délivré par le préfet : le courrier lui est adressé, à l’adresse de ce service. Choisissez le sous-préfet seulement si la sous-préfecture indique qu’il signe lui-même les titres, par délégation du préfet. Le choix vaut pour tous les dossiers de cet arrondissement.
case-addressee-signer-saved = Enregistré pour tous les dossiers de cet arrondissement.
case-export-hint = Le nom de fichier proposé ne contient aucun nom de personne. Un fichier enregistré hors de Passerelle n’est plus chiffré : rangez-le en lieu sûr et supprimez-le après usage.
case-export-saved = Document enregistré : { $file }, dans le dossier « { $folder } ».
case-export-verify-office = Vérifiez l’adresse de la préfecture avant l’envoi : elle vient d’une source à confirmer.
case-export-support-letter = Le courrier mentionne la lettre de soutien de l’association parmi les pièces jointes : imprimez-la aussi et joignez-la.
case-export-dialog-title = Enregistrer le document
case-export-cancelled = Enregistrement annulé.
case-documents-route = Démarche
case-documents-route-hint = Le dossier concerne plusieurs démarches, chacune avec son évaluation : choisissez celle pour laquelle préparer les documents.
case-documents-none = Aucun document ne peut encore être préparé : aucune démarche ne correspond à la situation enregistrée. Complétez l’entretien (situation, plainte ou témoignage, titre de séjour actuel), puis revenez ici.
case-no-letter-reflection-period = Le délai de réflexion n’a pas de courrier au préfet : après l’audition par la police ou la gendarmerie (article R. 425-1 du CESEDA), le préfet délivre un récépissé de 30 jours (article R. 425-2). Préparez la liste des pièces et la lettre de soutien ; pour un courrier au préfet, choisissez la carte de séjour demandée.
case-no-letter-carte-resident-l425-3-renewal = Le renouvellement de la carte de résident n’a pas de courrier au préfet : il se demande en ligne sur l’ANEF (depuis le 4 juillet 2024, selon une source secondaire), et la carte est renouvelable de plein droit (article L. 433-2 du CESEDA, à confirmer par un ou une juriste). Préparez la liste des pièces et, si besoin, la lettre de soutien ; vérifiez avec la personne sa résidence habituelle en France (article L. 432-3).
case-missing-piece = { $piece } : { $status }
case-doc-letter = Courrier au préfet
case-doc-support-letter = Lettre de soutien
case-doc-checklist = Liste des pièces, français et { $language }
case-doc-checklist-french = Liste des pièces, en français
case-checklist-language = Deuxième langue de la liste des pièces
case-checklist-language-hint = La langue que la personne lit : c’est aussi celle de l’entretien côte à côte.
case-checklist-language-none = aucune (français seul)
case-checklist-language-saved = Langue enregistrée : { $language }.
case-print = Imprimer
case-save-pdf = Enregistrer en PDF
case-printed = Document envoyé à l’imprimante. Passerelle n’a écrit aucun fichier.
case-print-hint = « Imprimer » envoie le document à l’imprimante sans que Passerelle écrive de fichier (sous Linux, le service d’impression en garde une copie un jour, sauf réglage contraire). « Enregistrer en PDF » écrit un fichier qui n’est plus chiffré (pour un envoi par courriel) : rangez-le en lieu sûr, de préférence sur une clé USB, et supprimez-le après usage. Un fichier laissé dans « Documents » est retrouvé par la recherche de l’ordinateur en tapant le nom de la personne. Le nom de fichier proposé ne contient aucun nom de personne.
case-missing-title = Pièces obligatoires manquantes
case-missing-intro = { $count ->
        [one] Une pièce obligatoire n’est pas en main : le courrier ne la joindra pas.
       *[other] { NUMBER($count) } pièces obligatoires ne sont pas en main : le courrier ne les joindra pas.
    }
case-missing-go-on = Continuer quand même
case-missing-checklist = Voir la liste des pièces
case-renewal-not-yet-title = Trop tôt pour déposer le renouvellement
case-renewal-not-yet = La période de renouvellement de son titre ne commence que le { $date } (article R. 431-5 du CESEDA). Déposée avant ce jour, la demande risque de ne pas être enregistrée ; le courrier ne dit donc pas qu’elle est déposée dans les délais.
case-checklist-reference = Fraîcheur des documents jugée au { $date }.
case-checklist-jurist = Cette liste suit la pratique des préfectures : à confirmer par un ou une juriste.
case-checklist-unsaved = Une réponse n’a pas pu être enregistrée : corrigez-la ou effacez-la avant de quitter la liste des pièces.
case-optional = facultatif
case-via = Remplacé par :
case-alternatives = Accepté à la place :
checklist-fresh-until = assez récent jusqu’au { $date }
checklist-held-instead-until = À la place, la personne a : { $document }, assez récent jusqu’au { $date } seulement.
checklist-held-instead-undated = À la place, la personne a : { $document }, dont la date n’est pas notée.
checklist-valid-until = valable jusqu’au { $date }
checklist-valid-ended = validité terminée le { $date }
checklist-status-permit-ended = Plus valable
checklist-status-date-unknown = Date de délivrance à noter
checklist-status-stale-at-filing = À refaire juste avant le dépôt (trop ancien ce jour-là)
case-appointments = Rendez-vous
case-no-appointment = Aucun rendez-vous.
case-appt-kind = Type
case-appt-date = Date
case-appt-time = Heure
case-appt-time-hint = par exemple 9 h 30, facultatif
case-appt-place = Lieu
case-appt-note = À prévoir (interprète, documents…)
case-appt-new = Nouveau rendez-vous
case-appt-editing = Modifier le rendez-vous : { $kind }, { $date }
case-appt-save-changes = Enregistrer les modifications
case-appt-save = Enregistrer le rendez-vous
case-appt-delete-confirm = Supprimer ce rendez-vous ?
case-applications = Demandes à la préfecture
case-applications-intro = Les demandes déposées pour la personne et les décisions reçues : elles servent au rapport d’activité de l’association (nombres et délais, sans aucun nom). Le numéro ANEF de chacune évite qu’un courrier cite celui d’une autre demande.
case-no-application = Aucune demande enregistrée.
case-application-new = Nouvelle demande
case-application-editing = Modifier la demande : { $route }
case-application-route = Demande de
case-application-route-choose = — choisir la démarche —
case-application-route-required = Choisissez la démarche demandée (« Demande de »), puis enregistrez.
case-application-filed = Déposée le
case-application-outcome = Décision
case-application-decided = Date de la décision
case-application-outcome-pending = en attente
case-application-outcome-granted = accordée
case-application-outcome-refused = refusée
case-application-save = Enregistrer la demande
case-application-save-changes = Enregistrer les modifications
case-application-delete-confirm = Supprimer cette demande ?
case-application-date-hint = jj/mm/aaaa, vide si inconnue
case-application-filed-on = Déposée le { $date }
case-application-filed-unknown = Date de dépôt inconnue
case-application-pending = décision en attente
case-application-granted = accordée
case-application-granted-on = accordée le { $date }
case-application-refused = refusée
case-application-refused-on = refusée le { $date }
case-application-appeal = Recours contre le refus
case-application-appeal-none = aucun
case-application-appeal-prefect = recours gracieux (auprès du préfet)
case-application-appeal-minister = recours hiérarchique (auprès du ministre de l’Intérieur)
case-application-appeal-court = recours contentieux (devant le tribunal administratif)
case-application-appealed = Date du recours
case-application-anef = Numéro ANEF de cette demande
case-application-anef-summary = demande ANEF n° { $number }
case-anef-number-left-out = Le numéro ANEF du dossier n’est pas imprimé dans les courriers : { $why ->
        [own] c’est celui de la demande « { $route } »{ $filed ->
            [none] {""}
           *[other] , déposée le { $filed }
        }
       *[unnumbered] il peut être celui de la demande « { $route } »{ $filed ->
            [none] {""}
           *[other] , déposée le { $filed }
        }, dont le numéro n’est pas enregistré
    }. { $why ->
        [own] Une fois la nouvelle demande déposée, inscrivez son numéro dans le dossier (entretien, étape « Document de séjour actuel », « Numéro de la demande sur l’ANEF ») : il remplace celui-ci, qui reste enregistré avec sa demande.
       *[unnumbered] Si vous connaissez le numéro de cette demande-là, inscrivez-le dans « Demandes à la préfecture » (« Modifier ») ; sinon, les courriers partent sans numéro ANEF.
    }
case-application-appeal-summary = { $kind } déposé le { $date }
case-application-appeal-summary-undated = { $kind }, date de dépôt inconnue
case-notes = Notes
case-note-new = Nouvelle note
case-note-add = Ajouter la note
case-no-note = Aucune note.
case-note-delete-confirm = Supprimer cette note ? Elle ne pourra pas être récupérée.
case-consent-unsaved = Les choix de consentement modifiés ne sont pas enregistrés : cliquez sur « Enregistrer » sous le tableau, ou quittez sans les enregistrer.
iv-note-summary = Note pour le dossier
iv-note-label = Note (pour l’équipe, non lue à la personne)
iv-note-added = Note ajoutée au dossier.
appointment-when = { $date } à { $time }
note-written-on = Écrite le { $date } à { $time }
note-written-by = Écrite le { $date } à { $time } par { $author }
appointment-kind-police-hearing = Audition (police, gendarmerie)
appointment-kind-prefecture = Préfecture
appointment-kind-court = Audience au tribunal
appointment-kind-lawyer = Avocat ou avocate
appointment-kind-other = Autre rendez-vous

## Réglages : l’association
settings-asso-title-section = L’association
settings-asso-intro = Ces informations sont imprimées dans la lettre de soutien et mentionnées dans le courrier au préfet. Elles restent dans le coffre chiffré.
settings-asso-name = Nom de l’association (sans « Association » devant)
settings-asso-lines = Adresse (bâtiment, numéro et rue ; une information par ligne)
settings-asso-lines-hint = Le code postal et la ville se saisissent à part.
settings-asso-postcode = Code postal
settings-asso-city = Ville
settings-asso-phone = Téléphone
settings-asso-email = Courriel
settings-asso-worker = Nom de la personne qui signe (intervenant ou intervenante)
settings-asso-role = Fonction
settings-asso-role-hint = Par exemple : travailleuse sociale, juriste.
settings-asso-title = Civilité de la personne qui signe
settings-asso-title-madame = Madame
settings-asso-title-monsieur = Monsieur
settings-asso-saved = Association enregistrée.

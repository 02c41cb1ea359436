# Noms des champs et raisons d’une saisie refusée, pour error-invalid-field et error-required.
# Ids : field-case-<chemin> (dossier), field-association-<chemin> (profil de l’association),
# field-<code> (formulaires et ligne de commande), invalid-<raison> (core::error::Invalid).
# $index : la position dans une liste (la deuxième pièce : 2).
# Les libellés se lisent au milieu d’une phrase : minuscule initiale.

## Dossier (fichier passerelle.case/1)
field-case = le dossier
field-case-format = format du fichier
field-case-person = identité de la personne
field-case-person-familyName = nom de famille
field-case-person-givenNames = prénoms
field-case-person-birthDate = date de naissance
field-case-person-birthDatePrecision = précision de la date de naissance
field-case-person-birthPlace = lieu de naissance
field-case-person-nationality = nationalité
field-case-person-otherNationalities = autres nationalités
field-case-person-otherNationalities-item = autre nationalité n° { $index }
field-case-person-languages = langues parlées
field-case-person-languages-item = langue parlée n° { $index }
field-case-person-sex = sexe
field-case-person-address = adresse de la personne
field-case-person-address-line1 = adresse (rue)
field-case-person-address-postcode = code postal de l’adresse
field-case-person-address-communeInsee = code commune (Insee) de l’adresse
field-case-person-address-city = ville de l’adresse
field-case-person-aliases = autres noms utilisés
field-case-person-aliases-item = autre nom n° { $index }
field-case-person-phone = téléphone
field-case-victimOf = infractions subies
field-case-victimOf-item = infraction subie n° { $index }
field-case-cooperation = plainte et témoignage
field-case-cooperation-complaint = plainte ou témoignage
field-case-cooperation-complaint-date = date de la plainte
field-case-cooperation-complaint-service = service qui a reçu la plainte
field-case-cooperation-complaint-reference = référence de la plainte
field-case-cooperation-testimony = témoignage
field-case-cooperation-testimony-date = date du témoignage
field-case-cooperation-testimony-service = service qui a reçu le témoignage
field-case-cooperation-testimony-reference = référence du témoignage
field-case-tiesWithPerpetratorsBroken = rupture des liens avec les auteurs
field-case-publicOrderThreat = menace pour l’ordre public
field-case-exitProstitutionProgramme = parcours de sortie de la prostitution
field-case-exitProstitutionProgramme-admittedOn = date d’admission au parcours de sortie de la prostitution
field-case-criminalCase = procédure pénale
field-case-criminalCase-stage = stade de la procédure pénale
field-case-criminalCase-finalConvictionDate = date de la condamnation définitive
field-case-criminalCase-regularStayOnFinalConviction = séjour régulier à la date de la condamnation définitive
field-case-reflectionPeriod = délai de réflexion
field-case-reflectionPeriod-recepisseIssued = date de remise du récépissé du délai de réflexion
field-case-currentPermit = document de séjour actuel
field-case-currentPermit-kind = type du document de séjour actuel
field-case-currentPermit-issued = date de délivrance du document de séjour actuel
field-case-currentPermit-expires = date de fin de validité du document de séjour actuel
field-case-currentPermit-renewalCount = nombre de renouvellements
field-case-currentPermit-renewalFiledOn = date de la demande de renouvellement
field-case-documents = pièces du dossier
field-case-documents-item = pièce n° { $index }
field-case-documents-kind = type de la pièce n° { $index }
field-case-documents-status = état de la pièce n° { $index }
field-case-documents-date = date de la pièce n° { $index }
field-case-documents-number = numéro de la pièce n° { $index }
field-case-documents-expires = date d’expiration de la pièce n° { $index }
field-case-plannedFilingDate = date de dépôt prévue
field-case-refusalRisks = risques de refus
field-case-refusalRisks-unexecutedRemovalOrder = mesure d’éloignement non exécutée
field-case-refusalRisks-falseDocuments = usage de faux documents
field-case-refusalRisks-seriousOffences = faits pouvant exposer à une condamnation pour une infraction grave
field-case-childWelfare = prise en charge par l’aide sociale à l’enfance
field-case-childWelfare-placedOn = date du placement
field-case-childWelfare-placement = type de placement
field-case-workOrTrainingProject = projet de travail ou de formation
field-case-domesticViolence = violences conjugales ou familiales
field-case-protectionOrder = ordonnance de protection
field-case-protectionOrder-issuedOn = date de l’ordonnance de protection
field-case-asylumClaim = demande d’asile
field-case-asylumClaim-registeredOn = date d’enregistrement de la demande d’asile
field-case-interview = déroulement de l’entretien
field-case-interview-personLanguage = langue de la personne pendant l’entretien
field-case-interview-sideBySide = affichage côte à côte
field-case-interview-interpreter = interprète
field-case-interview-interpreter-language = langue de l’interprète
field-case-interview-interpreter-name = nom de l’interprète
field-case-interview-answered = réponses données
field-case-interview-answered-item = question répondue n° { $index }
field-case-interview-notEstablished = questions sans réponse établie
field-case-interview-notEstablished-item = question sans réponse établie n° { $index }
field-case-notes = notes
field-case-notes-item = note n° { $index }
field-case-notes-id = identifiant de la note n° { $index }
field-case-notes-at = date de la note n° { $index }
field-case-notes-text = texte de la note n° { $index }
field-case-notes-author = auteur ou autrice de la note n° { $index }
field-case-appointments = rendez-vous
field-case-appointments-item = rendez-vous n° { $index }
field-case-appointments-id = identifiant du rendez-vous n° { $index }
field-case-appointments-kind = type du rendez-vous n° { $index }
field-case-appointments-date = date du rendez-vous n° { $index }
field-case-appointments-time = heure du rendez-vous n° { $index }
field-case-appointments-place = lieu du rendez-vous n° { $index }
field-case-appointments-note = remarque du rendez-vous n° { $index }
field-case-references = références administratives
field-case-references-foreignerNumber = numéro d’étranger (AGDREF)
field-case-references-anefNumber = numéro de demande ANEF
field-case-references-parquet = référence du parquet
field-case-accompaniment = accompagnement par l’association
field-case-accompaniment-since = date de début de l’accompagnement
field-case-accompaniment-statement = attestation d’accompagnement
field-case-closedOn = date de clôture du dossier
field-case-exploitation = forme d’exploitation
field-case-applications = demandes de titre de séjour
field-case-applications-item = demande n° { $index }
field-case-applications-route = objet de la demande n° { $index }
field-case-applications-filedOn = date de dépôt de la demande n° { $index }
field-case-applications-decision = décision sur la demande n° { $index }
field-case-applications-decision-outcome = sens de la décision sur la demande n° { $index }
field-case-applications-decision-date = date de la décision sur la demande n° { $index }
field-case-applications-decision-appeal = recours contre la décision sur la demande n° { $index }
field-case-applications-decision-appeal-kind = type du recours contre la décision sur la demande n° { $index }
field-case-applications-decision-appeal-filedOn = date du recours contre la décision sur la demande n° { $index }
field-case-applications-anefNumber = numéro ANEF de la demande n° { $index }
field-case-consent = accord de la personne
field-case-consent-storage = accord pour la conservation des données
field-case-consent-storage-status = réponse sur la conservation des données
field-case-consent-storage-date = date de l’accord pour la conservation des données
field-case-consent-shareWithPrefecture = accord pour la transmission à la préfecture
field-case-consent-shareWithPrefecture-status = réponse sur la transmission à la préfecture
field-case-consent-shareWithPrefecture-date = date de l’accord pour la transmission à la préfecture
field-case-consent-shareWithLawyer = accord pour la transmission à une avocate ou un avocat
field-case-consent-shareWithLawyer-status = réponse sur la transmission à une avocate ou un avocat
field-case-consent-shareWithLawyer-date = date de l’accord pour la transmission à une avocate ou un avocat
field-case-consent-noticeLanguage = langue de la notice d’information
field-case-consent-noticeVersion = version de la notice d’information

## Profil de l’association (Réglages)
field-association = le profil de l’association (Réglages)
field-association-name = nom de l’association
field-association-address = adresse de l’association
field-association-address-lines = adresse de l’association (rue)
field-association-address-lines-item = ligne { $index } de l’adresse de l’association
field-association-address-postcode = code postal de l’association
field-association-address-city = ville de l’association
field-association-phone = téléphone de l’association
field-association-email = courriel de l’association
field-association-workerName = nom de l’intervenant ou de l’intervenante
field-association-workerRole = fonction de l’intervenant ou de l’intervenante
field-association-workerTitle = civilité de l’intervenant ou de l’intervenante

## Formulaires
field-case-name = nom de famille ou prénom
field-passphrase = phrase de passe
field-member-label = nom du membre de l’équipe
field-note-text = texte de la note
field-appointment-date = date du rendez-vous
field-appointment-time = heure du rendez-vous
field-appointment-place = lieu du rendez-vous
field-appointment-note = note du rendez-vous
field-idle-lock-minutes = délai de verrouillage automatique
field-text-size = taille du texte
field-retention-months = durée de conservation des dossiers clos
field-backup-reminder-days = délai de rappel de sauvegarde
field-notice-language = langue de la notice d’information
field-departement = département
field-arrondissement = arrondissement
field-document-kind = document demandé
field-interview-step = étape de l’entretien
field-interview-question = question de l’entretien
field-interview-language = langue de la personne pendant l’entretien
field-route = démarche
field-nationality = nationalité
field-addressee = destinataire
field-printer = imprimante
field-audit-day = date du filtre
field-question = la question « { $question } »
field-rules = règles juridiques intégrées à cette version

## Ligne de commande (passerelle-cli)
field-cli-store = --store (le dossier du coffre)
field-cli-out = --out (le fichier à écrire)
field-cli-stdout = la sortie standard de la commande
field-cli-lang = --lang (la langue)
field-cli-route = --route (la démarche)
field-cli-addressee = --addressee (madame ou monsieur)
field-cli-case = le fichier du dossier (DOSSIER.json)
field-cli-id = le numéro du dossier (NUMÉRO)
field-cli-file = le fichier (FICHIER)
field-cli-query = le code postal ou le nom de la commune (LIEU)
field-cli-association = --association (le profil de l’association, un fichier JSON)
field-cli-handover-action = l’action de transmission (export ou import)
field-cli-store-passphrase = la phrase de passe du coffre
field-cli-backup-passphrase = la phrase de passe de la sauvegarde
field-cli-recovery-key = la clé de secours
field-cli-new-passphrase = la phrase de passe du nouveau coffre
field-cli-changed-passphrase = la nouvelle phrase de passe
field-cli-bundle-passphrase = la phrase de passe du dossier transmis
field-cli-rules-action = l’action sur les règles (review-sheet ; avec --store : show, import, rollback)
field-cli-from = --from (le premier jour de la période, AAAA-MM-JJ)
field-cli-to = --to (le dernier jour de la période, AAAA-MM-JJ)
field-report-period = période du rapport d’activité
field-audit-from = Du
field-audit-to = Au
field-application-filed-on = date de dépôt de la demande
field-application-decision = décision de la préfecture
field-application-decided-on = date de la décision
field-application-appeal = recours contre le refus
field-application-appealed-on = date du recours
field-application-anef-number = numéro ANEF de la demande
field-report-format = format du rapport d’activité

## Raisons
invalid-wrong-type = la valeur n’est pas { $expected ->
        [text] un texte
        [boolean] oui ou non (true ou false)
        [number] un nombre entier
        [natural] un nombre entier positif ou nul
        [date] une date (AAAA-MM-JJ)
        [date-time] une date et une heure
        [list] une liste
       *[object] un groupe de champs
    }.
invalid-unknown-value = cette valeur ne fait pas partie des choix possibles.
invalid-missing = ce champ manque.
invalid-not-a-date = ce n’est pas une date écrite AAAA-MM-JJ (par exemple 1998-04-12).
invalid-not-a-date-time = ce n’est pas une date et une heure écrites ainsi : 2026-03-12T14:30:00Z (la date, T, l’heure en temps universel, Z).
invalid-no-such-day = ce jour n’existe pas dans le calendrier (par exemple un 30 février) : vérifiez le jour et le mois.
invalid-not-utf8 = ce texte n’est pas en UTF-8 : enregistrez le fichier en UTF-8 (sous Windows, choisissez « UTF-8 » dans « Enregistrer sous »), ou tapez-le.
invalid-duplicate-key = ce champ est écrit deux fois dans le fichier : lequel compte serait une supposition. Gardez-en un seul.
invalid-duplicate-id = un autre élément de la même liste a déjà cet identifiant : modifier ou supprimer l’un toucherait l’autre. Donnez-lui un identifiant à lui.
invalid-out-of-range = choisissez un nombre entier de { $min } à { $max }{ $unit ->
        [minutes]  minutes
        [days]  jours
        [months]  mois
        [percent]  %
       *[none] {""}
    }.
invalid-too-long = au plus { $max } caractères.
invalid-too-many = au plus { $max } éléments.
invalid-not-a-country = ce n’est ni le code à deux lettres d’un pays (par exemple NG pour le Nigeria), ni « stateless » (personne apatride).
invalid-line-break = une seule ligne est possible : retirez le retour à la ligne (souvent venu d’un copier-coller).
invalid-territory-without-nationality = ce territoire n’a pas de nationalité propre ; indiquez le pays dont la personne a la nationalité.
invalid-stateless-with-nationality = la personne est notée apatride et d’une nationalité à la fois ; corrigez sa nationalité ou ses autres nationalités.
invalid-not-a-time = écrivez l’heure ainsi : 14:30.
invalid-not-a-language = ce n’est pas un code de langue (par exemple uk ou pt-BR).
invalid-not-a-pdf-name = le nom du fichier doit se terminer par .pdf.
invalid-not-a-typed-day = ce n’est pas une date du calendrier ; écrivez-la jour/mois/année, par exemple 12/04/1998.
invalid-not-a-typed-time = écrivez l’heure sous la forme 14 h 30, 14h30 ou 14:30.
invalid-period-not-started = la période commence après aujourd’hui : un rapport ne compte que ce qui a déjà eu lieu.
invalid-future-day = ce jour n’est pas encore arrivé ; on ne peut pas dater d’un jour à venir une demande, un recours ou une décision.
invalid-not-a-postcode = un code postal à cinq chiffres (par exemple 93200) ; « CEDEX » s’écrit après la ville.
invalid-not-an-email = une adresse de courriel a un seul @, suivi d’un nom de domaine qui contient un point.
invalid-not-a-phone = un numéro de téléphone ne contient que des chiffres, des espaces et les signes + . - ( ).
invalid-not-among = choisissez parmi : { $choices }.
invalid-notice-given-in = l’accord reprend la notice dans la langue où elle a été donnée à la personne (code de langue { $lang }) : { $lang ->
        [fr] omettez l’option (une notice donnée en français s’imprime en français seulement).
       *[other] donnez --lang { $lang }, ou omettez l’option.
    }
invalid-notice-version-unknown = cette notice d’information vient d’une version plus récente de Passerelle, qui a un autre texte : l’accord ne peut pas reprendre les choix de la personne à côté d’un texte qui n’est pas celui qu’elle a reçu. Mettez Passerelle à jour pour l’imprimer.
invalid-not-asked = cette question ne se pose plus pour ce dossier ; rechargez l’écran.
invalid-wrong-answer = cette réponse n’est pas du type attendu par la question ; rechargez l’écran.
invalid-no-letter-for-route = { $which ->
        [carte-resident-l425-3-renewal] le renouvellement de la carte de résident n’a pas de courrier au préfet : il se demande en ligne sur l’ANEF ; préparez la liste des pièces.
       *[reflection-period] le délai de réflexion n’a pas de courrier au préfet ; choisissez la carte de séjour demandée.
    }
invalid-route-does-not-fit = { $route } : cette démarche ne correspond pas à la situation du dossier. { $reason }
invalid-not-concerned = les ressortissants français, de l’Union européenne, de l’Espace économique européen et de la Suisse n’ont pas besoin de ce titre de séjour.
invalid-recovery-key-never-in-a-file = la clé de secours s’affiche et ne s’écrit jamais dans un fichier de cet ordinateur : retirez --out et recopiez-la à la main.
invalid-stdout-is-a-file = la clé de secours s’affiche et ne s’écrit jamais dans un fichier de cet ordinateur : lancez la commande sans rediriger sa sortie vers un fichier ni vers /dev/null (vers un autre programme, c’est possible), et recopiez la clé à la main. Rien n’a été créé.
invalid-folder-not-empty = ce dossier contient déjà d’autres fichiers : un coffre se crée dans un dossier nouveau ou vide, qui lui est réservé (ses droits d’accès sont restreints à votre compte). Rien n’a été créé ni modifié.
invalid-store-is-a-file = c’est un fichier, pas un dossier. Un coffre est un dossier, nouveau ou vide pour le créer. Rien n’a été créé ni modifié.
invalid-foreign-pipe = ce nom mène à un tube ou à un périphérique qui appartient à un autre compte de cet ordinateur : ce qui y serait écrit, en clair, serait lu par lui. Écrivez dans un fichier, ou sans --out vers la sortie standard. Rien n’a été écrit.
invalid-same-as-input = c’est le fichier que la commande lit : il serait remplacé. Choisissez un autre nom.
invalid-column-needs-pdf = cette langue est la deuxième colonne de la liste des pièces en PDF : ajoutez --out F.pdf. En JSON, les libellés sont en français (fr) ou en anglais (en).
invalid-rule-defect = ces règles sont incohérentes ; cette version de Passerelle est défectueuse, merci de signaler ce problème.
invalid-end-before-start = la date de fin précède la date de début.
invalid-start-after-recorded-end = la date de fin de validité enregistrée pour ce document précède cette date. Si c’est un autre document, saisissez d’abord sa date de fin de validité, puis cette date.
invalid-decision-before-filing = la décision ne peut pas précéder le dépôt de la demande.
invalid-appeal-needs-refusal = un recours se forme contre un refus : choisissez « refusée » comme décision, ou retirez le recours.
invalid-appeal-before-decision = le recours ne peut pas précéder la décision qu’il conteste.
invalid-stage-contradicts-conviction = l’étape enregistrée (appel, relaxe ou acquittement, classement…) contredit la date de condamnation définitive saisie : corrigez l’une ou l’autre.
invalid-proceedings-ended = le dossier n’enregistre aucune procédure pénale en cours (aucune procédure, ou une procédure terminée sans condamnation : relaxe, acquittement, non-lieu ou classement) : l’article L. 425-1 ne renouvelle la carte que pendant la procédure. Faites vérifier la situation par un ou une juriste.
invalid-conviction-final = le dossier enregistre une condamnation définitive : la procédure pénale est terminée, et l’article L. 425-1 ne renouvelle la carte que pendant la procédure. C’est la carte de résident (article L. 425-3 du CESEDA) qu’il faut demander.
invalid-conviction-not-yet-final = cette date est postérieure à celle du courrier : la condamnation n’est pas encore définitive.
invalid-under-sixteen-on-letter-day = la personne a moins de seize ans à la date du courrier : la carte ne peut pas lui être délivrée avant ses seize ans (article R. 425-5 du CESEDA). Écrivez le courrier à partir de son seizième anniversaire.
invalid-agreement-nationality = pour cette nationalité, un accord bilatéral régit le séjour (accord franco-algérien du 27 décembre 1968) : l’article de cette démarche ne s’applique pas de plein droit. Un ou une juriste choisit la démarche et rédige le courrier.
invalid-renewal-already-filed = le renouvellement est déjà enregistré comme déposé et attend sa décision : il n’y a pas de nouvelle demande à écrire.
invalid-renewal-refused = le renouvellement de ce titre de séjour est enregistré comme refusé : ce courrier le redemanderait comme si rien ne s’était passé. Un recours ou une nouvelle demande se décide avec un ou une juriste. Si ce refus concerne un titre précédent, enregistrez la date de dépôt de la demande refusée, ou la date du refus, dans « Demandes à la préfecture ».
invalid-renewal-rejected-by-silence = le renouvellement enregistré comme déposé est sans décision depuis plus de quatre mois : le silence de la préfecture vaut rejet implicite (article R. 432-2 du CESEDA), et ce courrier le redemanderait comme s’il attendait encore. Un recours ou une nouvelle demande se décide avec un ou une juriste.
invalid-rejected-by-silence = la demande enregistrée comme déposée est sans décision depuis plus de quatre mois : le silence de la préfecture vaut rejet implicite (article R. 432-2 du CESEDA). Enregistrez ce rejet dans « Demandes à la préfecture » (décision « refusée », datée du jour où les quatre mois ont pris fin) : un recours ou une nouvelle demande se décide ensuite avec un ou une juriste.
invalid-recepisse-without-application = un récépissé de demande de titre de séjour est enregistré comme document de séjour actuel, et aucune demande qu’il puisse couvrir n’est enregistrée : une demande a donc déjà été déposée. Enregistrez-la dans « Demandes à la préfecture » (démarche, date de dépôt) ; s’il s’agit de la première carte, il n’y a pas de nouvelle demande à écrire. Si le récépissé couvre une demande sur un autre fondement, indiquez « autre » comme document de séjour actuel.
invalid-resident-card-already-applied = une demande de carte de résident est déjà enregistrée, en attente de décision ou accordée : il n’y a pas de nouvelle demande à écrire.
invalid-already-applied = une demande pour ce titre est déjà enregistrée, en attente de décision ou accordée : il n’y a pas de nouvelle demande à écrire. Si le titre a été délivré, enregistrez-le comme document de séjour actuel ; après un refus, enregistrez la décision.
invalid-year-out-of-range = l’année doit être comprise entre { $min } et { $max } (écrivez-la en entier, par exemple 2026).
invalid-after-document-day = cette date est postérieure à celle du document, qui ne peut pas présenter comme passé un fait à venir : corrigez-la dans le dossier.
invalid-before-birth = cette date est antérieure à la naissance de la personne : corrigez-la, ou sa date de naissance, dans le dossier.
invalid-birth-after-recorded-day = cette date de naissance est postérieure à une autre date déjà enregistrée dans son dossier (plainte, témoignage, titre de séjour, pièce…) : vérifiez les deux et corrigez d’abord celle qui est fausse.
invalid-offence-not-recorded = le courrier pour la carte L. 425-1 nomme l’infraction ; cochez « traite des êtres humains » ou « proxénétisme » si le dossier l’établit.
invalid-consent-not-given = la personne a refusé, ou retiré, son accord à la transmission de ses informations à la préfecture ; la lettre de soutien, qui les transmet, n’est donc pas proposée. S’il est donné, enregistrez-le dans son dossier (dans l’application : onglet « Dossier »).
invalid-consent-not-asked = son accord à la transmission de ses informations à la préfecture n’a pas été demandé ; la lettre de soutien, qui les transmet, n’est proposée qu’avec cet accord. Demandez-le-lui et enregistrez sa réponse dans son dossier (dans l’application : onglet « Dossier »).
invalid-handover-not-consented = la personne a refusé, ou retiré, son accord à la transmission de son dossier à une avocate ou un avocat, ou à une autre association : il n’est donc pas transmis. Si elle le donne, enregistrez-le dans son dossier (dans l’application : onglet « Dossier »).
invalid-day-to-check = cette date ne peut pas être juste (l’évaluation du dossier dit pourquoi) : la lettre, que la personne signe, ne l’affirme donc pas, et ne peut pas s’écrire sans elle. Corrigez-la dans le dossier.
invalid-case-closed = l’association a clos ce dossier : une lettre de l’association attesterait un accompagnement qui a pris fin. Si l’accompagnement reprend, rouvrez le dossier.

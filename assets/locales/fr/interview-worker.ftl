# Entretien : questions réservées à l’intervenant·e (appréciations juridiques, références) et
# explications affichées sous les questions. Jamais montrées à la personne : français et
# anglais seulement, comme le reste de l’interface.

## Questions pour l’intervenant·e
iv-q-interpreter = Un interprète participe-t-il à l’entretien ?
iv-q-interpreter-language = Langue de l’interprétariat
iv-q-interpreter-name = Interprète (nom ou service)
iv-q-victim-of = La personne est victime de :
iv-opt-victim-of-trafficking = traite des êtres humains (Code pénal, art. 225-4-1)
iv-opt-victim-of-procuring = proxénétisme (Code pénal, art. 225-5)
iv-opt-victim-of-forced-labour = travail forcé (Code pénal, art. 225-14-1)
iv-opt-victim-of-servitude = réduction en servitude (Code pénal, art. 225-14-2)
iv-opt-victim-of-working-or-housing-conditions = rétribution inexistante ou insuffisante, conditions de travail ou d’hébergement incompatibles avec la dignité humaine (Code pénal, art. 225-13, 225-14)
iv-q-exploitation = Forme principale d’exploitation subie
iv-opt-exploitation-sexual = exploitation sexuelle, proxénétisme
iv-opt-exploitation-forced-labour = travail forcé
iv-opt-exploitation-servitude = servitude (notamment domestique)
iv-opt-exploitation-forced-begging-or-crime = mendicité forcée, contrainte à commettre des délits
iv-opt-exploitation-other = autre forme
iv-q-complaint-reference = Numéro du procès-verbal de plainte
iv-q-testimony-reference = Référence de la procédure
iv-q-criminal-stage = Où en est la procédure pénale ?
iv-opt-criminal-stage-none = aucune procédure
iv-opt-criminal-stage-investigation = enquête ou instruction en cours
iv-opt-criminal-stage-trial = procès en première instance
iv-opt-criminal-stage-appeal = en appel
iv-opt-criminal-stage-final-conviction = condamnation définitive
iv-opt-criminal-stage-acquittal = relaxe ou acquittement
iv-opt-criminal-stage-dismissed = classement sans suite ou non-lieu
iv-q-conviction-date = Date à laquelle la condamnation est devenue définitive
iv-q-regular-stay-at-conviction = Ce jour-là, la personne était-elle en séjour régulier (titre ou récépissé valide) ?
iv-q-public-order-threat = Le comportement de la personne constitue-t-il une menace pour l’ordre public ?
iv-q-serious-offences = À votre connaissance, des faits pourraient-ils l’exposer à une condamnation pour une infraction grave (trafic de stupéfiants, traite ou proxénétisme, violences contre des agents publics), même commis sous la contrainte des auteurs ?
iv-q-planned-filing-date = Date prévue pour le dépôt du dossier

iv-q-parquet = Parquet ou tribunal, et numéro de la procédure (tel qu’il doit être imprimé)
iv-q-foreigner-number = Numéro d’étranger (AGDREF), s’il figure sur un document de séjour
iv-q-anef-number = Numéro de la demande sur l’ANEF
iv-q-asylum-claim = La personne a-t-elle demandé l’asile ?
iv-q-asylum-registered-on = Date d’enregistrement de la demande d’asile (guichet unique)
iv-q-accompaniment-since = Date de début de l’accompagnement par l’association
iv-q-accompaniment-statement = Quelques lignes pour la lettre de soutien (facultatif)

## Explications (sous les questions)
ivh-family-name = Les courriers à la préfecture sont faits à ce nom. Une personne qui n’a qu’un nom : écrivez-le ici.
ivh-aliases = Les autres noms permettent de retrouver le dossier par la recherche ; aucune règle ne les utilise.
ivh-birth-date = L’âge décide des règles pour les mineurs (R. 425-5, L. 423-22). Saisir jour/mois/année, par exemple 12/04/1998. Si elle ne sait pas le jour, saisir le mois et l’année (04/1998) ou l’année seule (1998) : la date est enregistrée comme approximative et l’âge qui en dépend est à confirmer.
ivh-nationality = Les ressortissants français ne sont pas concernés ; ceux de l’Union européenne, de l’EEE et de la Suisse non plus (à confirmer par un ou une juriste). Pour les Algériens, l’accord franco-algérien de 1968 régit en principe le séjour : la démarche est à confirmer par un ou une juriste.
ivh-other-nationalities = Cochez chacune de ses autres nationalités, s’il y en a. Une nationalité française met la personne hors du champ de ces titres, même à côté d’une autre nationalité ; une nationalité d’un pays de l’Union européenne, de l’EEE ou de la Suisse aussi (à confirmer par un ou une juriste). Une nationalité algérienne appelle la réserve de l’accord de 1968, à confirmer par un ou une juriste.
ivh-languages = La première langue traduite sert au mode côte à côte et à la liste des pièces remise à la personne.
ivh-postcode = Le code postal décide si le CESEDA s’applique (certaines collectivités d’outre-mer en sont exclues) et quelle préfecture est compétente.
ivh-victim-of = Qualification au sens du Code pénal. En cas de doute, retenir ce que vise la plainte. Le travail forcé et la servitude sont souvent aussi une traite : si les faits comprennent un recrutement, un transport, un hébergement ou un accueil de la personne en vue de cette exploitation, cochez aussi « traite des êtres humains ». Seules la traite et le proxénétisme ouvrent avec certitude la carte L. 425-1 ; pour les autres infractions, à confirmer par un ou une juriste.
ivh-exploitation = Pour les chiffres annuels de l’association (rapport d’activité, enquête nationale) ; aucune règle ne l’utilise. La forme principale si plusieurs.
ivh-exit-programme = L. 425-4 : autorisation provisoire de séjour pour les personnes admises au parcours (CASF, art. L. 121-9), même sans plainte.
ivh-domestic-violence = Une réponse « oui » oriente aussi vers L. 425-6.
ivh-child-welfare = Confié(e) avant 16 ans : L. 423-22 ; entre 16 et 18 ans : L. 435-3.
ivh-complaint = L. 425-1 : la plainte ou le témoignage ouvre droit à la carte. Le récépissé de dépôt de plainte est joint à la demande (R. 425-5).
ivh-reflection-recepisse = R. 425-2 : 30 jours pour décider de coopérer, pendant lesquels la personne peut travailler et ne peut pas être éloignée.
ivh-criminal-stage = La carte est renouvelée pendant toute la procédure. Après une condamnation définitive : carte de résident (L. 425-3).
ivh-regular-stay-at-conviction = L. 425-3 exige un séjour régulier le jour de la demande de carte de résident ; qu’il soit aussi exigé le jour où la condamnation devient définitive est à confirmer par un ou une juriste.
ivh-ties-broken = L. 425-1 exige la rupture de tout lien avec les auteurs. Si la réponse est « non », ne pas insister : noter les faits et chercher la protection de la personne.
ivh-public-order-threat = Appréciation du ou de la juriste. Les infractions commises sous la contrainte des auteurs ne devraient pas être retenues : les documenter.
ivh-false-documents = L. 432-1-1 : refus possible, jamais automatique. Documenter la contrainte (procès-verbal, plainte).
ivh-removal-order = L. 432-1-1 : refus possible, jamais automatique. Noter la date de l’OQTF dans les notes.
ivh-serious-offences = L. 432-1-1 : autre motif de refus possible, jamais automatique. À votre appréciation, pas une question à lui poser : les victimes sont souvent contraintes de recruter, de transporter ou de vendre. Documenter la contrainte (procès-verbal, plainte).
ivh-permit-renewals = L. 433-1-1 : au plus trois renouvellements consécutifs d’une même carte ; son application aux cartes L. 425-1 est à confirmer par un ou une juriste.
ivh-renewal-filed-on = Le renouvellement se demande entre 120 et 60 jours avant l’expiration (R. 431-5).
ivh-planned-filing-date = La fraîcheur des justificatifs (moins de 6 mois…) est jugée ce jour-là.
ivh-asylum-claim = L. 431-2 : une demande de titre de séjour sur un autre fondement se dépose dans les deux mois qui suivent l’enregistrement de la demande d’asile, sauf circonstances nouvelles (une plainte déposée après cet enregistrement en est une). Les deux démarches peuvent se cumuler.
ivh-asylum-registered-on = La date figure sur l’attestation de demande d’asile. Le délai de deux mois en part ; il est à confirmer par un ou une juriste.
ivh-phone = Imprimé dans le courrier au préfet. La personne peut préférer ne pas le donner.
ivh-parquet = Par exemple « Parquet de Bobigny, n° 26123000456 ». Figure dans les références du courrier.
ivh-anef-number = Celui de la demande à venir ou en cours, sur l’attestation de dépôt ou le compte ANEF ; il figure dans les références du courrier. Chaque demande a le sien (un renouvellement, une nouvelle demande après un refus) : celui d’une demande enregistrée dans « Demandes à la préfecture » s’inscrit aussi dans sa fiche, et le courrier d’une autre demande ne l’imprime pas.
ivh-accompaniment-statement = En français, imprimé tel quel dans la lettre de soutien. Rester sobre : la préfecture ne juge pas les faits.

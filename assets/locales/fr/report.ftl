# Le rapport d’activité de l’association (PDF et CSV) et son écran.
# Aucun chiffre de 1 à 4 dans les textes fixes : les tests vérifient qu’aucun effectif de 1 à 4
# n’apparaît dans le rapport.

## Écran « Rapport d’activité »
nav-report = Rapport d’activité
report-screen-title = Rapport d’activité
report-screen-intro = Les chiffres de l’année pour les financeurs et l’enquête nationale sur les victimes suivies par les associations. Le rapport est calculé dans le coffre et ne contient ni nom, ni date de naissance, ni numéro de dossier, ni texte libre ; tout effectif inférieur à cinq est masqué.
report-from = Du (jj/mm/aaaa)
report-to = Au (jj/mm/aaaa)
report-format = Format
report-format-pdf = PDF (à imprimer ou à envoyer)
report-format-csv = CSV (tableur, séparateur point-virgule)
report-save = Enregistrer le rapport…
report-saved = Rapport enregistré : { $file }, dans le dossier « { $folder } ». Ce fichier n’est pas chiffré ; il ne contient aucune donnée permettant d’identifier une personne.
report-saved-too-small = Rapport enregistré : { $file }, dans le dossier « { $folder } ». Attention : la période compte trop peu de personnes pour être publiée sans risque ; le rapport le dit et ne donne aucune répartition.
report-saved-overlap = Attention : un rapport a déjà été produit pour la période du { $from } au { $to }, qui chevauche celle-ci. Comparés, deux rapports sur des périodes qui se chevauchent peuvent désigner une personne : n’en publiez qu’un (une période par an).
report-cancelled = Aucun fichier enregistré.
report-dialog-title = Enregistrer le rapport d’activité
report-file-name = rapport-activite-{ $from }-{ $to }

## Le rapport
report-title = Rapport d’activité
report-no-association = Association (nom non renseigné)
report-period = Période du { $from } au { $to }
report-period-day = Journée du { $day }
report-made = Établi le { $date } avec Passerelle, à partir des dossiers du coffre.
report-key-title = Chiffres clés
report-key-persons = Personnes accompagnées pendant la période
report-key-new = Dossiers ouverts pendant la période
report-too-small = Période trop petite pour publier sans risque : moins de dix personnes accompagnées. Avec si peu de personnes, chaque chiffre pourrait désigner quelqu’un ; le rapport ne donne donc aucune répartition. Choisissez une période plus longue, ou regroupez vos chiffres avec ceux d’autres associations.
report-withheld = Moins de dix au total : pas de répartition publiée, seul le total est donné.
report-total = Total
report-cell-small = < 5
report-cell-hidden = s
report-legend = « < 5 » : moins de cinq personnes (au moins une). « s » : cinq ou plus, masqué pour qu’un effectif inférieur à cinq ne puisse pas être retrouvé à partir des totaux.

report-table-age-by-sex = { $bySex ->
        [no] Personnes accompagnées par âge
       *[yes] Personnes accompagnées par âge et par sexe
    }
report-table-nationality-by-sex = { $bySex ->
        [no] Personnes accompagnées par nationalité
       *[yes] Personnes accompagnées par nationalité et par sexe
    }
report-table-exploitation-by-sex = { $bySex ->
        [no] Personnes accompagnées par forme d’exploitation
       *[yes] Personnes accompagnées par forme d’exploitation et par sexe
    }
report-table-cooperation-by-sex = Personnes accompagnées par coopération avec la police et la justice
report-table-stage-by-sex = Personnes accompagnées par état de la procédure pénale
report-table-applications = Demandes de titre de séjour déposées pendant la période
report-table-decisions = Décisions obtenues pendant la période

report-heading-age-by-sex = Âge
report-heading-nationality-by-sex = Nationalité
report-heading-exploitation-by-sex = Forme d’exploitation
report-heading-cooperation-by-sex = Coopération
report-heading-stage-by-sex = Procédure pénale
report-heading-applications = Démarche
report-heading-decisions = Démarche

report-column-female = Femmes
report-column-male = Hommes
report-column-other-or-unknown = Autre ou non renseigné
report-column-male-other-or-unknown = Hommes, autre ou non renseigné
report-column-female-other-or-unknown = Femmes, autre ou non renseigné
report-column-persons = Personnes
report-column-filed = Demandes déposées
report-column-granted = Titres obtenus
report-column-refused = Refus

report-unknown = Non renseigné
report-stateless = Apatrides
report-age-minor = Mineurs (moins de 18 ans)
report-age-18-24 = 18 à 24 ans
report-age-25-34 = 25 à 34 ans
report-age-35-44 = 35 à 44 ans
report-age-45-plus = 45 ans et plus
report-region-europe-eu-eea = Union européenne, EEE et Suisse (autres pays)
report-region-europe-other = Autres pays d’Europe, Caucase et Turquie
report-region-africa-north = Afrique du Nord (autres pays)
report-region-africa-west = Afrique de l’Ouest (autres pays)
report-region-africa-other = Afrique centrale, orientale et australe (autres pays)
report-region-middle-east = Moyen-Orient (autres pays)
report-region-asia-south-central = Asie du Sud et centrale (autres pays)
report-region-asia-east = Asie de l’Est et du Sud-Est (autres pays)
report-region-americas = Amériques et Caraïbes (autres pays)
report-region-oceania = Océanie (autres pays)
report-region-other = Autres territoires
report-exploitation-sexual = Exploitation sexuelle, proxénétisme
report-exploitation-forced-labour = Travail forcé
report-exploitation-servitude = Servitude
report-exploitation-forced-begging-or-crime = Mendicité forcée, contrainte à commettre des délits
report-exploitation-other = Autre forme
report-cooperation-complaint = Plainte déposée
report-cooperation-testimony = Témoignage sans plainte
report-cooperation-neither = Ni plainte ni témoignage
report-stage-none = Pas de procédure
report-stage-investigation = Enquête ou instruction
report-stage-trial = Procès en première instance
report-stage-appeal = Appel
report-stage-final-conviction = Condamnation définitive
report-stage-acquittal = Relaxe ou acquittement
report-stage-dismissed = Classement sans suite ou non-lieu
report-route-reflection-period = Récépissé du délai de réflexion (R. 425-2)
report-route-cst-l425-1 = Première carte de séjour (L. 425-1)
report-route-cst-l425-1-renewal = Renouvellement de la carte (L. 425-1)
report-route-carte-resident-l425-3 = Carte de résident (L. 425-3)
report-route-carte-resident-l425-3-renewal = Renouvellement de la carte de résident (L. 425-3, L. 433-2)
report-route-aps-l425-4 = Autorisation provisoire de séjour (L. 425-4)

report-delays-title = Délais médians
report-delay-interview-to-filing = Du premier entretien au dépôt de la demande
report-delay-filing-to-decision = Du dépôt de la demande à la décision
report-delay-value = { $days } { $count ->
        [one] jour
       *[other] jours
    } (sur { $over } demandes)
report-delay-value-over-hidden = { $days } { $count ->
        [one] jour
       *[other] jours
    } (nombre de demandes non publié)
report-delay-not-published = non publié : moins de dix demandes dont les deux dates sont connues

report-method-title = Méthode
report-method = Les personnes accompagnées sont celles dont l’accompagnement (date de début indiquée dans le dossier, sinon date d’ouverture du dossier) a commencé avant la fin de la période et n’était pas clos avant son début ; chacune est comptée une fois par tableau. L’âge est celui du début de la période, ou du début de l’accompagnement s’il est postérieur ; une date de naissance connue à l’année ou au mois près qui peut tomber dans deux tranches est comptée « Non renseigné ». Une nationalité comptant moins de cinq personnes est regroupée avec sa région du monde. Les demandes et les décisions sont comptées à leur date, quand elle est connue ; un récépissé de délai de réflexion noté sans décision datée de sa demande compte comme titre obtenu. Les délais sont des médianes en jours ; le premier entretien est la date de début de l’accompagnement. Tout effectif de un à quatre est masqué (« < 5 »), et d’autres effectifs sont masqués (« s ») pour qu’aucun effectif masqué ne puisse être retrouvé exactement, ni à partir des lignes et des colonnes de son tableau, ni en rapprochant les tableaux qui partagent leur ligne de total. Le rapport ne contient ni nom, ni date de naissance, ni numéro de dossier, ni texte libre, ni lieu. Une colonne de sexe qui compterait de une à quatre personnes, ou moins de dix toutes sur une même ligne d’un tableau, est regroupée avec une autre, ou les tableaux n’ont qu’une colonne. La plainte et le témoignage sont comptés s’ils datent d’avant la fin de la période ; le stade de la procédure est celui du jour où le rapport est établi.

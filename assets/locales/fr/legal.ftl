# Textes du cœur juridique : voies, conditions, avertissements, échéances, pièces.
# Les identifiants suivent les identifiants JSON du paquet de règles (assets/rules/fr-teh.json).
# Les dates sont mises en forme par Rust (« 12 mars 2026 ») avant d’arriver ici.

## Voies

legal-route-reflection-period = Délai de réflexion de 30 jours (R. 425-1, R. 425-2)
legal-route-cst-l425-1 = Carte de séjour temporaire « vie privée et familiale » (L. 425-1), première demande
legal-route-cst-l425-1-renewal = Renouvellement de la carte de séjour temporaire (L. 425-1)
legal-route-carte-resident-l425-3 = Carte de résident de dix ans après condamnation définitive (L. 425-3)
legal-route-carte-resident-l425-3-renewal = Renouvellement de la carte de résident (L. 425-3, L. 433-2)
legal-route-aps-l425-4 = Autorisation provisoire de séjour, parcours de sortie de la prostitution (L. 425-4)

legal-outcome-eligible = Éligible
legal-outcome-not-eligible = Non éligible
legal-outcome-incomplete = Incomplet : une information manque
legal-outcome-incomplete-jurist = Incomplet : à confirmer par un ou une juriste
legal-outcome-not-applicable = Sans objet à ce stade

legal-condition-status-met = Remplie
legal-condition-status-not-met = Non remplie
legal-condition-status-unknown = Inconnue

## Conditions

legal-condition-third-country-national = La personne n’est ressortissante ni de l’Union européenne, ni de l’Espace économique européen, ni de la Suisse
legal-condition-ceseda-territory = La personne réside là où le CESEDA s’applique (pas en Nouvelle-Calédonie, en Polynésie française ni à Wallis-et-Futuna)
legal-condition-victim-of-trafficking-or-procuring = La personne est victime de traite des êtres humains ou de proxénétisme
legal-condition-no-cooperation-yet = La personne n’a encore ni déposé plainte ni témoigné
legal-condition-cooperation = La personne a déposé plainte ou témoigné dans une procédure pénale
legal-condition-ties-broken = La personne a rompu tout lien avec les auteurs
legal-condition-ties-broken-l425-3 = La personne a rompu tout lien avec les auteurs (condition de L. 425-1 appliquée à L. 425-3, à confirmer)
legal-condition-no-public-order-threat = La personne ne représente pas une menace pour l’ordre public (refus possible, non automatique)
legal-condition-age-for-cst = La personne est majeure, ou a au moins 16 ans et déclare vouloir exercer une activité professionnelle salariée ou suivre une formation professionnelle
legal-condition-adult = La personne est majeure
legal-condition-proceedings-ongoing = La procédure pénale est en cours (enquête, jugement ou appel)
legal-condition-final-conviction = La personne mise en cause a été condamnée définitivement
legal-condition-regular-stay-on-application = La personne est en séjour régulier le jour de la demande (carte, récépissé ou attestation de prolongation en cours de validité)
legal-condition-exit-programme = La personne est admise au parcours de sortie de la prostitution

## Pourquoi une voie est sans objet

legal-reason-holds-residence-card = La personne a déjà une carte de séjour L. 425-1 ou une carte de résident.
legal-reason-already-cooperating = La personne a déjà déposé plainte ou témoigné : la carte L. 425-1 peut être demandée directement.
legal-reason-reflection-period-over = Le délai de réflexion est terminé.
legal-reason-holds-cst-l425-1 = La personne a déjà la carte L. 425-1 : voir son renouvellement.
legal-reason-holds-resident-card = La personne a déjà la carte de résident.
legal-reason-title-granted = Une carte de séjour ou une autorisation provisoire de séjour lui a été accordée : enregistrez-la comme document de séjour actuel.
legal-reason-holds-aps = La personne a déjà une autorisation provisoire de séjour L. 425-4, renouvelée pendant tout le parcours de sortie : voir son renouvellement.
legal-reason-minor-under-16 = Moins de 16 ans : aucun titre de séjour n’est exigé et la carte L. 425-1 ne peut pas être délivrée.
legal-reason-no-cst-l425-1 = Pas de carte L. 425-1 en cours à renouveler.
legal-reason-no-cooperation = Ni plainte ni témoignage : la carte de résident L. 425-3 vise la personne mentionnée à L. 425-1.
legal-reason-not-eligible-unchosen = La personne n’y est pas éligible d’après l’évaluation, et aucune démarche n’a été choisie : choisissez expressément celle-ci pour écrire le document quand même.
legal-reason-not-applicable = Elle ne s’applique pas à la situation enregistrée.
legal-reason-no-final-conviction = Pas encore de condamnation définitive.
legal-reason-conviction-contradicted = La date de condamnation définitive saisie contredit l’étape enregistrée (appel, relaxe ou acquittement, classement…) : corrigez l’une ou l’autre.
legal-reason-no-resident-card = La personne n’a pas de carte de résident L. 425-3 à renouveler.
legal-reason-minor-no-permit-needed = Personne mineure : aucun titre de séjour n’est exigé avant 18 ans.

legal-reason-outside-france = Adresse à Monaco : ce n’est pas le territoire français, le droit français du séjour ne s’y applique pas.
legal-reason-overseas-own-law = Adresse dans une collectivité d’outre-mer dotée de son propre droit du séjour : voie sans objet ici, à confirmer par un ou une juriste.
legal-not-concerned-french-national = La personne est de nationalité française : le CESEDA ne s’applique pas.
legal-not-concerned-eu-eea-swiss-national = La personne est ressortissante de l’Union européenne, de l’Espace économique européen ou de la Suisse : elle n’a pas besoin de titre de séjour (CESEDA L. 233-1). Son droit de séjourner plus de trois mois dépend toutefois de conditions (activité, ressources ou études), et les démarches de cet outil ne la concernent pas ; l’aide aux victimes (plainte, protection, accompagnement, indemnisation) reste ouverte. À confirmer par un ou une juriste.

## Avertissements

legal-warning-case-dates-to-check = { $problem ->
        [future] La date { $field ->
            [birth] de naissance
            [complaint] de la plainte
            [testimony] du témoignage
            [exit-programme] d’admission au parcours de sortie de la prostitution
            [accompaniment] de début de l’accompagnement
            [permit-issued] de délivrance du document de séjour actuel
            [renewal-filed] de dépôt de la demande de renouvellement du document de séjour actuel
            [application-filed] de dépôt d’une demande enregistrée dans le suivi
            [decision] d’une décision enregistrée dans le suivi
            [appeal] d’un recours enregistré dans le suivi
            [reflection] de remise du récépissé du délai de réflexion
            [asylum] d’enregistrement de la demande d’asile
            [child-welfare] du placement à l’aide sociale à l’enfance ou chez un tiers digne de confiance
            [protection-order] de l’ordonnance de protection
           *[document] de la pièce « { $document } »
        } ({ $date }) est postérieure à aujourd’hui : un fait passé ne peut pas avoir eu lieu à cette date. Vérifiez-la dans le dossier.
        [before-birth] La date { $field ->
            [complaint] de la plainte
            [testimony] du témoignage
            [exit-programme] d’admission au parcours de sortie de la prostitution
            [accompaniment] de début de l’accompagnement
            [permit-issued] de délivrance du document de séjour actuel
            [final-conviction] de la condamnation définitive
            [reflection] de remise du récépissé du délai de réflexion
            [asylum] d’enregistrement de la demande d’asile
            [child-welfare] du placement à l’aide sociale à l’enfance ou chez un tiers digne de confiance
            [protection-order] de l’ordonnance de protection
           *[document] de la pièce « { $document } »
        } ({ $date }) est antérieure à la naissance de la personne. Vérifiez-la dans le dossier, ou sa date de naissance.
        [conviction-before-cooperation] La condamnation est enregistrée comme définitive le { $date }, avant { $cooperation ->
            [both] la plainte et le témoignage enregistrés
            [testimony] le témoignage enregistré
           *[complaint] la plainte enregistrée
        }. Vérifiez ces dates dans le dossier. Si elles sont justes, le lien entre cette condamnation et sa coopération, dont dépend la carte de résident (L. 425-3), est à confirmer par un ou une juriste.
        [decision-before-filing] Une décision enregistrée dans le suivi ({ $date }) est antérieure au dépôt de la demande qu’elle tranche. Vérifiez ces dates dans le dossier.
        [appeal-before-decision] Un recours enregistré dans le suivi ({ $date }) est antérieur à la décision qu’il conteste. Vérifiez ces dates dans le dossier.
        [receipt-before-complaint] La pièce « { $document } » est datée du { $date }, avant la plainte qu’elle atteste. Vérifiez ces dates dans le dossier.
        [proof-before-proceedings] La pièce « { $document } » est datée du { $date }, avant la plainte qui a ouvert la procédure. Vérifiez ces dates dans le dossier.
        [longer-than-law] Le document de séjour actuel prend fin le { $date }, bien au-delà de la durée pour laquelle la loi le délivre ({ $length ->
            [ten-years] dix ans
            [thirty-days] trente jours
           *[one-year] un an
        } à compter de sa délivrance). Vérifiez ces dates dans le dossier.
        [shorter-than-law] Le récépissé du délai de réflexion prend fin le { $date }, moins de trente jours après sa remise, alors que la loi donne au délai trente jours à compter de celle-ci (CESEDA, art. R. 425-2). Vérifiez ces dates dans le dossier.
        [reflection-handover-differs] Le dossier donne deux jours différents pour la remise du récépissé du délai de réflexion, dont le { $date } : le délai court à partir de cette remise (CESEDA, art. R. 425-2). Vérifiez ces dates dans le dossier.
        [card-shorter-than-law] { $length ->
            [ten-years] La carte de résident
           *[one-year] La carte de séjour temporaire
        } prend fin le { $date }, bien moins { $length ->
            [ten-years] de dix ans après sa délivrance, alors que la loi la délivre pour dix ans (CESEDA, art. L. 425-3)
           *[one-year] d’un an après sa délivrance, alors que la loi la délivre pour un an (CESEDA, art. L. 425-1)
        }. Vérifiez dans le dossier le type de ce document et ses dates ; s’ils sont justes, voyez avec un ou une juriste.
        [aps-shorter-than-law] L’autorisation provisoire de séjour prend fin le { $date }, moins de six mois après sa délivrance, alors que la loi la délivre pour six mois au moins (CESEDA, art. L. 425-4). Vérifiez ces dates dans le dossier ; si elles sont justes, voyez avec un ou une juriste.
        [renewal-before-issue] La demande de renouvellement enregistrée sur le document de séjour actuel est datée du { $date }, avant sa délivrance ou le même jour : c’est sans doute la demande qui a donné ce document, ou celle d’un document précédent. Elle n’est pas comptée comme son renouvellement ; si son renouvellement a été demandé depuis, enregistrez la date de cette nouvelle demande.
       *[end-before-issue] Le document de séjour actuel prend fin le { $date }, avant sa date de délivrance. Vérifiez ces dates dans le dossier.
    }{ $problem ->
        [renewal-before-issue] {""}
       *[other] {""} L’évaluation et les échéances lisent le dossier tel qu’il est écrit.
    }{ $others ->
        [one] {""} Une autre date du dossier est aussi à vérifier.
        [several] {""} D’autres dates du dossier sont aussi à vérifier.
       *[none] {""}
    }
legal-warning-nationality-unknown = Nationalité inconnue : un ressortissant de l’Union européenne, de l’Espace économique européen ou de la Suisse n’a pas besoin de titre de séjour. Renseignez la nationalité avant toute démarche.
legal-warning-algerian-national-1968-agreement = { $dual ->
        [yes] Nationalité algérienne, à côté d’une autre nationalité
       *[no] Nationalité algérienne
    } : le séjour des Algériens relève de l’accord franco-algérien du 27 décembre 1968, qui écarte en principe les articles L. 425-1 et suivants. La voie est alors le pouvoir général de régularisation du préfet (et l’article 8 de la Convention européenne des droits de l’homme), pas la carte L. 425-1 de plein droit. Un ou une juriste doit choisir la voie{ $dual ->
        [yes] , et dire si l’accord s’applique à une personne qui a aussi une autre nationalité.
       *[no] .
    }
legal-warning-overseas-ceseda-not-applicable = Adresse en Nouvelle-Calédonie, en Polynésie française ou à Wallis-et-Futuna : le séjour y relève d’un droit propre à la collectivité, et non du CESEDA. Les voies ci-dessus sont donc sans objet ici ; le texte applicable et l’autorité compétente sont à confirmer par un ou une juriste.
legal-warning-identity-document-confiscated = Document d’identité confisqué par les auteurs ({ $document }) : la préfecture accepte une attestation consulaire, une carte consulaire ou une carte d’identité avec photo, ou un certificat de nationalité de moins de 6 mois avec photo. Faites mentionner la confiscation dans la plainte, déclarez la perte ou le vol, et vérifiez qu’un contact avec le consulat est sans danger ; sinon, envisagez l’asile, qui n’exige pas de passeport.
legal-warning-stateless-identity-documents = Personne apatride : elle n’a ni passeport national ni document consulaire, que la liste des pièces demande pour l’identité et la nationalité. Ce qui les remplace (un titre de voyage, un document de l’OFPRA, une attestation) n’est pas établi ici : faites-le confirmer par un ou une juriste avant le dépôt.
legal-warning-refusal-risk-false-documents = Usage de faux documents : depuis la loi du 26 janvier 2024, le préfet peut refuser ou ne pas renouveler la carte pour ce motif (L. 432-1-1). Le refus n’est pas automatique, et une cour administrative d’appel a annulé un refus jugé disproportionné (CAA Marseille, 16 mai 2025) : documentez la contrainte exercée par les auteurs (plainte, procès-verbal).
legal-warning-refusal-risk-removal-order = Obligation de quitter le territoire (OQTF) non exécutée : le préfet peut refuser la carte pour ce motif (L. 432-1-1). Le refus n’est pas automatique : expliquez l’emprise des auteurs{ $cooperation ->
        [complaint] {""} et joignez la plainte.
        [testimony] {""} et faites état de son témoignage.
        [reflection] . Pendant le délai de réflexion en cours, aucune décision d’éloignement ne peut être prise ni exécutée (R. 425-2).
       *[none] . Un délai de réflexion, s’il lui est accordé, la protège : pendant ces trente jours, aucune décision d’éloignement ne peut être prise ni exécutée (R. 425-2).
    }
legal-warning-refusal-risk-serious-offences = Faits pouvant exposer la personne à une condamnation pour une infraction grave (trafic de stupéfiants, traite, proxénétisme, violences contre des agents publics…) : le préfet peut refuser la carte pour ce motif (L. 432-1-1, d’après la fiche F32257 ; texte lu en partie). Le refus n’est pas automatique, et une cour administrative d’appel a annulé un refus jugé disproportionné (CAA Marseille, 16 mai 2025) : si les auteurs l’y ont contrainte (recruter, transporter, vendre), documentez la contrainte (plainte, procès-verbal) et faites valoir sa situation de victime avec un ou une juriste.
legal-warning-refusal-risks-unchecked = { $unknown ->
        [removal-order] À vérifier en entretien : une OQTF non exécutée peut justifier un refus (L. 432-1-1), et le dossier ne dit pas s’il y en a une. Renseignez ce point.
        [false-documents] À vérifier en entretien : l’usage de faux documents peut justifier un refus (L. 432-1-1), et le dossier ne dit pas s’il y en a eu. Renseignez ce point.
       *[both] À vérifier en entretien : une OQTF non exécutée ou l’usage de faux documents peuvent justifier un refus (L. 432-1-1). Renseignez ces deux points.
    }
legal-warning-public-order-threat = { $residentCard ->
        [yes] Menace pour l’ordre public signalée : le renouvellement de la carte de résident ne peut être refusé que si la présence de la personne constitue une menace grave pour l’ordre public (L. 432-3 1°, L. 433-2) ; ce refus n’est pas automatique et la voie reste ouverte.
       *[no] Menace pour l’ordre public signalée : le préfet peut refuser la carte par une décision motivée (L. 432-1) ; ce refus n’est pas automatique et la voie reste ouverte. En cas de menace grave, il peut aussi mettre fin au délai de réflexion (R. 425-2).
    } Documentez la contrainte exercée par les auteurs et faites examiner la situation par un ou une juriste. Base à confirmer par un ou une juriste.
legal-warning-renewal-cap-l433-1-1 =
    { $state ->
        [reached] Cette carte a déjà été renouvelée { $count } fois de suite.
       *[unknown] Le nombre de renouvellements consécutifs de cette carte n’est pas connu.
    } L’article L. 433-1-1 limite à { $cap } les renouvellements consécutifs d’une carte temporaire portant la même mention ; son application à la carte L. 425-1, renouvelée pendant toute la procédure pénale, n’est pas tranchée. À confirmer par un ou une juriste.
legal-warning-multi-year-card-excluded = Pas de carte pluriannuelle pour la carte L. 425-1 (L. 433-5) : la carte est renouvelée d’année en année{ $ended ->
        [yes] .
       *[no] , puis la carte de résident est délivrée après la condamnation définitive (L. 425-3).
    }
legal-warning-regular-stay-at-final-conviction =
    { $state ->
        [pending] La carte de résident (L. 425-3) est délivrée « sous réserve de la régularité du séjour » : la personne doit être en séjour régulier le jour de sa demande. Gardez une carte, un récépissé ou une attestation de prolongation en cours de validité jusqu’à la condamnation définitive, puis jusqu’au dépôt de la demande de carte de résident.
        [final-on] La condamnation deviendra définitive le { $finalOn } : la carte de résident (L. 425-3) pourra être demandée à partir de ce jour. D’ici là, la procédure pénale se poursuit et la carte L. 425-1 est renouvelée ; la carte de résident est délivrée « sous réserve de la régularité du séjour » : gardez une carte, un récépissé ou une attestation de prolongation en cours de validité jusqu’au dépôt de la demande.
        [final-on-file-before] La condamnation deviendra définitive le { $finalOn } : déposez la demande de carte de résident (L. 425-3) à partir de ce jour et au plus tard le { $expires }, dernier jour de validité{ $estimated ->
            [yes] {""} estimé
           *[no] {""}
        } de la carte actuelle (la carte L. 425-1 n’est renouvelée que pendant la procédure pénale ; la carte de résident est délivrée « sous réserve de la régularité du séjour »). Qu’une demande déposée après cette date ne puisse plus aboutir n’est pas établi : à confirmer par un ou une juriste.
        [file-before] Condamnation définitive : la carte L. 425-1 n’est renouvelée que pendant la procédure pénale. Déposez la demande de carte de résident (L. 425-3) au plus tard le { $expires }, dernier jour de validité{ $estimated ->
            [yes] {""} estimé
           *[no] {""}
        } de la carte actuelle : la carte de résident est délivrée « sous réserve de la régularité du séjour ». Qu’une demande déposée après cette date ne puisse plus aboutir n’est pas établi : à confirmer par un ou une juriste.
        [renewal-pending] Condamnation définitive : la carte L. 425-1 n’est renouvelée que pendant la procédure pénale. La carte a pris fin, et son renouvellement, déposé dans les délais le { $filed }, attend sa décision : l’attestation de prolongation garde son séjour régulier jusque-là, mais ce renouvellement ne peut plus être accordé sur ce fondement. Déposez sans attendre la demande de carte de résident (L. 425-3), tant que son séjour est régulier ; ce que la préfecture fera du renouvellement est à confirmer par un ou une juriste.
        [held-then] La personne était en séjour régulier le jour où la condamnation est devenue définitive, mais ne l’est plus : aucune demande de carte de résident n’est enregistrée. La loi exige la régularité du séjour (L. 425-3) sans dire à quel jour ; lue au jour de la condamnation définitive, la condition est remplie, lue au jour de la demande, elle ne l’est plus. Avant de renoncer à la carte de résident, faites trancher au plus vite par un ou une juriste.
        [not-held] La personne n’était pas en séjour régulier le jour où la condamnation est devenue définitive. La loi exige la régularité du séjour (L. 425-3) ; qu’elle soit aussi exigée ce jour-là, et pas seulement le jour de la demande, n’est pas établi : à confirmer par un ou une juriste.
        [unknown-file-before] On ne sait pas si la personne était en séjour régulier le jour où la condamnation est devenue définitive (L. 425-3 exige la régularité du séjour ; qu’elle soit exigée ce jour-là n’est pas établi : à confirmer par un ou une juriste). La carte L. 425-1 n’étant renouvelée que pendant la procédure pénale, déposez la demande de carte de résident au plus tard le { $expires }, dernier jour de validité{ $estimated ->
            [yes] {""} estimé
           *[no] {""}
        } de la carte actuelle.
       *[unknown] On ne sait pas si la personne était en séjour régulier le jour où la condamnation est devenue définitive. La loi exige la régularité du séjour (L. 425-3) sans dire à quel jour ; qu’elle soit exigée ce jour-là, et pas seulement le jour de la demande, n’est pas établi : à confirmer par un ou une juriste.
    }{ $anef ->
        [to-come] {""} Si cette première demande se dépose sur l’ANEF (ce que les textes consultés n’établissent pas), l’attestation de prolongation n’est due qu’à une demande déposée au plus tard le { $anefCloses } (R. 431-5 1°, R. 431-15-1) : déposez-la au plus tard ce jour-là si vous le pouvez, et faites confirmer le délai par un ou une juriste.
        [passed] {""} Si cette première demande se dépose sur l’ANEF (ce que les textes consultés n’établissent pas), l’attestation de prolongation n’est due qu’à une demande déposée au plus tard le { $anefCloses } (R. 431-5 1°, R. 431-15-1), jour passé : faites vérifier sans attendre par un ou une juriste ce qui couvrira son séjour jusqu’à la décision.
        [before-final] {""} Si cette première demande se dépose sur l’ANEF (ce que les textes consultés n’établissent pas), l’attestation de prolongation n’est due qu’à une demande déposée au plus tard le { $anefCloses } (R. 431-5 1°, R. 431-15-1) ; ce jour vient avant que la condamnation ne devienne définitive, quand la demande ne peut pas encore être déposée : faites vérifier par un ou une juriste ce qui couvrira son séjour jusqu’à la décision.
       *[none] {""}
    }
legal-warning-final-conviction-first-card = { $state ->
        [final-on] La condamnation deviendra définitive le { $finalOn }, avant le dépôt prévu,
       *[final] La condamnation est définitive
    } et aucune carte L. 425-1 n’est enregistrée : la carte L. 425-1 est renouvelée pendant la procédure pénale, qui { $state ->
        [final-on] prendra fin ce jour-là
       *[final] a pris fin
    }, et la carte de résident (L. 425-3) est délivrée à « l’étranger mentionné à l’article L. 425-1 », sous réserve de la régularité du séjour. { $applied ->
        [yes] Une première demande de carte L. 425-1 est enregistrée : qu’elle puisse encore aboutir, ou qu’il faille demander la carte de résident, est à confirmer au plus vite par un ou une juriste.
       *[no] Quelle demande déposer, et si la première carte L. 425-1 peut encore être délivrée, est à confirmer au plus vite par un ou une juriste.
    }
legal-warning-proceedings-ended-without-conviction = Acquittement, non-lieu ou classement : { $holds ->
        [yes] la carte L. 425-1 est renouvelée pendant la procédure pénale ; après une fin sans condamnation, son renouvellement n’est pas assuré.
       *[no] la carte L. 425-1 est renouvelée pendant la procédure pénale ; après une fin sans condamnation, qu’elle soit délivrée n’est pas assuré.
    } Vérifiez les recours possibles : après un classement sans suite, une plainte avec constitution de partie civile devant le juge d’instruction peut relancer la procédure (avec une avocate ou un avocat ; aide juridictionnelle possible). Envisagez aussi d’autres voies (L. 435-1, asile). À confirmer par un ou une juriste.
legal-warning-complaint-without-proceedings = Plainte ou témoignage enregistré, mais aucune procédure pénale connue : { $holds ->
        [yes] la carte L. 425-1 est renouvelée pendant la procédure pénale (enquête, jugement, appel) ; sans procédure connue, son renouvellement n’est pas établi, même si la première carte reposait sur la plainte elle-même (récépissé du dépôt de plainte, R. 425-5).
       *[no] la carte L. 425-1 repose sur la plainte elle-même (récépissé du dépôt de plainte, R. 425-5), pas sur l’avancement de l’enquête.
    } Demandez au parquet la suite donnée à la plainte et enregistrez-la ; en cas de classement sans suite, une plainte avec constitution de partie civile peut relancer la procédure. À confirmer par un ou une juriste.
legal-warning-testimony-without-proceedings = Témoignage enregistré, alors que le dossier indique { $stage ->
        [dismissed] un classement sans suite
       *[none] qu’aucune procédure pénale n’est engagée
    } : un témoignage ne compte pour la carte L. 425-1 que dans une procédure pénale contre une personne poursuivie, et le délai de réflexion sert à décider de porter plainte ou de témoigner. Vérifiez le stade de la procédure et le témoignage enregistrés ; une plainte reste possible. À confirmer par un ou une juriste.
legal-warning-mayotte-card-valid-in-mayotte-only = Adresse à Mayotte : le CESEDA s’y applique, mais une carte délivrée à Mayotte n’y est valable qu’à Mayotte (L. 441-8) ; un séjour dans un autre département demande une autorisation particulière. À confirmer par un ou une juriste.
legal-warning-overseas-adaptations-not-encoded = Adresse à { $territory ->
        [spm] Saint-Pierre-et-Miquelon
        [sb] Saint-Barthélemy
       *[sm] Saint-Martin
    } : le CESEDA s’y applique avec des adaptations (titres, durées, autorité compétente) que les règles de Passerelle ne prennent pas en compte. Les démarches et les échéances indiquées sont à confirmer par un ou une juriste.
legal-warning-minor-under-16 = Moins de 16 ans : aucun titre de séjour n’est exigé et la carte L. 425-1 ne peut pas être délivrée avant ses 16 ans. La police doit informer le procureur de la République, qui décide des mesures de protection (ancien article R. 316-10 ; l’article qui le prévoit aujourd’hui est à confirmer par un ou une juriste). Un placement à l’aide sociale à l’enfance ou chez un tiers digne de confiance au plus tard à 16 ans peut ouvrir, à 18 ans, la carte de l’article L. 423-22, sous ses conditions : une formation réelle et sérieuse, la nature de ses liens avec sa famille restée dans le pays d’origine et l’avis de la structure d’accueil, que le préfet apprécie.
legal-warning-minor-16-18 = Entre 16 et 18 ans : la carte L. 425-1 peut être délivrée si la personne déclare vouloir exercer une activité professionnelle salariée ou suivre une formation professionnelle (R. 425-5). Elle n’est pas de plein droit.{ $renewal ->
        [yes] {""} Qu’il en aille de même pour son renouvellement avant 18 ans est à confirmer par un ou une juriste.
       *[no] {""}
    }
legal-warning-approximate-age = { $leapDay ->
        [yes] Âge à confirmer : la date de naissance est un 29 février ; les années non bissextiles, l’anniversaire tombe le 28 février ou le 1er mars, et le texte qui en décide n’est pas établi. { $when ->
            [filing] Le jour du dépôt prévu, la personne aura { $youngest } ou { $oldest } ans.
           *[today] Aujourd’hui, la personne a { $youngest } ou { $oldest } ans.
        } L’âge que les conditions lisent (16 ou 18 ans) tombe entre les deux : aucune issue n’est donnée sur un âge deviné. Faites confirmer par un ou une juriste.
       *[no] Âge approximatif à confirmer : la date de naissance n’est connue qu’à l’année ou au mois près, { $when ->
            [filing] le jour du dépôt prévu, la personne aura entre { $youngest } et { $oldest } ans.
           *[today] la personne a entre { $youngest } et { $oldest } ans.
        } L’âge que les conditions lisent (16 ou 18 ans) tombe entre les deux : aucune issue n’est donnée sur un âge deviné. Établissez la date de naissance (acte de naissance, passeport, déclaration) ou faites confirmer par un ou une juriste. Les échéances calculées depuis la naissance partent du jour le plus tôt possible.
    }
legal-warning-minor-at-18 = { $approximate ->
        [yes] Date de naissance approximative : dates calculées depuis le jour le plus tôt possible, à confirmer. Majorité au plus tôt le
       *[no] Majorité le
    } { $turns18 } : { $rule ->
        [second-if-its-conditions] placée à l’aide sociale à l’enfance ou chez un tiers digne de confiance au plus tard à 16 ans, la personne peut demander la carte L. 423-22 jusqu’à la veille de ses 19 ans (R. 431-5 2°) si les autres conditions de cette carte sont réunies (le caractère réel et sérieux de la formation suivie, la nature de ses liens avec la famille restée dans le pays d’origine, l’avis de la structure d’accueil, que le préfet apprécie), ce que le dossier n’établit pas ; sinon, dans les deux mois après ses 18 ans (R. 431-5 3°). Dernier jour retenu : le { $applicationCloses }, à confirmer par un ou une juriste.
        [third] la demande de titre de séjour doit être déposée au plus tard le { $applicationCloses }, dans les deux mois qui suivent les 18 ans (R. 431-5 3° ; jour retenu par prudence : la veille du jour où ces deux mois s’achèvent). Si la personne a été placée entre 16 et 18 ans, voyez aussi l’admission exceptionnelle au séjour (L. 435-3).
       *[unknown] dernier jour pour demander un titre de séjour : le { $applicationCloses }. Ce délai dépend du placement : jusqu’à la veille des 19 ans après un placement à l’aide sociale à l’enfance ou chez un tiers digne de confiance au plus tard à 16 ans (L. 423-22, R. 431-5 2°), sinon deux mois après les 18 ans (R. 431-5 3°). Précisez la date et le type de placement.
    }{ $approximate ->
        [yes] {""} Pour une naissance le dernier jour possible, le délai courrait jusqu’au { $latestCloses }.
       *[no] {""}
    }{ $passed ->
        [yes] {""} Le premier de ces jours est passé : voyez sans attendre un ou une juriste.
       *[no] {""}
    }
legal-warning-majority-window-missed = { $approximate ->
        [yes] Majorité au plus tôt le
       *[no] Majorité le
    } { $turns18 } : d’après le dossier, la personne était en France avant ses 18 ans, et aucune demande de titre de séjour n’est enregistrée, ni dans le délai qui a suivi, qui a pris fin { $approximate ->
        [yes] au plus tard le
       *[no] le
    } { $applicationCloses } (R. 431-5), ni depuis. Un titre de séjour lui est exigé depuis ses 18 ans. Ce que ce retard change pour sa demande est à confirmer par un ou une juriste ; ne retardez pas le dépôt. Si une demande a été déposée, enregistrez-la dans le suivi.
legal-warning-reflection-period-running = Délai de réflexion en cours jusqu’au { $end } : aucune mesure d’éloignement ne peut être prise ni exécutée. Le préfet peut y mettre fin si la personne renoue de sa propre initiative avec les auteurs, ou en cas de menace grave pour l’ordre public (R. 425-2).
legal-warning-reflection-period-over = Le délai de réflexion a pris fin le { $end } sans plainte ni témoignage : le récépissé ne protège plus. Envisagez la plainte (L. 425-1), le parcours de sortie de la prostitution (L. 425-4), l’asile ou l’admission exceptionnelle au séjour (L. 435-1).
legal-warning-permit-expired = { $application ->
        [aps-renewal-pending] L’autorisation provisoire de séjour a pris fin le { $expires } ; son renouvellement, enregistré comme déposé le { $filed }, { $silence ->
            [yes] n’a pas de décision enregistrée, et le silence gardé quatre mois vaut rejet implicite depuis le { $rejected } (R. 432-2) : voyez sans attendre un ou une juriste pour les recours.
           *[no] attend sa décision.
        } Qu’il couvre son séjour jusqu’à la décision n’est pas établi (l’attestation de prolongation de R. 431-15-1 vise les titres de séjour) : demandez à la préfecture un document provisoire et faites confirmer par un ou une juriste.
        [reflection] Le récépissé du délai de réflexion a pris fin le { $expires } et aucune demande de carte n’est enregistrée : la personne n’a plus de document de séjour. Déposez sans attendre la demande de carte L. 425-1, sur la plainte ou le témoignage enregistré.
        [application-pending] Le récépissé a expiré le { $expires } alors que la demande qu’il couvre n’est pas encore décidée : demandez-en un nouveau à la préfecture sans attendre, et vérifiez la date du rejet implicite de la demande (R. 432-2).
        [renewal-late] Le document de séjour a expiré le { $expires }. La demande de renouvellement, déposée le { $filed }, l’a été après la fin de la période de renouvellement : l’attestation de prolongation n’est pas due (R. 431-5, R. 431-15-1) et, sans autre document, son séjour n’est plus couvert jusqu’à la décision. Demandez à la préfecture un document provisoire et enregistrez sa décision.
        [renewal-early] Le document de séjour a expiré le { $expires }. La demande de renouvellement, enregistrée comme déposée le { $filed }, l’a été avant l’ouverture de la période de renouvellement (le { $opens }) : elle ne compte peut-être pas comme déposée à temps, et l’attestation de prolongation n’est alors pas due (R. 431-5, R. 431-15-1). Vérifiez auprès de la préfecture qu’elle a été enregistrée, demandez un document provisoire et enregistrez sa décision.
        [renewal-undated] Le document de séjour a expiré le { $expires } ; la demande de renouvellement enregistrée n’a pas de date de dépôt (ni, si elle est décidée, de date de décision) : enregistrez-les. Si elle a été accordée, enregistrez aussi la nouvelle carte comme document de séjour actuel. Déposée complète pendant la période de renouvellement, elle donne droit à l’attestation de prolongation (R. 431-15-1) ; sinon, la personne n’est plus en séjour régulier : voyez sans attendre avec un ou une juriste ce qu’il faut déposer.
        [renewal-refused] Le document de séjour a expiré le { $expires } et sa demande de renouvellement a été refusée : la personne n’est plus en séjour régulier.{ $recourse ->
            [no] {""}
           *[yes] {""} Vérifiez sans attendre les recours possibles et leurs délais avec un ou une juriste.
        }
        [recepisse-decided] Le récépissé a expiré le { $expires } et la demande qu’il couvrait n’attend plus de décision : la personne n’a plus de document de séjour en cours de validité. Enregistrez la décision et le titre délivré{ $recourse ->
            [no] .
           *[yes] {""} ; après un refus, voyez sans attendre les recours avec un ou une juriste.
        }
        [resident-card-none] Le document de séjour a expiré le { $expires } sans qu’une demande de carte de résident soit enregistrée, alors que la condamnation est définitive et que la carte L. 425-1 n’est plus renouvelée : la personne n’est plus en séjour régulier. Déposez sans attendre la demande de carte de résident (L. 425-3), délivrée « sous réserve de la régularité du séjour » : voyez avec un ou une juriste ce que l’interruption de son séjour régulier lui coûte.
        [resident-card-granted] Le document de séjour a expiré le { $expires } et la carte de résident a été accordée : enregistrez-la comme document de séjour actuel, avec ses dates.
        [resident-card-refused] Le document de séjour a expiré le { $expires } et la demande de carte de résident a été refusée : la personne n’est plus en séjour régulier.{ $recourse ->
            [no] {""}
           *[yes] {""} Vérifiez sans attendre les recours possibles et leurs délais avec un ou une juriste.
        }
        [resident-card-not-in-time] Le document de séjour a expiré le { $expires }. La demande de carte de résident enregistrée, déposée le { $filed }, ne l’a pas été entre le jour où la condamnation est devenue définitive et la fin de validité de la carte : la personne n’est plus en séjour régulier, et la carte de résident est délivrée « sous réserve de la régularité du séjour ». Voyez sans attendre avec un ou une juriste ce qu’il est possible de faire (qu’une demande déposée avant que la condamnation soit définitive ne compte pas est aussi à confirmer).
        [resident-card-final-undated] Le document de séjour a expiré le { $expires } ; la demande de carte de résident enregistrée a été déposée le { $filed }, mais le jour où la condamnation est devenue définitive n’est pas enregistré. Enregistrez-le : si la condamnation était définitive ce jour-là, la demande a gardé son séjour régulier ; déposée avant qu’elle le soit, elle est peut-être prématurée : voyez sans attendre avec un ou une juriste.
        [resident-card-undated] Le document de séjour a expiré le { $expires } ; la demande de carte de résident enregistrée n’a pas de date de dépôt. Enregistrez-la : déposée entre le jour où la condamnation est devenue définitive et le { $expires } inclus, elle a gardé son séjour régulier ; sinon, voyez sans attendre avec un ou une juriste.
        [recepisse-unrecorded] Le récépissé a expiré le { $expires } et la demande qu’il couvre n’est pas enregistrée : la personne n’a peut-être plus de document de séjour en cours de validité. Enregistrez cette demande et, si elle est décidée, sa décision ; sinon, demandez sans attendre un nouveau récépissé à la préfecture.
        [minor] Le document de séjour a expiré le { $expires }{ $renewal ->
            [refused] {""} et sa demande de renouvellement a été refusée
            [filed] {""} ; la demande de renouvellement enregistrée n’a pas été déposée dans la période prévue
            [undated] {""} ; la demande de renouvellement enregistrée n’a pas de date de dépôt (ni, si elle est décidée, de date de décision) : enregistrez-les
           *[none] {""} et aucune demande de renouvellement n’est enregistrée
        }. La personne est mineure : elle n’a pas besoin de titre de séjour avant ses 18 ans.{ $renewal ->
            [refused] {""}
            [undated] {""} Si le renouvellement a été accordé, enregistrez la nouvelle carte ; sinon, si elle a besoin de travailler ou de suivre une formation, suivez la demande enregistrée.
           *[other] {""} Si elle a besoin de travailler ou de suivre une formation, demandez-en le renouvellement.
        } Préparez sa demande de titre de séjour à 18 ans, à déposer dans les délais (R. 431-5).{ $renewal ->
            [refused] { $recourse ->
                [no] {""}
               *[yes] {""} Vérifiez les recours possibles et leurs délais avec un ou une juriste.
            }
           *[other] {""}
        }
       *[none] Le document de séjour a expiré le { $expires } et aucune demande de renouvellement n’est enregistrée : la personne n’est plus en séjour régulier. Déposez la demande sans attendre ; l’attestation de prolongation n’est due que pour une demande complète déposée à temps (R. 431-15-1).
    }{ $estimated ->
        [yes] {""} Date de fin estimée d’après la durée du document, qui n’est pas enregistrée : vérifiez-la.
       *[no] {""}
    }{ $maybeMinor ->
        [yes] {""} Sa date de naissance n’est connue qu’à peu près : si elle a encore moins de 18 ans, aucun titre de séjour ne lui est exigé.
       *[no] {""}
    }
legal-warning-renewal-window-missed = La période de renouvellement s’est terminée le { $closes } ({ $held ->
        [authorisation] autorisation valable
       *[card] carte valable
    } jusqu’au { $expires }{ $estimated ->
        [yes] {""}, date estimée d’après sa durée légale : enregistrez la date de fin inscrite sur le document
       *[no] {""}
    }){ $minor ->
        [yes] { $state ->
            [late] {""} : la demande, déposée le { $filed }, l’a été hors délai.
            [undated] {""} : une demande de renouvellement est enregistrée sans date de dépôt (ni, si elle est décidée, de date de décision) ; enregistrez ses dates.
           *[none] {""} et aucune demande de renouvellement n’est enregistrée.
        } La personne est mineure : elle n’a pas besoin de titre de séjour avant ses 18 ans. { $state ->
            [late] Si elle travaille ou suit une formation et qu’aucune décision n’est rendue d’ici le { $expires }, demandez à la préfecture un document provisoire ; enregistrez sa décision.
           *[other] Si elle a besoin de travailler ou de suivre une formation, déposez la demande sans attendre.
        } Préparez sa demande de titre de séjour à 18 ans, à déposer dans les délais (R. 431-5).
       *[other] { $state ->
            [late] {""} : la demande, déposée le { $filed }, l’a été hors délai ; elle ne garantit plus l’attestation de prolongation (R. 431-5, R. 431-15-1). Si aucune décision n’est rendue d’ici le { $expires }, demandez à la préfecture un document provisoire ; enregistrez sa décision.
            [undated] {""} : une demande de renouvellement est enregistrée sans date de dépôt (ni, si elle est décidée, de date de décision). Enregistrez ses dates ; si elle n’a pas été déposée pour cette carte, déposez la demande immédiatement. Déposée hors délai, elle ne garantit plus l’attestation de prolongation (R. 431-5, R. 431-15-1).
           *[none] {""} : déposez la demande immédiatement. Déposée hors délai, elle ne garantit plus l’attestation de prolongation (R. 431-5, R. 431-15-1).
        }{ $minor ->
            [maybe] {""} Sa date de naissance n’est connue qu’à peu près : si elle a encore moins de 18 ans, aucun titre de séjour ne lui est exigé.
           *[no] {""}
        }
    }
legal-warning-renewal-after-expiry = La carte a pris fin le { $expires }{ $estimated ->
        [yes] {""} (date estimée d’après sa durée légale : enregistrez la date de fin inscrite sur la carte)
       *[no] {""}
    }{ $state ->
        [filed-late] {""} ; la demande de renouvellement, déposée le { $filed }, l’a été après la fin de la période de renouvellement (R. 431-5) : il n’est pas établi que la préfecture l’instruise comme un renouvellement tardif plutôt que comme une première demande, avec d’autres pièces. Faites confirmer au plus vite par un ou une juriste s’il faut la compléter ou en déposer une autre.
        [filed-early] {""} ; la demande de renouvellement, enregistrée comme déposée le { $filed }, l’a été avant l’ouverture de la période de renouvellement (R. 431-5) et ne compte peut-être pas comme déposée dans les délais : vérifiez auprès de la préfecture qu’elle a été enregistrée et faites confirmer au plus vite par un ou une juriste s’il faut la déposer de nouveau, comme renouvellement tardif ou comme première demande.
        [filed-undated] {""} ; la demande de renouvellement enregistrée n’a pas de date de dépôt : enregistrez-la. Il n’est pas établi que la préfecture l’instruise comme un renouvellement tardif plutôt que comme une première demande, avec d’autres pièces : faites-le confirmer au plus vite par un ou une juriste.
       *[none] {""} sans demande de renouvellement enregistrée : il n’est pas établi que la préfecture instruise la demande comme un renouvellement tardif plutôt que comme une première demande, avec d’autres pièces. Ne retardez pas le dépôt : faites confirmer au plus vite par un ou une juriste laquelle présenter.
    }
legal-warning-application-refused = Un refus est enregistré pour la demande { $route ->
        [reflection-period] de délai de réflexion
        [cst-l425-1] de première carte de séjour temporaire (L. 425-1)
        [cst-l425-1-renewal] de renouvellement de la carte de séjour temporaire (L. 425-1)
        [carte-resident-l425-3] de carte de résident (L. 425-3)
        [carte-resident-l425-3-renewal] de renouvellement de la carte de résident (L. 425-3)
        [aps-l425-4] d’autorisation provisoire de séjour (L. 425-4)
       *[other] de titre de séjour
    }{ $filedDated ->
        [yes] {""} déposée le { $filed }
       *[no] {""}
    }{ $dated ->
        [yes] , refusée le { $refused }
       *[no] , sans date de décision enregistrée
    }{ $appeal ->
        [none] , et rien n’est enregistré depuis : ni nouvelle demande, ni titre délivré, ni recours. Un refus se conteste dans des délais courts, plus courts encore lorsqu’une obligation de quitter le territoire français l’accompagne : montrez la décision sans attendre à un ou une juriste, qui dira quel recours former et avant quelle date (ces délais ne sont pas dans les règles de Passerelle). Enregistrez toute suite donnée dans le suivi : un recours sur la demande refusée, une nouvelle demande ou un titre délivré.
       *[other] . Un recours { $appeal ->
            [prefect] gracieux auprès du préfet
            [minister] hiérarchique auprès du ministre de l’Intérieur
           *[court] contentieux devant le tribunal administratif
        } est enregistré contre ce refus{ $appealDated ->
            [yes] {""}, déposé le { $appealed }
           *[no] {""}
        } : { $appeal ->
            [court] ce qu’il change à son séjour en attendant le jugement est à suivre avec un ou une juriste.
           *[other] il ne remplace pas forcément le recours devant le tribunal administratif, dont les délais sont courts, plus courts encore lorsqu’une obligation de quitter le territoire français accompagne le refus ; vérifiez-les sans attendre avec un ou une juriste.
        } Notez l’issue du recours dans les notes du dossier, et enregistrez dans le suivi toute nouvelle demande ou tout titre délivré.
    }
legal-warning-implicit-rejection-passed = La demande { $route ->
        [reflection-period] de délai de réflexion
        [cst-l425-1] de première carte de séjour temporaire (L. 425-1)
        [cst-l425-1-renewal] de renouvellement de la carte de séjour temporaire (L. 425-1)
        [carte-resident-l425-3] de carte de résident (L. 425-3)
        [carte-resident-l425-3-renewal] de renouvellement de la carte de résident (L. 425-3)
        [aps-l425-4] d’autorisation provisoire de séjour (L. 425-4)
       *[other] de titre de séjour
    } déposée le { $filed } n’a pas de décision enregistrée : le silence gardé quatre mois par la préfecture vaut rejet implicite depuis le { $rejected } (R. 432-2). Si aucune décision n’est arrivée, la demande n’est donc plus seulement en attente : ce rejet peut être contesté, dans des délais qu’un ou une juriste vérifiera sans attendre (ils ne sont pas dans les règles de Passerelle). Si une décision est arrivée, enregistrez-la.{ $recepisse ->
        [yes] {""} Un récépissé de la demande est en cours de validité jusqu’au { $recepisseUntil } : ce qu’il change à ce rejet implicite est aussi à faire confirmer par un ou une juriste.
       *[no] {""}
    }
legal-warning-renewal-filed-early = La demande de renouvellement est enregistrée comme déposée le { $filed }, avant l’ouverture de la période de renouvellement, du { $opens } au { $closes } ({ $held ->
        [authorisation] autorisation valable
       *[card] carte valable
    } jusqu’au { $expires }{ $estimated ->
        [yes] {""}, date estimée d’après sa durée légale : enregistrez la date de fin inscrite sur le document
       *[no] {""}
    }). Déposée trop tôt, elle ne compte peut-être pas comme déposée dans les délais, et l’attestation de prolongation n’est due que pour une demande déposée à temps (R. 431-5, R. 431-15-1). Vérifiez auprès de la préfecture qu’elle a été enregistrée ; sinon, déposez-la de nouveau pendant la période et enregistrez ce nouveau jour de dépôt.
legal-warning-renewal-granted = { $held ->
        [authorisation] Renouvellement de l’autorisation provisoire de séjour accordé
       *[card] Renouvellement de la carte accordé
    }{ $dated ->
        [yes] {""} le { $decided }
       *[no] {""}
    }. Quand la personne reçoit { $held ->
        [authorisation] la nouvelle autorisation
       *[card] la nouvelle carte
    }, enregistrez-la comme document de séjour actuel, avec ses dates de délivrance et de fin de validité : la prochaine période de renouvellement en dépend.
legal-warning-title-granted = { $route ->
        [cst-l425-1] Première carte de séjour (L. 425-1) accordée
        [carte-resident-l425-3] Carte de résident (L. 425-3) accordée
       *[aps-l425-4] Autorisation provisoire de séjour (L. 425-4) accordée
    }{ $dated ->
        [yes] {""} le { $decided }
       *[no] {""}
    }{ $held ->
        [none] , et aucun document de séjour actuel n’est enregistré
        [older] , et le document de séjour actuel enregistré est { $route ->
            [aps-l425-4] une autorisation plus ancienne
           *[other] une carte plus ancienne
        }
       *[other] , et le document de séjour actuel enregistré n’est pas { $route ->
            [aps-l425-4] cette autorisation
           *[other] cette carte
        }
    }. Si la personne l’a reçue, ou dès qu’elle la reçoit, enregistrez-la comme document de séjour actuel, avec ses dates de délivrance et de fin de validité : sa période de renouvellement se compte depuis sa fin de validité, et aucune échéance n’est suivie d’ici là.
legal-warning-other-title-held = La personne détient un autre titre de séjour. Que la carte L. 425-1 puisse être demandée à côté, et ce qu’elle lui apporterait ou lui ferait perdre (un statut de réfugié, une carte plus longue), est à confirmer par un ou une juriste avant toute demande.
legal-warning-temporary-protection-held = La personne bénéficie de la protection temporaire. Que la carte L. 425-1 puisse être demandée en même temps, et ce que devient la protection temporaire une fois la carte délivrée, est à confirmer par un ou une juriste.
legal-warning-asylum-application-pending =
    { $state ->
        [open] Demande d’asile enregistrée le { $registered } : une demande de titre de séjour sur un autre fondement, carte L. 425-1 comprise, est à déposer au plus tard le { $closes }, dans les deux mois qui suivent l’enregistrement (L. 431-2), sauf circonstances nouvelles.
        [closed] Demande d’asile enregistrée le { $registered } : le délai de deux mois pour demander un titre de séjour sur un autre fondement a pris fin le { $closes } (L. 431-2). Une demande reste possible sur des circonstances nouvelles, à établir avec un ou une juriste.
        [new-circumstance] Demande d’asile enregistrée le { $registered } ; délai de deux mois pour demander un titre sur un autre fondement : le { $closes } (L. 431-2). La plainte ou le témoignage, postérieurs à cet enregistrement, sont une circonstance nouvelle : la demande de carte L. 425-1 reste possible après ce délai.
        [filed-in-time] Demande d’asile enregistrée le { $registered } : la demande de titre de séjour sur un autre fondement a été déposée dans les deux mois qui suivent l’enregistrement (au plus tard le { $closes }, L. 431-2).
        [filed-late] Demande d’asile enregistrée le { $registered } : la demande de titre de séjour sur un autre fondement, déposée le { $filed }, l’a été après la fin du délai de deux mois (le { $closes }, L. 431-2). Elle n’est recevable que sur des circonstances nouvelles, à établir avec un ou une juriste.
       *[date-unknown] Une demande d’asile est en cours : l’article L. 431-2 fixe un délai de deux mois après son enregistrement pour demander un titre de séjour sur un autre fondement, sauf circonstances nouvelles. Enregistrez la date d’enregistrement de la demande d’asile pour connaître ce délai.
    } Les deux démarches peuvent se cumuler ; la carte L. 425-1 permet de travailler, ce que la demande d’asile ne permet pas d’emblée. Délai et articulation à confirmer par un ou une juriste.
legal-warning-offence-outside-l425-1 =
    { $forced ->
        [yes] Travail forcé ou réduction en servitude (225-14-1, 225-14-2) : ces faits sont souvent aussi une traite des êtres humains. Si les faits comprennent un recrutement, un transport, un hébergement ou un accueil de la personne en vue de cette exploitation, cochez aussi « traite des êtres humains ».
       *[no] Rétribution inexistante ou insuffisante, ou conditions de travail ou d’hébergement incompatibles avec la dignité humaine (225-13, 225-14).
    } Dans son texte vérifié, l’article L. 425-1 ne vise que la traite et le proxénétisme : lorsque seules ces infractions sont cochées, les voies L. 425-1 et suivantes sont indiquées « non éligibles ». { $conditions ->
        [yes] Le projet de loi de 2024 étendait L. 425-1 à l’article 225-14 ; que la loi n° 2024-42 l’ait retenu n’est pas vérifié. À confirmer par un ou une juriste.
       *[no] À confirmer par un ou une juriste.
    } Voies à envisager : admission exceptionnelle au séjour (L. 435-1), asile.
legal-warning-permit-expiry-estimated = { $state ->
        [no-length] La date de fin de validité du document de séjour n’est pas enregistrée, et sa durée n’est pas fixe (au moins six mois pour l’autorisation provisoire de séjour) : la période de renouvellement et la fin de son séjour régulier ne peuvent pas être calculées depuis sa date de délivrance. Enregistrez la date de fin inscrite sur le document.
        [unknown] Ni la date de fin de validité ni la date de délivrance du document de séjour ne sont enregistrées : la période de renouvellement et la fin de son séjour régulier ne peuvent pas être calculées. Enregistrez les dates inscrites sur le document.
       *[estimated] La date d’expiration n’est pas enregistrée : d’après la durée légale, la carte expirerait le { $expires }. Vérifiez la date inscrite sur la carte et enregistrez-la.
    }
legal-warning-resident-card-renewal-habitual-residence = Renouvellement de la carte de résident : la préfecture vérifiera que la personne a établi sa résidence habituelle en France, c’est-à-dire qu’elle y a le centre de ses intérêts privés et familiaux et y séjourne au moins six mois au cours de l’année civile (L. 433-3-1) ; à défaut, le renouvellement peut être refusé (L. 432-3 2°). L’exception prévue pour les personnes réfugiées ne vise pas cette carte. Le dossier n’enregistre pas ces faits : vérifiez avec la personne ses séjours hors de France et gardez les preuves de sa présence (bail ou attestation d’hébergement, factures, bulletins de salaire, soins). Conditions de L. 433-3-1 connues par des sources secondaires : à confirmer par un ou une juriste.

## Autres voies à envisager

legal-see-also-asylum =
    { $caseLaw ->
        [nigeria-edo-delta] Asile : la CNDA (30 mars 2017, n° 16015058) reconnaît comme groupe social les Nigérianes victimes d’un réseau de traite qui s’en sont extraites ou tentent de le faire, le Conseil d’État (16 octobre 2019, n° 418328) celles de l’État d’Edo qui s’en sont effectivement extraites ; la CNDA l’a étendu à l’État de Delta (24 février 2020, n° 19017840). Hors de ces États, la protection subsidiaire peut être envisagée.
       *[general] Asile : la traite peut constituer une persécution ; à défaut, la protection subsidiaire peut être envisagée.
    } La demande d’asile peut être menée en même temps que la plainte.
legal-see-also-admission-exceptionnelle-l435-1 = Admission exceptionnelle au séjour (L. 435-1) : pour une victime qui ne peut pas coopérer (par exemple par peur de représailles), ou dont la coopération n’ouvre pas la carte L. 425-1. Décision laissée à l’appréciation du préfet.{ $algerian ->
        [yes] {""} Pour une personne de nationalité algérienne, l’accord franco-algérien de 1968 régit le séjour : c’est le pouvoir général de régularisation du préfet qui en tient lieu, pas l’article L. 435-1 lui-même (à confirmer par un ou une juriste).
       *[no] {""}
    }
legal-see-also-domestic-violence-l425-6 = Violences au sein du couple (y compris d’un ancien conjoint, partenaire ou concubin) : une ordonnance de protection (art. 515-9 du Code civil) ouvre une carte « vie privée et familiale » d’un an, délivrée dans les plus brefs délais (L. 425-6). Voir aussi l’ordonnance de protection contre un mariage forcé (L. 425-7) et la carte de résident après condamnation définitive de l’auteur (L. 425-8) : numéros d’articles à confirmer par un ou une juriste.
legal-see-also-victim-support-measures = À côté du titre de séjour : protection policière pendant la procédure si la personne est en danger (R. 425-7) ; hébergement, et orientation vers le dispositif national AC.SÉ quand sa sécurité demande un éloignement (R. 425-8) ; aide juridictionnelle et avocat ; indemnisation par la commission d’indemnisation des victimes d’infractions (CIVI).
legal-see-also-republican-integration-contract = Contrat d’intégration républicaine (CIR, L. 413-2, texte actuel non lu) : en principe, l’étranger admis pour la première fois au séjour qui souhaite s’y maintenir durablement le signe avec l’État, et l’OFII le convoque. Ne pas manquer une convocation de l’OFII. La liste des dispenses consultée (L. 413-5, version non datée) nomme les cartes L. 423-13 et L. 425-9, pas la carte L. 425-1 : savoir si une personne qui obtient la carte L. 425-1 doit signer ce contrat est à confirmer par un ou une juriste.
legal-see-also-exit-programme-l425-4 = Parcours de sortie de la prostitution (L. 425-4 du CESEDA, L. 121-9 du CASF) : y compris sans plainte ni témoignage, une victime de proxénétisme ou de traite qui cesse la prostitution peut s’engager dans le parcours, accompagnée par une association agréée, sur autorisation du préfet. Une fois admise, elle peut demander une autorisation provisoire de séjour d’au moins six mois, qui permet de travailler et que le préfet peut délivrer.
legal-see-also-minor-at-18 =
    { $placement ->
        [by-16] Placement à l’aide sociale à l’enfance ou chez un tiers digne de confiance au plus tard à 16 ans : carte « vie privée et familiale » à 18 ans (L. 423-22), selon le sérieux de la formation, les liens avec la famille restée au pays et l’avis de la structure d’accueil.
        [after-16] Placement entre 16 et 18 ans : admission exceptionnelle au séjour « salarié » ou « travailleur temporaire » (L. 435-3).
        [unknown] Placement à l’aide sociale à l’enfance : précisez la date et le type de placement pour choisir entre L. 423-22 (au plus tard à 16 ans) et L. 435-3 (entre 16 et 18 ans).
       *[none] Personne mineure ou tout juste majeure : à 18 ans, carte L. 423-22 après un placement à l’aide sociale à l’enfance au plus tard à 16 ans, ou L. 435-3 après un placement entre 16 et 18 ans. Une personne reconnue victime en tant que mineure peut obtenir un titre de séjour à 18 ans.
    }

## Échéances

legal-deadline-reflection-period-end = Fin du délai de réflexion : { $date }
legal-deadline-permit-expires = Fin de validité du document de séjour : { $date }
legal-deadline-renewal-window-opens = Début de la période de renouvellement : { $date }
legal-deadline-renewal-window-closes = Fin de la période de renouvellement : { $date }
legal-deadline-document-expires = { $document } : valable jusqu’au { $date }
legal-deadline-document-fresh-until = { $document } : assez récent pour la demande jusqu’au { $date }
legal-deadline-turns-18 = 18 ans : { $date }
legal-deadline-majority-application-closes = Dernier jour pour demander un titre de séjour après les 18 ans : { $date }
legal-deadline-asylum-other-grounds-closes = Dernier jour pour demander un titre de séjour sur un autre fondement que l’asile, sauf circonstances nouvelles (L. 431-2) : { $date }
legal-deadline-planned-filing = Dépôt du dossier prévu à la préfecture : { $date }
legal-deadline-implicit-rejection = Sans réponse de la préfecture, demande rejetée implicitement (silence de 4 mois, R. 432-2) : { $date }. Enregistrez la décision reçue, ou voyez un ou une juriste pour un recours.
legal-deadline-label = { $deadline }{ $estimated ->
        [yes] { $confirm ->
            [yes] {""} (date estimée, à confirmer par un ou une juriste)
           *[no] {""} (date estimée)
        }
       *[no] { $confirm ->
            [yes] {""} (à confirmer par un ou une juriste)
           *[no] {""}
        }
    }
legal-planned-filing-too-late = { $kind ->
    [renewal-window-closes] Prévu après la fin de la période de renouvellement ({ $date }) : avancez le dépôt.
    [permit-expires] Prévu après la fin de validité du document de séjour ({ $date }) : avancez le dépôt.
    [majority-application-closes] Prévu après le dernier jour pour demander un titre de séjour après les 18 ans ({ $date }) : avancez le dépôt.
   *[asylum-other-grounds-closes] Prévu après le dernier jour pour demander un titre de séjour sur un autre fondement que l’asile ({ $date }) : avancez le dépôt, sauf circonstances nouvelles.
}
legal-planned-filing-too-early = Prévu avant l’ouverture de la période de renouvellement ({ $date }) : s’il s’agit de ce renouvellement, une demande déposée avant ce jour pourrait ne pas compter comme déposée à temps (R. 431-5) ; reportez alors le dépôt.

## Pièces

legal-document-birth-certificate = Copie intégrale d’acte de naissance
legal-document-passport = Passeport
legal-document-id-card = Carte nationale d’identité avec photo
legal-document-consular-certificate = Attestation consulaire avec photographie
legal-document-consular-card = Carte consulaire avec photographie
legal-document-nationality-certificate = Certificat de nationalité avec photographie
legal-document-proof-of-address = Justificatif de domicile
legal-document-complaint-receipt = Récépissé de dépôt de plainte
legal-document-procedure-reference = Référence de la procédure pénale
legal-document-cerpr = Contrat d’engagement à respecter les principes de la République, signé
legal-document-e-photo = Planche photo avec code e-photo
legal-document-identity-photo = Photo d’identité papier (sans code e-photo)
legal-document-current-permit = Document de séjour actuel
legal-document-proceedings-ongoing-proof = Preuve que la procédure pénale est en cours
legal-document-final-conviction-proof = Preuve que la condamnation est définitive
legal-document-association-letter = Lettre de soutien de l’association
legal-document-exit-programme-decision = Décision d’admission au parcours de sortie de la prostitution

legal-item-status-ok = Fourni
legal-item-status-missing = Manquant
legal-item-status-expired = Trop ancien
legal-item-status-requested = Demandé
legal-item-status-satisfied-by-alternative = Remplacé par un document accepté
legal-item-status-confiscated = Entre les mains des auteurs

## Notes pour l’intervenant

legal-note-anef-filing = Dépôt en ligne sur l’ANEF, obligatoire pour ces titres depuis le 3 octobre 2023 (R. 431-2). Une personne qui ne peut pas utiliser le téléservice a droit à un accompagnement et à une solution de substitution. L’attestation de dépôt ne prouve pas le séjour régulier (R. 431-15-1).
legal-note-anef-filing-resident-card = Renouvellement de la carte de résident : dépôt en ligne sur l’ANEF depuis le 4 juillet 2024 (arrêté du 1er juillet 2024, selon une source secondaire : à confirmer). Une personne qui ne peut pas utiliser le téléservice a droit à un accompagnement et à une solution de substitution (R. 431-2). L’attestation de dépôt ne prouve pas le séjour régulier (R. 431-15-1).
legal-note-card-free-of-charge = La carte est gratuite : exonération des taxes et du droit de timbre (L. 436-8).
legal-note-renewal-tax-to-confirm = Taxes : la fiche F32257 de service-public.fr dit la carte délivrée gratuite et cite l’exonération des taxes et du droit de timbre de l’article L. 436-8 ; que cette exonération couvre aussi le renouvellement n’est pas vérifié (texte de l’article non lu). À confirmer par un ou une juriste avant de payer ou de la demander.
legal-note-filing-channel-resident-card = Où déposer : la source consultée rend le dépôt sur l’ANEF obligatoire pour les titres « vie privée et familiale » (depuis le 3 octobre 2023) et pour le renouvellement de la carte de résident (depuis le 4 juillet 2024, selon une source secondaire), pas expressément pour une première carte de résident. Demandez à la préfecture ; à confirmer par un ou une juriste.
legal-note-minor-under-16-no-permit = Moins de 16 ans : aucun titre de séjour n’est exigé et la carte L. 425-1 ne peut pas être délivrée avant ses 16 ans : aucune pièce à réunir pour elle d’ici là. Préparez plutôt les 18 ans (placement à l’aide sociale à l’enfance, L. 423-22).
legal-note-resident-card-tax-to-confirm = Taxes : l’exonération de l’article L. 436-8 couvre la carte de la victime (L. 425-1) ; qu’elle couvre aussi la carte de résident L. 425-3 n’est pas vérifié. À confirmer par un ou une juriste avant de payer ou de la demander.
legal-note-birth-certificate-full-copy = Copie intégrale avec les dernières mentions, et le jugement ordonnant sa transcription s’il y en a un.
legal-note-identity-alternatives = Passeport (pages d’état civil, dates de validité, cachets d’entrée, visas). À défaut : attestation consulaire, carte consulaire ou carte d’identité avec photographie, ou certificat de nationalité de moins de 6 mois avec photographie.
legal-note-domiciliation-accepted = De moins de 6 mois le jour du dépôt. Une domiciliation auprès d’une association ou d’un CCAS est en principe acceptée (circulaire du 19 mai 2015, connue par une source secondaire) ; l’adresse de l’association protège la personne.
legal-note-complaint-receipt-or-reference = Récépissé du dépôt de plainte, ou référence de la procédure pénale où la personne a témoigné (R. 425-5).
legal-note-cerpr-required = Obligatoire pour toute demande déposée depuis le 17 juillet 2024, première demande comme renouvellement : un nouveau contrat signé à chaque demande (L. 412-7, R. 412-1).
legal-note-cerpr-optional-algerian = Peut-être facultatif pour les ressortissants algériens, dont le séjour relève de l’accord franco-algérien (service-public.fr, fiche F38329, source secondaire) : à confirmer par un ou une juriste. En attendant, le contrat reste dans la liste des pièces : le signer ne coûte rien, son absence peut bloquer la demande.
legal-note-e-photo-code = Code e-photo remis par un photographe ou une cabine agréés, à saisir sur l’ANEF.
legal-note-association-letter = Lettre de soutien de l’association qui accompagne la personne : conseillée, non obligatoire. Passerelle la rédige (dans l’application : sur la page du dossier, dans « Documents », « Lettre de soutien », puis « Imprimer » ou « Enregistrer en PDF ») ; une fois signée, marquez-la « je l’ai ».
legal-note-proceedings-ongoing-proof = Attestation du parquet ou du juge d’instruction, convocation à l’audience, déclaration d’appel ou lettre de l’avocat.
legal-note-final-conviction-proof = Certificat de non-appel ou de non-pourvoi, ou copie du jugement ou de l’arrêt devenu définitif.
legal-note-current-permit-regular-stay = Carte, récépissé ou attestation de prolongation en cours de validité le jour de la demande (« régularité du séjour », L. 425-3). Gardez aussi la preuve du séjour régulier le jour où la condamnation est devenue définitive : son exigence est à confirmer par un ou une juriste.
legal-note-exit-programme-decision = Autorisation du préfet d’engager le parcours de sortie de la prostitution, demandée par une association agréée (L. 121-9 du Code de l’action sociale et des familles).
legal-note-identity-photo-reflection = Photo d’identité pour le récépissé de 30 jours, délivré par le préfet après le signalement de la police ou de la gendarmerie.
legal-note-documents-not-itemised = Les textes consultés ne détaillent pas cette liste : elle suit la pratique. À confirmer auprès de la préfecture ou d’un ou d’une juriste.

## Faits manquants

legal-fact-cooperation-complaint = Plainte
legal-fact-cooperation-testimony = Témoignage dans une procédure pénale
legal-fact-exit-prostitution-programme = Admission au parcours de sortie de la prostitution
legal-fact-applications = Date de dépôt de la demande de carte de résident
legal-fact-current-permit = Document de séjour actuel
legal-fact-person-nationality = Nationalité
legal-fact-person-other-nationalities = Autres nationalités
legal-fact-person-address-postcode = Code postal de l’adresse
legal-fact-victim-of = Infraction subie (traite, proxénétisme, travail forcé, servitude, conditions de travail ou d’hébergement)
legal-fact-ties-with-perpetrators-broken = Rupture des liens avec les auteurs
legal-fact-public-order-threat = Menace pour l’ordre public
legal-fact-person-birth-date = Date de naissance
legal-fact-work-or-training-project = Projet de travail ou de formation professionnelle (16 à 18 ans)
legal-fact-criminal-case-stage = État de la procédure pénale
legal-fact-criminal-case-final-conviction-date = Date à laquelle la condamnation est devenue définitive
legal-fact-criminal-case-regular-stay-on-final-conviction = Séjour régulier le jour de la condamnation définitive

## Confiance et gravité

legal-confidence-v = Vérifié dans un texte officiel
legal-confidence-s = Source secondaire
legal-confidence-i = Déduction non vérifiée
legal-article-number-to-confirm = { $article } (numéro d’article à confirmer)
# Les sources autres que les codes, comme le paquet les cite (core::overview::cite)
legal-source-circular = Circulaire du { $date }{ $paragraph }
legal-source-order = Arrêté du { $date }
legal-source-franco-algerian-agreement = Accord franco-algérien du { $date }
legal-source-decree = Décret n° { $number } du { $date }
legal-source-ordinance = Ordonnance n° { $number } du { $date }
legal-source-ruling = { $court }, { $date }, n° { $number }
legal-source-sheet = Fiche { $sheet } de service-public.fr ({ $date })
legal-confirm-by-jurist = À confirmer par un ou une juriste
legal-severity-info = Information
legal-severity-caution = Attention
legal-severity-danger = Risque
legal-rule-pack-version = Évaluation faite avec les règles de droit de Passerelle, version { $version }.
legal-rule-pack-in-force-on = Règles en vigueur au { $date } (jour du dépôt prévu, ou aujourd’hui), là où le droit change à une date donnée.
legal-rule-pack-outdated = Ces règles décrivent le droit au { $date } : il a pu changer depuis.
legal-rule-pack-unreviewed = Ces règles n’ont pas encore été relues par un ou une juriste.
legal-rule-pack-reviewed = Règles relues par { $by } le { $date }.

## Fiche de relecture du pack de règles (pour un ou une juriste)

legal-review-title = Fiche de relecture des règles juridiques
legal-review-pack = Paquet de règles de droit, version { $version }, droit à jour au { $lawAsOf }
legal-review-reviewed = Relu par { $by } le { $date }
legal-review-unreviewed = Non relu par un ou une juriste
legal-review-printed = Imprimée le { $date }
legal-review-instructions = Une ligne par règle : ce que l’application affiche, puis les articles, le niveau de certitude et la source. Cochez la case de chaque règle vérifiée dans le texte en vigueur ; annotez celles à corriger. [V] vérifié dans un texte officiel ; [S] source secondaire ; [I] inférence : à confirmer par un ou une juriste.
legal-review-confidence = [{ $letter }] { $tag ->
        [v] vérifié
        [s] source secondaire, à confirmer par un ou une juriste
       *[i] inférence, à confirmer par un ou une juriste
    }
legal-review-source = Source : { $source }
legal-review-permit = { $permit } : { $unit ->
        [years] valable { $count ->
            [one] un an
           *[other] { $count } ans
        }
        [days] valable { $count } jours
       *[none] aucune durée de validité retenue par l’application (la date de fin est celle inscrite sur le document)
    }.
legal-review-permit-renewal = { $permit }, renouvellement : la demande se dépose { $window }.
legal-review-renewal-window = Période de renouvellement { $name } : la demande se dépose { $window }.
legal-review-window = { $unit ->
        [months] dans les { $opens } mois
       *[days] entre { $opens } jours
    } { $unit ->
        [months] qui précèdent la fin de validité, au plus tard { $closes ->
            [one] la veille
           *[other] { $closes } jours avant
        }
       *[days] et { $closes } jours avant la fin de validité
    }
legal-review-length = { $unit ->
        [days] { $count } jours
        [months] { $count } mois
       *[eve] veille des { $count } ans
    }
legal-review-counted = délai retenu : { $length }
legal-review-window-name-anef = des titres déposés sur l’ANEF (liste de R. 431-2)
legal-review-window-name-before-expiry = des autres titres
legal-review-rule-id = Règle « { $id } »
legal-review-section = { $section ->
        [notConcerned] Personnes non concernées
        [conditions] Conditions
        [routes] Voies de régularisation
        [warnings] Alertes
        [seeAlso] Voies voisines et mesures à ne pas oublier
        [permits] Titres et documents de séjour
        [renewalWindows] Périodes de renouvellement
        [deadlines] Échéances
        [freshness] Ancienneté des pièces
        [notes] Notes des listes de pièces
       *[checklists] Listes de pièces, par voie
    }
legal-review-signature-name = Nom, qualité et signature du ou de la juriste :
legal-review-signature-scope = Étendue de la relecture (sections, réserves) :
legal-review-signature-date = Date :

# Questions de l’entretien que la personne lit aussi, côte à côte avec le français.
# Mêmes identifiants et mêmes variables dans toutes les langues (tests/tests/l10n.rs).
# Les réponses sont enregistrées sous forme de codes (« yes », « NG », « cst-vpf-l425-1 ») :
# une traduction ne change jamais ce qui est enregistré. Les questions réservées à
# l’intervenant·e et les explications juridiques sont dans interview-worker.ftl.
# Les questions s’adressent à la personne (« vous ») : l’intervenant·e peut les lire à voix haute.

## Accueil et réponses communes
iv-welcome = Cet entretien est confidentiel. Vous pouvez répondre « je ne sais pas ». Vous pouvez demander une pause à tout moment.
iv-worker-only = Cette question s’adresse à la personne qui mène l’entretien.
iv-none = Aucun
iv-opt-yes = Oui
iv-opt-no = Non
iv-opt-not-established = Je ne sais pas (non établi)

## Étapes
iv-step-identity = Identité et langues
iv-step-situation = Situation
iv-step-cooperation = Plainte et procédure
iv-step-ties = Liens avec les auteurs
iv-step-public-order = Événements passés
iv-step-permit = Document de séjour actuel
iv-step-documents = Documents
iv-intro-ties = Ces questions sont posées parce que la loi les pose. Vos réponses restent confidentielles.
iv-intro-public-order = Ces questions aident à préparer votre dossier. Ce qui vous a été imposé par d’autres peut être expliqué.
iv-intro-documents = Pour chaque document, dites si vous l’avez.

## Identité et langues
iv-q-family-name = Quel est votre nom de famille ?
iv-q-given-names = Quels sont vos prénoms ?
iv-q-aliases = Avez-vous utilisé d’autres noms, ou des papiers à un autre nom ? (un nom par ligne)
iv-q-sex = Vous êtes :
iv-opt-sex-f = une femme
iv-opt-sex-m = un homme
iv-opt-sex-x = autre
iv-q-birth-date = Quelle est votre date de naissance ?
iv-q-birth-place = Quel est votre lieu de naissance ? (ville et pays)
iv-q-nationality = Quelle est votre nationalité ?
iv-opt-nationality-stateless = apatride
iv-q-other-nationalities = Avez-vous aussi une autre nationalité ? Laquelle ou lesquelles ?
iv-q-languages = Quelles langues parlez-vous ?
iv-q-address-line = À quelle adresse pouvez-vous recevoir du courrier ? (rue, ou « chez » l’association)
iv-q-postcode = Code postal de cette adresse
iv-q-commune = Commune de cette adresse
iv-q-city = Ville de cette adresse
iv-q-phone = À quel numéro de téléphone peut-on vous joindre ? (imprimé sur le courrier ; laissez vide si vous préférez)

## Situation
iv-q-exit-programme = Êtes-vous { $sex ->
        [M] admis
        [F] admise
       *[other] admis(e)
    } dans un parcours de sortie de la prostitution ?
iv-q-exit-programme-date = Depuis quelle date ?
iv-q-domestic-violence = Subissez-vous des violences de la part d’un conjoint, d’un partenaire ou d’un membre de votre famille ?
iv-q-protection-order = Un juge a-t-il rendu une ordonnance de protection pour vous ?
iv-q-protection-order-date = Date de l’ordonnance de protection
iv-q-child-welfare = Un juge a-t-il décidé de vous confier à l’aide sociale à l’enfance (ASE) ou à une personne de confiance ?
iv-q-child-welfare-date = Depuis quelle date ?
iv-q-child-welfare-placement = Le juge a décidé de vous confier :
iv-opt-child-welfare-placement-ase = à l’aide sociale à l’enfance (ASE)
iv-opt-child-welfare-placement-trusted-third-party = à une personne de confiance (tiers digne de confiance)
iv-q-work-or-training = Travaillez-vous ou suivez-vous une formation professionnelle, ou en avez-vous le projet ?

## Plainte et procédure
iv-q-complaint = Avez-vous porté plainte auprès de la police ou de la gendarmerie ?
iv-q-complaint-date = Date de la plainte
iv-q-complaint-service = Où avez-vous porté plainte ? (commissariat, gendarmerie)
iv-q-testimony = Avez-vous témoigné dans une procédure pénale contre les personnes qui vous exploitaient ?
iv-q-testimony-date = Date du témoignage
iv-q-testimony-service = Devant quel service ou quel tribunal ?
iv-q-reflection-recepisse = La préfecture vous a-t-elle remis un récépissé pour un délai de réflexion de 30 jours ?
iv-q-reflection-date = Date de remise de ce récépissé

## Liens avec les auteurs
iv-q-ties-broken = Avez-vous coupé tout contact avec les personnes qui vous exploitaient ?

## Antécédents
iv-q-false-documents = Avez-vous déjà utilisé de faux papiers, ou les papiers d’une autre personne ?
iv-q-removal-order = Avez-vous déjà reçu une obligation de quitter le territoire français (OQTF) sans quitter la France ensuite ?

## Document de séjour actuel
iv-q-permit-kind = Quel document de séjour avez-vous aujourd’hui ?
iv-opt-permit-kind-none = aucun
iv-opt-permit-kind-recepisse-reflection = récépissé du délai de réflexion (30 jours)
iv-opt-permit-kind-recepisse-application = récépissé de demande de titre de séjour
iv-opt-permit-kind-cst-vpf-l425-1 = carte de séjour temporaire « vie privée et familiale » (victime)
iv-opt-permit-kind-aps-l425-4 = autorisation provisoire de séjour (parcours de sortie de la prostitution)
iv-opt-permit-kind-carte-resident-l425-3 = carte de résident (10 ans)
iv-opt-permit-kind-temporary-protection = autorisation provisoire de séjour « protection temporaire » (par exemple, personnes déplacées d’Ukraine)
iv-opt-permit-kind-asylum-application = attestation de demande d’asile
iv-opt-permit-kind-other = un autre document
iv-q-permit-issued = Date de délivrance de ce document
iv-q-permit-expires = Date de fin de validité de ce document
iv-q-permit-renewals = Combien de fois cette carte a-t-elle déjà été renouvelée ?
iv-q-renewal-filed-on = Date de dépôt de la demande de renouvellement
iv-opt-renewal-filed-on-not-filed = pas encore déposée

## Documents
iv-opt-document-status-have = je l’ai
iv-opt-document-status-missing = je ne l’ai pas
iv-opt-document-status-requested = demandé, en attente
iv-opt-document-status-confiscated = entre les mains des auteurs
iv-q-document-date = { $document } : date de délivrance
iv-q-document-number = { $document } : numéro
iv-q-document-expires = { $document } : date d’expiration (valable jusqu’au)

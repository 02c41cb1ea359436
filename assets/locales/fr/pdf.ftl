# Words printed in the PDFs: the checklist (French beside the person's language), page numbers,
# and the names of supporting documents, which the cover letter's P.J. list also uses.
# Every language has exactly these ids and variables. Rust applies French typography to French.
# Person-facing text is plain language: short sentences, « vous », no legal jargon.

pdf-page = Page { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Copie intégrale d’acte de naissance
pdf-doc-passport = Passeport
pdf-doc-id-card = Carte nationale d’identité
pdf-doc-consular-certificate = Attestation consulaire avec photographie
pdf-doc-consular-card = Carte consulaire avec photographie
pdf-doc-nationality-certificate = Certificat de nationalité avec photographie
pdf-doc-proof-of-address = Justificatif de domicile
pdf-doc-complaint-receipt = Récépissé de dépôt de plainte
pdf-doc-procedure-reference = Référence de la procédure pénale
pdf-doc-cerpr = Contrat d’engagement à respecter les principes de la République (CERPR), signé
pdf-doc-e-photo = Planche photo avec code e-photo
pdf-doc-identity-photo = Photo d’identité (tirage papier, sans code e-photo)
pdf-doc-current-permit = Titre de séjour en cours de validité
pdf-doc-proceedings-ongoing-proof = Justificatif de la procédure pénale en cours
pdf-doc-final-conviction-proof = Justificatif du caractère définitif de la condamnation
pdf-doc-association-letter = Lettre de soutien de l’association
pdf-doc-exit-programme-decision = Décision d’admission au parcours de sortie de la prostitution

## Where an item stands

pdf-status-ok = Vous l’avez
pdf-status-missing = À obtenir
pdf-status-stateless = À voir avec l’association
pdf-status-expired = Date trop ancienne : à refaire
pdf-status-expired-at-filing = À refaire juste avant la demande
pdf-status-expired-to-check = Date peut-être trop ancienne : l’association vérifiera
pdf-status-permit-ended = Plus valable : à renouveler
pdf-status-permit-ended-renewal-filed = Plus valable : renouvellement demandé
pdf-status-permit-ended-renewal-refused = Plus valable : renouvellement refusé
pdf-status-permit-ended-renewal-granted = Plus valable : renouvellement accordé
pdf-status-permit-ended-renewal-undated = Plus valable : renouvellement à vérifier avec l’association
pdf-status-permit-ended-see-association = Plus valable : à voir avec l’association
pdf-status-date-unknown = Date à noter
pdf-status-requested = Demande faite, en attente
pdf-status-satisfied-by-alternative = Un autre document accepté le remplace
pdf-status-replaced-to-check = Un autre document peut le remplacer : l’association vérifiera
pdf-status-confiscated = Entre les mains des auteurs

## Checklist

pdf-checklist-title = Documents pour votre demande
pdf-checklist-issued = Liste établie le { $date }
pdf-checklist-intro = Une case par document. Cochez la case quand vous avez le document. Gardez toujours les originaux : on vous demandera des copies ou des fichiers numérisés.
pdf-checklist-intro-none = Aucun document à réunir pour l’instant pour cette démarche.
pdf-checklist-practice = Aucun texte ne fixe la liste des pièces de cette demande : celle-ci suit la pratique des préfectures, et l’association la vérifiera avec vous. La préfecture peut en demander d’autres.
pdf-checklist-alternatives = Accepté à la place : { $documents }
pdf-route-reflection-period = Délai de réflexion de 30 jours (CESEDA, articles R. 425-1 et R. 425-2)
pdf-route-cst-l425-1 = Première carte de séjour « vie privée et familiale » (CESEDA, article L. 425-1)
pdf-route-cst-l425-1-renewal = Renouvellement de la carte de séjour « vie privée et familiale » (CESEDA, article L. 425-1)
pdf-route-carte-resident-l425-3 = Carte de résident de 10 ans (CESEDA, article L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Renouvellement de la carte de résident (CESEDA, article L. 425-3)
pdf-route-aps-l425-4 = Autorisation provisoire de séjour (CESEDA, article L. 425-4)

## What happens next

pdf-next-title = Et ensuite ?
pdf-next-reflection = Pendant le délai de réflexion (30 jours à partir du jour où vous recevez le récépissé), vous avez le droit de travailler et personne ne peut vous obliger à quitter la France. Vous pouvez aussi avoir un hébergement, une couverture santé, une allocation, un accompagnement social, une aide juridique et, si vous êtes en danger, la protection de la police.
# The same for a person who is or may be under 16: her right to work is not said (the age from
# which labour law lets her work is not in the legal facts: for a jurist).
pdf-next-reflection-under-16 = Pendant le délai de réflexion (30 jours à partir du jour où vous recevez le récépissé), personne ne peut vous obliger à quitter la France. Vous pouvez aussi avoir un hébergement, une couverture santé, une allocation, un accompagnement social, une aide juridique et, si vous êtes en danger, la protection de la police.
pdf-next-reflection-decide = Vous pouvez utiliser ce temps pour décider si vous portez plainte ou si vous témoignez.
pdf-next-reflection-period = Si vous portez plainte ou si vous témoignez, vous pourrez demander une carte de séjour d’un an qui vous permet de travailler. L’association peut vous aider à préparer cette demande.
pdf-next-reflection-period-under-16 = Si vous portez plainte ou si vous témoignez, vous pourrez, à partir de 16 ans, demander une carte de séjour d’un an. L’association peut vous aider à préparer cette demande.
pdf-next-cst-l425-1 = Après le dépôt, demandez à la préfecture le document qui prouve que vous pouvez rester en France pendant l’examen de votre demande (souvent un récépissé) : ce qu’il permet, notamment de travailler, dépend de ce document, et l’association le vérifiera avec vous. La carte de séjour dure un an, elle vous permet de travailler et elle est gratuite. Elle peut être renouvelée tant que la procédure pénale continue.
pdf-next-cst-l425-1-renewal = Demandez le renouvellement entre 120 jours et 60 jours avant la fin de votre carte. Si vous le faites à temps et que la décision n’est pas prise à la fin de votre carte, vous recevez une attestation de prolongation de l’instruction, qui vous permet de rester en France et de travailler jusqu’à la décision.
pdf-next-carte-resident-l425-3 = La carte de résident dure 10 ans. Déposez la demande avant la fin de votre titre de séjour actuel : la préfecture vérifie que votre séjour est régulier.
pdf-next-carte-resident-l425-3-ended = La carte de résident dure 10 ans. Votre titre de séjour actuel a pris fin le { $date }, et la préfecture vérifie que votre séjour est régulier : parlez-en tout de suite à l’association.
pdf-next-carte-resident-l425-3-ended-undated = La carte de résident dure 10 ans. Votre titre de séjour actuel a pris fin, et la préfecture vérifie que votre séjour est régulier : parlez-en tout de suite à l’association.
pdf-next-carte-resident-l425-3-renewal = Demandez le renouvellement de votre carte de résident entre 120 jours et 60 jours avant sa fin. Pour la renouveler, la préfecture vérifie que vous vivez en France : en principe au moins 6 mois par an. Gardez des preuves de votre vie en France et dites à l’association si vous avez passé de longues périodes à l’étranger.
pdf-next-renewal-window-to-check = Ces dates sont à vérifier avec l’association : la règle qui les fixe pour votre carte reste à confirmer.
pdf-next-renewal-late = La période pour demander le renouvellement à temps s’est terminée le { $date }. Déposez votre demande tout de suite, avec l’association. Déposée en retard, elle ne vous donne peut-être plus droit à l’attestation qui vous permet de rester en France et de travailler pendant l’examen.
pdf-next-renewal-filed-late = Votre demande de renouvellement a été déposée après la fin de la période prévue ({ $date }) : vous n’aurez peut-être pas droit à l’attestation qui vous permet de rester en France et de travailler pendant l’examen. Gardez la preuve du dépôt et parlez-en à l’association.
pdf-next-renewal-filed-in-time = Votre demande de renouvellement a été déposée le { $date }, pendant la période prévue. Si la décision n’a pas été prise à la fin de votre carte, vous recevez une attestation de prolongation de l’instruction, qui vous permet de rester en France et de travailler pendant l’examen : gardez-la avec votre carte et la preuve du dépôt. Si vous ne l’avez pas reçue, parlez-en à l’association.
pdf-next-renewal-filed = Votre demande de renouvellement a été déposée le { $date }. Gardez la preuve du dépôt : l’association vérifiera avec vous ce qui vous permet de rester en France pendant l’examen.
pdf-next-renewal-filed-early = Votre demande de renouvellement a été déposée le { $date }, avant le début de la période prévue ({ $opens }). L’association vérifiera avec vous s’il faut la déposer de nouveau pendant cette période.
pdf-next-renewal-unanswered = Votre demande de renouvellement a été déposée le { $date }. Quand la préfecture ne répond pas dans les quatre mois, la demande peut être considérée comme refusée : parlez-en à l’association sans attendre.
pdf-next-renewal-undated = Une demande de renouvellement est enregistrée, sans ses dates. Apportez à l’association les papiers de cette demande (preuve du dépôt, décision) : elle vérifiera avec vous si elle concerne bien votre document de séjour actuel, et ce qui vous permet de rester en France.
pdf-next-renewal-refused = Votre demande de renouvellement a été refusée. Parlez-en tout de suite à l’association : cette décision peut être contestée, mais dans un délai limité.
pdf-next-renewal-granted-on = Votre demande de renouvellement a été acceptée le { $date }. Si vous n’avez pas encore votre nouvelle carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-renewal-granted = Votre demande de renouvellement a été acceptée. Si vous n’avez pas encore votre nouvelle carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-aps-renewal-granted-on = Le renouvellement de votre autorisation provisoire de séjour a été accepté le { $date }. Si vous n’avez pas encore la nouvelle autorisation, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-aps-renewal-granted = Le renouvellement de votre autorisation provisoire de séjour a été accepté. Si vous n’avez pas encore la nouvelle autorisation, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Votre demande de carte de séjour a été acceptée le { $date }. Si vous n’avez pas encore votre carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-card-granted = Votre demande de carte de séjour a été acceptée. Si vous n’avez pas encore votre carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-resident-card-granted-on = Votre demande de carte de résident a été acceptée le { $date }. Si vous n’avez pas encore votre carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-resident-card-granted = Votre demande de carte de résident a été acceptée. Si vous n’avez pas encore votre carte, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-aps-granted-on = Votre demande d’autorisation provisoire de séjour a été acceptée le { $date }. Si vous n’avez pas encore l’autorisation, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-aps-granted = Votre demande d’autorisation provisoire de séjour a été acceptée. Si vous n’avez pas encore l’autorisation, vous irez la chercher à la préfecture quand celle-ci vous le demandera. Montrez-la ensuite à l’association.
pdf-next-aps-l425-4 = L’autorisation provisoire de séjour dure au moins 6 mois et vous permet de travailler. Elle est renouvelée tant que vous suivez le parcours de sortie de la prostitution.
pdf-next-anef = La demande se fait sur internet, sur le site de l’ANEF (le service numérique de l’administration pour les étrangers en France). L’association peut la faire avec vous. Après le dépôt, vous recevez une attestation de dépôt : gardez-la. Vous irez chercher votre carte à la préfecture quand celle-ci vous le demandera.
pdf-next-agreement-nationality = Votre nationalité : un accord entre la France et votre pays (pour l’Algérie, l’accord du 27 décembre 1968) peut s’appliquer à votre demande à la place de ces règles. Un ou une juriste vérifiera avec vous quel titre demander.
# A minor under 16: the card cannot be issued to her (R425-5) and no permit is needed before 18.
pdf-next-minor-under-16 = Avant vos 16 ans, cette carte ne peut pas vous être délivrée. Tant que vous avez moins de 18 ans, vous n’avez pas besoin de titre de séjour pour rester en France. L’association vous aidera à préparer votre demande au bon moment.
pdf-next-not-eligible = Votre dossier ne remplit pas aujourd’hui toutes les conditions de cette demande. Parlez-en avec l’association : elle verra avec vous ce qu’il est possible de faire.
pdf-next-help = Gardez une copie de chaque document et de chaque courrier. Si vous avez une question ou s’il vous manque un document, parlez-en à l’association qui vous accompagne.

## Key dates of the case

pdf-dates-title = Vos dates
pdf-dates-none = Aucune date à retenir pour l’instant.
pdf-dates-estimated = (*) Date à vérifier avec l’association : elle est estimée, ou la règle qui la fixe reste à confirmer.
pdf-date-reflection-period-end = { $date } : fin du délai de réflexion
pdf-date-permit-expires = { $date } : fin de validité de votre document de séjour
pdf-date-recepisse-expires = { $date } : fin de validité de votre récépissé
pdf-date-renewal-window-opens = { $date } : à partir de ce jour, vous pouvez demander le renouvellement
pdf-date-renewal-window-closes = { $date } : dernier jour pour demander le renouvellement à temps
pdf-date-document-expires = { $date } : fin de validité – { $document }
pdf-date-document-fresh-until = { $date } : dernier jour où ce document est assez récent pour la demande – { $document }
pdf-date-planned-filing = { $date } : dépôt prévu de votre demande
pdf-date-turns-18 = { $date } : vos 18 ans
pdf-date-majority-application-closes = { $date } : dernier jour pour demander votre titre de séjour après vos 18 ans

## Notes on a checklist item: short, for the person (the legal notes of legal.ftl are for the worker).
# Ids: pdf-note-<legal note id>, or pdf-note-<reason> (confiscated, date-unknown); pdf-note-via
# names the accepted alternative the person holds ($document: its name).

pdf-note-birth-certificate-full-copy = Copie intégrale, avec toutes les mentions : pas un simple extrait.
pdf-note-domiciliation-accepted = De moins de 6 mois le jour de la demande. L’attestation de domiciliation de l’association est en principe acceptée.
pdf-note-cerpr-required = Un nouveau contrat signé à chaque demande, renouvellement compris.
pdf-note-cerpr-optional-algerian = Pour les personnes de nationalité algérienne, ce contrat n’est peut-être pas obligatoire : l’association le vérifie. En attendant, signez-le.
pdf-note-e-photo-code = Le code e-photo est imprimé sur la planche faite chez un photographe ou dans une cabine agréés.
pdf-note-association-letter = Conseillée, pas obligatoire : l’association la rédige.
pdf-note-proceedings-ongoing-proof = Par exemple : attestation du parquet ou du juge, convocation au tribunal, lettre de l’avocat.
pdf-note-final-conviction-proof = Certificat de non-appel, ou copie du jugement devenu définitif. Votre avocate ou votre avocat peut vous aider à l’obtenir.
pdf-note-current-permit-regular-stay = Le document de séjour (carte, récépissé ou attestation de prolongation) valable le jour de la demande. Gardez aussi celui qui était valable le jour où la condamnation est devenue définitive.
pdf-note-exit-programme-decision = La décision du préfet qui autorise votre parcours de sortie de la prostitution ; l’association la demande.
pdf-note-identity-photo-reflection = Une photo d’identité récente, pour le récépissé de 30 jours.
pdf-note-confiscated = Document confisqué : dites-le à l’association.
pdf-note-stateless = Vous n’avez pas de nationalité : l’association verra avec vous quel document remplace le passeport et les documents d’un consulat.
pdf-note-confiscated-replaceable = Document confisqué : dites-le à l’association. Un autre document peut être accepté à la place.
pdf-note-confiscated-via = À la place : { $document } (demande en cours).
pdf-note-date-unknown = Date du document non notée : montrez-le à l’association, qui vérifiera s’il est encore valable.
pdf-note-document-expired = Validité terminée le { $date } : montrez ce document à l’association, qui vérifiera s’il reste accepté.
pdf-note-via-expired = Vous avez à la place : { $document }. La validité de ce document a pris fin le { $date } : l’association vérifiera s’il reste accepté.
pdf-note-via = Vous avez à la place : { $document }.
pdf-note-via-stale = Vous avez à la place : { $document }. Sa date est trop ancienne : à refaire.
pdf-note-stale-at-filing = Sa date ne sera plus assez récente le jour de la demande (elle l’est jusqu’au { $date }) : faites refaire ce document juste avant.
pdf-note-via-stale-at-filing = Vous avez à la place : { $document }. Sa date ne sera plus assez récente le jour de la demande (elle l’est jusqu’au { $date }) : faites refaire ce document juste avant.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Document remis le { $date }
pdf-consent-choices = Vos choix
pdf-consent-purpose-storage = Garder votre dossier
pdf-consent-purpose-prefecture = Envoyer des informations à la préfecture
pdf-consent-purpose-lawyer = Transmettre votre dossier à un avocat ou à une autre association
pdf-consent-given = Oui, le { $date }
pdf-consent-given-undated = Oui
pdf-consent-refused = Non, le { $date }
pdf-consent-refused-undated = Non
pdf-consent-withdrawn = Accord retiré le { $date }
pdf-consent-withdrawn-undated = Accord retiré
pdf-consent-not-asked = Pas encore demandé
pdf-consent-unnamed-association = L’association
pdf-consent-signature-person = Signature de la personne
pdf-consent-signature-worker = Signature de la personne qui vous accompagne

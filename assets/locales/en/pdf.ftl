# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.

pdf-page = Page { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Full copy of your birth certificate
pdf-doc-passport = Passport
pdf-doc-id-card = National identity card
pdf-doc-consular-certificate = Consular certificate with photograph
pdf-doc-consular-card = Consular card with photograph
pdf-doc-nationality-certificate = Certificate of nationality with photograph
pdf-doc-proof-of-address = Proof of address
pdf-doc-complaint-receipt = Receipt for your police complaint
pdf-doc-procedure-reference = Reference of the criminal proceedings
pdf-doc-cerpr = Contract to respect the principles of the Republic (CERPR), signed
pdf-doc-e-photo = Photo sheet with e-photo code
pdf-doc-identity-photo = Identity photo (a printed photo; no e-photo code needed)
pdf-doc-current-permit = Valid residence permit
pdf-doc-proceedings-ongoing-proof = Proof that the criminal proceedings are ongoing
pdf-doc-final-conviction-proof = Proof that the conviction is final
pdf-doc-association-letter = Support letter from the association
pdf-doc-exit-programme-decision = Decision admitting you to the exit-from-prostitution programme

## Where an item stands

pdf-status-ok = You have it
pdf-status-missing = To get
pdf-status-stateless = To check with the association
pdf-status-expired = Too old: get a new one
pdf-status-expired-at-filing = Get a new one just before applying
pdf-status-expired-to-check = Maybe too old: the association will check
pdf-status-permit-ended = No longer valid: to be renewed
pdf-status-permit-ended-renewal-filed = No longer valid: renewal applied for
pdf-status-permit-ended-renewal-refused = No longer valid: renewal refused
pdf-status-permit-ended-renewal-granted = No longer valid: renewal granted
pdf-status-permit-ended-renewal-undated = No longer valid: renewal to check with the association
pdf-status-permit-ended-see-association = No longer valid: talk to the association
pdf-status-date-unknown = Date to be noted
pdf-status-requested = Requested, waiting
pdf-status-satisfied-by-alternative = Replaced by another accepted document
pdf-status-replaced-to-check = Another document may replace it: the association will check
pdf-status-confiscated = Held by the perpetrators

## Checklist

pdf-checklist-title = Documents for your application
pdf-checklist-issued = List made on { $date }
pdf-checklist-intro = One box per document. Tick the box when you have the document. Always keep the originals: you will be asked for copies or scanned files.
pdf-checklist-intro-none = No document to gather for this step for now.
pdf-checklist-practice = No text sets the list of documents for this application: this one follows the prefectures’ practice, and the association will check it with you. The prefecture may ask for others.
pdf-checklist-alternatives = Accepted instead: { $documents }
pdf-route-reflection-period = 30-day reflection period (CESEDA, articles R. 425-1 and R. 425-2)
pdf-route-cst-l425-1 = First residence card “private and family life” (CESEDA, article L. 425-1)
pdf-route-cst-l425-1-renewal = Renewal of the residence card “private and family life” (CESEDA, article L. 425-1)
pdf-route-carte-resident-l425-3 = 10-year resident card (CESEDA, article L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Renewal of the resident card (CESEDA, article L. 425-3)
pdf-route-aps-l425-4 = Provisional residence authorisation (CESEDA, article L. 425-4)

## What happens next

pdf-next-title = What happens next?
pdf-next-reflection = During the reflection period (30 days from the day you receive the receipt), you have the right to work and nobody can make you leave France. You can also get accommodation, health cover, an allowance, social support, legal help and, if you are in danger, police protection.
pdf-next-reflection-under-16 = During the reflection period (30 days from the day you receive the receipt), nobody can make you leave France. You can also get accommodation, health cover, an allowance, social support, legal help and, if you are in danger, police protection.
pdf-next-reflection-decide = You can use this time to decide whether to file a complaint or to testify.
pdf-next-reflection-period = If you file a complaint or testify, you can apply for a one-year residence card that allows you to work. The association can help you prepare the application.
pdf-next-reflection-period-under-16 = If you file a complaint or testify, from the age of 16 you can apply for a one-year residence card. The association can help you prepare the application.
pdf-next-cst-l425-1 = After you apply, ask the prefecture for the document that proves you may stay in France while your application is examined (often a receipt, called a récépissé): what it allows, working in particular, depends on that document, and the association will check it with you. The residence card lasts one year, allows you to work and is free. It can be renewed for as long as the criminal proceedings continue.
pdf-next-cst-l425-1-renewal = Apply for renewal between 120 days and 60 days before your card ends. If you apply in time and no decision has been made when your card ends, you receive a certificate extending the examination (attestation de prolongation de l’instruction), which allows you to stay in France and to work until the decision.
pdf-next-carte-resident-l425-3 = The resident card lasts 10 years. Apply before your current residence permit ends: the prefecture checks that your stay in France is legal.
pdf-next-carte-resident-l425-3-ended = The resident card lasts 10 years. Your current residence permit ended on { $date }, and the prefecture checks that your stay in France is legal: talk to the association at once.
pdf-next-carte-resident-l425-3-ended-undated = The resident card lasts 10 years. Your current residence permit has ended, and the prefecture checks that your stay in France is legal: talk to the association at once.
pdf-next-carte-resident-l425-3-renewal = Apply to renew your resident card between 120 days and 60 days before it ends. To renew it, the prefecture checks that you live in France: as a rule, at least 6 months a year. Keep proof of your life in France, and tell the association if you have spent long periods abroad.
pdf-next-renewal-window-to-check = These dates are to be checked with the association: the rule that sets them for your card is still to be confirmed.
pdf-next-renewal-late = The period to apply for renewal in time ended on { $date }. Apply right away, with the association. Because it is filed late, your application may no longer give you the right to the certificate that lets you stay in France and work during the examination.
pdf-next-renewal-filed-late = Your renewal application was filed after the end of the renewal period ({ $date }): you may not be entitled to the certificate that lets you stay in France and work while your application is examined. Keep the proof of filing and talk to the association.
pdf-next-renewal-filed-in-time = Your renewal application was filed on { $date }, within the renewal period. If no decision has been made when your card ends, you receive a certificate extending the examination (attestation de prolongation de l’instruction), which allows you to stay in France and to work while your application is examined: keep it with your card and the proof of filing. If you have not received it, talk to the association.
pdf-next-renewal-filed = Your renewal application was filed on { $date }. Keep the proof of filing: the association will check with you what allows you to stay in France while your application is examined.
pdf-next-renewal-filed-early = Your renewal application was filed on { $date }, before the renewal period began ({ $opens }). The association will check with you whether it must be filed again during that period.
pdf-next-renewal-unanswered = Your renewal application was filed on { $date }. When the prefecture does not answer within four months, the application may be considered refused: talk to the association without delay.
pdf-next-renewal-undated = A renewal application is on record, without its dates. Bring the papers of this application (proof of filing, decision) to the association: it will check with you whether it concerns your current residence document, and what allows you to stay in France.
pdf-next-renewal-refused = Your renewal application was refused. Talk to the association at once: this decision can be challenged, but only within a limited time.
pdf-next-renewal-granted-on = Your renewal application was granted on { $date }. If you do not have your new card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-renewal-granted = Your renewal application was granted. If you do not have your new card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-aps-renewal-granted-on = The renewal of your provisional residence authorisation was granted on { $date }. If you do not have the new authorisation yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-aps-renewal-granted = The renewal of your provisional residence authorisation was granted. If you do not have the new authorisation yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Your application for a residence card was granted on { $date }. If you do not have your card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-card-granted = Your application for a residence card was granted. If you do not have your card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-resident-card-granted-on = Your application for a resident card was granted on { $date }. If you do not have your card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-resident-card-granted = Your application for a resident card was granted. If you do not have your card yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-aps-granted-on = Your application for a provisional residence authorisation was granted on { $date }. If you do not have the authorisation yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-aps-granted = Your application for a provisional residence authorisation was granted. If you do not have the authorisation yet, you will collect it at the prefecture when the prefecture asks you to come. Then show it to the association.
pdf-next-aps-l425-4 = The provisional residence authorisation lasts at least 6 months and allows you to work. It is renewed for as long as you follow the programme for leaving prostitution.
pdf-next-anef = You apply online, on the ANEF website (the French administration’s digital service for foreign nationals). The association can do it with you. After you apply, you receive a filing certificate (attestation de dépôt): keep it. You will collect your card at the prefecture when the prefecture asks you to come.
pdf-next-agreement-nationality = Your nationality: an agreement between France and your country (for Algeria, the agreement of 27 December 1968) may apply to your application instead of these rules. A legal adviser will check with you which permit to apply for.
pdf-next-minor-under-16 = This card cannot be issued to you before you turn 16. As long as you are under 18, you do not need a residence permit to stay in France. The association will help you prepare your application at the right time.
pdf-next-not-eligible = Your file does not meet all the conditions of this application today. Talk to the association: it will see with you what can be done.
pdf-next-help = Keep a copy of every document and every letter. If you have a question or a document is missing, talk to the association that supports you.

## Key dates of the case

pdf-dates-title = Your dates
pdf-dates-none = No dates to remember for now.
pdf-dates-estimated = (*) Date to check with the association: it is estimated, or the rule that sets it is still to be confirmed.
pdf-date-reflection-period-end = { $date }: end of the reflection period
pdf-date-permit-expires = { $date }: your residence document ends
pdf-date-recepisse-expires = { $date }: your receipt ends
pdf-date-renewal-window-opens = { $date }: from this day, you can apply for renewal
pdf-date-renewal-window-closes = { $date }: last day to apply for renewal in time
pdf-date-document-expires = { $date }: end of validity – { $document }
pdf-date-document-fresh-until = { $date }: last day this document is recent enough for the application – { $document }
pdf-date-planned-filing = { $date }: planned filing of your application
pdf-date-turns-18 = { $date }: you turn 18
pdf-date-majority-application-closes = { $date }: last day to apply for your residence permit after turning 18

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = A full copy with all the notes on it, not a short extract.
pdf-note-domiciliation-accepted = Less than 6 months old on the day you apply. The association’s address certificate is normally accepted.
pdf-note-cerpr-required = A new signed contract for every application, renewals included.
pdf-note-cerpr-optional-algerian = For Algerian nationals, this contract may not be compulsory: the association is checking. Until then, sign it.
pdf-note-e-photo-code = The e-photo code is printed on the photo sheet made by an approved photographer or photo booth.
pdf-note-association-letter = Recommended, not required: the association writes it.
pdf-note-proceedings-ongoing-proof = For example: a certificate from the prosecutor or the judge, a court summons, a letter from your lawyer.
pdf-note-final-conviction-proof = A certificate that no appeal was made, or a copy of the final judgment. Your lawyer can help you get it.
pdf-note-current-permit-regular-stay = The card, receipt or extension certificate valid on the day of the application. Also keep the one that was valid on the day the conviction became final.
pdf-note-exit-programme-decision = The prefect’s decision allowing your programme for leaving prostitution; the association asks for it.
pdf-note-identity-photo-reflection = A recent identity photograph, for the 30-day receipt.
pdf-note-confiscated = Taken from you: tell the association.
pdf-note-stateless = You have no nationality: the association will work out with you which document replaces the passport and the documents of a consulate.
pdf-note-confiscated-replaceable = Taken from you: tell the association. Another document may be accepted instead.
pdf-note-confiscated-via = Instead: { $document } (requested, waiting for an answer).
pdf-note-date-unknown = The document’s date was not noted: show it to the association, which will check it is still valid.
pdf-note-document-expired = Validity ended on { $date }: show this document to the association, which will check whether it is still accepted.
pdf-note-via-expired = You have instead: { $document }. This document’s validity ended on { $date }: the association will check whether it is still accepted.
pdf-note-via = You have instead: { $document }.
pdf-note-via-stale = You have instead: { $document }. Too old: get a new one.
pdf-note-stale-at-filing = Its date will no longer be recent enough on the day of the application (it is until { $date }): get this document again just before.
pdf-note-via-stale-at-filing = You have instead: { $document }. Its date will no longer be recent enough on the day of the application (it is until { $date }): get this document again just before.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Given to you on { $date }
pdf-consent-choices = Your choices
pdf-consent-purpose-storage = Keeping your file
pdf-consent-purpose-prefecture = Sending information to the prefecture
pdf-consent-purpose-lawyer = Passing your file to a lawyer or another association
pdf-consent-given = Yes, on { $date }
pdf-consent-given-undated = Yes
pdf-consent-refused = No, on { $date }
pdf-consent-refused-undated = No
pdf-consent-withdrawn = Agreement withdrawn on { $date }
pdf-consent-withdrawn-undated = Agreement withdrawn
pdf-consent-not-asked = Not asked yet
pdf-consent-unnamed-association = The association
pdf-consent-signature-person = Signature of the person
pdf-consent-signature-worker = Signature of the person who accompanies you

# Interview questions the person reads too, side by side with French. See fr/interview.ftl.
# Same ids and variables in every language; answers are stored as codes, never as this text.
# Addressed to the person ("you"), so the worker can read them aloud.

## Welcome and common answers
iv-welcome = This conversation is confidential. You can answer “I don’t know”. You can ask for a break at any time.
iv-worker-only = This question is for the social worker.
iv-none = None
iv-opt-yes = Yes
iv-opt-no = No
iv-opt-not-established = I don’t know (not established)

## Steps
iv-step-identity = Identity and languages
iv-step-situation = Situation
iv-step-cooperation = Complaint and proceedings
iv-step-ties = Ties with the perpetrators
iv-step-public-order = Past events
iv-step-permit = Current residence document
iv-step-documents = Documents
iv-intro-ties = These questions are asked because the law asks them. Your answers stay confidential.
iv-intro-public-order = These questions help prepare your application. What others forced you to do can be explained.
iv-intro-documents = For each document, say whether you have it.

## Identity and languages
iv-q-family-name = What is your family name?
iv-q-given-names = What are your given names?
iv-q-aliases = Have you used other names, or papers in another name? (one name per line)
iv-q-sex = You are:
iv-opt-sex-f = a woman
iv-opt-sex-m = a man
iv-opt-sex-x = other
iv-q-birth-date = What is your date of birth?
iv-q-birth-place = Where were you born? (town and country)
iv-q-nationality = What is your nationality?
iv-opt-nationality-stateless = stateless
iv-q-other-nationalities = Do you also have another nationality? Which one or ones?
iv-q-languages = Which languages do you speak?
iv-q-address-line = At which address can you receive mail? (street, or “care of” the association)
iv-q-postcode = Postcode of this address
iv-q-commune = Town of this address
iv-q-city = Town of this address
iv-q-phone = At which telephone number can you be reached? (printed on the letter; leave empty if you prefer)

## Situation
iv-q-exit-programme = Have you been admitted to an exit-from-prostitution programme?
iv-q-exit-programme-date = Since when?
iv-q-domestic-violence = Does a spouse, a partner or a member of your family hurt or threaten you?
iv-q-protection-order = Has a judge issued a protection order for you?
iv-q-protection-order-date = Date of the protection order
iv-q-child-welfare = Has a judge placed you with child welfare (ASE) or with a trusted person?
iv-q-child-welfare-date = Since when?
iv-q-child-welfare-placement = The judge decided to place you with:
iv-opt-child-welfare-placement-ase = child welfare (ASE)
iv-opt-child-welfare-placement-trusted-third-party = a trusted person (tiers digne de confiance)
iv-q-work-or-training = Do you work or follow vocational training, or do you plan to?

## Complaint and proceedings
iv-q-complaint = Have you filed a complaint with the police or the gendarmerie?
iv-q-complaint-date = Date of the complaint
iv-q-complaint-service = Where did you file it? (police station, gendarmerie)
iv-q-testimony = Have you testified in criminal proceedings against the people who exploited you?
iv-q-testimony-date = Date of the testimony
iv-q-testimony-service = Before which service or court?
iv-q-reflection-recepisse = Did the prefecture give you a receipt (récépissé) for a 30-day reflection period?
iv-q-reflection-date = Date you received this receipt

## Ties with the perpetrators
iv-q-ties-broken = Have you cut all contact with the people who exploited you?

## Past events
iv-q-false-documents = Have you ever used false papers, or the papers of another person?
iv-q-removal-order = Have you ever received an order to leave French territory (OQTF) without leaving France afterwards?

## Current residence document
iv-q-permit-kind = Which residence document do you have today?
iv-opt-permit-kind-none = none
iv-opt-permit-kind-recepisse-reflection = receipt for the reflection period (30 days)
iv-opt-permit-kind-recepisse-application = receipt of a residence permit application
iv-opt-permit-kind-cst-vpf-l425-1 = temporary residence card “private and family life” (victim)
iv-opt-permit-kind-aps-l425-4 = provisional residence authorisation (exit-from-prostitution programme)
iv-opt-permit-kind-carte-resident-l425-3 = resident card (10 years)
iv-opt-permit-kind-temporary-protection = provisional residence authorisation, “temporary protection” (for example, people displaced from Ukraine)
iv-opt-permit-kind-asylum-application = asylum application certificate
iv-opt-permit-kind-other = another document
iv-q-permit-issued = Date this document was issued
iv-q-permit-expires = Date this document expires
iv-q-permit-renewals = How many times has this card already been renewed?
iv-q-renewal-filed-on = Date the renewal application was filed
iv-opt-renewal-filed-on-not-filed = not filed yet

## Documents
iv-opt-document-status-have = I have it
iv-opt-document-status-missing = I do not have it
iv-opt-document-status-requested = requested, waiting
iv-opt-document-status-confiscated = taken by the perpetrators
iv-q-document-date = { $document }: date of issue
iv-q-document-number = { $document }: number
iv-q-document-expires = { $document }: expiry date (valid until)

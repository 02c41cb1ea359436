# Interview: questions for the worker only (legal judgements, references) and the explanations
# shown under the questions. Never shown to the person: French and English only, like the UI.

## Questions for the worker
iv-q-interpreter = Is an interpreter taking part in the interview?
iv-q-interpreter-language = Language interpreted
iv-q-interpreter-name = Interpreter (name or service)
iv-q-victim-of = The person is a victim of:
iv-opt-victim-of-trafficking = trafficking in human beings (Code pénal, art. 225-4-1)
iv-opt-victim-of-procuring = procuring (Code pénal, art. 225-5)
iv-opt-victim-of-forced-labour = forced labour (Code pénal, art. 225-14-1)
iv-opt-victim-of-servitude = servitude (Code pénal, art. 225-14-2)
iv-opt-victim-of-working-or-housing-conditions = no or insufficient pay, working or housing conditions incompatible with human dignity (Code pénal, art. 225-13, 225-14)
iv-q-exploitation = Main form of exploitation suffered
iv-opt-exploitation-sexual = sexual exploitation, procuring
iv-opt-exploitation-forced-labour = forced labour
iv-opt-exploitation-servitude = servitude (domestic servitude among others)
iv-opt-exploitation-forced-begging-or-crime = forced begging, forced to commit offences
iv-opt-exploitation-other = another form
iv-q-complaint-reference = Number of the complaint report (procès-verbal)
iv-q-testimony-reference = Reference of the proceedings
iv-q-criminal-stage = Where do the criminal proceedings stand?
iv-opt-criminal-stage-none = no proceedings
iv-opt-criminal-stage-investigation = investigation under way
iv-opt-criminal-stage-trial = trial at first instance
iv-opt-criminal-stage-appeal = on appeal
iv-opt-criminal-stage-final-conviction = final conviction
iv-opt-criminal-stage-acquittal = acquittal
iv-opt-criminal-stage-dismissed = case dropped or dismissed
iv-q-conviction-date = Date the conviction became final
iv-q-regular-stay-at-conviction = On that day, was the person legally resident (valid permit or receipt)?
iv-q-public-order-threat = Is the person’s conduct a threat to public order?
iv-q-serious-offences = To your knowledge, could facts expose them to a conviction for a serious offence (drug trafficking, trafficking or procuring, violence against public agents), even committed under the perpetrators’ coercion?
iv-q-planned-filing-date = Planned date for filing the application

iv-q-parquet = Prosecutor’s office or court, and the proceedings number (as it should be printed)
iv-q-foreigner-number = Foreigner number (AGDREF), if it appears on a residence document
iv-q-anef-number = Number of the application on ANEF
iv-q-asylum-claim = Has the person claimed asylum?
iv-q-asylum-registered-on = Day the asylum claim was registered (guichet unique)
iv-q-accompaniment-since = Date the association began accompanying the person
iv-q-accompaniment-statement = A few lines for the support letter (optional)

## Explanations (under the questions)
ivh-family-name = Letters to the prefecture are written in this name. A person with one name only: write it here.
ivh-aliases = Other names make the case findable by search; no rule uses them.
ivh-birth-date = Age decides the rules for minors (R. 425-5, L. 423-22). Type day/month/year, for example 12/04/1998. If they do not know the day, type the month and year (04/1998) or the year alone (1998): the date is recorded as approximate and the age that depends on it is to be confirmed.
ivh-nationality = French nationals are not concerned; nor are nationals of the European Union, the EEA and Switzerland (to be confirmed by a legal adviser). For Algerians, the Franco-Algerian agreement of 1968 governs their stay as a rule: the route is to be confirmed by a legal adviser.
ivh-other-nationalities = Tick each of their other nationalities, if any. A French nationality puts them outside these permits, even beside another nationality; so does that of a country of the European Union, the EEA or Switzerland (to be confirmed by a legal adviser). An Algerian nationality raises the 1968 agreement, to be confirmed by a legal adviser.
ivh-languages = The first translated language is used for the side-by-side mode and for the checklist given to the person.
ivh-postcode = The postcode decides whether the CESEDA applies (some overseas collectivities are excluded) and which prefecture is competent.
ivh-victim-of = As qualified by the Code pénal. When in doubt, use what the complaint is about. Forced labour and servitude are often trafficking too: if the facts include recruiting, transporting, harbouring or receiving the person for that exploitation, tick trafficking as well. Only trafficking and procuring definitely open the L425-1 card; for the other offences, a legal adviser must confirm.
ivh-exploitation = For the association’s yearly figures (activity report, national survey); no rule uses it. The main form if there are several.
ivh-exit-programme = L. 425-4: provisional permit for people admitted to the programme (CASF, art. L. 121-9), even without a complaint.
ivh-domestic-violence = A “yes” also points to L. 425-6.
ivh-child-welfare = Placed before 16: L. 423-22; between 16 and 18: L. 435-3.
ivh-complaint = L. 425-1: a complaint or a testimony opens the right to the card. The complaint receipt goes with the application (R. 425-5).
ivh-reflection-recepisse = R. 425-2: 30 days to decide whether to cooperate, during which the person may work and cannot be removed.
ivh-criminal-stage = The card is renewed for the whole proceedings. After a final conviction: resident card (L. 425-3).
ivh-regular-stay-at-conviction = L. 425-3 requires legal residence on the day of the resident-card application; whether it is also required on the day the conviction becomes final is to be confirmed by a legal adviser.
ivh-ties-broken = L. 425-1 requires all ties with the perpetrators to be broken. If the answer is “no”, do not insist: note the facts and look for the person’s protection.
ivh-public-order-threat = For the legal adviser to judge. Offences committed under the perpetrators’ coercion should not count: document them.
ivh-false-documents = L. 432-1-1: refusal possible, never automatic. Document the coercion (police report, complaint).
ivh-removal-order = L. 432-1-1: refusal possible, never automatic. Write the date of the OQTF in the notes.
ivh-serious-offences = L. 432-1-1: another possible ground for refusal, never automatic. Your own judgement, not a question to put to them: victims are often forced to recruit, carry or sell. Document the coercion (police report, complaint).
ivh-permit-renewals = L. 433-1-1: at most three consecutive renewals of the same card; whether it applies to L. 425-1 cards is for a legal adviser to confirm.
ivh-renewal-filed-on = Renewal is requested between 120 and 60 days before expiry (R. 431-5).
ivh-planned-filing-date = Whether supporting documents are recent enough (under 6 months…) is judged on that day.
ivh-asylum-claim = L431-2: an application for a residence permit on another ground is filed within two months of the asylum claim’s registration, unless there are new circumstances (a complaint filed after that registration is one). Both routes can be combined.
ivh-asylum-registered-on = The date is on the asylum seeker’s certificate (attestation de demande d’asile). The two months run from it; to be confirmed by a legal adviser.
ivh-phone = Printed in the letter to the prefect. The person may prefer not to give it.
ivh-parquet = For example “Parquet de Bobigny, n° 26123000456”. Printed in the letter’s references.
ivh-anef-number = The number of the application to come or under way, on the filing certificate or the ANEF account; it is printed in the letter’s references. Each application has its own (a renewal, a new application after a refusal): the number of an application recorded under “Applications to the prefecture” also goes in its own entry, and another application’s letter does not print it.
ivh-accompaniment-statement = In French, printed as written in the support letter. Keep it factual: the prefecture does not judge the facts.

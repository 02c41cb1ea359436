# Names of fields and reasons an input is refused, for error-invalid-field and error-required.
# Ids: field-case-<path> (case file), field-association-<path> (association profile),
# field-<code> (forms and command line), invalid-<reason> (core::error::Invalid).
# $index: the position in a list (the second document: 2).
# Labels are read mid-sentence: lower-case initial.

## Case file (passerelle.case/1)
field-case = the case file
field-case-format = file format
field-case-person = the person’s identity
field-case-person-familyName = family name
field-case-person-givenNames = given names
field-case-person-birthDate = date of birth
field-case-person-birthDatePrecision = precision of the date of birth
field-case-person-birthPlace = place of birth
field-case-person-nationality = nationality
field-case-person-otherNationalities = other nationalities
field-case-person-otherNationalities-item = other nationality no. { $index }
field-case-person-languages = languages spoken
field-case-person-languages-item = language spoken no. { $index }
field-case-person-sex = sex
field-case-person-address = the person’s address
field-case-person-address-line1 = address (street)
field-case-person-address-postcode = postcode of the address
field-case-person-address-communeInsee = commune code (Insee) of the address
field-case-person-address-city = town of the address
field-case-person-aliases = other names used
field-case-person-aliases-item = other name no. { $index }
field-case-person-phone = phone
field-case-victimOf = offences suffered
field-case-victimOf-item = offence suffered no. { $index }
field-case-cooperation = complaint and testimony
field-case-cooperation-complaint = complaint or testimony
field-case-cooperation-complaint-date = date of the complaint
field-case-cooperation-complaint-service = service that received the complaint
field-case-cooperation-complaint-reference = reference of the complaint
field-case-cooperation-testimony = testimony
field-case-cooperation-testimony-date = date of the testimony
field-case-cooperation-testimony-service = service that received the testimony
field-case-cooperation-testimony-reference = reference of the testimony
field-case-tiesWithPerpetratorsBroken = ties with the perpetrators broken
field-case-publicOrderThreat = threat to public order
field-case-exitProstitutionProgramme = programme for leaving prostitution
field-case-exitProstitutionProgramme-admittedOn = date of admission to the programme for leaving prostitution
field-case-criminalCase = criminal proceedings
field-case-criminalCase-stage = stage of the criminal proceedings
field-case-criminalCase-finalConvictionDate = date of the final conviction
field-case-criminalCase-regularStayOnFinalConviction = lawful stay on the date of the final conviction
field-case-reflectionPeriod = reflection period
field-case-reflectionPeriod-recepisseIssued = date the reflection-period receipt was handed over
field-case-currentPermit = current residence document
field-case-currentPermit-kind = kind of the current residence document
field-case-currentPermit-issued = issue date of the current residence document
field-case-currentPermit-expires = expiry date of the current residence document
field-case-currentPermit-renewalCount = number of renewals
field-case-currentPermit-renewalFiledOn = date the renewal was applied for
field-case-documents = documents of the case
field-case-documents-item = document no. { $index }
field-case-documents-kind = kind of document no. { $index }
field-case-documents-status = status of document no. { $index }
field-case-documents-date = date of document no. { $index }
field-case-documents-number = number of document no. { $index }
field-case-documents-expires = expiry date of document no. { $index }
field-case-plannedFilingDate = planned filing date
field-case-refusalRisks = risks of refusal
field-case-refusalRisks-unexecutedRemovalOrder = removal order not carried out
field-case-refusalRisks-falseDocuments = use of false documents
field-case-refusalRisks-seriousOffences = facts that could lead to a conviction for a serious offence
field-case-childWelfare = care by child welfare services
field-case-childWelfare-placedOn = date of the placement
field-case-childWelfare-placement = kind of placement
field-case-workOrTrainingProject = work or training project
field-case-domesticViolence = domestic violence
field-case-protectionOrder = protection order
field-case-protectionOrder-issuedOn = date of the protection order
field-case-asylumClaim = asylum claim
field-case-asylumClaim-registeredOn = day the asylum claim was registered
field-case-interview = course of the interview
field-case-interview-personLanguage = the person’s language during the interview
field-case-interview-sideBySide = side-by-side display
field-case-interview-interpreter = interpreter
field-case-interview-interpreter-language = interpreter’s language
field-case-interview-interpreter-name = interpreter’s name
field-case-interview-answered = questions answered
field-case-interview-answered-item = question answered no. { $index }
field-case-interview-notEstablished = questions without an established answer
field-case-interview-notEstablished-item = question without an established answer no. { $index }
field-case-notes = notes
field-case-notes-item = note no. { $index }
field-case-notes-id = identifier of note no. { $index }
field-case-notes-at = date of note no. { $index }
field-case-notes-text = text of note no. { $index }
field-case-notes-author = author of note no. { $index }
field-case-appointments = appointments
field-case-appointments-item = appointment no. { $index }
field-case-appointments-id = identifier of appointment no. { $index }
field-case-appointments-kind = kind of appointment no. { $index }
field-case-appointments-date = date of appointment no. { $index }
field-case-appointments-time = time of appointment no. { $index }
field-case-appointments-place = place of appointment no. { $index }
field-case-appointments-note = remark on appointment no. { $index }
field-case-references = administrative references
field-case-references-foreignerNumber = foreigner number (AGDREF)
field-case-references-anefNumber = ANEF application number
field-case-references-parquet = prosecutor’s reference
field-case-accompaniment = support by the association
field-case-accompaniment-since = start of the association’s support
field-case-accompaniment-statement = support statement
field-case-closedOn = date the case was closed
field-case-exploitation = form of exploitation
field-case-applications = residence applications
field-case-applications-item = application no. { $index }
field-case-applications-route = what application no. { $index } asks for
field-case-applications-filedOn = filing date of application no. { $index }
field-case-applications-decision = decision on application no. { $index }
field-case-applications-decision-outcome = outcome of application no. { $index }
field-case-applications-decision-date = date of the decision on application no. { $index }
field-case-applications-decision-appeal = appeal against the decision on application no. { $index }
field-case-applications-decision-appeal-kind = kind of appeal against the decision on application no. { $index }
field-case-applications-decision-appeal-filedOn = date of the appeal against the decision on application no. { $index }
field-case-applications-anefNumber = ANEF number of application no. { $index }
field-case-consent = the person’s consent
field-case-consent-storage = consent to keeping the data
field-case-consent-storage-status = answer on keeping the data
field-case-consent-storage-date = date of the consent to keeping the data
field-case-consent-shareWithPrefecture = consent to sharing with the prefecture
field-case-consent-shareWithPrefecture-status = answer on sharing with the prefecture
field-case-consent-shareWithPrefecture-date = date of the consent to sharing with the prefecture
field-case-consent-shareWithLawyer = consent to sharing with a lawyer
field-case-consent-shareWithLawyer-status = answer on sharing with a lawyer
field-case-consent-shareWithLawyer-date = date of the consent to sharing with a lawyer
field-case-consent-noticeLanguage = language of the information notice
field-case-consent-noticeVersion = version of the information notice

## Association profile (Settings)
field-association = the association profile (Settings)
field-association-name = association name
field-association-address = association’s address
field-association-address-lines = association’s address (street)
field-association-address-lines-item = line { $index } of the association’s address
field-association-address-postcode = association’s postcode
field-association-address-city = association’s town
field-association-phone = association’s phone
field-association-email = association’s e-mail
field-association-workerName = worker’s name
field-association-workerRole = worker’s role
field-association-workerTitle = worker’s title

## Forms
field-case-name = family name or given name
field-passphrase = passphrase
field-member-label = team member’s name
field-note-text = text of the note
field-appointment-date = date of the appointment
field-appointment-time = time of the appointment
field-appointment-place = place of the appointment
field-appointment-note = note on the appointment
field-idle-lock-minutes = automatic lock delay
field-text-size = text size
field-retention-months = how long closed cases are kept
field-backup-reminder-days = backup reminder delay
field-notice-language = language of the information notice
field-departement = département
field-arrondissement = arrondissement
field-document-kind = document asked for
field-interview-step = interview step
field-interview-question = interview question
field-interview-language = the person’s language during the interview
field-route = procedure
field-nationality = nationality
field-addressee = addressee
field-printer = printer
field-audit-day = filter date
field-question = the question “{ $question }”
field-rules = legal rules built into this version

## Command line (passerelle-cli)
field-cli-store = --store (the vault directory)
field-cli-out = --out (the file to write)
field-cli-stdout = the command’s standard output
field-cli-lang = --lang (the language)
field-cli-route = --route (the procedure)
field-cli-addressee = --addressee (madame or monsieur)
field-cli-case = the case file (CASE.json)
field-cli-id = the case number (ID)
field-cli-file = the file (FILE)
field-cli-query = the postcode or commune name (QUERY)
field-cli-association = --association (the association’s profile, a JSON file)
field-cli-handover-action = the hand-over action (export or import)
field-cli-store-passphrase = the vault passphrase
field-cli-backup-passphrase = the backup passphrase
field-cli-recovery-key = the recovery key
field-cli-new-passphrase = the new vault passphrase
field-cli-changed-passphrase = the new passphrase
field-cli-bundle-passphrase = the hand-over bundle passphrase
field-cli-rules-action = the rules action (review-sheet; with --store: show, import, rollback)
field-cli-from = --from (the period’s first day, YYYY-MM-DD)
field-cli-to = --to (the period’s last day, YYYY-MM-DD)
field-report-period = period of the activity report
field-audit-from = From
field-audit-to = To
field-application-filed-on = filing date of the application
field-application-decision = the prefecture’s decision
field-application-decided-on = date of the decision
field-application-appeal = appeal against the refusal
field-application-appealed-on = date of the appeal
field-application-anef-number = ANEF number of the application
field-report-format = format of the activity report

## Reasons
invalid-wrong-type = the value is not { $expected ->
        [text] a text
        [boolean] yes or no (true or false)
        [number] a whole number
        [natural] a whole number, 0 or more
        [date] a date (YYYY-MM-DD)
        [date-time] a date and time
        [list] a list
       *[object] a group of fields
    }.
invalid-unknown-value = this value is not one of the possible choices.
invalid-missing = this field is missing.
invalid-not-a-date = this is not a date written YYYY-MM-DD (for example 1998-04-12).
invalid-not-a-date-time = this is not a date and time written like 2026-03-12T14:30:00Z (the date, T, the time in UTC, Z).
invalid-no-such-day = this day is not in the calendar (such as 30 February): check the day and the month.
invalid-not-utf8 = this text is not UTF-8: save the file as UTF-8 (on Windows, choose “UTF-8” in “Save as”), or type it.
invalid-duplicate-key = this field is written twice in the file: which one counts would be a guess. Keep only one.
invalid-duplicate-id = another entry of the same list already has this identifier: editing or deleting one would change the other. Give it an identifier of its own.
invalid-out-of-range = choose a whole number from { $min } to { $max }{ $unit ->
        [minutes] {" "}minutes
        [days] {" "}days
        [months] {" "}months
        [percent] %
       *[none] {""}
    }.
invalid-too-long = at most { $max } characters.
invalid-too-many = at most { $max } entries.
invalid-not-a-country = no country has this two-letter code (for example NG for Nigeria), and it is not “stateless” (a stateless person).
invalid-line-break = one line only: remove the line break (often brought by a copy and paste).
invalid-territory-without-nationality = this territory has no nationality of its own; give the country whose nationality the person has.
invalid-stateless-with-nationality = the person is recorded both as stateless and as holding a nationality; correct their nationality or their other nationalities.
invalid-not-a-time = write the time like this: 14:30.
invalid-not-a-language = this is not a language code (for example uk or pt-BR).
invalid-not-a-pdf-name = the file name must end in .pdf.
invalid-not-a-typed-day = this is not a calendar date; write it day/month/year, for example 12/04/1998.
invalid-not-a-typed-time = write the time like this: 14:30 or 14h30.
invalid-period-not-started = the period starts after today: a report counts only what has already happened.
invalid-future-day = this day has not come yet; an application, an appeal or a decision cannot be dated in the future.
invalid-not-a-postcode = a French postcode has five digits (for example 93200); “CEDEX” goes after the town.
invalid-not-an-email = an e-mail address has a single @, followed by a domain name that contains a dot.
invalid-not-a-phone = a phone number holds only digits, spaces and the signs + . - ( ).
invalid-not-among = choose one of: { $choices }.
invalid-notice-given-in = the consent record repeats the notice in the language in which it was given to the person (language code { $lang }): { $lang ->
        [fr] leave the option out (a notice given in French prints in French only).
       *[other] give --lang { $lang }, or leave the option out.
    }
invalid-notice-version-unknown = this information notice comes from a newer version of Passerelle, with another text: the consent record cannot print the person’s choices beside a text that is not the one they were given. Update Passerelle to print it.
invalid-not-asked = this question no longer applies to this case; reload the screen.
invalid-wrong-answer = this answer is not of the kind the question expects; reload the screen.
invalid-no-letter-for-route = { $which ->
        [carte-resident-l425-3-renewal] the renewal of the resident card has no letter to the prefect: it is applied for online on ANEF; prepare the checklist.
       *[reflection-period] the reflection period has no letter to the prefect; choose the residence permit applied for.
    }
invalid-route-does-not-fit = { $route }: this procedure does not fit the case’s situation. { $reason }
invalid-not-concerned = French nationals and nationals of the European Union, the European Economic Area and Switzerland need no such residence permit.
invalid-recovery-key-never-in-a-file = the recovery key is shown and never written to a file on this computer: remove --out and copy it by hand.
invalid-stdout-is-a-file = the recovery key is shown and never written to a file on this computer: run the command without redirecting its output to a file or to /dev/null (to another program is fine), and copy the key by hand. Nothing was created.
invalid-folder-not-empty = this folder already holds other files: a vault is made in a new or empty folder of its own (its access rights are narrowed to your account). Nothing was created or changed.
invalid-store-is-a-file = this is a file, not a folder. A vault is a folder, new or empty to create one. Nothing was created or changed.
invalid-foreign-pipe = this name leads to a pipe or a device owned by another account on this computer: what is written there, in clear, would be read by it. Write to a file, or without --out to standard output. Nothing was written.
invalid-same-as-input = it is the file the command reads: it would be replaced. Choose another name.
invalid-column-needs-pdf = this language is the second column of the checklist as a PDF: add --out F.pdf. In JSON, the labels are in French (fr) or English (en).
invalid-rule-defect = these rules contradict themselves; this version of Passerelle is defective, please report the problem.
invalid-end-before-start = the last day comes before the first.
invalid-start-after-recorded-end = the last day recorded for this document comes before this day. If it is another document, type its last day of validity first, then this day.
invalid-decision-before-filing = the decision cannot come before the application was filed.
invalid-appeal-needs-refusal = an appeal is made against a refusal: choose “refused” as the decision, or remove the appeal.
invalid-appeal-before-decision = the appeal cannot come before the decision it challenges.
invalid-stage-contradicts-conviction = the stage recorded (appeal, acquittal, dismissal…) contradicts the day of final conviction entered: correct one or the other.
invalid-proceedings-ended = the case records no criminal proceedings under way (none, or proceedings ended without a conviction: acquittal, dismissal): article L. 425-1 renews the card only while they last. Have a legal adviser check the situation.
invalid-conviction-final = the case records a final conviction: the criminal proceedings are over, and article L. 425-1 renews the card only while they last. Apply for the resident card instead (article L. 425-3 of the CESEDA).
invalid-conviction-not-yet-final = this day comes after the letter’s: the conviction is not final yet.
invalid-under-sixteen-on-letter-day = they are under sixteen on the letter’s date: the card cannot be issued before then (article R. 425-5 of the CESEDA). Write the letter from their sixteenth birthday.
invalid-agreement-nationality = for this nationality, a bilateral agreement governs the stay (Franco-Algerian agreement of 27 December 1968): the article of this route does not apply as of right. A legal adviser chooses the route and writes the letter.
invalid-renewal-already-filed = the renewal is already recorded as filed and awaits its decision: there is no new request to write.
invalid-renewal-refused = the renewal of this residence permit is recorded as refused: this letter would ask for it again as if nothing had happened. An appeal or a new application is for a legal adviser to decide with you. If that refusal concerns an earlier permit, record the refused application’s filing date, or the refusal’s date, under “Applications to the prefecture”.
invalid-renewal-rejected-by-silence = the renewal recorded as filed has had no decision for more than four months: the prefecture’s silence counts as an implicit rejection (article R. 432-2 of the CESEDA), and this letter would ask for it again as if it were still pending. An appeal or a new application is for a legal adviser to decide with you.
invalid-rejected-by-silence = the application recorded as filed has had no decision for more than four months: the prefecture’s silence counts as an implicit rejection (article R. 432-2 of the CESEDA). Record that rejection under “Applications to the prefecture” (decision “refused”, dated the day the four months ended): an appeal or a new application is then for a legal adviser to decide with you.
invalid-recepisse-without-application = an application récépissé is recorded as the current residence document, and no application it may cover is recorded: an application has therefore been filed already. Record it under “Applications to the prefecture” (route, filing date); if it is the first card’s, there is no new application to write. If the récépissé covers an application on another ground, choose “other” as the current residence document.
invalid-resident-card-already-applied = a resident card application is already recorded, awaiting its decision or granted: there is no new application to write.
invalid-already-applied = an application for this permit is already recorded, awaiting its decision or granted: there is no new application to write. If the permit was issued, record it as the current residence document; after a refusal, record the decision.
invalid-year-out-of-range = the year must be between { $min } and { $max } (write it in full, for example 2026).
invalid-after-document-day = this date is later than the document’s own date, and the document cannot present a future event as past: correct it in the case.
invalid-before-birth = this date is before the person’s birth: correct it, or the birth date, in the case.
invalid-birth-after-recorded-day = this birth date is after another date already recorded in the case (complaint, testimony, residence permit, document…): check both and correct the wrong one first.
invalid-offence-not-recorded = the letter for the L425-1 card names the offence; tick “trafficking in human beings” or “procuring” if the case establishes it.
invalid-consent-not-given = the person refused, or withdrew, their consent to their information being sent to the prefecture; the support letter, which sends it, is therefore not offered. If it is given, record it in their case file (in the app: the “File” tab).
invalid-consent-not-asked = the person has not been asked whether their information may be sent to the prefecture; the support letter, which sends it, is offered only with their agreement. Ask them, and record the answer in their case file (in the app: the “File” tab).
invalid-handover-not-consented = the person refused, or withdrew, their consent to their file being passed to a lawyer or another association, so it is not passed on. If it is given, record it in their case file (in the app: the “File” tab).
invalid-day-to-check = this date cannot be right (the case’s assessment says why): the letter, which the person signs, therefore does not state it, and cannot be written without it. Correct it in the file.
invalid-case-closed = the association has closed this case: a letter from the association would attest support that has ended. If the support resumes, reopen the case.

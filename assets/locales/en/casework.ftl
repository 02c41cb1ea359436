# UI: dashboard, cases, interview, review, the page of a case. Worker-facing text (French and
# English). The questions the person reads are in interview.ftl.

## Common
action-edit = Edit
action-delete = Delete
skip-to-content = Skip to content
nav-label = Main navigation
nav-menu = Menu
nav-dashboard = Dashboard
hide-names = Initials only
when-day = { $when ->
        [today] today
        [tomorrow] tomorrow
        [yesterday] yesterday
        [future] in { $days } days
       *[past] { $days } days ago
    }

## Dashboard
dashboard-title = Dashboard
dashboard-overdue = Overdue
dashboard-upcoming = Coming up: the next { $days } days, and renewals to apply for now
dashboard-appointments = Appointments in the next { $days } days
dashboard-none-overdue = No overdue deadline.
dashboard-none-upcoming = No deadline in the coming days.
dashboard-none-appointments = No appointment in the coming days.
dashboard-more = { $count ->
        [one] … and one more.
       *[other] … and { NUMBER($count) } more.
    }
dashboard-no-case = No case yet. A case starts with an interview: identity, situation, complaint, documents.
dashboard-first-case = Open a first case

## Case list
cases-sort = Sort by
cases-sort-name = name
cases-sort-next-deadline = next deadline
cases-sort-updated = last change
cases-col-next = Next deadline
cases-col-stage = Criminal proceedings
cases-no-deadline = none
cases-count = { $total ->
        [one] One case
       *[other] Cases { NUMBER($from) } to { NUMBER($to) } of { NUMBER($total) }
    }
cases-previous = Previous page
cases-next = Next page
cases-overdue = overdue
index-progress = Updating the case index: { NUMBER($done) } of { NUMBER($total) }. The deadlines on the list and the dashboard will be complete when it ends.
case-new-intro = The name is enough to start; the interview opens next, and every answer is saved at once.
case-new-start = Start the interview
case-new-start-anyway = This is someone else: start the interview
case-namesakes =
    { $count ->
        [one] A case already has this name. Is it the same person?
       *[other] { NUMBER($count) } cases already have this name. Is it one of these people?
    }
case-namesakes-hint = Open their case rather than a second one; if this is someone else, go on.
case-namesake-dates = Case opened on { $created }, changed on { $updated }
case-namesake-closed = Case opened on { $created }, closed on { $closed }
namesake-born = Birth date: { $date }
case-delete-who = This case:
case-delete-namesakes =
    { $count ->
        [one] Another case has the same name; check that this is the right one:
       *[other] { NUMBER($count) } other cases have the same name; check that this is the right one:
    }
case-deleted = The case was deleted.

## Interview
iv-title = Interview
iv-step-consent = Their consent
iv-step-consent-number = 1.
    .title = Their consent
iv-steps = Interview steps
# The answers given to the step’s required questions, out of how many there are.
iv-step-count = { NUMBER($answered) } of { NUMBER($required) } answered
iv-side-by-side = Also show the questions in the person’s language (side by side)
iv-person-language = The person’s language
iv-side-by-side-on = Questions shown side by side.
iv-side-by-side-off = Questions shown in one language.
iv-side-by-side-same = The person reads the interface’s language: the questions are already in it; nothing to show beside them.
iv-keys = Every answer is saved at once. Enter: next question. Alt+→ and Alt+←: next and previous step.
iv-date-format = dd/mm/yyyy
iv-saving = Saving…
iv-saved = Saved
iv-unsaved = Not saved yet
iv-unsaved-answer = An answer could not be saved: correct it or clear it before leaving this step.
iv-erase-warning = { $count ->
        [one] This answer erases one answer below, which will no longer apply.
       *[other] This answer erases { NUMBER($count) } answers below, which will no longer apply.
    }
iv-erase-confirm = Answer and erase
iv-erase-undo = Restore the erased answers
iv-erased = { $count ->
        [one] One answer was erased.
       *[other] { NUMBER($count) } answers were erased.
    }
iv-previous = ← Previous step
iv-next = Next step →
iv-to-review = Review the answers →
iv-back-to-review = Back to the review

## Review
review-title = Review of the answers
review-intro = Check each answer with the person before printing any document. “I don’t know” is an answer: nothing is guessed.
review-unanswered = { $count ->
        [one] One question without an answer: it is marked below.
       *[other] { NUMBER($count) } questions without an answer: they are marked below.
    }
review-first-open = Go to the first one
review-complete = Every question has an answer.
review-edit-step = Edit this step
review-edit = Edit
review-not-answered = No answer yet
review-optional-empty = Optional, left empty
review-to-case = See the assessment and the documents →

## The page of a case
case-interview = Resume the interview
case-review = Review the answers ({ NUMBER($count) } unanswered)
case-office = Competent authority:
case-other-nationalities = { $count ->
        [one] other nationality
       *[other] other nationalities
    }: { $countries }
case-age = { $age } years old
case-age-about = about { $age } years old
case-age-range = { $youngest } or { $oldest } years old (approximate birth date)
case-age-either = { $youngest } or { $oldest } years old (born on 29 February)
case-with-interpreter = with an interpreter
case-sections = Sections of the case
case-section-assessment = Assessment and documents
case-section-checklist = Supporting documents
case-section-followup = Follow-up: appointments and notes
case-section-file = File: status, consent, hand-over
case-assessment = Assessment
case-assessment-jurist = To be confirmed by a legal adviser
case-primary-route = Suggested route
case-confirm-by-jurist = To be confirmed by a legal adviser
case-discretionary = The prefect may refuse even when every condition is met.
case-col-condition = Condition
case-col-status = Status
case-col-basis = Legal basis
case-missing-fact = To establish:
case-fill-missing = Complete the missing answers
case-go-to-file = Go to the “File” tab
case-go-to-followup = Go to the “Follow-up” tab
case-document-unavailable = Not possible yet.
case-document-needs = To fill in: { $field }.
case-document-needs-change = { $field }: { $reason }
case-warnings = Points of attention
case-see-also = Other routes to consider
case-deadlines = Deadlines
case-no-deadline = No known deadline: dates (receipt, residence document, supporting documents) may be missing.
case-estimated = estimated
case-documents = Documents
case-review-first = { $count ->
        [one] One question unanswered: review the answers before printing.
       *[other] { NUMBER($count) } questions unanswered: review the answers before printing.
    }
case-review-link = Review the answers
case-route-with-outcome = { $route }: { $outcome }
case-documents-for = Documents for the suggested route:
case-routes-not-applicable = Routes that do not apply at this stage ({ NUMBER($count) })
case-addressee = The letter is addressed to
case-addressee-unverified = To be checked (the letter says “{ $addressee }”)
case-addressee-hint = Open data does not say who holds this office: check on the prefecture’s website, then choose. The choice applies to every letter sent to this office.
case-addressee-saved = Recorded for every letter sent to this office.
case-addressee-signer = Who signs the permits this sub-prefecture issues?
case-addressee-signer-prefect = The prefect of the département (the usual case)
case-addressee-signer-sub-prefect = The sub-prefect
case-addressee-signer-hint = Competent office: { $office }. The permit is issued by the prefect: the letter is addressed to them, at this office’s address. Choose the sub-prefect only if the sub-prefecture says they sign the permits themselves, by delegation of the prefect. The choice applies to every case of this arrondissement.
case-addressee-signer-saved = Recorded for every case of this arrondissement.
case-export-hint = The proposed file name contains no person’s name. A file saved outside Passerelle is no longer encrypted: keep it somewhere safe and delete it after use.
case-export-saved = Document saved: { $file }, in the folder “{ $folder }”.
case-export-verify-office = Check the prefecture’s address before sending: it comes from a source to be confirmed.
case-export-support-letter = The letter lists the association’s support letter among its enclosures: print it too and enclose it.
case-export-dialog-title = Save the document
case-export-cancelled = Saving cancelled.
case-documents-route = Route
case-documents-route-hint = The case concerns several procedures, each with its assessment: choose the one to prepare the documents for.
case-documents-none = No document can be prepared yet: no route fits the situation recorded. Complete the interview (situation, complaint or testimony, current permit), then come back here.
case-no-letter-reflection-period = The reflection period has no letter to the prefect: after the hearing by the police or the gendarmerie (CESEDA art. R. 425-1), the prefect issues a 30-day récépissé (art. R. 425-2). Prepare the checklist and the support letter; for a letter to the prefect, choose the residence permit applied for.
case-no-letter-carte-resident-l425-3-renewal = The renewal of the resident card has no letter to the prefect: it is applied for online on ANEF (since 4 July 2024, according to a secondary source), and the card is renewable as of right (CESEDA art. L. 433-2, to be confirmed by a legal adviser). Prepare the checklist and, if needed, the support letter; check with the person their habitual residence in France (art. L. 432-3).
case-missing-piece = { $piece }: { $status }
case-doc-letter = Letter to the prefect (in French)
case-doc-support-letter = Support letter (in French)
case-doc-checklist = Checklist, French and { $language }
case-doc-checklist-french = Checklist, in French
case-checklist-language = Second language of the checklist
case-checklist-language-hint = The language the person reads: it is also the interview’s side-by-side language.
case-checklist-language-none = none (French alone)
case-checklist-language-saved = Language saved: { $language }.
case-print = Print
case-save-pdf = Save as PDF
case-printed = Document sent to the printer. Passerelle wrote no file.
case-print-hint = “Print” sends the document to the printer without Passerelle writing a file (on Linux, the print service keeps a copy for a day unless set otherwise). “Save as PDF” writes a file that is no longer encrypted (to send by e-mail): keep it somewhere safe, preferably on a USB stick, and delete it after use. A file left in “Documents” is found by the computer’s search by typing the person’s name. The proposed file name contains no person’s name.
case-missing-title = Mandatory documents missing
case-missing-intro = { $count ->
        [one] One mandatory document is not in hand: the letter will not enclose it.
       *[other] { NUMBER($count) } mandatory documents are not in hand: the letter will not enclose them.
    }
case-missing-go-on = Continue anyway
case-missing-checklist = See the checklist
case-renewal-not-yet-title = Too early to file the renewal
case-renewal-not-yet = The renewal period of their permit only starts on { $date } (article R. 431-5 of the CESEDA). Filed before that day, the application may not be registered; so the letter does not say it is filed in time.
case-checklist-reference = Documents judged recent enough on { $date }.
case-checklist-jurist = This list follows prefecture practice: to be confirmed by a legal adviser.
case-checklist-unsaved = An answer could not be saved: correct it or clear it before leaving the list of documents.
case-optional = optional
case-via = Replaced by:
case-alternatives = Accepted instead:
checklist-fresh-until = recent enough until { $date }
checklist-held-instead-until = Instead, the person has: { $document }, recent enough until { $date } only.
checklist-held-instead-undated = Instead, the person has: { $document }, whose date is not noted.
checklist-valid-until = valid until { $date }
checklist-valid-ended = validity ended on { $date }
checklist-status-permit-ended = No longer valid
checklist-status-date-unknown = Date of issue to be noted
checklist-status-stale-at-filing = To get again just before filing (too old on that day)
case-appointments = Appointments
case-no-appointment = No appointment.
case-appt-kind = Kind
case-appt-date = Date
case-appt-time = Time
case-appt-time-hint = for example 9:30, optional
case-appt-place = Place
case-appt-note = To prepare (interpreter, documents…)
case-appt-new = New appointment
case-appt-editing = Editing the appointment: { $kind }, { $date }
case-appt-save-changes = Save changes
case-appt-save = Save the appointment
case-appt-delete-confirm = Delete this appointment?
case-applications = Applications to the prefecture
case-applications-intro = The applications filed for the person and the decisions received: they feed the association’s activity report (numbers and delays, no name at all). Each one’s ANEF number keeps a letter from citing another application’s.
case-no-application = No application recorded.
case-application-new = New application
case-application-editing = Change the application: { $route }
case-application-route = Application for
case-application-route-choose = — choose what was applied for —
case-application-route-required = Choose what was applied for (“Application for”), then save.
case-application-filed = Filed on
case-application-outcome = Decision
case-application-decided = Date of the decision
case-application-outcome-pending = awaited
case-application-outcome-granted = granted
case-application-outcome-refused = refused
case-application-save = Save the application
case-application-save-changes = Save the changes
case-application-delete-confirm = Delete this application?
case-application-date-hint = dd/mm/yyyy, empty if not known
case-application-filed-on = Filed on { $date }
case-application-filed-unknown = Filing date not known
case-application-pending = decision awaited
case-application-granted = granted
case-application-granted-on = granted on { $date }
case-application-refused = refused
case-application-refused-on = refused on { $date }
case-application-appeal = Appeal against the refusal
case-application-appeal-none = none
case-application-appeal-prefect = request to reconsider (recours gracieux, to the prefect)
case-application-appeal-minister = hierarchical appeal (recours hiérarchique, to the minister of the interior)
case-application-appeal-court = appeal to the administrative court (recours contentieux)
case-application-appealed = Date of the appeal
case-application-anef = ANEF number of this application
case-application-anef-summary = ANEF application no. { $number }
case-anef-number-left-out = The case’s ANEF number is not printed on the letters: { $why ->
        [own] it is the number of the application “{ $route }”{ $filed ->
            [none] {""}
           *[other] , filed on { $filed }
        }
       *[unnumbered] it may be the number of the application “{ $route }”{ $filed ->
            [none] {""}
           *[other] , filed on { $filed }
        }, whose own number is not recorded
    }. { $why ->
        [own] Once the new application is filed, record its number in the case (interview, step “Current residence document”, “Number of the application on ANEF”): it replaces this one, which stays recorded with its application.
       *[unnumbered] If you know that application’s number, record it under “Applications to the prefecture” (“Edit”); otherwise the letters go without an ANEF number.
    }
case-application-appeal-summary = { $kind } filed on { $date }
case-application-appeal-summary-undated = { $kind }, filing date unknown
case-notes = Notes
case-note-new = New note
case-note-add = Add the note
case-no-note = No note.
case-note-delete-confirm = Delete this note? It cannot be recovered.
case-consent-unsaved = The consent choices you changed are not saved: click “Save” below the table, or leave without saving them.
iv-note-summary = Note for the case
iv-note-label = Note (for the team, not read to the person)
iv-note-added = Note added to the case.
appointment-when = { $date } at { $time }
note-written-on = Written on { $date } at { $time }
note-written-by = Written on { $date } at { $time } by { $author }
appointment-kind-police-hearing = Hearing (police, gendarmerie)
appointment-kind-prefecture = Prefecture
appointment-kind-court = Court hearing
appointment-kind-lawyer = Lawyer
appointment-kind-other = Other appointment

## Settings: the association
settings-asso-title-section = The association
settings-asso-intro = This is printed in the support letter and mentioned in the letter to the prefect. It stays in the encrypted vault.
settings-asso-name = Name of the association (without “Association” in front)
settings-asso-lines = Address (building, number and street; one item per line)
settings-asso-lines-hint = The postcode and the town go in their own fields.
settings-asso-postcode = Postcode
settings-asso-city = Town
settings-asso-phone = Telephone
settings-asso-email = E-mail
settings-asso-worker = Name of the worker who signs
settings-asso-role = Role
settings-asso-role-hint = In French, as printed: for example “travailleuse sociale”, “juriste”.
settings-asso-title = Title of the person who signs
settings-asso-title-madame = Madame
settings-asso-title-monsieur = Monsieur
settings-asso-saved = Association saved.

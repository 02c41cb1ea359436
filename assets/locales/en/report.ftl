# The association's activity report (PDF and CSV) and its screen. The report itself is printed in
# French (funders and the national survey are French); these English words serve the screen, and
# reviewers.

## Screen « Activity report »
nav-report = Activity report
report-screen-title = Activity report
report-screen-intro = The year’s figures for funders and the national survey of victims followed by associations. The report is computed inside the vault and holds no name, no date of birth, no case number and no free text; every count below five is hidden.
report-from = From (dd/mm/yyyy)
report-to = To (dd/mm/yyyy)
report-format = Format
report-format-pdf = PDF (to print or send)
report-format-csv = CSV (spreadsheet, semicolon-separated)
report-save = Save the report…
report-saved = Report saved: { $file }, in the folder “{ $folder }”. This file is not encrypted; it holds nothing that identifies a person.
report-saved-too-small = Report saved: { $file }, in the folder “{ $folder }”. Warning: the period has too few persons to be published safely; the report says so and gives no breakdown.
report-saved-overlap = Warning: a report was already made for the period from { $from } to { $to }, which overlaps this one. Set side by side, two reports over overlapping periods can single out a person: publish only one (one period a year).
report-cancelled = No file saved.
report-dialog-title = Save the activity report
report-file-name = activity-report-{ $from }-{ $to }

## The report
report-title = Activity report
report-no-association = Association (name not recorded)
report-period = Period from { $from } to { $to }
report-period-day = The day of { $day }
report-made = Made on { $date } with Passerelle, from the cases in the vault.
report-key-title = Key figures
report-key-persons = Persons accompanied during the period
report-key-new = Cases opened during the period
report-too-small = Period too small to publish safely: fewer than ten persons accompanied. With so few persons, each figure could point at someone; the report therefore gives no breakdown. Choose a longer period, or pool your figures with other associations’.
report-withheld = Fewer than ten in all: no breakdown is published, only the total.
report-total = Total
report-cell-small = < 5
report-cell-hidden = s
report-legend = “< 5”: fewer than five persons (at least one). “s”: five or more, hidden so that a count below five cannot be worked out from the totals.

report-table-age-by-sex = { $bySex ->
        [no] Persons accompanied by age
       *[yes] Persons accompanied by age and sex
    }
report-table-nationality-by-sex = { $bySex ->
        [no] Persons accompanied by nationality
       *[yes] Persons accompanied by nationality and sex
    }
report-table-exploitation-by-sex = { $bySex ->
        [no] Persons accompanied by form of exploitation
       *[yes] Persons accompanied by form of exploitation and sex
    }
report-table-cooperation-by-sex = Persons accompanied by cooperation with the police and the courts
report-table-stage-by-sex = Persons accompanied by stage of the criminal proceedings
report-table-applications = Residence applications filed during the period
report-table-decisions = Decisions obtained during the period

report-heading-age-by-sex = Age
report-heading-nationality-by-sex = Nationality
report-heading-exploitation-by-sex = Form of exploitation
report-heading-cooperation-by-sex = Cooperation
report-heading-stage-by-sex = Criminal proceedings
report-heading-applications = Procedure
report-heading-decisions = Procedure

report-column-female = Women
report-column-male = Men
report-column-other-or-unknown = Other or not recorded
report-column-male-other-or-unknown = Men, other or not recorded
report-column-female-other-or-unknown = Women, other or not recorded
report-column-persons = Persons
report-column-filed = Applications filed
report-column-granted = Documents issued
report-column-refused = Refusals

report-unknown = Not recorded
report-stateless = Stateless
report-age-minor = Minors (under 18)
report-age-18-24 = 18 to 24
report-age-25-34 = 25 to 34
report-age-35-44 = 35 to 44
report-age-45-plus = 45 and over
report-region-europe-eu-eea = European Union, EEA and Switzerland (other countries)
report-region-europe-other = Other European countries, Caucasus and Turkey
report-region-africa-north = North Africa (other countries)
report-region-africa-west = West Africa (other countries)
report-region-africa-other = Central, East and Southern Africa (other countries)
report-region-middle-east = Middle East (other countries)
report-region-asia-south-central = South and Central Asia (other countries)
report-region-asia-east = East and South-East Asia (other countries)
report-region-americas = Americas and the Caribbean (other countries)
report-region-oceania = Oceania (other countries)
report-region-other = Other territories
report-exploitation-sexual = Sexual exploitation, procuring
report-exploitation-forced-labour = Forced labour
report-exploitation-servitude = Servitude
report-exploitation-forced-begging-or-crime = Forced begging, forced to commit offences
report-exploitation-other = Other form
report-cooperation-complaint = Complaint filed
report-cooperation-testimony = Testimony without complaint
report-cooperation-neither = Neither complaint nor testimony
report-stage-none = No proceedings
report-stage-investigation = Investigation or judicial inquiry
report-stage-trial = Trial at first instance
report-stage-appeal = Appeal
report-stage-final-conviction = Final conviction
report-stage-acquittal = Acquittal
report-stage-dismissed = Dismissed
report-route-reflection-period = Reflection-period récépissé (R. 425-2)
report-route-cst-l425-1 = First residence card (L. 425-1)
report-route-cst-l425-1-renewal = Renewal of the card (L. 425-1)
report-route-carte-resident-l425-3 = Resident card (L. 425-3)
report-route-carte-resident-l425-3-renewal = Renewal of the resident card (L. 425-3, L. 433-2)
report-route-aps-l425-4 = Provisional residence authorisation (L. 425-4)

report-delays-title = Median delays
report-delay-interview-to-filing = From the first interview to the filing
report-delay-filing-to-decision = From the filing to the decision
report-delay-value = { $days } { $count ->
        [one] day
       *[other] days
    } (over { $over } applications)
report-delay-value-over-hidden = { $days } { $count ->
        [one] day
       *[other] days
    } (number of applications not published)
report-delay-not-published = not published: fewer than ten applications with both dates known

report-method-title = Method
report-method = Persons accompanied are those whose accompaniment (start date recorded in the case, else the day the case was opened) began before the end of the period and was not closed before its start; each is counted once per table. Age is taken at the start of the period, or at the start of the accompaniment if later; a birth date known to the year or month only that may fall in two bands is counted as “Not recorded”. A nationality with fewer than five persons is grouped with its region of the world. Applications and decisions are counted at their date, when known; a reflection-period récépissé recorded without a dated decision on its application counts as a document issued. Delays are medians in days; the first interview is the start of the accompaniment. Every count from one to four is hidden (“< 5”), and other counts are hidden (“s”) so that no hidden count can be worked out exactly, neither from the rows and columns of its table nor by setting side by side the tables that share their total row. The report holds no name, no date of birth, no case number, no free text and no place. A sex column that would count one to four persons, or fewer than ten all on one row of a table, is merged with another, or the tables have one column only. A complaint or testimony counts if dated before the end of the period; the stage of proceedings is the one recorded on the day the report is made.

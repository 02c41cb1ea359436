# Texts of the legal core: routes, conditions, warnings, deadlines, documents.
# Ids follow the JSON ids of the rule pack (assets/rules/fr-teh.json).
# Dates arrive already formatted by Rust ("12 March 2026").

## Routes

legal-route-reflection-period = 30-day reflection period (R425-1, R425-2)
legal-route-cst-l425-1 = Temporary residence card “private and family life” (L425-1), first application
legal-route-cst-l425-1-renewal = Renewal of the temporary residence card (L425-1)
legal-route-carte-resident-l425-3 = Ten-year resident card after a final conviction (L425-3)
legal-route-carte-resident-l425-3-renewal = Renewal of the resident card (L425-3, L433-2)
legal-route-aps-l425-4 = Provisional residence authorisation, exit-from-prostitution programme (L425-4)

legal-outcome-eligible = Eligible
legal-outcome-not-eligible = Not eligible
legal-outcome-incomplete = Incomplete: some information is missing
legal-outcome-incomplete-jurist = Incomplete: for a legal adviser to confirm
legal-outcome-not-applicable = Not applicable at this stage

legal-condition-status-met = Met
legal-condition-status-not-met = Not met
legal-condition-status-unknown = Unknown

## Conditions

legal-condition-third-country-national = The person is not a national of the European Union, the European Economic Area or Switzerland
legal-condition-ceseda-territory = The person lives where the CESEDA applies (not in New Caledonia, French Polynesia or Wallis and Futuna)
legal-condition-victim-of-trafficking-or-procuring = The person is a victim of human trafficking or procuring
legal-condition-no-cooperation-yet = The person has not yet filed a complaint or testified
legal-condition-cooperation = The person filed a complaint or testified in criminal proceedings
legal-condition-ties-broken = The person has broken all ties with the perpetrators
legal-condition-ties-broken-l425-3 = The person has broken all ties with the perpetrators (L425-1 condition applied to L425-3, to be confirmed)
legal-condition-no-public-order-threat = The person is not a threat to public order (refusal possible, not automatic)
legal-condition-age-for-cst = The person is an adult, or is at least 16 and states that they want to work as an employee or follow vocational training
legal-condition-adult = The person is an adult
legal-condition-proceedings-ongoing = The criminal proceedings are ongoing (investigation, trial or appeal)
legal-condition-final-conviction = The accused person has been finally convicted
legal-condition-regular-stay-on-application = The person is legally resident on the day of the application (card, récépissé or extension certificate in force)
legal-condition-exit-programme = The person is admitted to the exit-from-prostitution programme

## Why a route is not applicable

legal-reason-holds-residence-card = The person already holds an L425-1 card or a resident card.
legal-reason-already-cooperating = The person already filed a complaint or testified: the L425-1 card can be requested directly.
legal-reason-reflection-period-over = The reflection period is over.
legal-reason-holds-cst-l425-1 = The person already holds the L425-1 card: see its renewal.
legal-reason-holds-resident-card = The person already holds the resident card.
legal-reason-title-granted = A residence card or a provisional residence authorisation was granted to the person: record it as their current residence document.
legal-reason-holds-aps = The person already holds an L425-4 provisional residence authorisation, renewed for the whole exit programme: see its renewal.
legal-reason-minor-under-16 = Under 16: no residence permit is required and the L425-1 card cannot be issued.
legal-reason-no-cst-l425-1 = No current L425-1 card to renew.
legal-reason-no-cooperation = No complaint or testimony: the L425-3 resident card is for the person referred to in L425-1.
legal-reason-not-eligible-unchosen = The person is not eligible for it according to the assessment, and no procedure was chosen: choose this one explicitly to write the document anyway.
legal-reason-not-applicable = It does not apply to the situation recorded.
legal-reason-no-final-conviction = No final conviction yet.
legal-reason-conviction-contradicted = The day of final conviction entered contradicts the stage recorded (appeal, acquittal, dismissal…): correct one or the other.
legal-reason-no-resident-card = The person holds no L425-3 resident card to renew.
legal-reason-minor-no-permit-needed = Minor: no residence permit is required before 18.

legal-reason-outside-france = Address in Monaco: it is not French territory, French residence law does not apply there.
legal-reason-overseas-own-law = Address in an overseas collectivity with its own residence law: this route does not apply here, to be confirmed by a legal adviser.
legal-not-concerned-french-national = The person is a French national: the CESEDA does not apply.
legal-not-concerned-eu-eea-swiss-national = The person is a national of the European Union, the European Economic Area or Switzerland: they need no residence permit (CESEDA L233-1). Their right to stay beyond three months nonetheless depends on conditions (work, resources or studies), and this tool’s procedures do not concern them; victim support (complaint, protection, assistance, compensation) remains open. To be confirmed by a legal adviser.

## Warnings

legal-warning-case-dates-to-check = { $problem ->
        [future] The date { $field ->
            [birth] of birth
            [complaint] of the complaint
            [testimony] of the testimony
            [exit-programme] of admission to the exit-from-prostitution programme
            [accompaniment] the accompaniment started
            [permit-issued] the current residence document was issued
            [renewal-filed] the renewal of the current residence document was applied for
            [application-filed] an application recorded in the follow-up was filed
            [decision] of a decision recorded in the follow-up
            [appeal] of an appeal recorded in the follow-up
            [reflection] the reflection-period récépissé was handed over
            [asylum] the asylum claim was registered
            [child-welfare] of the placement with child welfare or a trusted third party
            [protection-order] of the protection order
           *[document] of the document “{ $document }”
        } ({ $date }) is in the future: a past fact cannot have happened on that day. Check it in the case.
        [before-birth] The date { $field ->
            [complaint] of the complaint
            [testimony] of the testimony
            [exit-programme] of admission to the exit-from-prostitution programme
            [accompaniment] the accompaniment started
            [permit-issued] the current residence document was issued
            [final-conviction] of the final conviction
            [reflection] the reflection-period récépissé was handed over
            [asylum] the asylum claim was registered
            [child-welfare] of the placement with child welfare or a trusted third party
            [protection-order] of the protection order
           *[document] of the document “{ $document }”
        } ({ $date }) is before the person’s birth. Check it in the case, or the birth date.
        [conviction-before-cooperation] The conviction is recorded as final on { $date }, before the recorded { $cooperation ->
            [both] complaint and testimony
            [testimony] testimony
           *[complaint] complaint
        }. Check these dates in the case. If they are right, how this conviction relates to their cooperation, on which the resident card (L425-3) depends, is for a legal adviser to confirm.
        [decision-before-filing] A decision recorded in the follow-up ({ $date }) comes before the filing of the application it decides. Check these dates in the case.
        [appeal-before-decision] An appeal recorded in the follow-up ({ $date }) comes before the decision it challenges. Check these dates in the case.
        [receipt-before-complaint] The document “{ $document }” is dated { $date }, before the complaint it acknowledges. Check these dates in the case file.
        [proof-before-proceedings] The document “{ $document }” is dated { $date }, before the complaint that opened the proceedings. Check these dates in the case file.
        [longer-than-law] The current residence document ends on { $date }, well beyond the length the law issues it for ({ $length ->
            [ten-years] ten years
            [thirty-days] thirty days
           *[one-year] one year
        } from its issue). Check these dates in the case.
        [shorter-than-law] The reflection-period récépissé ends on { $date }, less than thirty days after it was handed over, while the law gives the period thirty days from that day (CESEDA, art. R. 425-2). Check these dates in the case file.
        [reflection-handover-differs] The case file gives two different days for the handover of the reflection-period récépissé, one of them { $date }: the period runs from that handover (CESEDA, art. R. 425-2). Check these dates in the case file.
        [card-shorter-than-law] The { $length ->
            [ten-years] resident card
           *[one-year] temporary residence card
        } ends on { $date }, well under { $length ->
            [ten-years] ten years after its issue, while the law issues it for ten years (CESEDA, art. L. 425-3)
           *[one-year] a year after its issue, while the law issues it for one year (CESEDA, art. L. 425-1)
        }. Check the kind of this document and its dates in the case file; if they are right, see a jurist.
        [aps-shorter-than-law] The temporary residence authorisation ends on { $date }, less than six months after it was issued, while the law issues it for at least six months (CESEDA, art. L425-4). Check these dates in the case file; if they are right, see a legal adviser.
        [renewal-before-issue] The renewal application recorded on the current residence document is dated { $date }, before the document was issued or on the same day: it is most likely the application that gave this document, or an earlier document’s. It is not counted as its renewal; if its renewal has been applied for since, record the day of that new application.
       *[end-before-issue] The current residence document ends on { $date }, before the day it was issued. Check these dates in the case.
    }{ $problem ->
        [renewal-before-issue] {""}
       *[other] {""} The assessment and the deadlines read the case as it is written.
    }{ $others ->
        [one] {""} Another date in the case also needs checking.
        [several] {""} Other dates in the case also need checking.
       *[none] {""}
    }
legal-warning-nationality-unknown = Nationality unknown: a national of the European Union, the European Economic Area or Switzerland needs no residence permit. Record the nationality before any step.
legal-warning-algerian-national-1968-agreement = { $dual ->
        [yes] Algerian national, with another nationality
       *[no] Algerian national
    }: the stay of Algerians is governed by the Franco-Algerian agreement of 27 December 1968, which in principle rules out articles L425-1 and following. The route is then the prefect’s general power to regularise (and article 8 of the European Convention on Human Rights), not the L425-1 card as of right. A legal adviser must choose the route{ $dual ->
        [yes] , and say whether the agreement applies to a person who also holds another nationality.
       *[no] .
    }
legal-warning-overseas-ceseda-not-applicable = Address in New Caledonia, French Polynesia or Wallis and Futuna: stay there is governed by the collectivity’s own law, not the CESEDA. The routes above therefore do not apply here; the applicable text and the competent authority are to be confirmed by a legal adviser.
legal-warning-identity-document-confiscated = Identity document confiscated by the perpetrators ({ $document }): the prefecture accepts a consular certificate, a consular card or an ID card with a photo, or a nationality certificate under 6 months old with a photo. Have the confiscation recorded in the complaint, declare the loss or theft, and check that contacting the consulate is safe; otherwise consider asylum, which requires no passport.
legal-warning-stateless-identity-documents = Stateless person: they have neither a national passport nor a consular document, which the document list asks for identity and nationality. What replaces them (a travel document, an OFPRA document, a certificate) is not established here: have a legal adviser confirm it before filing.
legal-warning-refusal-risk-false-documents = Use of false documents: since the law of 26 January 2024 the prefect may refuse or not renew the card on this ground (L432-1-1). Refusal is not automatic, and an administrative court of appeal has annulled a refusal it found disproportionate (CAA Marseille, 16 May 2025): document the coercion by the perpetrators (complaint, police report).
legal-warning-refusal-risk-removal-order = Removal order (OQTF) not complied with: the prefect may refuse the card on this ground (L432-1-1). Refusal is not automatic: explain the perpetrators’ hold{ $cooperation ->
        [complaint] {""} and attach the complaint.
        [testimony] {""} and refer to their testimony.
        [reflection] . During the current reflection period, no removal decision may be taken or enforced (R425-2).
       *[none] . A reflection period, if granted, protects them: during those thirty days, no removal decision may be taken or enforced (R425-2).
    }
legal-warning-refusal-risk-serious-offences = Facts that could expose the person to a conviction for a serious offence (drug trafficking, trafficking, procuring, violence against public agents…): the prefect may refuse the card on this ground (L432-1-1, according to sheet F32257; text read in part). Refusal is not automatic, and an administrative court of appeal has annulled a refusal it found disproportionate (CAA Marseille, 16 May 2025): if the perpetrators forced them (to recruit, carry, sell), document the coercion (complaint, police report) and put forward their situation as a victim with a legal adviser.
legal-warning-refusal-risks-unchecked = { $unknown ->
        [removal-order] To check in the interview: an unexecuted removal order (OQTF) can justify a refusal (L432-1-1), and the case does not say whether there is one. Record this point.
        [false-documents] To check in the interview: the use of false documents can justify a refusal (L432-1-1), and the case does not say whether there was any. Record this point.
       *[both] To check in the interview: an unexecuted removal order (OQTF) or the use of false documents can justify a refusal (L432-1-1). Record both points.
    }
legal-warning-public-order-threat = { $residentCard ->
        [yes] Threat to public order recorded: the renewal of the resident card may be refused only if the person’s presence is a serious threat to public order (L432-3 1°, L433-2); refusal is not automatic and the route stays open.
       *[no] Threat to public order recorded: the prefect may refuse the card by a reasoned decision (L432-1); refusal is not automatic and the route stays open. In case of a serious threat, the prefect may also end the reflection period (R425-2).
    } Document the perpetrators’ coercion and have a legal adviser examine the situation. Basis to be confirmed by a legal adviser.
legal-warning-renewal-cap-l433-1-1 =
    { $state ->
        [reached] This card has already been renewed { $count } times in a row.
       *[unknown] The number of consecutive renewals of this card is not known.
    } Article L433-1-1 limits consecutive renewals of a temporary card with the same mention to { $cap }; whether it applies to the L425-1 card, renewed for the whole criminal procedure, is not settled. To be confirmed by a legal adviser.
legal-warning-multi-year-card-excluded = No multi-year card for the L425-1 card (L433-5): the card is renewed year by year{ $ended ->
        [yes] .
       *[no] , then the resident card is issued after the final conviction (L425-3).
    }
legal-warning-regular-stay-at-final-conviction =
    { $state ->
        [pending] The resident card (L425-3) is issued “subject to the regularity of stay”: the person must be legally resident on the day they apply. Keep a card, récépissé or extension certificate in force until the final conviction, then until the resident card application is filed.
        [final-on] The conviction becomes final on { $finalOn }: the resident card (L425-3) can be applied for from that day. Until then the criminal procedure goes on and the L425-1 card is renewed; the resident card is issued “subject to the regularity of stay”: keep a card, récépissé or extension certificate in force until the application is filed.
        [final-on-file-before] The conviction becomes final on { $finalOn }: file the resident card application (L425-3) from that day and by { $expires } at the latest, the{ $estimated ->
            [yes] {""} estimated
           *[no] {""}
        } last day of the current card (the L425-1 card is renewed only during the criminal procedure; the resident card is issued “subject to the regularity of stay”). Whether an application filed after that day can no longer succeed is not settled: to be confirmed by a legal adviser.
        [file-before] Final conviction: the L425-1 card is renewed only during the criminal procedure. File the resident card application (L425-3) by { $expires } at the latest, the{ $estimated ->
            [yes] {""} estimated
           *[no] {""}
        } last day of the current card: the resident card is issued “subject to the regularity of stay”. Whether an application filed after that day can no longer succeed is not settled: to be confirmed by a legal adviser.
        [renewal-pending] Final conviction: the L425-1 card is renewed only while the criminal proceedings last. The card has ended, and its renewal, filed in time on { $filed }, awaits a decision: the extension certificate keeps their stay regular until then, but this renewal can no longer be granted on that ground. File the resident card application (L425-3) without delay, while their stay is regular; what the prefecture will do with the renewal is for a legal adviser to confirm.
        [held-then] The person was legally resident on the day the conviction became final, but no longer is, and no resident card application is recorded. The law requires a regular stay (L425-3) without saying on which day: read on the day the conviction became final, the condition is met; read on the day of the application, it no longer is. Before giving up the resident card, have a legal adviser decide as soon as possible.
        [not-held] The person was not legally resident on the day the conviction became final. The law requires a regular stay (L425-3); whether it is also required on that day, and not only on the day of the application, is not settled: to be confirmed by a legal adviser.
        [unknown-file-before] It is not known whether the person was legally resident on the day the conviction became final (L425-3 requires a regular stay; whether on that day is not settled: to be confirmed by a legal adviser). As the L425-1 card is renewed only during the criminal procedure, file the resident card application by { $expires } at the latest, the{ $estimated ->
            [yes] {""} estimated
           *[no] {""}
        } last day of the current card.
       *[unknown] It is not known whether the person was legally resident on the day the conviction became final. The law requires a regular stay (L425-3) without saying on which day; whether it is required on that day, and not only on the day of the application, is not settled: to be confirmed by a legal adviser.
    }{ $anef ->
        [to-come] {""} If this first application is filed on ANEF (which the texts consulted do not establish), the extension certificate is due only to an application filed by { $anefCloses } (R431-5 1°, R431-15-1): file it by that day if you can, and have the deadline confirmed by a legal adviser.
        [passed] {""} If this first application is filed on ANEF (which the texts consulted do not establish), the extension certificate is due only to an application filed by { $anefCloses } (R431-5 1°, R431-15-1), a day now past: have a legal adviser check without delay what will cover their stay until the decision.
        [before-final] {""} If this first application is filed on ANEF (which the texts consulted do not establish), the extension certificate is due only to an application filed by { $anefCloses } (R431-5 1°, R431-15-1); that day comes before the conviction becomes final, when the application cannot be filed yet: have a legal adviser check what will cover their stay until the decision.
       *[none] {""}
    }
legal-warning-final-conviction-first-card = { $state ->
        [final-on] The conviction will become final on { $finalOn }, before the planned filing,
       *[final] The conviction is final
    } and no L425-1 card is recorded: the L425-1 card is renewed during the criminal proceedings, which { $state ->
        [final-on] end on that day
       *[final] have ended
    }, and the resident card (L425-3) is issued to “the foreigner mentioned in article L. 425-1”, subject to a regular stay. { $applied ->
        [yes] A first application for the L425-1 card is recorded: whether it can still succeed, or the resident card must be applied for instead, is for a legal adviser to confirm as soon as possible.
       *[no] Which application to file, and whether a first L425-1 card can still be issued, is for a legal adviser to confirm as soon as possible.
    }
legal-warning-proceedings-ended-without-conviction = Acquittal, dismissal or case closed: { $holds ->
        [yes] the L425-1 card is renewed during the criminal procedure; after it ends without a conviction, renewal is not assured.
       *[no] the L425-1 card is renewed during the criminal procedure; after it ends without a conviction, whether it is issued is not assured.
    } Check possible appeals: after a case is closed without action, a complaint with civil-party petition (plainte avec constitution de partie civile) before the investigating judge can reopen the proceedings (with a lawyer; legal aid possible). Also consider other routes (L435-1, asylum). To be confirmed by a legal adviser.
legal-warning-complaint-without-proceedings = Complaint or testimony recorded, but no criminal proceedings known: { $holds ->
        [yes] the L425-1 card is renewed during the criminal proceedings (investigation, trial, appeal); with none known, its renewal is not established, even though the first card rested on the complaint itself (the complaint receipt, R425-5).
       *[no] the L425-1 card rests on the complaint itself (the complaint receipt, R425-5), not on how far the investigation has gone.
    } Ask the prosecutor’s office what became of the complaint and record it; if the case is closed without action, a complaint with civil-party petition can reopen the proceedings. To be confirmed by a legal adviser.
legal-warning-testimony-without-proceedings = Testimony recorded, while the case file says { $stage ->
        [dismissed] the case was dismissed
       *[none] no criminal proceedings were started
    }: a testimony counts for the L425-1 card only in criminal proceedings against a person prosecuted, and the reflection period is there to decide whether to file a complaint or testify. Check the stage of the proceedings and the testimony recorded; a complaint remains possible. To be confirmed by a legal adviser.
legal-warning-mayotte-card-valid-in-mayotte-only = Address in Mayotte: the CESEDA applies there, but a card issued in Mayotte is valid in Mayotte only (L441-8); staying in another département needs a specific authorisation. To be confirmed by a legal adviser.
legal-warning-overseas-adaptations-not-encoded = Address in { $territory ->
        [spm] Saint-Pierre-et-Miquelon
        [sb] Saint-Barthélemy
       *[sm] Saint-Martin
    }: the CESEDA applies there with adaptations (permits, durations, competent authority) that Passerelle’s rules do not take into account. The procedures and deadlines shown are to be confirmed by a legal adviser.
legal-warning-minor-under-16 = Under 16: no residence permit is required and the L425-1 card cannot be issued before they turn 16. The police must inform the public prosecutor, who decides on protective measures (former article R316-10; the article that provides for it today is for a legal adviser to confirm). A placement with child welfare (ASE) or a trusted third party by the age of 16 can open, at 18, the card of article L423-22, under its conditions: real and serious training, the nature of their ties with their family in the country of origin and the host structure’s opinion, which the prefect weighs.
legal-warning-minor-16-18 = Between 16 and 18: the L425-1 card may be issued if the person states that they want to work as an employee or follow vocational training (R425-5). It is not issued as of right.{ $renewal ->
        [yes] {""} Whether the same applies to its renewal before 18 is to be confirmed by a legal adviser.
       *[no] {""}
    }
legal-warning-approximate-age = { $leapDay ->
        [yes] Age to confirm: the birth date is 29 February; in common years the birthday falls on 28 February or 1 March, and which one the law takes is not established. { $when ->
            [filing] On the planned filing day, the person will be { $youngest } or { $oldest }.
           *[today] Today, the person is { $youngest } or { $oldest }.
        } The age the conditions read (16 or 18) falls between the two: no outcome is given on a guessed age. Have a legal adviser confirm it.
       *[no] Approximate age to be confirmed: the birth date is only known to the year or month, { $when ->
            [filing] on the planned filing day, the person will be between { $youngest } and { $oldest }.
           *[today] the person is between { $youngest } and { $oldest }.
        } The age the conditions read (16 or 18) falls in between: no outcome is given on a guessed age. Establish the birth date (birth certificate, passport, statement) or have a legal adviser confirm. Deadlines counted from the birth use the earliest possible day.
    }
legal-warning-minor-at-18 = { $approximate ->
        [yes] Approximate birth date: dates counted from the earliest possible day, to be confirmed. Turns 18 at the earliest on
       *[no] Turns 18 on
    } { $turns18 }: { $rule ->
        [second-if-its-conditions] placed with child welfare or a trusted third party no later than 16, the person may apply for the L423-22 card until the eve of the 19th birthday (R431-5 2°) if the card’s other conditions are met (training followed in earnest, the nature of their ties with the family left in the country of origin, the host structure’s opinion, which the prefect weighs), which the case file does not establish; otherwise within the two months after the 18th birthday (R431-5 3°). Last day taken: { $applicationCloses }, to be confirmed by a legal adviser.
        [third] the residence application must be filed by { $applicationCloses }, within the two months after the 18th birthday (R431-5 3°; the day taken, to be safe, is the eve of the day those two months end). If the person was placed between 16 and 18, see also exceptional admission to stay (L435-3).
       *[unknown] last day to apply for a residence permit: { $applicationCloses }. The deadline depends on the placement: until the eve of the 19th birthday after a placement with child welfare or a trusted third party no later than 16 (L423-22, R431-5 2°), otherwise two months after the 18th birthday (R431-5 3°). Record the date and type of placement.
    }{ $approximate ->
        [yes] {""} For a birth on the latest possible day, the window would run until { $latestCloses }.
       *[no] {""}
    }{ $passed ->
        [yes] {""} The first of these days has passed: see a legal adviser without delay.
       *[no] {""}
    }
legal-warning-majority-window-missed = { $approximate ->
        [yes] Of age on { $turns18 } at the earliest
       *[no] Of age on { $turns18 }
    }: according to the case, the person was in France before turning 18, and no residence permit application is recorded, neither within the time that followed, which ended { $approximate ->
        [yes] on { $applicationCloses } at the latest
       *[no] on { $applicationCloses }
    } (R431-5), nor since. A residence permit has been required of them since they turned 18. What this delay changes for their application is for a legal adviser to confirm; do not delay the filing. If an application was filed, record it in the follow-up.
legal-warning-reflection-period-running = Reflection period running until { $end }: no removal decision may be taken or enforced. The prefect may end it if the person renews contact with the perpetrators on their own initiative, or in case of a serious threat to public order (R425-2).
legal-warning-reflection-period-over = The reflection period ended on { $end } without a complaint or testimony: the récépissé no longer protects. Consider a complaint (L425-1), the exit-from-prostitution programme (L425-4), asylum or exceptional admission to stay (L435-1).
legal-warning-permit-expired = { $application ->
        [aps-renewal-pending] The provisional residence authorisation ended on { $expires }; its renewal, recorded as filed on { $filed }, { $silence ->
            [yes] has no decision recorded, and four months of silence count as an implicit rejection since { $rejected } (R432-2): see a legal adviser without delay about an appeal.
           *[no] awaits its decision.
        } Whether it covers their stay until the decision is not established (R431-15-1’s extension certificate is for residence permits): ask the prefecture for a provisional document and have a legal adviser confirm.
        [reflection] The reflection-period receipt ended on { $expires } and no card application is recorded: the person holds no residence document. File the L425-1 card application without delay, on the complaint or testimony recorded.
        [application-pending] The receipt expired on { $expires } while the application it covers is still undecided: ask the prefecture for a new one without delay, and check the day of the implicit rejection of the application (R432-2).
        [renewal-late] The residence document expired on { $expires }. The renewal application, filed on { $filed }, was filed after the renewal period ended: the extension certificate is not due (R431-5, R431-15-1) and, without another document, their stay is no longer covered until the decision. Ask the prefecture for a provisional document and record its decision.
        [renewal-early] The residence document expired on { $expires }. The renewal application, recorded as filed on { $filed }, was filed before the renewal period opened (on { $opens }): it may not count as filed on time, and the extension certificate is then not due (R431-5, R431-15-1). Check with the prefecture that it was registered, ask for a provisional document and record its decision.
        [renewal-undated] The residence document expired on { $expires }; the renewal application recorded has no filing day (nor, if decided, a decision day): record them. If it was granted, also record the new card as the current residence document. Filed complete during the renewal period, it entitles the person to the extension certificate (R431-15-1); otherwise the person is no longer legally resident: see a legal adviser without delay about what to file.
        [renewal-refused] The residence document expired on { $expires } and its renewal was refused: the person is no longer legally resident.{ $recourse ->
            [no] {""}
           *[yes] {""} Check the possible appeals and their time limits with a legal adviser without delay.
        }
        [recepisse-decided] The récépissé expired on { $expires } and the application it covered no longer awaits a decision: the person holds no residence document in force. Record the decision and the permit issued{ $recourse ->
            [no] .
           *[yes] ; after a refusal, see the possible appeals with a legal adviser without delay.
        }
        [resident-card-none] The residence document expired on { $expires } with no resident card application recorded, while the conviction is final and the L425-1 card is no longer renewed: the person is no longer legally resident. File the resident card application (L425-3) without delay; it is issued “subject to the regularity of stay”: see with a legal adviser what the break in their regular stay costs them.
        [resident-card-granted] The residence document expired on { $expires } and the resident card was granted: record it as their current residence document, with its dates.
        [resident-card-refused] The residence document expired on { $expires } and the resident card application was refused: the person is no longer legally resident.{ $recourse ->
            [no] {""}
           *[yes] {""} Check the possible appeals and their time limits with a legal adviser without delay.
        }
        [resident-card-not-in-time] The residence document expired on { $expires }. The resident card application on file, filed on { $filed }, falls outside the time between the day the conviction became final and the card’s end: the person is no longer legally resident, and the resident card is issued “subject to the regularity of stay”. See with a legal adviser without delay what can be done (whether an application filed before the conviction was final does not count is also for a legal adviser to confirm).
        [resident-card-final-undated] The residence document expired on { $expires }; the resident card application on file was filed on { $filed }, but the day the conviction became final is not recorded. Record it: if the conviction was final on that day, the application kept their stay regular; filed before it was, it may be premature: see a legal adviser without delay.
        [resident-card-undated] The residence document expired on { $expires }; the resident card application on file has no filing day. Record the day: an application filed between the day the conviction became final and { $expires } included kept their stay regular; otherwise see a legal adviser without delay.
        [recepisse-unrecorded] The récépissé expired on { $expires } and the application it covers is not recorded: the person may no longer hold a residence document in force. Record that application and, once decided, its decision; otherwise ask the prefecture for a new récépissé without delay.
        [minor] The residence document expired on { $expires }{ $renewal ->
            [refused] {""} and its renewal was refused
            [filed] {""}; the renewal application recorded was not filed within the renewal window
            [undated] {""}; the renewal application recorded has no filing day (nor, if decided, a decision day): record them
           *[none] {""} and no renewal application is recorded
        }. The person is a minor: they need no residence permit before turning 18.{ $renewal ->
            [refused] {""}
            [undated] {""} If the renewal was granted, record the new card; otherwise, if they need to work or follow training, follow up the application on record.
           *[other] {""} If they need to work or follow training, apply for its renewal.
        } Prepare their residence application at 18, to be filed in time (R431-5).{ $renewal ->
            [refused] { $recourse ->
                [no] {""}
               *[yes] {""} Check the possible appeals and their time limits with a legal adviser.
            }
           *[other] {""}
        }
       *[none] The residence document expired on { $expires } and no renewal application is recorded: the person is no longer legally resident. File without delay; the extension certificate is only due for a complete application filed on time (R431-15-1).
    }{ $estimated ->
        [yes] {""} End estimated from the document’s legal length, as it is not recorded: check it.
       *[no] {""}
    }{ $maybeMinor ->
        [yes] {""} Their birth date is known only approximately: if they are still under 18, no residence permit is required of them.
       *[no] {""}
    }
legal-warning-renewal-window-missed = The renewal window closed on { $closes } ({ $held ->
        [authorisation] authorisation valid
       *[card] card valid
    } until { $expires }{ $estimated ->
        [yes] {""}, a date estimated from its legal length: record the end date printed on the document
       *[no] {""}
    }){ $minor ->
        [yes] { $state ->
            [late] {""}: the application, filed on { $filed }, was filed late.
            [undated] {""}: a renewal application is recorded with no filing day (nor, if decided, a decision day); record its days.
           *[none] {""} and no renewal application is recorded.
        } The person is a minor: no residence permit is required of them before they turn 18. { $state ->
            [late] If they work or train and no decision is given by { $expires }, ask the prefecture for a provisional document; record its decision.
           *[other] If they need to work or train, file the application without delay.
        } Prepare their residence permit application at 18, to be filed in time (R431-5).
       *[other] { $state ->
            [late] {""}: the application, filed on { $filed }, was filed late; it no longer guarantees the extension certificate (R431-5, R431-15-1). If no decision is given by { $expires }, ask the prefecture for a provisional document; record its decision.
            [undated] {""}: a renewal application is recorded with no filing day (nor, if decided, a decision day). Record its days; if it was not filed for this card, file the application immediately. Filed late, it no longer guarantees the extension certificate (R431-5, R431-15-1).
           *[none] {""}: file the application immediately. Filed late, it no longer guarantees the extension certificate (R431-5, R431-15-1).
        }{ $minor ->
            [maybe] {""} Their birth date is known only approximately: if they are still under 18, no residence permit is required of them.
           *[no] {""}
        }
    }
legal-warning-renewal-after-expiry = The card ended on { $expires }{ $estimated ->
        [yes] {""} (a date estimated from its legal length: record the end date printed on the card)
       *[no] {""}
    }{ $state ->
        [filed-late] {""}; the renewal application, filed on { $filed }, was filed after the renewal period ended (R431-5): it is not established that the prefecture will examine it as a late renewal rather than as a first application, with other documents. Have a legal adviser confirm as soon as possible whether to complete it or file another.
        [filed-early] {""}; the renewal application, recorded as filed on { $filed }, was filed before the renewal period opened (R431-5) and may not count as filed on time: check with the prefecture that it was registered, and have a legal adviser confirm as soon as possible whether to file it again, as a late renewal or as a first application.
        [filed-undated] {""}; the renewal application recorded has no filing date: record it. It is not established that the prefecture will examine it as a late renewal rather than as a first application, with other documents: have a legal adviser confirm it as soon as possible.
       *[none] {""} with no renewal application recorded: it is not established that the prefecture will examine the application as a late renewal rather than as a first application, with other documents. Do not delay filing: have a legal adviser confirm as soon as possible which one to file.
    }
legal-warning-application-refused = A refusal is recorded for the application { $route ->
        [reflection-period] for a reflection period
        [cst-l425-1] for a first temporary residence card (L425-1)
        [cst-l425-1-renewal] to renew the temporary residence card (L425-1)
        [carte-resident-l425-3] for a resident card (L425-3)
        [carte-resident-l425-3-renewal] to renew the resident card (L425-3)
        [aps-l425-4] for a provisional residence authorisation (L425-4)
       *[other] for a residence permit
    }{ $filedDated ->
        [yes] {""} filed on { $filed }
       *[no] {""}
    }{ $dated ->
        [yes] , refused on { $refused }
       *[no] , with no day of decision recorded
    }{ $appeal ->
        [none] , and nothing has been recorded since: no new application, no permit issued, no appeal. A refusal is challenged within short time limits, shorter still when an obligation to leave French territory comes with it: show the decision without delay to a legal adviser, who will say which appeal to lodge and by when (these time limits are not in Passerelle’s rules). Record whatever follows in the follow-up: an appeal on the refused application, a new application or a permit issued.
       *[other] . { $appeal ->
            [prefect] A request to the prefect to reconsider (recours gracieux)
            [minister] A hierarchical appeal to the minister of the interior (recours hiérarchique)
           *[court] An appeal to the administrative court (recours contentieux)
        } is recorded against this refusal{ $appealDated ->
            [yes] {""}, filed on { $appealed }
           *[no] {""}
        }: { $appeal ->
            [court] what it changes to their stay until the judgment is for a legal adviser to follow.
           *[other] it does not necessarily replace an appeal to the administrative court, whose time limits are short, shorter still when an obligation to leave French territory comes with the refusal; check them with a legal adviser without delay.
        } Write down the outcome of the appeal in the case’s notes, and record any new application or permit issued in the follow-up.
    }
legal-warning-implicit-rejection-passed = The application { $route ->
        [reflection-period] for a reflection period
        [cst-l425-1] for a first temporary residence card (L425-1)
        [cst-l425-1-renewal] to renew the temporary residence card (L425-1)
        [carte-resident-l425-3] for a resident card (L425-3)
        [carte-resident-l425-3-renewal] to renew the resident card (L425-3)
        [aps-l425-4] for a provisional residence authorisation (L425-4)
       *[other] for a residence permit
    } filed on { $filed } has no decision recorded: four months of silence from the prefecture count as an implicit rejection since { $rejected } (R432-2). If no decision has arrived, the application is therefore no longer merely pending: this rejection can be challenged, within time limits a legal adviser will check without delay (they are not in Passerelle’s rules). If a decision has arrived, record it.{ $recepisse ->
        [yes] {""} A receipt for the application is valid until { $recepisseUntil }: what it changes to this implicit rejection is also for a legal adviser to confirm.
       *[no] {""}
    }
legal-warning-renewal-filed-early = The renewal application is recorded as filed on { $filed }, before the renewal period opened, from { $opens } to { $closes } ({ $held ->
        [authorisation] authorisation valid
       *[card] card valid
    } until { $expires }{ $estimated ->
        [yes] {""}, a date estimated from its legal length: record the end date printed on the document
       *[no] {""}
    }). Filed too early, it may not count as filed on time, and the extension certificate is due only for an application filed on time (R431-5, R431-15-1). Check with the prefecture that it was registered; if not, file it again during the period and record the new filing day.
legal-warning-renewal-granted = { $held ->
        [authorisation] Renewal of the temporary residence authorisation granted
       *[card] Renewal of the card granted
    }{ $dated ->
        [yes] {""} on { $decided }
       *[no] {""}
    }. When the person receives { $held ->
        [authorisation] the new authorisation
       *[card] the new card
    }, record it as the current residence document, with its issue and end dates: the next renewal window depends on them.
legal-warning-title-granted = { $route ->
        [cst-l425-1] First residence card (L. 425-1) granted
        [carte-resident-l425-3] Resident card (L. 425-3) granted
       *[aps-l425-4] Temporary residence authorisation (L. 425-4) granted
    }{ $dated ->
        [yes] {""} on { $decided }
       *[no] {""}
    }{ $held ->
        [none] , and no current residence document is recorded
        [older] , and the current residence document recorded is { $route ->
            [aps-l425-4] an older authorisation
           *[other] an older card
        }
       *[other] , and the current residence document recorded is not { $route ->
            [aps-l425-4] that authorisation
           *[other] that card
        }
    }. If the person has received it, or as soon as they do, record it as the current residence document, with its issue and expiry dates: its renewal window counts from its expiry, and no deadline is followed until then.
legal-warning-other-title-held = The person holds another residence permit. Whether the L425-1 card can be applied for beside it, and what it would add or cost them (refugee status, a longer card), is for a legal adviser to confirm before any application.
legal-warning-temporary-protection-held = The person holds temporary protection. Whether the L425-1 card can be applied for at the same time, and what becomes of temporary protection once the card is issued, is for a legal adviser to confirm.
legal-warning-asylum-application-pending =
    { $state ->
        [open] Asylum claim registered on { $registered }: an application for a residence permit on another ground, the L425-1 card included, is to be filed by { $closes }, within two months of the registration (L431-2), unless there are new circumstances.
        [closed] Asylum claim registered on { $registered }: the two months to apply for a residence permit on another ground ended on { $closes } (L431-2). An application is still possible on new circumstances, to be established with a legal adviser.
        [new-circumstance] Asylum claim registered on { $registered }; two months to apply on another ground: until { $closes } (L431-2). The complaint or testimony, made after that registration, is a new circumstance: the L425-1 card can still be applied for after that time.
        [filed-in-time] Asylum claim registered on { $registered }: the residence application on other grounds was filed within the two months after the registration (by { $closes }, L431-2).
        [filed-late] Asylum claim registered on { $registered }: the residence application on other grounds, filed on { $filed }, was filed after the two-month time limit ended ({ $closes }, L431-2). It is admissible only on new circumstances, to be established with a legal adviser.
       *[date-unknown] An asylum application is being examined: article L431-2 sets two months after its registration to apply for a residence permit on another ground, unless there are new circumstances. Record the day the asylum claim was registered to know that time limit.
    } Both routes can be combined; the L425-1 card allows work, which an asylum application does not at first. The time limit and how the two fit together are for a legal adviser to confirm.
legal-warning-offence-outside-l425-1 =
    { $forced ->
        [yes] Forced labour or servitude (225-14-1, 225-14-2): these facts are often trafficking too. If they include recruiting, transporting, harbouring or receiving the person for that exploitation, tick “trafficking in human beings” as well.
       *[no] No or insufficient pay, or working or housing conditions incompatible with human dignity (225-13, 225-14).
    } In its verified text, article L425-1 covers only trafficking and procuring: for these offences alone, the L425 routes are shown “not eligible”. { $conditions ->
        [yes] The 2024 bill extended L425-1 to article 225-14; whether Law no. 2024-42 kept it is not verified. To be confirmed by a legal adviser.
       *[no] To be confirmed by a legal adviser.
    } Routes to consider: exceptional admission to stay (L435-1), asylum.
legal-warning-permit-expiry-estimated = { $state ->
        [no-length] The residence document’s end of validity is not recorded, and its length is not fixed (at least six months for the provisional residence authorisation): the renewal period and the end of their regular stay cannot be counted from its date of issue. Record the end date written on the document.
        [unknown] Neither the end date nor the issue date of the residence document is recorded: the renewal window and the end of their regular stay cannot be computed. Record the dates printed on the document.
       *[estimated] The expiry date is not recorded: from the legal duration, the card would expire on { $expires }. Check the date printed on the card and record it.
    }
legal-warning-resident-card-renewal-habitual-residence = Renewal of the resident card: the prefecture will check that the person has established their habitual residence in France, that is, that the centre of their private and family interests is in France and that they stay there at least six months in the calendar year (L433-3-1); otherwise the renewal may be refused (L432-3 2°). The exception for refugees does not cover this card. The case file does not record these facts: check with the person their stays outside France and keep proof of their presence (lease or accommodation certificate, bills, payslips, medical care). The conditions of L433-3-1 come from secondary sources: to be confirmed by a legal adviser.

## Other routes to consider

legal-see-also-asylum =
    { $caseLaw ->
        [nigeria-edo-delta] Asylum: the CNDA (30 March 2017, no. 16015058) recognises Nigerian women who were victims of a trafficking network and escaped it, or are trying to, as a particular social group, and the Conseil d’État (16 October 2019, no. 418328) women from Edo State who have effectively escaped it; the CNDA extended this to Delta State (24 February 2020, no. 19017840). Outside these States, subsidiary protection may be considered.
       *[general] Asylum: trafficking can amount to persecution; failing that, subsidiary protection may be considered.
    } An asylum claim can run alongside the complaint.
legal-see-also-admission-exceptionnelle-l435-1 = Exceptional admission to stay (L435-1): for a victim who cannot cooperate (for instance for fear of reprisals), or whose cooperation does not open the L425-1 card. Left to the prefect’s discretion.{ $algerian ->
        [yes] {""} For an Algerian national, the Franco-Algerian agreement of 1968 governs the stay: the prefect’s general power to regularise stands in its place, not article L435-1 itself (to be confirmed by a legal adviser).
       *[no] {""}
    }
legal-see-also-domestic-violence-l425-6 = Violence within a couple (including by a former spouse or partner): a protection order (art. 515-9 Civil Code) opens a one-year “private and family life” card, issued as soon as possible (L425-6). See also the protection order against a forced marriage (L425-7) and the resident card after the perpetrator’s final conviction (L425-8): article numbers to be confirmed by a legal adviser.
legal-see-also-victim-support-measures = Beside the residence permit: police protection during the proceedings if the person is in danger (R425-7); accommodation, and referral to the national AC.SÉ scheme when their safety requires a move (R425-8); legal aid and a lawyer; compensation through the victims’ compensation board (CIVI).
legal-see-also-republican-integration-contract = Republican integration contract (CIR, L413-2, current text not read): as a rule, a foreigner admitted to stay for the first time who wishes to stay for good signs it with the State, and the OFII calls them in. Do not miss an OFII appointment. The list of exemptions seen (L413-5, undated version) names the L423-13 and L425-9 cards, not the L425-1 card: whether a person granted the L425-1 card must sign this contract is to be confirmed by a legal adviser.
legal-see-also-exit-programme-l425-4 = Exit-from-prostitution programme (L. 425-4 CESEDA, L. 121-9 CASF): even without a complaint or testimony, a victim of procuring or trafficking who stops prostitution can join the programme, supported by an approved association, with the prefect’s authorisation. Once admitted, they can apply for a temporary residence authorisation (APS) of at least six months, which allows them to work and which the prefect may issue.
legal-see-also-minor-at-18 =
    { $placement ->
        [by-16] Placed with child welfare or a trusted third party no later than 16: “private and family life” card at 18 (L423-22), depending on the training, the ties with the family back home and the host structure’s opinion.
        [after-16] Placed between 16 and 18: exceptional admission as “employee” or “temporary worker” (L435-3).
        [unknown] Child-welfare placement: record its date and kind to choose between L423-22 (no later than 16) and L435-3 (between 16 and 18).
       *[none] Minor or just turned 18: at 18, the L423-22 card after a child-welfare placement no later than 16, or L435-3 after a placement between 16 and 18. A person recognised as a victim while a minor can obtain a residence permit at 18.
    }

## Deadlines

legal-deadline-reflection-period-end = End of the reflection period: { $date }
legal-deadline-permit-expires = Residence document valid until { $date }
legal-deadline-renewal-window-opens = Renewal window opens: { $date }
legal-deadline-renewal-window-closes = Renewal window closes: { $date }
legal-deadline-document-expires = { $document }: valid until { $date }
legal-deadline-document-fresh-until = { $document }: recent enough for the application until { $date }
legal-deadline-turns-18 = Turns 18: { $date }
legal-deadline-majority-application-closes = Last day to apply for a residence permit after turning 18: { $date }
legal-deadline-asylum-other-grounds-closes = Last day to apply for a residence permit on a ground other than asylum, unless there are new circumstances (L431-2): { $date }
legal-deadline-planned-filing = Planned filing at the prefecture: { $date }
legal-deadline-implicit-rejection = Without an answer from the prefecture, the application is implicitly rejected (4 months of silence, R432-2): { $date }. Record the decision received, or see a legal adviser about an appeal.
legal-deadline-label = { $deadline }{ $estimated ->
        [yes] { $confirm ->
            [yes] {""} (estimated date, for a legal adviser to confirm)
           *[no] {""} (estimated date)
        }
       *[no] { $confirm ->
            [yes] {""} (for a legal adviser to confirm)
           *[no] {""}
        }
    }
legal-planned-filing-too-late = { $kind ->
    [renewal-window-closes] Planned after the renewal window closes ({ $date }): bring the filing forward.
    [permit-expires] Planned after the residence document expires ({ $date }): bring the filing forward.
    [majority-application-closes] Planned after the last day to apply for a residence permit after turning 18 ({ $date }): bring the filing forward.
   *[asylum-other-grounds-closes] Planned after the last day to apply on grounds other than asylum ({ $date }): bring the filing forward, unless there are new circumstances.
}
legal-planned-filing-too-early = Planned before the renewal window opens ({ $date }): if this is that renewal, an application filed before that day might not count as filed in time (R431-5); then put the filing back.

## Documents

legal-document-birth-certificate = Full copy of the birth certificate
legal-document-passport = Passport
legal-document-id-card = National identity card with a photo
legal-document-consular-certificate = Consular certificate with a photo
legal-document-consular-card = Consular card with a photo
legal-document-nationality-certificate = Nationality certificate with a photo
legal-document-proof-of-address = Proof of address
legal-document-complaint-receipt = Complaint receipt
legal-document-procedure-reference = Reference of the criminal proceedings
legal-document-cerpr = Contract to respect the principles of the Republic, signed
legal-document-e-photo = Photo sheet with e-photo code
legal-document-identity-photo = Printed identity photo (no e-photo code)
legal-document-current-permit = Current residence document
legal-document-proceedings-ongoing-proof = Proof that the criminal proceedings are ongoing
legal-document-final-conviction-proof = Proof that the conviction is final
legal-document-association-letter = Support letter from the association
legal-document-exit-programme-decision = Decision admitting the person to the exit-from-prostitution programme

legal-item-status-ok = Provided
legal-item-status-missing = Missing
legal-item-status-expired = Too old
legal-item-status-requested = Requested
legal-item-status-satisfied-by-alternative = Replaced by an accepted document
legal-item-status-confiscated = Held by the perpetrators

## Notes for the worker

legal-note-anef-filing = Filed online on ANEF, compulsory for these permits since 3 October 2023 (R431-2). A person who cannot use the online service is entitled to help and to a substitute solution. The filing certificate does not prove legal stay (R431-15-1).
legal-note-anef-filing-resident-card = Renewal of the resident card: filed online on ANEF since 4 July 2024 (arrêté of 1 July 2024, according to a secondary source: to be confirmed). A person who cannot use the online service is entitled to help and to a substitute solution (R431-2). The filing certificate does not prove legal stay (R431-15-1).
legal-note-card-free-of-charge = The card is free: exempt from taxes and stamp duty (L436-8).
legal-note-renewal-tax-to-confirm = Taxes: service-public.fr sheet F32257 says the card issued is free and cites the exemption from taxes and stamp duty of article L436-8; whether this exemption also covers the renewal is not verified (the article’s text was not read). To be confirmed by a legal adviser before paying or asking for it.
legal-note-filing-channel-resident-card = Where to file: the source consulted makes filing on ANEF compulsory for the “private and family life” permits (since 3 October 2023) and for the renewal of the resident card (since 4 July 2024, according to a secondary source), not expressly for a first resident card. Ask the prefecture; to be confirmed by a legal adviser.
legal-note-minor-under-16-no-permit = Under 16: no residence permit is required and the L425-1 card cannot be issued before they turn 16: no documents to gather for it until then. Prepare the 18th birthday instead (placement with child welfare, L423-22).
legal-note-resident-card-tax-to-confirm = Taxes: the exemption of article L436-8 covers the victim’s card (L425-1); whether it also covers the L425-3 resident card is not verified. To be confirmed by a legal adviser before paying or asking for it.
legal-note-birth-certificate-full-copy = Full copy with the latest annotations, and the court decision ordering its transcription if there is one.
legal-note-identity-alternatives = Passport (civil-status pages, validity dates, entry stamps, visas). Failing that: consular certificate, consular card or ID card with a photo, or a nationality certificate under 6 months old with a photo.
legal-note-domiciliation-accepted = Under 6 months old on the filing day. A postal address at an association or a CCAS is normally accepted (circular of 19 May 2015, read in a summary); the association’s address protects the person.
legal-note-complaint-receipt-or-reference = Complaint receipt, or the reference of the criminal proceedings in which the person testified (R425-5).
legal-note-cerpr-required = Compulsory for every application filed since 17 July 2024, first applications and renewals alike: a new signed contract for each application (L412-7, R412-1).
legal-note-cerpr-optional-algerian = Perhaps optional for Algerian nationals, whose stay is governed by the Franco-Algerian agreement (service-public.fr, sheet F38329, a secondary source): to be confirmed by a legal adviser. Meanwhile the contract stays on the list of documents: signing it costs nothing, its absence can stall the application.
legal-note-e-photo-code = E-photo code given by an approved photographer or photo booth, to be entered on ANEF.
legal-note-association-letter = Support letter from the association helping the person: recommended, not compulsory. Passerelle writes it (in the app: on the case page, under “Documents”, “Support letter”, then “Print” or “Save as PDF”); once signed, mark it “I have it”.
legal-note-proceedings-ongoing-proof = Certificate from the prosecutor’s office or the investigating judge, court summons, notice of appeal or lawyer’s letter.
legal-note-final-conviction-proof = Certificate that no appeal is pending, or a copy of the judgment that became final.
legal-note-current-permit-regular-stay = Card, récépissé or extension certificate in force on the day of the application (“regularity of stay”, L425-3). Also keep proof of legal stay on the day the conviction became final: whether it is required is to be confirmed by a legal adviser.
legal-note-exit-programme-decision = The prefect’s authorisation to join the exit-from-prostitution programme, requested by an approved association (L121-9 of the Social Action and Families Code).
legal-note-identity-photo-reflection = Identity photo for the 30-day récépissé, issued by the prefect after the police or gendarmerie report.
legal-note-documents-not-itemised = The texts consulted do not itemise this list: it follows practice. To be confirmed with the prefecture or a legal adviser.

## Missing facts

legal-fact-cooperation-complaint = Complaint
legal-fact-cooperation-testimony = Testimony in criminal proceedings
legal-fact-exit-prostitution-programme = Admission to the exit-from-prostitution programme
legal-fact-applications = Filing day of the resident card application
legal-fact-current-permit = Current residence document
legal-fact-person-nationality = Nationality
legal-fact-person-other-nationalities = Other nationalities
legal-fact-person-address-postcode = Postcode of the address
legal-fact-victim-of = Offence suffered (trafficking, procuring, forced labour, servitude, working or housing conditions)
legal-fact-ties-with-perpetrators-broken = Ties with the perpetrators broken
legal-fact-public-order-threat = Threat to public order
legal-fact-person-birth-date = Date of birth
legal-fact-work-or-training-project = Work or vocational-training project (16 to 18)
legal-fact-criminal-case-stage = Stage of the criminal proceedings
legal-fact-criminal-case-final-conviction-date = Day the conviction became final
legal-fact-criminal-case-regular-stay-on-final-conviction = Legal stay on the day of the final conviction

## Confidence and severity

legal-confidence-v = Verified in an official text
legal-confidence-s = Secondary source
legal-confidence-i = Unverified inference
legal-article-number-to-confirm = { $article } (article number to be confirmed)
# Sources other than the codes, as the pack cites them (core::overview::cite)
legal-source-circular = Circular of { $date }{ $paragraph }
legal-source-order = Order (arrêté) of { $date }
legal-source-franco-algerian-agreement = Franco-Algerian Agreement of { $date }
legal-source-decree = Decree no. { $number } of { $date }
legal-source-ordinance = Ordinance no. { $number } of { $date }
legal-source-ruling = { $court }, { $date }, no. { $number }
legal-source-sheet = service-public.fr sheet { $sheet } ({ $date })
legal-confirm-by-jurist = To be confirmed by a legal adviser
legal-severity-info = Information
legal-severity-caution = Caution
legal-severity-danger = Risk
legal-rule-pack-version = Assessed with Passerelle’s rules of law, version { $version }.
legal-rule-pack-in-force-on = Rules in force on { $date } (the planned filing day, or today), where the law changes on a given date.
legal-rule-pack-outdated = These rules describe the law as of { $date }: it may have changed since.
legal-rule-pack-unreviewed = These rules have not yet been reviewed by a legal adviser.
legal-rule-pack-reviewed = Rules reviewed by { $by } on { $date }.

## Review sheet of the rule pack (for a legal adviser)

legal-review-title = Review sheet of the legal rules
legal-review-pack = Rule pack, version { $version }, law as of { $lawAsOf }
legal-review-reviewed = Reviewed by { $by } on { $date }
legal-review-unreviewed = Not reviewed by a legal adviser
legal-review-printed = Printed on { $date }
legal-review-instructions = One line per rule: what the app shows, then the articles, the confidence tag and the source. Tick the box of each rule checked against the law in force; annotate those to correct. [V] verified in an official text; [S] secondary source; [I] inference: to be confirmed by a legal adviser.
legal-review-confidence = [{ $letter }] { $tag ->
        [v] verified
        [s] secondary source, to be confirmed by a legal adviser
       *[i] inference, to be confirmed by a legal adviser
    }
legal-review-source = Source: { $source }
legal-review-permit = { $permit }: { $unit ->
        [years] valid { $count ->
            [one] one year
           *[other] { $count } years
        }
        [days] valid { $count } days
       *[none] no validity used by the application (the end date is the one printed on the document)
    }.
legal-review-permit-renewal = { $permit }, renewal: the application is filed { $window }.
legal-review-renewal-window = Renewal window { $name }: the application is filed { $window }.
legal-review-window = { $unit ->
        [months] within the { $opens } months
       *[days] between { $opens } days
    } { $unit ->
        [months] before the end of validity, at the latest { $closes ->
            [one] the day before
           *[other] { $closes } days before
        }
       *[days] and { $closes } days before the end of validity
    }
legal-review-length = { $unit ->
        [days] { $count } days
        [months] { $count } months
       *[eve] eve of the { $count }th birthday
    }
legal-review-counted = length used: { $length }
legal-review-window-name-anef = of the permits filed on ANEF (list of R431-2)
legal-review-window-name-before-expiry = of the other permits
legal-review-rule-id = Rule “{ $id }”
legal-review-section = { $section ->
        [notConcerned] People not concerned
        [conditions] Conditions
        [routes] Routes
        [warnings] Warnings
        [seeAlso] Related routes and measures not to forget
        [permits] Residence permits and documents
        [renewalWindows] Renewal windows
        [deadlines] Deadlines
        [freshness] Age of documents
        [notes] Checklist notes
       *[checklists] Checklists, by route
    }
legal-review-signature-name = Name, role and signature of the legal adviser:
legal-review-signature-scope = Scope of the review (sections, reservations):
legal-review-signature-date = Date:

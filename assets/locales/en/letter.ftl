# English version of the letters, for parity with fr/letter.ftl and for reviewers who read no
# French. The documents sent to a prefecture are always rendered from the French file.
# English needs no grammatical agreement: $sex and $title, which French uses, are not used here.

## Both letters

letter-place-date = { $place }, { $date }
letter-subject-label = Subject:
letter-references-label = Ref.:
letter-enclosures-label = Encl.:
letter-confidential = CONFIDENTIAL
letter-registered-mail = Registered letter with acknowledgement of receipt
letter-addressee = { $title ->
        [madame] { $kind ->
            [sous-prefecture] The Sub-Prefect { $of }
            [prefecture-de-police] The Prefect of Police
           *[prefecture] The Prefect { $of }
        }
       *[monsieur] { $kind ->
            [sous-prefecture] The Sub-Prefect { $of }
            [prefecture-de-police] The Prefect of Police
           *[prefecture] The Prefect { $of }
        }
    }
letter-salutation = { $title ->
        [madame] { $kind ->
            [sous-prefecture] Madam Sub-Prefect
            [prefecture-de-police] Madam Prefect of Police
           *[prefecture] Madam Prefect
        }
       *[monsieur] { $kind ->
            [sous-prefecture] Sir
            [prefecture-de-police] Sir
           *[prefecture] Sir
        }
    }
letter-closing = Please accept, { $salutation }, the expression of my highest consideration.
letter-sender-phone = Tel.: { $phone }
letter-ref-complaint = Complaint of { $date }
letter-ref-complaint-undated = Complaint
letter-ref-testimony = Testimony of { $date }
letter-ref-testimony-undated = Testimony
letter-ref-anef = ANEF application no. { $number }

## Cover letter: sender block

letter-sender-born = Born { $on ->
        [period] in
       *[day] on
    } { $date } in { $place }
letter-sender-born-on = Born { $on ->
        [period] in
       *[day] on
    } { $date }
letter-sender-born-in = Born in { $place }
letter-sender-nationality = { $count ->
        [several] Nationalities
       *[one] Nationality
    }: { $nationality }
letter-sender-foreigner-number = Foreigner no.: { $number }
letter-running-header = { $name } – letter of { $date } – CONFIDENTIAL
letter-enclosure-dated = { $kind ->
        [cerpr] { $document } on { $date }
        [final-conviction-proof] { $document }, dated { $date }
        [proceedings-ongoing-proof] { $document }, dated { $date }
       *[other] { $document } of { $date }
    }
letter-enclosure-numbered = { $document } no. { $number }
letter-enclosure-current-permit = { $permit ->
        [cst-vpf-l425-1] Temporary residence card “private and family life”
        [carte-resident-l425-3] Resident card
        [recepisse-application] Residence application receipt
        [recepisse-reflection] Receipt issued for the reflection period
        [aps-l425-4] Provisional residence authorisation
        [temporary-protection] Provisional residence authorisation under temporary protection
        [asylum-application] Asylum application certificate
       *[other] Residence document
    }
letter-enclosure-valid-until = { $document }, valid until { $date }
letter-enclosure-expired-on = { $document }, whose validity ended on { $date }

## Cover letter: subject per route

letter-subject-cst-l425-1 = Application for a temporary residence card “private and family life” – article L. 425-1 CESEDA { $offence ->
        [trafficking] (victim of trafficking in human beings)
        [procuring] (victim of procuring)
        [both] (victim of trafficking in human beings and of procuring)
       *[none] {""}
    }
letter-subject-cst-l425-1-renewal = Application to renew the temporary residence card “private and family life” – article L. 425-1 CESEDA { $offence ->
        [trafficking] (victim of trafficking in human beings)
        [procuring] (victim of procuring)
        [both] (victim of trafficking in human beings and of procuring)
       *[none] {""}
    }
letter-subject-carte-resident-l425-3 = Application for a resident card – article L. 425-3 CESEDA { $offence ->
        [trafficking] (victim of trafficking in human beings)
        [procuring] (victim of procuring)
        [both] (victim of trafficking in human beings and of procuring)
       *[none] {""}
    }
letter-subject-aps-l425-4 = Application for a provisional residence authorisation – article L. 425-4 CESEDA (programme for leaving prostitution)
letter-subject-aps-l425-4-renewal = Application for the renewal of the provisional residence authorisation – article L. 425-4 CESEDA (programme for leaving prostitution)

## Cover letter: body, (a) the request

letter-request-cst-l425-1 = I hereby apply for a temporary residence card marked “private and family life”, under article L. 425-1 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA).
letter-request-cst-l425-1-renewal = I hereby apply for the renewal of my temporary residence card marked “private and family life”, issued under article L. 425-1 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA).
letter-request-cst-l425-1-renewal-expiring = I hereby apply for the renewal of my temporary residence card marked “private and family life”, issued under article L. 425-1 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA), { $state ->
        [expired] which expired on { $expires }.
       *[valid] which expires on { $expires }.
    }
letter-request-carte-resident-l425-3 = I hereby apply for a resident card, under article L. 425-3 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA).
letter-request-aps-l425-4 = I hereby apply for a provisional residence authorisation, under article L. 425-4 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA).
letter-request-aps-l425-4-renewal = I hereby apply for the renewal of my provisional residence authorisation, issued under article L. 425-4 of the Code on the entry and residence of foreigners and the right of asylum (CESEDA).

## Cover letter: body, (b) minimal facts

letter-facts-complaint = On { $date }, I filed a complaint{ $details } for acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    } committed against me.
letter-facts-complaint-undated = I filed a complaint{ $details } for acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    } committed against me.
letter-facts-testimony = On { $date }, I testified in the criminal proceedings{ $details } against a person prosecuted for { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-testimony-undated = I testified in the criminal proceedings{ $details } against a person prosecuted for { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-testimony-no-prosecution = On { $date }, I testified in criminal proceedings{ $details } concerning acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-testimony-no-prosecution-undated = I testified in criminal proceedings{ $details } concerning acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-testimony-no-proceedings = On { $date }, I testified{ $details } about acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-testimony-no-proceedings-undated = I testified{ $details } about acts of { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
letter-facts-stage = The criminal proceedings are ongoing, at the { $stage ->
        [investigation] investigation stage
        [trial] first-instance trial stage
       *[appeal] appeal stage
    }.
# Printed only when the case records the stage of proceedings still under way.
letter-facts-renewal = The criminal proceedings { $cooperation ->
        [complaint] concerning the offences I reported in my complaint
        [testimony] in which I testified
       *[none] on the basis of which this card was issued to me
    } are still ongoing, at the { $stage ->
        [investigation] investigation stage
        [trial] trial stage
       *[appeal] appeal stage
    }{ $proof ->
        [yes] , as the enclosed documents show
       *[no] {""}
    }.
letter-facts-conviction = The accused person was convicted by a decision that became final on { $date }.
letter-facts-conviction-undated = The accused person was convicted by a decision that has become final.
letter-facts-regular-stay = { $regular ->
        [yes] I reside lawfully in France
       *[no] I reside in France
    } with { $permit ->
        [cst-vpf-l425-1] a temporary residence card “private and family life”
        [carte-resident-l425-3] a resident card
        [recepisse-application] an application receipt (récépissé)
        [recepisse-reflection] a receipt issued for the reflection period (article R. 425-2 CESEDA)
        [aps-l425-4] a provisional residence authorisation
        [temporary-protection] a provisional residence authorisation under temporary protection
        [asylum-application] an asylum application certificate
       *[other] a residence document
    } valid until { $expires }.
letter-facts-programme = I was admitted on { $date } to the programme for leaving prostitution and for social and professional integration.
letter-facts-programme-undated = I was admitted to the programme for leaving prostitution and for social and professional integration.

## Cover letter: body, (c) legal basis

letter-basis-cst-l425-1 = Article L. 425-1 CESEDA provides for a one-year temporary residence card marked “private and family life” for a foreigner who files a complaint against a person they accuse of trafficking in human beings or procuring committed against them, or who testifies in criminal proceedings against a person prosecuted for those offences, provided they have broken all ties with that person.
# Said only when the case establishes it: the receipt enclosed, the proceedings known (a
# stage recorded or their reference enclosed), or a testimony (given in proceedings).
letter-basis-cst-l425-1-cooperation = { $cooperation ->
        [receipt] In accordance with article R. 425-5 of the same code, my application is accompanied by the receipt of my complaint.
        [complaint] My application refers to the criminal proceedings concerning the offences I reported in my complaint.
       *[testimony] In accordance with article R. 425-5 of the same code, my application refers to the criminal proceedings that include my testimony.
    }
letter-basis-minor-project = Being under eighteen, I declare that I wish to work as an employee or to follow vocational training; article R. 425-5 of the same code allows this card to be issued to a minor of at least sixteen in that case.
letter-basis-cst-l425-1-renewal = Under article L. 425-1 CESEDA, this card is renewed for the whole duration of the criminal proceedings, provided the conditions for its issue are still met.
letter-basis-carte-resident-l425-3 = Under article L. 425-3 CESEDA, “the foreigner referred to in article L. 425-1 is issued, in the event of a final conviction of the accused person, and provided their stay is lawful, a resident card valid for ten years”.
letter-basis-aps-l425-4 = Article L. 425-4 CESEDA allows the issue of a provisional residence authorisation of at least six months, with the right to work, to a foreign victim of trafficking in human beings or procuring who has stopped prostitution and follows the programme for leaving prostitution and for social and professional integration of article L. 121-9 of the Social Action and Families Code.

## Cover letter: body, (d)–(g)

letter-ties-broken = I have broken all ties with the person or persons implicated.
letter-provisional-cst-l425-1 = Pending your decision, I kindly ask you to issue me an application receipt (récépissé) authorising me to work.
letter-provisional-cst-l425-1-renewal = As my application is filed in time, I kindly ask you to issue me, should its examination continue beyond the expiry of my card, the certificate extending the examination provided for by article R. 431-15-1 CESEDA.
letter-provisional-cst-l425-1-renewal-filed = As my application was filed in time, I kindly ask you to issue me, should its examination continue beyond the expiry of my card, the certificate extending the examination provided for by article R. 431-15-1 CESEDA.
letter-provisional-cst-l425-1-renewal-expired = As my application was filed in time, I kindly ask you to issue me the certificate extending the examination provided for by article R. 431-15-1 CESEDA.
letter-provisional-cst-l425-1-renewal-late = Pending your decision, I kindly ask you to issue me a provisional residence document authorising me to work.
letter-provisional-carte-resident-l425-3 = Pending your decision, I kindly ask you to issue me a provisional document showing that my stay is lawful and authorising me to work.
letter-provisional-aps-l425-4 = Pending your decision, I kindly ask you to issue me a provisional residence document authorising me to work.
letter-tax-exemption = I request the exemption from taxes and stamp duty provided for by article L. 436-8 CESEDA.
letter-confidentiality = For safety reasons, I ask you to handle this file, and my address in particular, confidentially, in the spirit of the confidentiality required by article R. 425-1 CESEDA.
# “the association “Les Amis””, or, for a name that begins with the word, “the Association for…”.
# Read with the caller's arguments: $association, $own (yes/no).
letter-the-association = { $own ->
        [yes] { $association }
       *[no] the association “{ $association }”
    }
letter-association = In my application I am supported by { letter-the-association }{ $supports ->
        [yes] , which backs my request.
       *[no] .
    }
letter-association-contact = You can reach { $worker }, { $role }, at: { $contact }.

## Support letter

support-person = { $sex ->
        [F] Ms { $name }
        [M] Mr { $name }
       *[X] { $name }
    }
# French elides « de » before a vowel (« d’Amina »); English has one form either way.
support-of-person = { $elide ->
        [yes] { $person }
       *[no] { $person }
    }
support-running-header = { $association } – support letter of { $date } – CONFIDENTIAL
support-subject-reflection-period = Support for { $person } during the reflection period (articles R. 425-1 and R. 425-2 CESEDA)
support-subject-cst-l425-1 = Support for the application of { $ofPerson } for a temporary residence card (article L. 425-1 CESEDA)
support-subject-cst-l425-1-renewal = Support for the application of { $ofPerson } to renew their temporary residence card (article L. 425-1 CESEDA)
support-subject-carte-resident-l425-3 = Support for the application of { $ofPerson } for a resident card (article L. 425-3 CESEDA)
support-subject-carte-resident-l425-3-renewal = Support for the application of { $ofPerson } to renew their resident card (article L. 425-3 CESEDA)
support-subject-aps-l425-4 = Support for the application of { $ofPerson } for a provisional residence authorisation (article L. 425-4 CESEDA)
support-subject-aps-l425-4-renewal = Support for the application of { $ofPerson } to renew their provisional residence authorisation (article L. 425-4 CESEDA)
support-intro = I, the undersigned { $worker }, { $role } at { letter-the-association }, certify that our association supports { $person }.
support-intro-born = I, the undersigned { $worker }, { $role } at { letter-the-association }, certify that our association supports { $person }, born { $on ->
        [period] in
       *[day] on
    } { $birth }.
support-intro-since = I, the undersigned { $worker }, { $role } at { letter-the-association }, certify that our association has supported { $person } since { $since }.
support-intro-born-since = I, the undersigned { $worker }, { $role } at { letter-the-association }, certify that our association has supported { $person }, born { $on ->
        [period] in
       *[day] on
    } { $birth }, since { $since }.
support-request-reflection-period = { $person } asks for the reflection period of articles R. 425-1 and R. 425-2 CESEDA, during which no removal decision may be taken or enforced.
support-request-reflection-period-running = { $person } has been granted, since { $since }, the reflection period of articles R. 425-1 and R. 425-2 CESEDA, during which no removal decision may be taken or enforced.
support-request-cst-l425-1 = { $person } applies for a temporary residence card marked “private and family life” under article L. 425-1 CESEDA, { $cooperation ->
        [complaint] after filing a complaint for
        [testimony] after testifying in criminal proceedings for
        [testimony-no-proceedings] after testifying about
       *[none] as the presumed victim of
    } { $offence ->
        [trafficking] trafficking in human beings
        [procuring] procuring
        [both] trafficking in human beings and procuring
       *[none] trafficking in human beings or procuring
    }.
support-request-cst-l425-1-renewal = { $person } applies to renew their temporary residence card “private and family life” (article L. 425-1 CESEDA){ $ongoing ->
        [yes] : the criminal proceedings { $offence ->
            [trafficking] for trafficking in human beings are still ongoing.
            [procuring] for procuring are still ongoing.
            [both] for trafficking in human beings and procuring are still ongoing.
           *[none] are still ongoing.
        }
       *[no] .
    }
support-request-carte-resident-l425-3 = { $person } applies for the resident card of article L. 425-3 CESEDA, the accused person having been finally convicted.
support-request-carte-resident-l425-3-renewal = { $person } applies to renew their resident card, issued under article L. 425-3 CESEDA.
support-request-aps-l425-4 = { $person } applies for the provisional residence authorisation of article L. 425-4 CESEDA, as part of their programme for leaving prostitution and for social and professional integration.
support-request-aps-l425-4-renewal = { $person } applies to renew their provisional residence authorisation, issued under article L. 425-4 CESEDA, as part of their programme for leaving prostitution and for social and professional integration.
support-accompaniment = { $request ->
        [no] Our association provides social and administrative support and will continue to do so throughout the reflection period.
       *[yes] Our association provides social and administrative support and will continue to do so throughout the examination of the application.
    }
support-confidentiality = As a precaution, we ask you to handle this file confidentially and not to disclose the address to any third party.
support-availability = { $request ->
        [no] We remain at your disposal for any further information.
       *[yes] We fully support this application and remain at your disposal for any further information.
    }
support-stamp = Association’s stamp

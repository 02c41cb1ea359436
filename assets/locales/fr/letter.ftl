# The cover letter and the association's support letter: always French, read by a prefecture.
# Conventions: ../shared/domain/legal-facts.md §6. Rust applies French typography afterwards
# (no-break spaces before : ; ! ?, inside « », after « L. » or « n° » before a number) to variables;
# the text here is already typeset (tests/tests/l10n.rs checks it).
# Variables: $sex is F, M or X (grammatical agreement of the applicant);
# $offence is trafficking, procuring, both or none.

## Both letters

letter-place-date = { $place }, le { $date }
letter-subject-label = Objet :
letter-references-label = Réf. :
letter-enclosures-label = P.J. :
letter-confidential = CONFIDENTIEL
letter-registered-mail = Lettre recommandée avec accusé de réception
# $title: madame or monsieur; $kind: prefecture, sous-prefecture or prefecture-de-police;
# $of: the territory with its article, « de la Seine-Saint-Denis ».
letter-addressee = { $title ->
        [madame] { $kind ->
            [sous-prefecture] Madame la Sous-Préfète { $of }
            [prefecture-de-police] Madame la Préfète de police
           *[prefecture] Madame la Préfète { $of }
        }
       *[monsieur] { $kind ->
            [sous-prefecture] Monsieur le Sous-Préfet { $of }
            [prefecture-de-police] Monsieur le Préfet de police
           *[prefecture] Monsieur le Préfet { $of }
        }
    }
# The salutation repeats the addressee's title, without « cher » (legal-facts §6.6).
letter-salutation = { $title ->
        [madame] { $kind ->
            [sous-prefecture] Madame la Sous-Préfète
            [prefecture-de-police] Madame la Préfète de police
           *[prefecture] Madame la Préfète
        }
       *[monsieur] { $kind ->
            [sous-prefecture] Monsieur le Sous-Préfet
            [prefecture-de-police] Monsieur le Préfet de police
           *[prefecture] Monsieur le Préfet
        }
    }
letter-closing = Je vous prie d’agréer, { $salutation }, l’expression de ma haute considération.
letter-sender-phone = Tél. : { $phone }
letter-ref-complaint = Plainte du { $date }
letter-ref-complaint-undated = Plainte
letter-ref-testimony = Témoignage du { $date }
letter-ref-testimony-undated = Témoignage
letter-ref-anef = Demande ANEF n° { $number }

## Cover letter: sender block

letter-sender-born = { $sex ->
        [F] Née
        [M] Né
       *[X] Né(e)
    } { $on ->
        [period] en
       *[day] le
    } { $date } à { $place }
letter-sender-born-on = { $sex ->
        [F] Née
        [M] Né
       *[X] Né(e)
    } { $on ->
        [period] en
       *[day] le
    } { $date }
letter-sender-born-in = { $sex ->
        [F] Née
        [M] Né
       *[X] Né(e)
    } à { $place }
letter-sender-nationality = { $count ->
        [several] Nationalités
       *[one] Nationalité
    } : { $nationality }
letter-sender-foreigner-number = N° d’étranger : { $number }
letter-running-header = { $name } – courrier du { $date } – CONFIDENTIEL
# $kind: the document's code; the CERPR's name ends with « signé » (« signé le … »). A name that
# ends with what the date could qualify (« … de la condamnation du 25 novembre » read as the
# conviction's day: legal review, 2026-12-06) says « daté du ».
letter-enclosure-dated = { $kind ->
        [cerpr] { $document } le { $date }
        [final-conviction-proof] { $document }, daté du { $date }
        [proceedings-ongoing-proof] { $document }, daté du { $date }
       *[other] { $document } du { $date }
    }
letter-enclosure-numbered = { $document } n° { $number }
letter-enclosure-current-permit = { $permit ->
        [cst-vpf-l425-1] Carte de séjour temporaire « vie privée et familiale »
        [carte-resident-l425-3] Carte de résident
        [recepisse-application] Récépissé de demande de titre de séjour
        [recepisse-reflection] Récépissé délivré au titre du délai de réflexion
        [aps-l425-4] Autorisation provisoire de séjour
        [temporary-protection] Autorisation provisoire de séjour au titre de la protection temporaire
        [asylum-application] Attestation de demande d’asile
       *[other] Document de séjour
    }
letter-enclosure-valid-until = { $document }, valable jusqu’au { $date }
letter-enclosure-expired-on = { $document }, dont la validité a pris fin le { $date }

## Cover letter: subject per route (legal-facts §6.4)

letter-subject-cst-l425-1 = Demande de carte de séjour temporaire « vie privée et familiale » – article L. 425-1 du CESEDA { $offence ->
        [trafficking] (victime de traite des êtres humains)
        [procuring] (victime de proxénétisme)
        [both] (victime de traite des êtres humains et de proxénétisme)
       *[none] {""}
    }
letter-subject-cst-l425-1-renewal = Demande de renouvellement de la carte de séjour temporaire « vie privée et familiale » – article L. 425-1 du CESEDA { $offence ->
        [trafficking] (victime de traite des êtres humains)
        [procuring] (victime de proxénétisme)
        [both] (victime de traite des êtres humains et de proxénétisme)
       *[none] {""}
    }
letter-subject-carte-resident-l425-3 = Demande de carte de résident – article L. 425-3 du CESEDA { $offence ->
        [trafficking] (victime de traite des êtres humains)
        [procuring] (victime de proxénétisme)
        [both] (victime de traite des êtres humains et de proxénétisme)
       *[none] {""}
    }
letter-subject-aps-l425-4 = Demande d’autorisation provisoire de séjour – article L. 425-4 du CESEDA (parcours de sortie de la prostitution)
letter-subject-aps-l425-4-renewal = Demande de renouvellement de l’autorisation provisoire de séjour – article L. 425-4 du CESEDA (parcours de sortie de la prostitution)

## Cover letter: body, (a) the request

letter-request-cst-l425-1 = J’ai l’honneur de solliciter la délivrance d’une carte de séjour temporaire portant la mention « vie privée et familiale », en application de l’article L. 425-1 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA).
letter-request-cst-l425-1-renewal = J’ai l’honneur de solliciter le renouvellement de ma carte de séjour temporaire portant la mention « vie privée et familiale », délivrée en application de l’article L. 425-1 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA).
letter-request-cst-l425-1-renewal-expiring = J’ai l’honneur de solliciter le renouvellement de ma carte de séjour temporaire portant la mention « vie privée et familiale », délivrée en application de l’article L. 425-1 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA). { $state ->
        [expired] Cette carte a expiré le { $expires }.
       *[valid] Cette carte expire le { $expires }.
    }
letter-request-carte-resident-l425-3 = J’ai l’honneur de solliciter la délivrance d’une carte de résident, en application de l’article L. 425-3 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA).
letter-request-aps-l425-4 = J’ai l’honneur de solliciter la délivrance d’une autorisation provisoire de séjour, en application de l’article L. 425-4 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA).
letter-request-aps-l425-4-renewal = J’ai l’honneur de solliciter le renouvellement de mon autorisation provisoire de séjour, délivrée en application de l’article L. 425-4 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA).

## Cover letter: body, (b) minimal facts: dates and references only
# $details is « (service, reference) » with its leading space, or empty.

letter-facts-complaint = Le { $date }, j’ai déposé plainte{ $details } pour des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    } commis à mon encontre.
letter-facts-complaint-undated = J’ai déposé plainte{ $details } pour des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    } commis à mon encontre.
letter-facts-testimony = Le { $date }, j’ai témoigné dans la procédure pénale{ $details } engagée contre une personne poursuivie pour des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
letter-facts-testimony-undated = J’ai témoigné dans la procédure pénale{ $details } engagée contre une personne poursuivie pour des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
# What she testified about, as far as the case records it: the facts, not that they were committed
# against her (the testimony may concern others'), nor any proceedings the case says there are none
# of (stage « none »: no-proceedings).
letter-facts-testimony-no-prosecution = Le { $date }, j’ai témoigné dans une procédure pénale{ $details } concernant des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
letter-facts-testimony-no-prosecution-undated = J’ai témoigné dans une procédure pénale{ $details } concernant des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
letter-facts-testimony-no-proceedings = Le { $date }, j’ai témoigné{ $details } sur des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
letter-facts-testimony-no-proceedings-undated = J’ai témoigné{ $details } sur des faits { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
letter-facts-stage = La procédure pénale est en cours, au stade { $stage ->
        [investigation] de l’enquête ou de l’instruction
        [trial] du jugement en première instance
       *[appeal] de l’appel
    }.
# Printed only when the case records the stage of proceedings still under way.
letter-facts-renewal = La procédure pénale { $cooperation ->
        [complaint] relative aux faits que j’ai dénoncés dans ma plainte
        [testimony] dans laquelle j’ai témoigné
       *[none] au titre de laquelle cette carte m’a été délivrée
    } est toujours en cours, au stade { $stage ->
        [investigation] de l’enquête ou de l’instruction
        [trial] du jugement
       *[appeal] de l’appel
    }{ $proof ->
        [yes] , comme en attestent les pièces jointes
       *[no] {""}
    }.
letter-facts-conviction = La personne mise en cause a été condamnée par une décision devenue définitive le { $date }.
letter-facts-conviction-undated = La personne mise en cause a été condamnée par une décision devenue définitive.
# $permit: the kind of the current permit, as the case file writes it (`cst-vpf-l425-1`…).
# $regular: `yes` for a title or an application récépissé, on which regular stay rests without a
# jurist's reading; `no` for any other document (the fact alone, not its legal reading).
letter-facts-regular-stay = { $regular ->
        [yes] Je séjourne régulièrement en France
       *[no] Je réside en France
    } sous couvert { $permit ->
        [cst-vpf-l425-1] d’une carte de séjour temporaire « vie privée et familiale »
        [carte-resident-l425-3] d’une carte de résident
        [recepisse-application] d’un récépissé de demande de titre de séjour
        [recepisse-reflection] d’un récépissé délivré au titre du délai de réflexion (article R. 425-2 du CESEDA)
        [aps-l425-4] d’une autorisation provisoire de séjour
        [temporary-protection] d’une autorisation provisoire de séjour au titre de la protection temporaire
        [asylum-application] d’une attestation de demande d’asile
       *[other] d’un document de séjour
    } valable jusqu’au { $expires }.
# What the case records is her admission (`exitProstitutionProgramme.admittedOn`), not that she is
# still in the programme today: said as the admission (letters review, 2026-12-08).
letter-facts-programme = J’ai été { $sex ->
        [F] admise
        [M] admis
       *[X] admis(e)
    } le { $date } dans le parcours de sortie de la prostitution et d’insertion sociale et professionnelle.
letter-facts-programme-undated = J’ai été { $sex ->
        [F] admise
        [M] admis
       *[X] admis(e)
    } dans le parcours de sortie de la prostitution et d’insertion sociale et professionnelle.

## Cover letter: body, (c) legal basis
# $cooperation: complaint or testimony.

letter-basis-cst-l425-1 = L’article L. 425-1 du CESEDA prévoit la délivrance d’une carte de séjour temporaire portant la mention « vie privée et familiale », d’une durée d’un an, à l’étranger qui dépose plainte contre une personne qu’il accuse d’avoir commis à son encontre des faits de traite des êtres humains ou de proxénétisme, ou qui témoigne dans une procédure pénale concernant une personne poursuivie pour ces mêmes faits, sous réserve qu’il ait rompu tout lien avec cette personne.
# Said only when the case establishes it: the receipt enclosed, or a reference to refer to (the
# complaint's or testimony's own number, the prosecutor's reference recorded or the procedure's
# reference enclosed, and no stage « none »).
letter-basis-cst-l425-1-cooperation = { $cooperation ->
        [receipt] Conformément à l’article R. 425-5 du même code, ma demande est accompagnée du récépissé de mon dépôt de plainte.
        [complaint] Ma demande fait référence à la procédure pénale relative aux faits que j’ai dénoncés dans ma plainte.
       *[testimony] Conformément à l’article R. 425-5 du même code, ma demande fait référence à la procédure pénale comportant mon témoignage.
    }
letter-basis-minor-project = { $sex ->
        [F] Âgée
        [M] Âgé
       *[X] Âgé(e)
    } de moins de dix-huit ans, je déclare vouloir exercer une activité professionnelle salariée ou suivre une formation professionnelle ; l’article R. 425-5 du même code permet la délivrance de cette carte au mineur d’au moins seize ans dans ce cas.
letter-basis-cst-l425-1-renewal = En application de l’article L. 425-1 du CESEDA, cette carte est renouvelée pendant toute la durée de la procédure pénale, sous réserve que les conditions de sa délivrance continuent d’être satisfaites.
letter-basis-carte-resident-l425-3 = Aux termes de l’article L. 425-3 du CESEDA, « l’étranger mentionné à l’article L. 425-1 se voit délivrer, en cas de condamnation définitive de la personne mise en cause, et sous réserve de la régularité du séjour, une carte de résident d’une durée de dix ans ».
letter-basis-aps-l425-4 = L’article L. 425-4 du CESEDA permet la délivrance d’une autorisation provisoire de séjour d’une durée d’au moins six mois, autorisant son titulaire à travailler, à l’étranger victime de traite des êtres humains ou de proxénétisme qui a cessé l’activité de prostitution et est engagé dans le parcours de sortie de la prostitution et d’insertion sociale et professionnelle prévu à l’article L. 121-9 du code de l’action sociale et des familles.

## Cover letter: body, (d) ties broken, (e) provisional document and taxes, (f) confidentiality, (g) association

letter-ties-broken = J’ai rompu tout lien avec la ou les personnes mises en cause.
letter-provisional-cst-l425-1 = Dans l’attente de votre décision, je vous remercie de bien vouloir me délivrer un récépissé de demande de titre de séjour m’autorisant à travailler.
# The request goes with this letter (its filing is not recorded): present tense, the letter states
# no past filing the case does not record.
letter-provisional-cst-l425-1-renewal = Ma demande étant déposée dans les délais, je vous remercie de bien vouloir me délivrer, si son instruction se poursuit au-delà de l’expiration de ma carte, l’attestation de prolongation de l’instruction prévue à l’article R. 431-15-1 du CESEDA.
# Its filing recorded, in the window, before the letter's day.
letter-provisional-cst-l425-1-renewal-filed = Ma demande ayant été déposée dans les délais, je vous remercie de bien vouloir me délivrer, si son instruction se poursuit au-delà de l’expiration de ma carte, l’attestation de prolongation de l’instruction prévue à l’article R. 431-15-1 du CESEDA.
# Her card already ended on the letter's day, the renewal filed in time: its examination already goes
# on beyond it.
letter-provisional-cst-l425-1-renewal-expired = Ma demande ayant été déposée dans les délais, je vous remercie de bien vouloir me délivrer l’attestation de prolongation de l’instruction prévue à l’article R. 431-15-1 du CESEDA.
letter-provisional-cst-l425-1-renewal-late = Dans l’attente de votre décision, je vous remercie de bien vouloir me délivrer un document provisoire de séjour m’autorisant à travailler.
letter-provisional-carte-resident-l425-3 = Dans l’attente de votre décision, je vous remercie de bien vouloir me délivrer un document provisoire attestant de la régularité de mon séjour et m’autorisant à travailler.
letter-provisional-aps-l425-4 = Dans l’attente de votre décision, je vous remercie de bien vouloir me délivrer un document provisoire de séjour m’autorisant à travailler.
letter-tax-exemption = Je sollicite le bénéfice de l’exonération des taxes et du droit de timbre prévue à l’article L. 436-8 du CESEDA.
letter-confidentiality = Pour des raisons de sécurité, je vous demande de bien vouloir traiter ce dossier, et en particulier mon adresse, de manière confidentielle, dans l’esprit des conditions de confidentialité prévues à l’article R. 425-1 du CESEDA.
# « l’association « Les Amis » », or, for a name that begins with the word, « l’Association pour
# la réinsertion des femmes » (not « l’association « Association pour… » »). Read with the caller's
# arguments: $association, $own (yes/no).
letter-the-association = { $own ->
        [yes] l’{ $association }
       *[no] l’association « { $association } »
    }
letter-association = Je suis { $sex ->
        [F] accompagnée
        [M] accompagné
       *[X] accompagné(e)
    } dans mes démarches par { letter-the-association }{ $supports ->
        [yes] , qui soutient ma demande.
       *[no] .
    }
letter-association-contact = Vous pouvez joindre { $worker }, { $role }, aux coordonnées suivantes : { $contact }.

## Support letter (lettre de soutien), signed by the worker
# $title: madame or monsieur (the worker); $person: « Mme Amina OKAFOR », a no-break space after
# the civility so that it never ends a line.

support-person = { $sex ->
        [F] Mme { $name }
        [M] M. { $name }
       *[X] { $name }
    }
# « de Mme … », « d’Amina … » (no title before a name that begins with a vowel).
support-of-person = { $elide ->
        [yes] d’{ $person }
       *[no] de { $person }
    }
support-running-header = { $association } – lettre de soutien du { $date } – CONFIDENTIEL
support-subject-reflection-period = Soutien à { $person } pendant le délai de réflexion (articles R. 425-1 et R. 425-2 du CESEDA)
support-subject-cst-l425-1 = Soutien à la demande de carte de séjour temporaire { $ofPerson } (article L. 425-1 du CESEDA)
support-subject-cst-l425-1-renewal = Soutien à la demande de renouvellement de la carte de séjour temporaire { $ofPerson } (article L. 425-1 du CESEDA)
support-subject-carte-resident-l425-3 = Soutien à la demande de carte de résident { $ofPerson } (article L. 425-3 du CESEDA)
support-subject-carte-resident-l425-3-renewal = Soutien à la demande de renouvellement de la carte de résident { $ofPerson } (article L. 425-3 du CESEDA)
support-subject-aps-l425-4 = Soutien à la demande d’autorisation provisoire de séjour { $ofPerson } (article L. 425-4 du CESEDA)
support-subject-aps-l425-4-renewal = Soutien à la demande de renouvellement de l’autorisation provisoire de séjour { $ofPerson } (article L. 425-4 du CESEDA)
support-intro = Je { $title ->
        [madame] soussignée
       *[monsieur] soussigné
    } { $worker }, { $role } à { letter-the-association }, atteste que notre association accompagne { $person }.
support-intro-born = Je { $title ->
        [madame] soussignée
       *[monsieur] soussigné
    } { $worker }, { $role } à { letter-the-association }, atteste que notre association accompagne { $person }, { $sex ->
        [F] née
        [M] né
       *[X] né(e)
    } { $on ->
        [period] en
       *[day] le
    } { $birth }.
support-intro-since = Je { $title ->
        [madame] soussignée
       *[monsieur] soussigné
    } { $worker }, { $role } à { letter-the-association }, atteste que notre association accompagne { $person } depuis le { $since }.
support-intro-born-since = Je { $title ->
        [madame] soussignée
       *[monsieur] soussigné
    } { $worker }, { $role } à { letter-the-association }, atteste que notre association accompagne { $person }, { $sex ->
        [F] née
        [M] né
       *[X] né(e)
    } { $on ->
        [period] en
       *[day] le
    } { $birth }, depuis le { $since }.
support-request-reflection-period = { $person } sollicite le bénéfice du délai de réflexion prévu aux articles R. 425-1 et R. 425-2 du CESEDA, pendant lequel aucune décision d’éloignement ne peut être prise ni exécutée.
support-request-reflection-period-running = { $person } bénéficie, depuis le { $since }, du délai de réflexion prévu aux articles R. 425-1 et R. 425-2 du CESEDA, pendant lequel aucune décision d’éloignement ne peut être prise ni exécutée.
support-request-cst-l425-1 = { $person } sollicite la délivrance d’une carte de séjour temporaire portant la mention « vie privée et familiale » sur le fondement de l’article L. 425-1 du CESEDA, { $cooperation ->
        [complaint] après avoir déposé plainte pour des faits
        [testimony] après avoir témoigné dans une procédure pénale portant sur des faits
        [testimony-no-proceedings] après avoir témoigné sur des faits
       *[none] en qualité de victime présumée de faits
    } { $offence ->
        [trafficking] de traite des êtres humains
        [procuring] de proxénétisme
        [both] de traite des êtres humains et de proxénétisme
       *[none] de traite des êtres humains ou de proxénétisme
    }.
# $ongoing: yes when the case records a stage of the proceedings still under way.
support-request-cst-l425-1-renewal = { $person } sollicite le renouvellement de sa carte de séjour temporaire « vie privée et familiale » (article L. 425-1 du CESEDA){ $ongoing ->
        [yes]  : la procédure pénale { $offence ->
            [trafficking] engagée pour des faits de traite des êtres humains est toujours en cours.
            [procuring] engagée pour des faits de proxénétisme est toujours en cours.
            [both] engagée pour des faits de traite des êtres humains et de proxénétisme est toujours en cours.
           *[none] est toujours en cours.
        }
       *[no] .
    }
# Only with the final conviction recorded (support_letter::founding_facts).
support-request-carte-resident-l425-3 = { $person } sollicite la délivrance de la carte de résident prévue à l’article L. 425-3 du CESEDA, la personne mise en cause ayant été définitivement condamnée.
support-request-carte-resident-l425-3-renewal = { $person } sollicite le renouvellement de sa carte de résident, délivrée sur le fondement de l’article L. 425-3 du CESEDA.
# Only with her admission to the exit programme recorded (support_letter::founding_facts).
support-request-aps-l425-4 = { $person } sollicite la délivrance de l’autorisation provisoire de séjour prévue à l’article L. 425-4 du CESEDA, dans le cadre de son parcours de sortie de la prostitution et d’insertion sociale et professionnelle.
support-request-aps-l425-4-renewal = { $person } sollicite le renouvellement de son autorisation provisoire de séjour, délivrée sur le fondement de l’article L. 425-4 du CESEDA, dans le cadre de son parcours de sortie de la prostitution et d’insertion sociale et professionnelle.
support-accompaniment = { $request ->
        [no] Notre association assure son accompagnement social et administratif et le poursuivra pendant tout le délai de réflexion.
       *[yes] Notre association assure son accompagnement social et administratif et le poursuivra pendant toute l’instruction de la demande.
    }
support-confidentiality = Par précaution, nous vous remercions de traiter ce dossier de manière confidentielle et de ne communiquer à aucun tiers l’adresse de la personne accompagnée.
support-availability = { $request ->
        [no] Nous restons à votre disposition pour tout renseignement complémentaire.
       *[yes] Nous soutenons pleinement cette demande et restons à votre disposition pour tout renseignement complémentaire.
    }
support-stamp = Cachet de l’association

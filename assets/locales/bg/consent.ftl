# Consent notice, version 1 (model::case::CONSENT_NOTICE_VERSION).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Вашите данни и Вашето съгласие
consent-notice-intro = { $association } Ви помага в постъпките Ви. За тази цел записваме данни за Вас: кой сте, Вашето положение и документите във Вашето досие. Можете да кажете да или не за всяко от използванията по-долу. Ако кажете не, помощта, която Ви оказваме, не се променя.
consent-notice-storage = Съхраняване на досието: данните Ви се пазят, криптирани, на компютъра на сдружението. Могат да ги четат само членовете на екипа, които Ви помагат.
consent-notice-prefecture = Изпращане на данни до префектурата: само това, което е нужно за молбата Ви за разрешение за пребиваване, и само ако сте съгласна.
consent-notice-lawyer = Предаване на досието на адвокат или на друго сдружение: само ако го поискате или сте съгласна.
consent-notice-rights = Можете по всяко време да поискате да видите данните си, да ги поправите или да ги изтриете.
consent-notice-withdraw = Можете да оттеглите съгласието си, когато пожелаете, като просто кажете това на човека, който Ви помага. Ако оттеглите съгласието си за съхраняване на досието, то ще бъде изтрито.

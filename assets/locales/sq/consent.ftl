# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Të dhënat tuaja dhe pëlqimi juaj
consent-notice-intro = { $association } ju ndihmon me procedurat tuaja. Për këtë, ne shënojmë disa të dhëna për ju: identitetin tuaj, situatën tuaj dhe dokumentet e dosjes suaj. Mund të thoni po ose jo për secilin nga përdorimet më poshtë. Nëse thoni jo, kjo nuk ndryshon asgjë në ndihmën që ju japim.
consent-notice-storage = Ruajtja e dosjes suaj: të dhënat tuaja ruhen, të enkriptuara, në kompjuterin e shoqatës. Vetëm personat e ekipit që ju ndihmojnë mund t’i lexojnë.
consent-notice-prefecture = Dërgimi i të dhënave në prefekturë: vetëm ato që duhen për kërkesën tuaj për leje qëndrimi, dhe vetëm kur ju jeni dakord.
consent-notice-lawyer = Kalimi i dosjes suaj te një avokat ose te një shoqatë tjetër: vetëm nëse ju e kërkoni ose e pranoni.
consent-notice-rights = Në çdo kohë mund të kërkoni t’i shihni të dhënat tuaja, t’i korrigjoni ose t’i fshini.
consent-notice-withdraw = Mund ta tërhiqni pëlqimin tuaj kur të doni, thjesht duke ia thënë personit që ju ndihmon. Nëse e tërhiqni pëlqimin për ruajtjen e dosjes suaj, ajo do të fshihet.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } ju ndihmon me procedurat tuaja. Për këtë, ne shënojmë disa të dhëna për ju: identitetin tuaj, situatën tuaj dhe dokumentet e dosjes suaj. Mund të thoni po ose jo për secilin nga përdorimet më poshtë. Nëse thoni jo, kjo nuk ndryshon asgjë në ndihmën që ju japim.
consent-notice-prefecture-2 = Dërgimi i të dhënave në prefekturë: vetëm ato që duhen për kërkesën tuaj për leje qëndrimi, dhe vetëm kur ju jeni dakord.
consent-notice-lawyer-2 = Kalimi i dosjes suaj te një avokat ose te një shoqatë tjetër: vetëm nëse ju e kërkoni ose e pranoni.
consent-notice-rights-2 = Në çdo kohë mund të kërkoni t’i shihni të dhënat tuaja, t’i korrigjoni ose t’i fshini.

# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = As suas informações e o seu consentimento
consent-notice-intro = { $association } dá-lhe apoio nas suas diligências. Para isso, anotamos informações a seu respeito: a sua identidade, a sua situação e os documentos do seu processo. Pode dizer sim ou não a cada uma das utilizações abaixo. Se disser que não, isso não muda nada na ajuda que lhe damos.
consent-notice-storage = Guardar o seu processo: as suas informações ficam gravadas, cifradas, no computador da associação. Só as pessoas da equipa que lhe dão apoio as podem ler.
consent-notice-prefecture = Enviar informações à prefeitura (préfecture): só o que é necessário para o seu pedido de autorização de residência, e só quando estiver de acordo.
consent-notice-lawyer = Transmitir o seu processo a um advogado ou a outra associação: só se o pedir ou o aceitar.
consent-notice-rights = Pode pedir, a qualquer momento, para ver as suas informações, corrigi-las ou apagá-las.
consent-notice-withdraw = Pode retirar o seu consentimento quando quiser, basta dizê-lo à pessoa que lhe dá apoio. Se retirar o seu consentimento para guardar o seu processo, este será apagado.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } dá-lhe apoio nas suas diligências. Para isso, anotamos informações a seu respeito: a sua identidade, a sua situação e os documentos do seu processo. Pode dizer sim ou não a cada uma das utilizações abaixo. Se disser que não, isso não muda nada na ajuda que lhe damos.
consent-notice-prefecture-2 = Enviar informações à prefeitura (préfecture): só o que é necessário para o seu pedido de autorização de residência, e só quando estiver de acordo.
consent-notice-lawyer-2 = Transmitir o seu processo a um advogado ou a outra associação: só se o pedir ou o aceitar.
consent-notice-rights-2 = Pode pedir, a qualquer momento, para ver as suas informações, corrigi-las ou apagá-las.

# Pyetjet e intervistës që personi i lexon pranë tekstit frëngjisht. Shih fr/interview.ftl.
# Të njëjtat identifikues dhe ndryshore në të gjitha gjuhët; përgjigjet ruhen si kode.
# Trajtim me « ju ». Përkthimi duhet rishikuar nga një folës amtar i shqipes.

## Welcome and common answers
iv-welcome = Kjo bisedë është konfidenciale. Mund të përgjigjeni «nuk e di». Mund të kërkoni një pushim në çdo kohë.
iv-worker-only = Kjo pyetje është për punonjësin social.
iv-none = Asnjë
iv-opt-yes = Po
iv-opt-no = Jo
iv-opt-not-established = Nuk e di

## Steps
iv-step-identity = Identiteti dhe gjuhët
iv-step-situation = Gjendja juaj
iv-step-cooperation = Kallëzimi dhe procedimi
iv-step-ties = Lidhjet me autorët
iv-step-public-order = Ngjarje të së kaluarës
iv-step-permit = Dokumenti i qëndrimit sot
iv-step-documents = Dokumentet
iv-intro-ties = Këto pyetje bëhen sepse i kërkon ligji. Përgjigjet tuaja mbeten konfidenciale.
iv-intro-public-order = Këto pyetje ndihmojnë për të përgatitur kërkesën tuaj. Ajo që të tjerët ju detyruan të bëni mund të shpjegohet.
iv-intro-documents = Për çdo dokument, thoni nëse e keni.

## Identity and languages
iv-q-family-name = Cili është mbiemri juaj?
iv-q-given-names = Cili është emri juaj (ose emrat)?
iv-q-aliases = A keni përdorur emra të tjerë, ose dokumente me një emër tjetër? (një emër për rresht)
iv-q-sex = Ju jeni:
iv-opt-sex-f = grua
iv-opt-sex-m = burrë
iv-opt-sex-x = tjetër
iv-q-birth-date = Cila është data juaj e lindjes?
iv-q-birth-place = Ku keni lindur? (qyteti dhe shteti)
iv-q-nationality = Cila është shtetësia juaj?
iv-opt-nationality-stateless = pa shtetësi
iv-q-other-nationalities = A keni edhe një shtetësi tjetër? Cilën?
iv-q-languages = Cilat gjuhë flisni?
iv-q-address-line = Në cilën adresë mund të merrni postë? (rruga, ose adresa e shoqatës)
iv-q-postcode = Kodi postar i kësaj adrese
iv-q-commune = Komuna e kësaj adrese
iv-q-city = Qyteti i kësaj adrese
iv-q-phone = Në cilin numër telefoni mund t’ju kontaktojmë? (shtypet në letër; lëreni bosh nëse preferoni)

## Situation
iv-q-exit-programme = A jeni pranuar në një program për të dalë nga prostitucioni?
iv-q-exit-programme-date = Që prej cilës datë?
iv-q-domestic-violence = A përjetoni dhunë nga bashkëshorti ose bashkëshortja, partneri ose një anëtar i familjes suaj?
iv-q-protection-order = A ka lëshuar një gjykatës urdhër mbrojtjeje për ju?
iv-q-protection-order-date = Data e urdhrit të mbrojtjes
iv-q-child-welfare = A ju ka vendosur një gjykatës nën kujdesin e shërbimit për mbrojtjen e fëmijëve (ASE) ose te një person i besuar?
iv-q-child-welfare-date = Që prej cilës datë?
iv-q-child-welfare-placement = Me vendim të gjykatësit, ju u vendosët:
iv-opt-child-welfare-placement-ase = nën kujdesin e shërbimit për mbrojtjen e fëmijëve (ASE)
iv-opt-child-welfare-placement-trusted-third-party = te një person i besuar
iv-q-work-or-training = A punoni ose ndiqni një formim profesional, apo keni ndër mend ta bëni?

## Complaint and proceedings
iv-q-complaint = A keni bërë kallëzim në polici ose në xhandarmëri?
iv-q-complaint-date = Data e kallëzimit
iv-q-complaint-service = Ku e bëtë kallëzimin? (komisariati i policisë, xhandarmëria)
iv-q-testimony = A keni dëshmuar në një procedim penal kundër personave që ju shfrytëzuan?
iv-q-testimony-date = Data e dëshmisë
iv-q-testimony-service = Para cilit shërbim ose cilës gjykate?
iv-q-reflection-recepisse = A ju ka dhënë prefektura një vërtetim (récépissé) për një periudhë reflektimi prej 30 ditësh?
iv-q-reflection-date = Data kur e morët këtë vërtetim

## Ties with the perpetrators
iv-q-ties-broken = A e keni ndërprerë çdo kontakt me personat që ju shfrytëzuan?

## Past events
iv-q-false-documents = A keni përdorur ndonjëherë dokumente të falsifikuara, ose dokumentet e një personi tjetër?
iv-q-removal-order = A keni marrë ndonjëherë urdhër për të lënë territorin francez (OQTF), pa u larguar më pas nga Franca?

## Current residence document
iv-q-permit-kind = Çfarë dokumenti qëndrimi keni sot?
iv-opt-permit-kind-none = asnjë
iv-opt-permit-kind-recepisse-reflection = vërtetim për periudhën e reflektimit (30 ditë)
iv-opt-permit-kind-recepisse-application = vërtetim i kërkesës për leje qëndrimi
iv-opt-permit-kind-cst-vpf-l425-1 = kartë e përkohshme qëndrimi «jeta private dhe familjare» (për viktimat)
iv-opt-permit-kind-aps-l425-4 = autorizim i përkohshëm qëndrimi (program për të dalë nga prostitucioni)
iv-opt-permit-kind-carte-resident-l425-3 = kartë rezidenti (10 vjet)
iv-opt-permit-kind-temporary-protection = autorizim i përkohshëm qëndrimi për «mbrojtje të përkohshme» (për shembull, personat e zhvendosur nga Ukraina)
iv-opt-permit-kind-asylum-application = vërtetim i kërkesës për azil
iv-opt-permit-kind-other = një dokument tjetër
iv-q-permit-issued = Data e lëshimit të këtij dokumenti
iv-q-permit-expires = Data e skadimit të këtij dokumenti
iv-q-permit-renewals = Sa herë është rinovuar tashmë kjo kartë?
iv-q-renewal-filed-on = Data e paraqitjes së kërkesës për rinovim
iv-opt-renewal-filed-on-not-filed = ende e paparaqitur

## Documents
iv-opt-document-status-have = e kam
iv-opt-document-status-missing = nuk e kam
iv-opt-document-status-requested = e kërkuar, në pritje
iv-opt-document-status-confiscated = ma morën autorët
iv-q-document-date = { $document }: data e lëshimit
iv-q-document-number = { $document }: numri
iv-q-document-expires = { $document }: data e skadimit (e vlefshme deri më)

# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Albanian (standard), formal « ju ». To be reviewed by a native speaker.

pdf-page = Faqja { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Kopje e plotë e aktit të lindjes
pdf-doc-passport = Pasaportë
pdf-doc-id-card = Letërnjoftim
pdf-doc-consular-certificate = Vërtetim konsullor me fotografi
pdf-doc-consular-card = Kartë konsullore me fotografi
pdf-doc-nationality-certificate = Vërtetim shtetësie me fotografi
pdf-doc-proof-of-address = Dëshmi e adresës së banimit
pdf-doc-complaint-receipt = Vërtetim i kallëzimit në polici
pdf-doc-procedure-reference = Numri i procedimit penal
pdf-doc-cerpr = Kontrata e angazhimit për respektimin e parimeve të Republikës (CERPR), e nënshkruar
pdf-doc-e-photo = Fletë fotografish me kodin e-photo
pdf-doc-identity-photo = Fotografi për dokument (në letër; nuk nevojitet kodi e-photo)
pdf-doc-current-permit = Leje qëndrimi e vlefshme
pdf-doc-proceedings-ongoing-proof = Dëshmi se procedimi penal vazhdon
pdf-doc-final-conviction-proof = Dëshmi se dënimi është i formës së prerë
pdf-doc-association-letter = Letër mbështetjeje nga shoqata
pdf-doc-exit-programme-decision = Vendimi i pranimit në programin e daljes nga prostitucioni

## Where an item stands

pdf-status-ok = E keni
pdf-status-missing = Ende nuk e keni
pdf-status-stateless = Për t’u parë me shoqatën
pdf-status-expired = Data është shumë e vjetër: kërkoni një dokument të ri
pdf-status-expired-at-filing = Kërkoni një dokument të ri pak para kërkesës
pdf-status-expired-to-check = Data mund të jetë shumë e vjetër: shoqata do ta kontrollojë
pdf-status-permit-ended = Nuk është më e vlefshme: duhet rinovuar
pdf-status-permit-ended-renewal-filed = Nuk është më e vlefshme: rinovimi është kërkuar
pdf-status-permit-ended-renewal-refused = Nuk është më e vlefshme: rinovimi u refuzua
pdf-status-permit-ended-renewal-granted = Nuk është më e vlefshme: rinovimi u pranua
pdf-status-permit-ended-renewal-undated = Nuk është më e vlefshme: rinovimi duhet kontrolluar me shoqatën
pdf-status-permit-ended-see-association = Nuk është më e vlefshme: flisni me shoqatën
pdf-status-date-unknown = Duhet shënuar data
pdf-status-requested = Është kërkuar, në pritje
pdf-status-satisfied-by-alternative = Zëvendësuar me një dokument tjetër të pranuar
pdf-status-replaced-to-check = Një dokument tjetër mund ta zëvendësojë: shoqata do ta kontrollojë
pdf-status-confiscated = Mbahet nga autorët

## Checklist

pdf-checklist-title = Dokumentet për kërkesën tuaj
pdf-checklist-issued = Lista u hartua më { $date }
pdf-checklist-intro = Një kuti për çdo dokument. Shënoni kutinë kur ta keni dokumentin. Ruani gjithmonë origjinalet: do t’ju kërkohen kopje ose skedarë të skanuar.
pdf-checklist-intro-none = Për momentin nuk ka asnjë dokument për të mbledhur për këtë procedurë.
pdf-checklist-practice = Asnjë tekst nuk e përcakton listën e dokumenteve për këtë kërkesë: kjo listë ndjek praktikën e prefekturave dhe shoqata do ta kontrollojë bashkë me ju. Prefektura mund të kërkojë edhe dokumente të tjera.
pdf-checklist-alternatives = Si zëvendësim pranohet: { $documents }
pdf-route-reflection-period = Afati i reflektimit prej 30 ditësh (CESEDA, nenet R. 425-1 dhe R. 425-2)
pdf-route-cst-l425-1 = Karta e parë e qëndrimit «jeta private dhe familjare» (CESEDA, neni L. 425-1)
pdf-route-cst-l425-1-renewal = Rinovimi i kartës së qëndrimit «jeta private dhe familjare» (CESEDA, neni L. 425-1)
pdf-route-carte-resident-l425-3 = Karta e rezidentit për 10 vjet (CESEDA, neni L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Rinovimi i kartës së rezidentit (CESEDA, neni L. 425-3)
pdf-route-aps-l425-4 = Autorizim i përkohshëm qëndrimi (CESEDA, neni L. 425-4)

## What happens next

pdf-next-title = Çfarë ndodh më pas?
pdf-next-reflection = Gjatë afatit të reflektimit (30 ditë nga dita kur merrni vërtetimin), keni të drejtë të punoni dhe askush nuk mund t’ju detyrojë të largoheni nga Franca. Mund të keni gjithashtu strehim, mbulim shëndetësor, një ndihmë financiare, shoqërim social, ndihmë juridike dhe, nëse jeni në rrezik, mbrojtjen e policisë.
pdf-next-reflection-under-16 = Gjatë afatit të reflektimit (30 ditë nga dita kur merrni vërtetimin), askush nuk mund t’ju detyrojë të largoheni nga Franca. Mund të keni gjithashtu strehim, mbulim shëndetësor, një ndihmë financiare, shoqërim social, ndihmë juridike dhe, nëse jeni në rrezik, mbrojtjen e policisë.
pdf-next-reflection-decide = Mund ta përdorni këtë kohë për të vendosur nëse do të bëni kallëzim ose do të dëshmoni.
pdf-next-reflection-period = Nëse bëni kallëzim ose dëshmoni, mund të kërkoni një kartë qëndrimi për një vit, e cila ju lejon të punoni. Shoqata mund t’ju ndihmojë ta përgatitni kërkesën.
pdf-next-reflection-period-under-16 = Nëse bëni kallëzim ose dëshmoni, që nga mosha 16 vjeç mund të kërkoni një kartë qëndrimi për një vit. Shoqata mund t’ju ndihmojë ta përgatitni kërkesën.
pdf-next-cst-l425-1 = Pasi të bëni kërkesën, kërkojini prefekturës dokumentin që vërteton se mund të qëndroni në Francë ndërsa shqyrtohet kërkesa juaj (shpesh një vërtetim, i quajtur récépissé): çfarë ju lejon, sidomos nëse mund të punoni, varet nga ky dokument, dhe shoqata do ta kontrollojë bashkë me ju. Karta e qëndrimit vlen një vit, ju lejon të punoni dhe është falas. Ajo mund të rinovohet për sa kohë vazhdon procedimi penal.
pdf-next-cst-l425-1-renewal = Kërkoni rinovimin nga 120 deri në 60 ditë para se të mbarojë karta juaj. Nëse e kërkoni në kohë dhe vendimi nuk është marrë kur mbaron karta juaj, merrni një vërtetim për zgjatjen e shqyrtimit (attestation de prolongation de l’instruction), që ju lejon të qëndroni në Francë dhe të punoni deri në vendim.
pdf-next-carte-resident-l425-3 = Karta e rezidentit vlen 10 vjet. Bëni kërkesën para se të mbarojë leja juaj e tanishme e qëndrimit: prefektura kontrollon nëse qëndrimi juaj në Francë është i ligjshëm.
pdf-next-carte-resident-l425-3-ended = Karta e rezidentit vlen 10 vjet. Leja juaj e tanishme e qëndrimit mbaroi më { $date }, dhe prefektura kontrollon nëse qëndrimi juaj në Francë është i ligjshëm: flisni menjëherë me shoqatën.
pdf-next-carte-resident-l425-3-ended-undated = Karta e rezidentit vlen 10 vjet. Leja juaj e tanishme e qëndrimit ka mbaruar, dhe prefektura kontrollon nëse qëndrimi juaj në Francë është i ligjshëm: flisni menjëherë me shoqatën.
pdf-next-carte-resident-l425-3-renewal = Kërkoni rinovimin e kartës së rezidentit nga 120 deri në 60 ditë para se të mbarojë. Për ta rinovuar, prefektura kontrollon nëse jetoni në Francë: në parim, të paktën 6 muaj në vit. Ruani prova të jetës suaj në Francë dhe i tregoni shoqatës nëse keni kaluar periudha të gjata jashtë vendit.
pdf-next-renewal-window-to-check = Këto data duhen kontrolluar me shoqatën: rregulli që i cakton për kartën tuaj nuk është konfirmuar ende.
pdf-next-renewal-late = Afati për të kërkuar rinovimin në kohë mbaroi më { $date }. Bëni kërkesën menjëherë, me shoqatën. E bërë me vonesë, kërkesa ndoshta nuk ju jep më të drejtën për vërtetimin që ju lejon të qëndroni në Francë dhe të punoni gjatë shqyrtimit.
pdf-next-renewal-filed-late = Kërkesa juaj për rinovim u bë pas mbarimit të afatit ({ $date }): vërtetimi që ju lejon të qëndroni në Francë dhe të punoni gjatë shqyrtimit mund të mos ju jepet. Ruani provën e dorëzimit dhe flisni me shoqatën.
pdf-next-renewal-filed-in-time = Kërkesa juaj për rinovim u bë më { $date }, brenda afatit. Nëse deri në mbarimin e kartës suaj nuk është marrë vendim, merrni një vërtetim për zgjatjen e shqyrtimit (attestation de prolongation de l’instruction), që ju lejon të qëndroni në Francë dhe të punoni ndërsa shqyrtohet kërkesa: ruajeni bashkë me kartën dhe provën e dorëzimit. Nëse nuk e keni marrë, flisni me shoqatën.
pdf-next-renewal-filed = Kërkesa juaj për rinovim u bë më { $date }. Ruani provën e dorëzimit: shoqata do të kontrollojë bashkë me ju çfarë ju lejon të qëndroni në Francë ndërsa shqyrtohet kërkesa.
pdf-next-renewal-filed-early = Kërkesa juaj për rinovim u bë më { $date }, para fillimit të afatit ({ $opens }). Shoqata do të kontrollojë bashkë me ju nëse duhet ta bëni përsëri gjatë këtij afati.
pdf-next-renewal-unanswered = Kërkesa juaj për rinovim u bë më { $date }. Kur prefektura nuk përgjigjet brenda katër muajve, kërkesa mund të konsiderohet e refuzuar: flisni me shoqatën pa vonesë.
pdf-next-renewal-undated = Është regjistruar një kërkesë për rinovim, pa datat e saj. Sillni në shoqatë letrat e kësaj kërkese (provën e dorëzimit, vendimin): shoqata do të kontrollojë bashkë me ju nëse ajo ka të bëjë me dokumentin tuaj aktual të qëndrimit dhe çfarë ju lejon të qëndroni në Francë.
pdf-next-renewal-refused = Kërkesa juaj për rinovim u refuzua. Flisni menjëherë me shoqatën: ky vendim mund të kundërshtohet, por brenda një afati të kufizuar.
pdf-next-renewal-granted-on = Kërkesa juaj për rinovim u pranua më { $date }. Nëse nuk e keni ende kartën e re, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-renewal-granted = Kërkesa juaj për rinovim u pranua. Nëse nuk e keni ende kartën e re, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-aps-renewal-granted-on = Rinovimi i autorizimit tuaj të përkohshëm të qëndrimit u pranua më { $date }. Nëse nuk e keni ende autorizimin e ri, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-aps-renewal-granted = Rinovimi i autorizimit tuaj të përkohshëm të qëndrimit u pranua. Nëse nuk e keni ende autorizimin e ri, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Kërkesa juaj për kartë qëndrimi u pranua më { $date }. Nëse nuk e keni ende kartën, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-card-granted = Kërkesa juaj për kartë qëndrimi u pranua. Nëse nuk e keni ende kartën, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-resident-card-granted-on = Kërkesa juaj për kartë rezidenti u pranua më { $date }. Nëse nuk e keni ende kartën, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-resident-card-granted = Kërkesa juaj për kartë rezidenti u pranua. Nëse nuk e keni ende kartën, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-aps-granted-on = Kërkesa juaj për autorizim të përkohshëm qëndrimi u pranua më { $date }. Nëse nuk e keni ende autorizimin, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-aps-granted = Kërkesa juaj për autorizim të përkohshëm qëndrimi u pranua. Nëse nuk e keni ende autorizimin, do ta merrni në prefekturë kur t’ju thërrasin. Pastaj tregojani shoqatës.
pdf-next-aps-l425-4 = Autorizimi i përkohshëm i qëndrimit vlen të paktën 6 muaj dhe ju lejon të punoni. Ai rinovohet për sa kohë ndiqni programin e daljes nga prostitucioni.
pdf-next-anef = Kërkesa bëhet në internet, në faqen e ANEF (shërbimi dixhital i administratës franceze për të huajt). Shoqata mund ta bëjë atë bashkë me ju. Pasi ta dorëzoni, merrni një vërtetim dorëzimi (attestation de dépôt): ruajeni. Kartën do ta merrni në prefekturë kur t’ju thërrasin.
pdf-next-agreement-nationality = Shtetësia juaj: në vend të këtyre rregullave, për kërkesën tuaj mund të zbatohet një marrëveshje midis Francës dhe vendit tuaj (për Algjerinë, marrëveshja e 27 dhjetorit 1968). Një jurist do të kontrollojë bashkë me ju cilën leje duhet të kërkoni.
pdf-next-minor-under-16 = Kjo kartë nuk mund t’ju lëshohet para se të mbushni 16 vjeç. Për sa kohë jeni nën 18 vjeç, nuk keni nevojë për leje qëndrimi për të qëndruar në Francë. Shoqata do t’ju ndihmojë të përgatitni kërkesën tuaj në kohën e duhur.
pdf-next-not-eligible = Sot dosja juaj nuk i plotëson të gjitha kushtet e kësaj kërkese. Flisni me shoqatën: ajo do të shohë me ju çfarë mund të bëhet.
pdf-next-help = Ruani një kopje të çdo dokumenti dhe të çdo letre. Nëse keni një pyetje ose ju mungon një dokument, flisni me shoqatën që ju ndihmon.

## Key dates of the case

pdf-dates-title = Datat tuaja
pdf-dates-none = Për momentin nuk ka asnjë datë për të mbajtur mend.
pdf-dates-estimated = (*) Datë për t’u kontrolluar me shoqatën: është e përafërt, ose rregulli që e cakton nuk është konfirmuar ende.
pdf-date-reflection-period-end = { $date }: mbaron afati i reflektimit
pdf-date-permit-expires = { $date }: mbaron vlefshmëria e dokumentit tuaj të qëndrimit
pdf-date-recepisse-expires = { $date }: mbaron vlefshmëria e vërtetimit tuaj
pdf-date-renewal-window-opens = { $date }: nga kjo ditë mund të kërkoni rinovimin
pdf-date-renewal-window-closes = { $date }: dita e fundit për të kërkuar rinovimin në kohë
pdf-date-document-expires = { $date }: mbaron vlefshmëria – { $document }
pdf-date-document-fresh-until = { $date }: dita e fundit kur ky dokument është mjaft i ri për kërkesën – { $document }
pdf-date-planned-filing = { $date }: dorëzimi i planifikuar i kërkesës suaj
pdf-date-turns-18 = { $date }: mbushni 18 vjeç
pdf-date-majority-application-closes = { $date }: dita e fundit për të kërkuar lejen e qëndrimit pasi mbushni 18 vjeç

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Kopje e plotë me të gjitha shënimet, jo një ekstrakt i shkurtër.
pdf-note-domiciliation-accepted = Jo më e vjetër se 6 muaj në ditën e kërkesës. Vërtetimi i adresës nga shoqata zakonisht pranohet.
pdf-note-cerpr-required = Një kontratë e re e nënshkruar për çdo kërkesë, edhe për rinovimin.
pdf-note-cerpr-optional-algerian = Për shtetasit algjerianë, kjo kontratë mund të mos jetë e detyrueshme: shoqata po e kontrollon. Ndërkohë, nënshkruajeni.
pdf-note-e-photo-code = Kodi e-photo është i shtypur në fletën e fotografive të bëra te një fotograf ose në një kabinë të miratuar.
pdf-note-association-letter = E këshillueshme, jo e detyrueshme: e shkruan shoqata.
pdf-note-proceedings-ongoing-proof = Për shembull: vërtetim nga prokuroria ose nga gjyqtari, ftesë në gjykatë, letër nga avokati juaj.
pdf-note-final-conviction-proof = Vërtetim që nuk është bërë apel, ose kopje e vendimit të formës së prerë. Avokati juaj mund t’ju ndihmojë ta merrni.
pdf-note-current-permit-regular-stay = Dokumenti i qëndrimit që është i vlefshëm në ditën e kërkesës: karta, vërtetimi (récépissé) ose vërtetimi i zgjatjes. Ruani edhe dokumentin që ishte i vlefshëm në ditën kur dënimi mori formë të prerë.
pdf-note-exit-programme-decision = Vendimi i prefektit që lejon programin tuaj për daljen nga prostitucioni; e kërkon shoqata.
pdf-note-identity-photo-reflection = Një fotografi e re për dokument, për vërtetimin 30-ditor.
pdf-note-confiscated = Jua kanë marrë: tregojani shoqatës.
pdf-note-stateless = Nuk keni shtetësi: shoqata do të shohë bashkë me ju cili dokument zëvendëson pasaportën dhe dokumentet e një konsullate.
pdf-note-confiscated-replaceable = Jua kanë marrë: tregojani shoqatës. Si zëvendësim mund të pranohet një dokument tjetër.
pdf-note-confiscated-via = Si zëvendësim: { $document } (kërkesa në pritje).
pdf-note-date-unknown = Data e dokumentit nuk është shënuar: tregojani shoqatës, e cila do të kontrollojë nëse është ende i vlefshëm.
pdf-note-document-expired = Vlefshmëria mbaroi më { $date }: tregojani këtë dokument shoqatës, e cila do të kontrollojë nëse pranohet ende.
pdf-note-via-expired = Si zëvendësim keni: { $document }. Vlefshmëria e këtij dokumenti mbaroi më { $date }: shoqata do të kontrollojë nëse pranohet ende.
pdf-note-via = Si zëvendësim keni: { $document }.
pdf-note-via-stale = Si zëvendësim keni: { $document }. Data e këtij dokumenti është shumë e vjetër: kërkoni një të ri.
pdf-note-stale-at-filing = Data e dokumentit nuk do të jetë më mjaft e re ditën e kërkesës (mbetet mjaft e re deri më { $date }): kërkojeni sërish këtë dokument pak para saj.
pdf-note-via-stale-at-filing = Si zëvendësim keni: { $document }. Data e këtij dokumenti nuk do të jetë më mjaft e re ditën e kërkesës (mbetet mjaft e re deri më { $date }): kërkojeni sërish këtë dokument pak para saj.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Dokumenti u dorëzua më { $date }
pdf-consent-choices = Zgjedhjet tuaja
pdf-consent-purpose-storage = Ruajtja e dosjes suaj
pdf-consent-purpose-prefecture = Dërgimi i të dhënave në prefekturë
pdf-consent-purpose-lawyer = Kalimi i dosjes suaj te një avokat ose te një shoqatë tjetër
pdf-consent-given = Po, më { $date }
pdf-consent-given-undated = Po
pdf-consent-refused = Jo, më { $date }
pdf-consent-refused-undated = Jo
pdf-consent-withdrawn = Pëlqimi u tërhoq më { $date }
pdf-consent-withdrawn-undated = Pëlqimi u tërhoq
pdf-consent-not-asked = Ende nuk është pyetur
pdf-consent-unnamed-association = Shoqata
pdf-consent-signature-person = Nënshkrimi i personit
pdf-consent-signature-worker = Nënshkrimi i personit që ju ndihmon

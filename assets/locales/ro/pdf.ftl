# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Romanian, formal « dumneavoastră ». To be reviewed by a native speaker.

pdf-page = Pagina { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Copie integrală a certificatului de naștere
pdf-doc-passport = Pașaport
pdf-doc-id-card = Carte de identitate națională
pdf-doc-consular-certificate = Certificat consular cu fotografie
pdf-doc-consular-card = Carte consulară cu fotografie
pdf-doc-nationality-certificate = Certificat de cetățenie cu fotografie
pdf-doc-proof-of-address = Dovada domiciliului
pdf-doc-complaint-receipt = Dovada depunerii plângerii
pdf-doc-procedure-reference = Referința procedurii penale
pdf-doc-cerpr = Contractul de respectare a principiilor Republicii (CERPR), semnat
pdf-doc-e-photo = Planșă foto cu cod e-photo
pdf-doc-identity-photo = Fotografie de identitate (pe hârtie; nu este nevoie de cod e-photo)
pdf-doc-current-permit = Permis de ședere valabil
pdf-doc-proceedings-ongoing-proof = Dovada că procedura penală este în curs
pdf-doc-final-conviction-proof = Dovada că hotărârea de condamnare este definitivă
pdf-doc-association-letter = Scrisoare de sprijin din partea asociației
pdf-doc-exit-programme-decision = Decizia de admitere în programul de ieșire din prostituție

## Where an item stands

pdf-status-ok = Aveți documentul
pdf-status-missing = De obținut
pdf-status-stateless = De văzut cu asociația
pdf-status-expired = Data este prea veche: obțineți un document nou
pdf-status-expired-at-filing = Obțineți un document nou chiar înainte de cerere
pdf-status-expired-to-check = Data poate fi prea veche: asociația va verifica
pdf-status-permit-ended = Nu mai este valabil: trebuie reînnoit
pdf-status-permit-ended-renewal-filed = Nu mai este valabil: reînnoire cerută
pdf-status-permit-ended-renewal-refused = Nu mai este valabil: reînnoire refuzată
pdf-status-permit-ended-renewal-granted = Nu mai este valabil: reînnoire acordată
pdf-status-permit-ended-renewal-undated = Nu mai este valabil: reînnoire de verificat cu asociația
pdf-status-permit-ended-see-association = Nu mai este valabil: de discutat cu asociația
pdf-status-date-unknown = Data trebuie notată
pdf-status-requested = Document cerut, în așteptare
pdf-status-satisfied-by-alternative = Un alt document acceptat îi ține locul
pdf-status-replaced-to-check = Un alt document îi poate ține locul: asociația va verifica
pdf-status-confiscated = În mâinile făptașilor

## Checklist

pdf-checklist-title = Documentele pentru cererea dumneavoastră
pdf-checklist-issued = Listă întocmită la { $date }
pdf-checklist-intro = O căsuță pentru fiecare document. Bifați căsuța când aveți documentul. Păstrați întotdeauna originalele: vi se vor cere copii sau fișiere scanate.
pdf-checklist-intro-none = Deocamdată nu trebuie adunat niciun document pentru acest demers.
pdf-checklist-practice = Niciun text nu stabilește lista documentelor pentru această cerere: aceasta urmează practica prefecturilor, iar asociația o va verifica împreună cu dumneavoastră. Prefectura poate cere și alte documente.
pdf-checklist-alternatives = Se acceptă în schimb: { $documents }
pdf-route-reflection-period = Perioadă de reflecție de 30 de zile (CESEDA, articolele R. 425-1 și R. 425-2)
pdf-route-cst-l425-1 = Prima carte de ședere „viață privată și de familie” (CESEDA, articolul L. 425-1)
pdf-route-cst-l425-1-renewal = Reînnoirea cărții de ședere „viață privată și de familie” (CESEDA, articolul L. 425-1)
pdf-route-carte-resident-l425-3 = Carte de rezident pe 10 ani (CESEDA, articolul L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Reînnoirea cărții de rezident (CESEDA, articolul L. 425-3)
pdf-route-aps-l425-4 = Autorizație provizorie de ședere (CESEDA, articolul L. 425-4)

## What happens next

pdf-next-title = Ce urmează?
pdf-next-reflection = În timpul perioadei de reflecție (30 de zile de la primirea dovezii), aveți dreptul să lucrați și nimeni nu vă poate obliga să părăsiți Franța. Puteți primi și cazare, asigurare de sănătate, o alocație, sprijin social, ajutor juridic și, dacă sunteți în pericol, protecția poliției.
pdf-next-reflection-under-16 = În timpul perioadei de reflecție (30 de zile de la primirea dovezii), nimeni nu vă poate obliga să părăsiți Franța. Puteți primi și cazare, asigurare de sănătate, o alocație, sprijin social, ajutor juridic și, dacă sunteți în pericol, protecția poliției.
pdf-next-reflection-decide = Puteți folosi acest timp pentru a decide dacă depuneți plângere sau dacă depuneți mărturie.
pdf-next-reflection-period = Dacă depuneți plângere sau mărturie, puteți cere o carte de ședere pe un an care vă permite să lucrați. Asociația vă poate ajuta să pregătiți cererea.
pdf-next-reflection-period-under-16 = Dacă depuneți plângere sau mărturie, puteți cere, de la vârsta de 16 ani, o carte de ședere pe un an. Asociația vă poate ajuta să pregătiți cererea.
pdf-next-cst-l425-1 = După depunerea cererii, cereți prefecturii documentul care dovedește că puteți rămâne în Franța cât timp cererea este examinată (adesea o dovadă, numită récépissé): ce vă permite, în special dacă puteți lucra, depinde de acest document, iar asociația îl va verifica împreună cu dumneavoastră. Cartea de ședere este valabilă un an, vă permite să lucrați și este gratuită. Poate fi reînnoită cât timp continuă procedura penală.
pdf-next-cst-l425-1-renewal = Cereți reînnoirea între 120 de zile și 60 de zile înainte de expirarea cărții. Dacă depuneți cererea la timp și decizia nu a fost luată până la expirarea cărții, primiți un atestat de prelungire a examinării (attestation de prolongation de l’instruction), care vă permite să rămâneți în Franța și să lucrați până la decizie.
pdf-next-carte-resident-l425-3 = Cartea de rezident este valabilă 10 ani. Depuneți cererea înainte de expirarea permisului de ședere actual: prefectura verifică dacă șederea dumneavoastră în Franța este legală.
pdf-next-carte-resident-l425-3-ended = Cartea de rezident este valabilă 10 ani. Permisul dumneavoastră de ședere actual a expirat la { $date }, iar prefectura verifică dacă șederea dumneavoastră în Franța este legală: vorbiți imediat cu asociația.
pdf-next-carte-resident-l425-3-ended-undated = Cartea de rezident este valabilă 10 ani. Permisul dumneavoastră de ședere actual a expirat, iar prefectura verifică dacă șederea dumneavoastră în Franța este legală: vorbiți imediat cu asociația.
pdf-next-carte-resident-l425-3-renewal = Cereți reînnoirea cărții de rezident între 120 de zile și 60 de zile înainte de expirarea ei. Pentru reînnoire, prefectura verifică dacă locuiți în Franța: în principiu, cel puțin 6 luni pe an. Păstrați dovezi ale vieții dumneavoastră în Franța și spuneți asociației dacă ați petrecut perioade lungi în străinătate.
pdf-next-renewal-window-to-check = Aceste date trebuie verificate cu asociația: regula care le stabilește pentru cartea dumneavoastră nu este încă confirmată.
pdf-next-renewal-late = Perioada pentru a cere reînnoirea la timp s-a încheiat pe { $date }. Depuneți cererea imediat, împreună cu asociația. Depusă cu întârziere, s-ar putea să nu vă mai dea dreptul la atestatul care vă permite să rămâneți în Franța și să lucrați cât timp cererea este examinată.
pdf-next-renewal-filed-late = Cererea dumneavoastră de reînnoire a fost depusă după încheierea perioadei prevăzute ({ $date }): s-ar putea să nu primiți atestatul care vă permite să rămâneți în Franța și să lucrați cât timp cererea este examinată. Păstrați dovada depunerii și vorbiți cu asociația.
pdf-next-renewal-filed-in-time = Cererea dumneavoastră de reînnoire a fost depusă la { $date }, în perioada prevăzută. Dacă nu s-a luat o decizie la expirarea cărții, primiți un atestat de prelungire a examinării (attestation de prolongation de l’instruction), care vă permite să rămâneți în Franța și să lucrați cât timp cererea este examinată: păstrați-l împreună cu cartea și dovada depunerii. Dacă nu l-ați primit, vorbiți cu asociația.
pdf-next-renewal-filed = Cererea dumneavoastră de reînnoire a fost depusă la { $date }. Păstrați dovada depunerii: asociația va verifica împreună cu dumneavoastră ce vă permite să rămâneți în Franța cât timp cererea este examinată.
pdf-next-renewal-filed-early = Cererea dumneavoastră de reînnoire a fost depusă la { $date }, înainte de începutul perioadei prevăzute ({ $opens }). Asociația va verifica împreună cu dumneavoastră dacă trebuie depusă din nou în această perioadă.
pdf-next-renewal-unanswered = Cererea dumneavoastră de reînnoire a fost depusă la { $date }. Când prefectura nu răspunde în patru luni, cererea poate fi considerată respinsă: vorbiți cu asociația fără întârziere.
pdf-next-renewal-undated = Este înregistrată o cerere de reînnoire, fără datele ei. Aduceți la asociație actele acestei cereri (dovada depunerii, decizia): aceasta va verifica împreună cu dumneavoastră dacă cererea privește documentul dumneavoastră de ședere actual și ce vă permite să rămâneți în Franța.
pdf-next-renewal-refused = Cererea dumneavoastră de reînnoire a fost respinsă. Vorbiți imediat cu asociația: această decizie poate fi contestată, dar într-un termen limitat.
pdf-next-renewal-granted-on = Cererea dumneavoastră de reînnoire a fost aprobată la { $date }. Dacă nu aveți încă noua carte, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-renewal-granted = Cererea dumneavoastră de reînnoire a fost aprobată. Dacă nu aveți încă noua carte, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-aps-renewal-granted-on = Reînnoirea autorizației dumneavoastră provizorii de ședere a fost aprobată la { $date }. Dacă nu aveți încă noua autorizație, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-aps-renewal-granted = Reînnoirea autorizației dumneavoastră provizorii de ședere a fost aprobată. Dacă nu aveți încă noua autorizație, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Cererea dumneavoastră pentru o carte de ședere a fost aprobată la { $date }. Dacă nu aveți încă cartea, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-card-granted = Cererea dumneavoastră pentru o carte de ședere a fost aprobată. Dacă nu aveți încă cartea, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-resident-card-granted-on = Cererea dumneavoastră pentru o carte de rezident a fost aprobată la { $date }. Dacă nu aveți încă cartea, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-resident-card-granted = Cererea dumneavoastră pentru o carte de rezident a fost aprobată. Dacă nu aveți încă cartea, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-aps-granted-on = Cererea dumneavoastră pentru o autorizație provizorie de ședere a fost aprobată la { $date }. Dacă nu aveți încă autorizația, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-aps-granted = Cererea dumneavoastră pentru o autorizație provizorie de ședere a fost aprobată. Dacă nu aveți încă autorizația, o veți ridica de la prefectură când vi se va cere să veniți. Apoi arătați-o asociației.
pdf-next-aps-l425-4 = Autorizația provizorie de ședere este valabilă cel puțin 6 luni și vă permite să lucrați. Este reînnoită cât timp urmați programul de ieșire din prostituție.
pdf-next-anef = Cererea se depune online, pe site-ul ANEF (serviciul digital al administrației franceze pentru străini). Asociația o poate face împreună cu dumneavoastră. După depunere, primiți o dovadă a depunerii (attestation de dépôt): păstrați-o. Cartea o veți ridica de la prefectură când vi se va cere să veniți.
pdf-next-agreement-nationality = Cetățenia dumneavoastră: un acord între Franța și țara dumneavoastră (pentru Algeria, acordul din 27 decembrie 1968) se poate aplica cererii dumneavoastră în locul acestor reguli. Un jurist va verifica împreună cu dumneavoastră ce permis trebuie să solicitați.
pdf-next-minor-under-16 = Această carte de ședere nu vă poate fi eliberată înainte de a împlini 16 ani. Cât timp aveți mai puțin de 18 ani, nu aveți nevoie de un permis de ședere pentru a rămâne în Franța. Asociația vă va ajuta să vă pregătiți cererea la momentul potrivit.
pdf-next-not-eligible = Astăzi dosarul dumneavoastră nu îndeplinește toate condițiile acestei cereri. Vorbiți cu asociația: va vedea împreună cu dumneavoastră ce se poate face.
pdf-next-help = Păstrați o copie a fiecărui document și a fiecărei scrisori. Dacă aveți o întrebare sau vă lipsește un document, vorbiți cu asociația care vă sprijină.

## Key dates of the case

pdf-dates-title = Datele dumneavoastră
pdf-dates-none = Deocamdată nu este nicio dată de reținut.
pdf-dates-estimated = (*) Dată de verificat cu asociația: este estimată sau regula care o stabilește nu este încă confirmată.
pdf-date-reflection-period-end = { $date }: sfârșitul perioadei de reflecție
pdf-date-permit-expires = { $date }: documentul dumneavoastră de ședere expiră
pdf-date-recepisse-expires = { $date }: dovada dumneavoastră expiră
pdf-date-renewal-window-opens = { $date }: din această zi puteți cere reînnoirea
pdf-date-renewal-window-closes = { $date }: ultima zi pentru a cere reînnoirea la timp
pdf-date-document-expires = { $date }: sfârșitul valabilității – { $document }
pdf-date-document-fresh-until = { $date }: ultima zi în care acest document este suficient de recent pentru cerere – { $document }
pdf-date-planned-filing = { $date }: depunerea planificată a cererii
pdf-date-turns-18 = { $date }: împliniți 18 ani
pdf-date-majority-application-closes = { $date }: ultima zi pentru a cere permisul de ședere după ce împliniți 18 ani

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = O copie integrală, cu toate mențiunile, nu un extras.
pdf-note-domiciliation-accepted = Mai nouă de 6 luni în ziua cererii. Atestatul de domiciliere al asociației este în mod normal acceptat.
pdf-note-cerpr-required = Un nou contract semnat pentru fiecare cerere, inclusiv la reînnoire.
pdf-note-cerpr-optional-algerian = Pentru cetățenii algerieni, este posibil ca acest contract să nu fie obligatoriu: asociația verifică acest lucru. Până atunci, semnați-l.
pdf-note-e-photo-code = Codul e-photo este tipărit pe planșa foto făcută de un fotograf sau o cabină foto autorizată.
pdf-note-association-letter = Recomandată, nu obligatorie: o scrie asociația.
pdf-note-proceedings-ongoing-proof = De exemplu: un atestat de la procuror sau de la judecător, o citație la instanță, o scrisoare de la avocatul dumneavoastră.
pdf-note-final-conviction-proof = Un certificat că nu s-a făcut apel sau o copie a hotărârii definitive. Avocatul dumneavoastră vă poate ajuta să îl obțineți.
pdf-note-current-permit-regular-stay = Cartea, dovada sau atestatul de prelungire valabil în ziua cererii. Păstrați și documentul care era valabil în ziua în care condamnarea a rămas definitivă.
pdf-note-exit-programme-decision = Decizia prefectului care autorizează programul dumneavoastră de ieșire din prostituție; asociația o solicită.
pdf-note-identity-photo-reflection = O fotografie de identitate recentă, pentru dovada de 30 de zile.
pdf-note-confiscated = V-au luat documentul: spuneți-i asociației.
pdf-note-stateless = Nu aveți nicio cetățenie: asociația va vedea împreună cu dumneavoastră ce document înlocuiește pașaportul și documentele unui consulat.
pdf-note-confiscated-replaceable = V-au luat documentul: spuneți-i asociației. Un alt document poate fi acceptat în schimb.
pdf-note-confiscated-via = În schimb: { $document } (s-a cerut, se așteaptă răspunsul).
pdf-note-date-unknown = Data documentului nu a fost notată: arătați-l asociației, care va verifica dacă mai este valabil.
pdf-note-document-expired = Valabilitatea s-a încheiat la { $date }: arătați acest document asociației, care va verifica dacă mai este acceptat.
pdf-note-via-expired = Aveți în schimb: { $document }. Valabilitatea acestui document s-a încheiat la { $date }: asociația va verifica dacă mai este acceptat.
pdf-note-via = Aveți în schimb: { $document }.
pdf-note-via-stale = Aveți în schimb: { $document }. Data acestui document este prea veche: obțineți unul nou.
pdf-note-stale-at-filing = În ziua cererii, data documentului nu va mai fi suficient de recentă (este suficient de recentă până la { $date }): obțineți din nou acest document chiar înainte.
pdf-note-via-stale-at-filing = Aveți în schimb: { $document }. În ziua cererii, data acestui document nu va mai fi suficient de recentă (este suficient de recentă până la { $date }): obțineți din nou acest document chiar înainte.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Înmânat la { $date }
pdf-consent-choices = Alegerile dumneavoastră
pdf-consent-purpose-storage = Păstrarea dosarului
pdf-consent-purpose-prefecture = Trimiterea de informații la prefectură
pdf-consent-purpose-lawyer = Transmiterea dosarului unui avocat sau altei asociații
pdf-consent-given = Da, la { $date }
pdf-consent-given-undated = Da
pdf-consent-refused = Nu, la { $date }
pdf-consent-refused-undated = Nu
pdf-consent-withdrawn = Acord retras la { $date }
pdf-consent-withdrawn-undated = Acord retras
pdf-consent-not-asked = Încă nu a fost cerut
pdf-consent-unnamed-association = Asociația
pdf-consent-signature-person = Semnătura persoanei
pdf-consent-signature-worker = Semnătura persoanei care vă însoțește

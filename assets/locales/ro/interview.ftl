# Întrebările interviului pe care persoana le citește alături de textul francez. Vezi fr/interview.ftl.
# Aceiași identificatori și aceleași variabile în toate limbile; răspunsurile se păstrează ca coduri.
# Adresare cu « dumneavoastră ». Traducere de revizuit de un vorbitor nativ de limba română.

## Welcome and common answers
iv-welcome = Această discuție este confidențială. Puteți răspunde „nu știu”. Puteți cere o pauză în orice moment.
iv-worker-only = Această întrebare este pentru asistentul social.
iv-none = Niciunul
iv-opt-yes = Da
iv-opt-no = Nu
iv-opt-not-established = Nu știu

## Steps
iv-step-identity = Identitate și limbi
iv-step-situation = Situație
iv-step-cooperation = Plângere și procedură
iv-step-ties = Legături cu făptașii
iv-step-public-order = Evenimente din trecut
iv-step-permit = Documentul de ședere actual
iv-step-documents = Documente
iv-intro-ties = Aceste întrebări sunt puse pentru că legea le cere. Răspunsurile dumneavoastră rămân confidențiale.
iv-intro-public-order = Aceste întrebări ajută la pregătirea cererii. Ceea ce alte persoane v-au obligat să faceți poate fi explicat.
iv-intro-documents = Pentru fiecare document, spuneți dacă îl aveți.

## Identity and languages
iv-q-family-name = Care este numele dumneavoastră de familie?
iv-q-given-names = Care este prenumele dumneavoastră?
iv-q-aliases = Ați folosit alte nume sau acte pe un alt nume? (câte un nume pe rând)
iv-q-sex = Sunteți:
iv-opt-sex-f = femeie
iv-opt-sex-m = bărbat
iv-opt-sex-x = altceva
iv-q-birth-date = Care este data dumneavoastră de naștere?
iv-q-birth-place = Unde v-ați născut? (localitatea și țara)
iv-q-nationality = Ce cetățenie aveți?
iv-opt-nationality-stateless = apatrid(ă)
iv-q-other-nationalities = Mai aveți și o altă cetățenie? Care?
iv-q-languages = Ce limbi vorbiți?
iv-q-address-line = La ce adresă puteți primi corespondență? (strada sau „în grija” asociației)
iv-q-postcode = Codul poștal al acestei adrese
iv-q-commune = Localitatea acestei adrese
iv-q-city = Localitatea acestei adrese
iv-q-phone = La ce număr de telefon vă putem contacta? (apare în scrisoare; lăsați gol dacă preferați)

## Situation
iv-q-exit-programme = Ați fost { $sex ->
        [M] admis
        [F] admisă
       *[other] admis(ă)
    } într-un program de ieșire din prostituție?
iv-q-exit-programme-date = De când?
iv-q-domestic-violence = Suferiți violențe din partea unui soț, a unui partener sau a unui membru al familiei?
iv-q-protection-order = Un judecător a emis un ordin de protecție pentru dumneavoastră?
iv-q-protection-order-date = Data ordinului de protecție
iv-q-child-welfare = Un judecător v-a încredințat serviciului de protecție a copilului (ASE) sau unei persoane de încredere?
iv-q-child-welfare-date = De când?
iv-q-child-welfare-placement = Judecătorul a decis să vă încredințeze:
iv-opt-child-welfare-placement-ase = serviciului de protecție a copilului (ASE)
iv-opt-child-welfare-placement-trusted-third-party = unei persoane de încredere (tiers digne de confiance)
iv-q-work-or-training = Lucrați sau urmați o formare profesională, ori aveți acest plan?

## Complaint and proceedings
iv-q-complaint = Ați depus plângere la poliție sau la jandarmerie?
iv-q-complaint-date = Data plângerii
iv-q-complaint-service = Unde ați depus-o? (secția de poliție, jandarmeria)
iv-q-testimony = Ați depus mărturie într-o procedură penală împotriva persoanelor care v-au exploatat?
iv-q-testimony-date = Data mărturiei
iv-q-testimony-service = În fața cărui serviciu sau a cărei instanțe?
iv-q-reflection-recepisse = Prefectura v-a dat o dovadă (récépissé) pentru o perioadă de reflecție de 30 de zile?
iv-q-reflection-date = Data la care ați primit această dovadă

## Ties with the perpetrators
iv-q-ties-broken = Ați întrerupt orice legătură cu persoanele care v-au exploatat?

## Past events
iv-q-false-documents = Ați folosit vreodată acte false sau actele altei persoane?
iv-q-removal-order = Ați primit vreodată o obligație de a părăsi teritoriul francez (OQTF) fără să părăsiți Franța după aceea?

## Current residence document
iv-q-permit-kind = Ce document de ședere aveți astăzi?
iv-opt-permit-kind-none = niciunul
iv-opt-permit-kind-recepisse-reflection = dovadă pentru perioada de reflecție (30 de zile)
iv-opt-permit-kind-recepisse-application = dovadă de depunere a unei cereri de ședere
iv-opt-permit-kind-cst-vpf-l425-1 = carte de ședere temporară „viață privată și de familie” (victimă)
iv-opt-permit-kind-aps-l425-4 = autorizație provizorie de ședere (program de ieșire din prostituție)
iv-opt-permit-kind-carte-resident-l425-3 = carte de rezident (10 ani)
iv-opt-permit-kind-temporary-protection = autorizație provizorie de ședere „protecție temporară” (de exemplu, persoanele strămutate din Ucraina)
iv-opt-permit-kind-asylum-application = atestat de cerere de azil
iv-opt-permit-kind-other = alt document
iv-q-permit-issued = Data eliberării acestui document
iv-q-permit-expires = Data la care expiră acest document
iv-q-permit-renewals = De câte ori a fost deja reînnoită această carte?
iv-q-renewal-filed-on = Data depunerii cererii de reînnoire
iv-opt-renewal-filed-on-not-filed = încă nedepusă

## Documents
iv-opt-document-status-have = îl am
iv-opt-document-status-missing = nu îl am
iv-opt-document-status-requested = cerut, în așteptare
iv-opt-document-status-confiscated = luat de făptași
iv-q-document-date = { $document }: data eliberării
iv-q-document-number = { $document }: numărul
iv-q-document-expires = { $document }: data expirării (valabil până la)

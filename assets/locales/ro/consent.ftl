# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Informațiile dumneavoastră și acordul dumneavoastră
consent-notice-intro = { $association } vă ajută în demersurile dumneavoastră. Pentru aceasta, notăm informații despre dumneavoastră: cine sunteți, situația dumneavoastră și documentele din dosar. Puteți spune da sau nu pentru fiecare utilizare de mai jos. Dacă spuneți nu, ajutorul pe care vi-l dăm nu se schimbă cu nimic.
consent-notice-storage = Păstrarea dosarului: informațiile dumneavoastră sunt păstrate, criptate, pe calculatorul asociației. Le pot citi doar membrii echipei care vă ajută.
consent-notice-prefecture = Trimiterea de informații la prefectură: doar ceea ce este necesar pentru cererea de permis de ședere și doar dacă sunteți de acord.
consent-notice-lawyer = Transmiterea dosarului unui avocat sau altei asociații: doar dacă o cereți sau sunteți de acord.
consent-notice-rights = Puteți cere oricând să vedeți informațiile dumneavoastră, să le corectați sau să le ștergeți.
consent-notice-withdraw = Vă puteți retrage acordul oricând doriți, spunându-i pur și simplu persoanei care vă ajută. Dacă vă retrageți acordul pentru păstrarea dosarului, acesta va fi șters.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } vă ajută în demersurile dumneavoastră. Pentru aceasta, notăm informații despre dumneavoastră: cine sunteți, situația dumneavoastră și documentele din dosar. Puteți spune da sau nu pentru fiecare utilizare de mai jos. Dacă spuneți nu, ajutorul pe care vi-l dăm nu se schimbă cu nimic.
consent-notice-prefecture-2 = Trimiterea de informații la prefectură: doar ceea ce este necesar pentru cererea de permis de ședere și doar dacă sunteți de acord.
consent-notice-lawyer-2 = Transmiterea dosarului unui avocat sau altei asociații: doar dacă o cereți sau sunteți de acord.
consent-notice-rights-2 = Puteți cere oricând să vedeți informațiile dumneavoastră, să le corectați sau să le ștergeți.

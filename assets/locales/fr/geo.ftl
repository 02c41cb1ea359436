# Prefecture finder (core::geo): office kinds, notes, the CESEDA exception, attribution.
# Ids match core::geo (OfficeKind::message_id, Office::note_ids, NotApplicable::MESSAGE_ID,
# ATTRIBUTION_MESSAGE_IDS). Dates arrive formatted by Rust.

## Office kinds

geo-office-kind-prefecture = Préfecture
geo-office-kind-sous-prefecture = Sous-préfecture
geo-office-kind-prefecture-de-police = Préfecture de police
geo-office-kind-representation-etat = Représentation de l’État

## Flags and notes shown beside an office

geo-to-verify = À vérifier
geo-data-date = Données du { $date }
geo-note-address-dated = Adresse tirée de l’annuaire de l’administration de 2022 : vérifiez-la sur le site de la préfecture avant l’envoi.
geo-note-address-missing = Adresse postale inconnue : seule la commune est indiquée. Cherchez l’adresse sur le site de la préfecture.
geo-note-default-site = Cette commune dépend d’une sous-préfecture. Aucune source ne dit si celle-ci reçoit les demandes de titre de séjour : la préfecture est indiquée par défaut. À vérifier.
geo-note-curated-site = Lieu compétent relevé à la main dans une source datée (voir la source) : à vérifier.
geo-note-mayotte = Le CESEDA prévoit des règles propres à Mayotte : faites relire le dossier par un ou une juriste.

## Territories where the CESEDA does not apply

geo-ceseda-not-applicable = Le CESEDA ne s’applique pas { $territory ->
        [wallis-et-futuna] à Wallis-et-Futuna
        [polynesie-francaise] en Polynésie française
       *[nouvelle-caledonie] en Nouvelle-Calédonie
    } : l’entrée et le séjour des étrangers y relèvent d’une ordonnance propre. Aucune préfecture n’est indiquée. Faites vérifier par un ou une juriste.

## Attribution (About screen)

geo-attribution-cog = Communes, codes postaux, départements et arrondissements : Etalab / data.gouv.fr, paquet @etalab/decoupage-administratif 6.0.0 (Code officiel géographique { $cogVintage } de l’Insee, base officielle des codes postaux de La Poste), sous Licence Ouverte.
geo-attribution-dila = Adresses des préfectures et sous-préfectures : Service-Public.gouv.fr / DILA, « Annuaire de l’administration – base de données locales », fichier 2022-10-28_003346-data.gouv_local.json du { $annuaireDate }, sous Licence Ouverte v2.0.
geo-attribution-curated = Préfecture de police, représentations de l’État outre-mer et sous-préfectures compétentes : relevées à la main par le projet Passerelle, avec leurs sources et leurs dates ; à vérifier.

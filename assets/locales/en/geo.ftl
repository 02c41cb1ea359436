# Prefecture finder (core::geo): office kinds, notes, the CESEDA exception, attribution.
# Ids match core::geo (OfficeKind::message_id, Office::note_ids, NotApplicable::MESSAGE_ID,
# ATTRIBUTION_MESSAGE_IDS). Dates arrive formatted by Rust.

## Office kinds

geo-office-kind-prefecture = Prefecture
geo-office-kind-sous-prefecture = Sub-prefecture
geo-office-kind-prefecture-de-police = Préfecture de police (Paris)
geo-office-kind-representation-etat = Representation of the State

## Flags and notes shown beside an office

geo-to-verify = To verify
geo-data-date = Data of { $date }
geo-note-address-dated = Address taken from the 2022 government directory: check it on the prefecture’s website before sending.
geo-note-address-missing = Postal address unknown: only the town is given. Look the address up on the prefecture’s website.
geo-note-default-site = This commune belongs to a sub-prefecture’s area. No source says whether that sub-prefecture takes residence-permit applications, so the prefecture is given by default. To verify.
geo-note-curated-site = Competent office noted by hand from a dated source (see the source): to verify.
geo-note-mayotte = The CESEDA has rules specific to Mayotte: have a legal adviser review the case.

## Territories where the CESEDA does not apply

geo-ceseda-not-applicable = The CESEDA does not apply { $territory ->
        [wallis-et-futuna] in Wallis and Futuna
        [polynesie-francaise] in French Polynesia
       *[nouvelle-caledonie] in New Caledonia
    }: entry and residence of foreigners there fall under a separate ordinance. No prefecture is given. Have a legal adviser check.

## Attribution (About screen)

geo-attribution-cog = Communes, postcodes, départements and arrondissements: Etalab / data.gouv.fr, package @etalab/decoupage-administratif 6.0.0 (INSEE Code officiel géographique { $cogVintage }, La Poste base officielle des codes postaux), under the Licence Ouverte.
geo-attribution-dila = Prefecture and sub-prefecture addresses: Service-Public.gouv.fr / DILA, “Annuaire de l’administration – base de données locales”, file 2022-10-28_003346-data.gouv_local.json of { $annuaireDate }, under the Licence Ouverte v2.0.
geo-attribution-curated = Préfecture de police, overseas representations of the State and competent sub-prefectures: noted by hand by the Passerelle project, with their sources and dates; to verify.

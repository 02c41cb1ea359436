# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = Su información y su consentimiento
consent-notice-intro = { $association } le acompaña en sus trámites. Para ello, anotamos información sobre usted: su identidad, su situación y los documentos de su expediente. Puede decir sí o no a cada uno de los usos que se indican abajo. Si dice que no, eso no cambia en nada la ayuda que le damos.
consent-notice-storage = Guardar su expediente: su información se guarda, cifrada, en la computadora de la asociación. Solo las personas del equipo que le acompañan pueden leerla.
consent-notice-prefecture = Enviar información a la prefectura: solo lo necesario para su solicitud de permiso de residencia, y solo cuando usted esté de acuerdo.
consent-notice-lawyer = Transmitir su expediente a un abogado o a otra asociación: solo si usted lo pide o lo acepta.
consent-notice-rights = Puede pedir en cualquier momento ver su información, corregirla o borrarla.
consent-notice-withdraw = Puede retirar su consentimiento cuando quiera, simplemente diciéndoselo a la persona que le acompaña. Si retira su consentimiento para guardar su expediente, este se borrará.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } le acompaña en sus trámites. Para ello, anotamos información sobre usted: su identidad, su situación y los documentos de su expediente. Puede decir sí o no a cada uno de los usos que se indican abajo. Si dice que no, eso no cambia en nada la ayuda que le damos.
consent-notice-prefecture-2 = Enviar información a la prefectura: solo lo necesario para su solicitud de permiso de residencia, y solo cuando usted esté de acuerdo.
consent-notice-lawyer-2 = Transmitir su expediente a un abogado o a otra asociación: solo si usted lo pide o lo acepta.
consent-notice-rights-2 = Puede pedir en cualquier momento ver su información, corregirla o borrarla.

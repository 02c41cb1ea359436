# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Spanish (neutral, formal « usted »). To be reviewed by a native speaker.

pdf-page = Página { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Copia íntegra del acta de nacimiento
pdf-doc-passport = Pasaporte
pdf-doc-id-card = Documento nacional de identidad
pdf-doc-consular-certificate = Certificado consular con fotografía
pdf-doc-consular-card = Tarjeta consular con fotografía
pdf-doc-nationality-certificate = Certificado de nacionalidad con fotografía
pdf-doc-proof-of-address = Justificante de domicilio
pdf-doc-complaint-receipt = Resguardo de la denuncia presentada a la policía
pdf-doc-procedure-reference = Referencia del procedimiento penal
pdf-doc-cerpr = Contrato de compromiso de respetar los principios de la República (CERPR), firmado
pdf-doc-e-photo = Hoja de fotos con código e-photo
pdf-doc-identity-photo = Foto de identidad (en papel; no hace falta código e-photo)
pdf-doc-current-permit = Permiso de residencia vigente
pdf-doc-proceedings-ongoing-proof = Justificante de que el procedimiento penal sigue en curso
pdf-doc-final-conviction-proof = Justificante de que la condena es firme
pdf-doc-association-letter = Carta de apoyo de la asociación
pdf-doc-exit-programme-decision = Decisión de admisión en el programa de salida de la prostitución

## Where an item stands

pdf-status-ok = Ya tiene el documento
pdf-status-missing = Por conseguir
pdf-status-stateless = Por ver con la asociación
pdf-status-expired = Fecha demasiado antigua: pida un documento nuevo
pdf-status-expired-at-filing = Pida un documento nuevo justo antes de la solicitud
pdf-status-expired-to-check = Fecha quizá demasiado antigua: la asociación lo comprobará
pdf-status-permit-ended = Ya no es válido: hay que renovarlo
pdf-status-permit-ended-renewal-filed = Ya no es válido: renovación solicitada
pdf-status-permit-ended-renewal-refused = Ya no es válido: renovación denegada
pdf-status-permit-ended-renewal-granted = Ya no es válido: renovación concedida
pdf-status-permit-ended-renewal-undated = Ya no es válido: renovación por comprobar con la asociación
pdf-status-permit-ended-see-association = Ya no es válido: hay que verlo con la asociación
pdf-status-date-unknown = Falta anotar la fecha
pdf-status-requested = Documento pedido, en espera
pdf-status-satisfied-by-alternative = Otro documento aceptado ocupa su lugar
pdf-status-replaced-to-check = Otro documento puede ocupar su lugar: la asociación lo comprobará
pdf-status-confiscated = En manos de los autores

## Checklist

pdf-checklist-title = Documentos para su solicitud
pdf-checklist-issued = Lista hecha el { $date }
pdf-checklist-intro = Una casilla por documento. Marque la casilla cuando tenga el documento. Guarde siempre los originales: le pedirán copias o archivos escaneados.
pdf-checklist-intro-none = Por ahora no hay ningún documento que reunir para este trámite.
pdf-checklist-practice = Ningún texto fija la lista de documentos de esta solicitud: esta sigue la práctica de las prefecturas y la asociación la revisará con usted. La prefectura puede pedir otros.
pdf-checklist-alternatives = Se acepta en su lugar: { $documents }
pdf-route-reflection-period = Plazo de reflexión de 30 días (CESEDA, artículos R. 425-1 y R. 425-2)
pdf-route-cst-l425-1 = Primera tarjeta de residencia «vida privada y familiar» (CESEDA, artículo L. 425-1)
pdf-route-cst-l425-1-renewal = Renovación de la tarjeta de residencia «vida privada y familiar» (CESEDA, artículo L. 425-1)
pdf-route-carte-resident-l425-3 = Tarjeta de residente de 10 años (CESEDA, artículo L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Renovación de la tarjeta de residente (CESEDA, artículo L. 425-3)
pdf-route-aps-l425-4 = Autorización provisional de residencia (CESEDA, artículo L. 425-4)

## What happens next

pdf-next-title = ¿Y después?
pdf-next-reflection = Durante el plazo de reflexión (30 días desde el día en que recibe el resguardo), tiene derecho a trabajar y nadie puede obligarle a salir de Francia. También puede tener alojamiento, cobertura sanitaria, una ayuda económica, acompañamiento social, ayuda jurídica y, si está en peligro, la protección de la policía.
pdf-next-reflection-under-16 = Durante el plazo de reflexión (30 días desde el día en que recibe el resguardo), nadie puede obligarle a salir de Francia. También puede tener alojamiento, cobertura sanitaria, una ayuda económica, acompañamiento social, ayuda jurídica y, si está en peligro, la protección de la policía.
pdf-next-reflection-decide = Puede usar este tiempo para decidir si presenta una denuncia o si declara como testigo.
pdf-next-reflection-period = Si presenta una denuncia o declara como testigo, podrá solicitar una tarjeta de residencia de un año que le permite trabajar. La asociación puede ayudarle a preparar la solicitud.
pdf-next-reflection-period-under-16 = Si presenta una denuncia o declara como testigo, podrá solicitar, a partir de los 16 años, una tarjeta de residencia de un año. La asociación puede ayudarle a preparar la solicitud.
pdf-next-cst-l425-1 = Después de presentar la solicitud, pida a la prefectura el documento que demuestra que puede quedarse en Francia mientras se examina su solicitud (a menudo un resguardo, llamado récépissé): lo que le permite hacer, en particular trabajar, depende de ese documento, y la asociación lo comprobará con usted. La tarjeta de residencia dura un año, le permite trabajar y es gratuita. Puede renovarse mientras continúe el procedimiento penal.
pdf-next-cst-l425-1-renewal = Pida la renovación entre 120 y 60 días antes de que termine su tarjeta. Si la pide a tiempo y no se ha tomado la decisión cuando termine su tarjeta, recibirá un certificado de prórroga de la instrucción (attestation de prolongation de l’instruction) que le permite quedarse en Francia y trabajar hasta la decisión.
pdf-next-carte-resident-l425-3 = La tarjeta de residente dura 10 años. Presente la solicitud antes de que termine su permiso de residencia actual: la prefectura comprueba que su estancia en Francia es legal.
pdf-next-carte-resident-l425-3-ended = La tarjeta de residente dura 10 años. Su permiso de residencia actual terminó el { $date }, y la prefectura comprueba que su estancia en Francia es legal: hable enseguida con la asociación.
pdf-next-carte-resident-l425-3-ended-undated = La tarjeta de residente dura 10 años. Su permiso de residencia actual ha terminado, y la prefectura comprueba que su estancia en Francia es legal: hable enseguida con la asociación.
pdf-next-carte-resident-l425-3-renewal = Pida la renovación de su tarjeta de residente entre 120 y 60 días antes de que termine. Para renovarla, la prefectura comprueba que usted vive en Francia: en principio, al menos 6 meses al año. Guarde pruebas de su vida en Francia y diga a la asociación si ha pasado largas temporadas en el extranjero.
pdf-next-renewal-window-to-check = Estas fechas hay que comprobarlas con la asociación: la norma que las fija para su tarjeta está aún por confirmar.
pdf-next-renewal-late = El plazo para pedir la renovación a tiempo terminó el { $date }. Presente su solicitud enseguida, con la asociación. Presentada con retraso, puede que ya no le dé derecho al certificado que le permite quedarse en Francia y trabajar durante el examen.
pdf-next-renewal-filed-late = Su solicitud de renovación se presentó después del fin del plazo previsto ({ $date }): puede que no le corresponda el certificado que le permite quedarse en Francia y trabajar durante el examen. Guarde el justificante y hable con la asociación.
pdf-next-renewal-filed-in-time = Su solicitud de renovación se presentó el { $date }, dentro del plazo previsto. Si no se ha tomado una decisión cuando termine su tarjeta, recibirá un certificado de prórroga de la instrucción (attestation de prolongation de l’instruction), que le permite quedarse en Francia y trabajar mientras se examina su solicitud: guárdelo con su tarjeta y el justificante de la solicitud. Si no lo ha recibido, hable con la asociación.
pdf-next-renewal-filed = Su solicitud de renovación se presentó el { $date }. Guarde el justificante de la solicitud: la asociación comprobará con usted qué le permite quedarse en Francia mientras se examina su solicitud.
pdf-next-renewal-filed-early = Su solicitud de renovación se presentó el { $date }, antes del comienzo del plazo previsto ({ $opens }). La asociación comprobará con usted si hay que presentarla de nuevo durante ese plazo.
pdf-next-renewal-unanswered = Su solicitud de renovación se presentó el { $date }. Cuando la prefectura no responde en cuatro meses, la solicitud puede considerarse denegada: hable con la asociación sin esperar.
pdf-next-renewal-undated = Consta una solicitud de renovación, sin sus fechas. Lleve a la asociación los papeles de esta solicitud (justificante de presentación, decisión): comprobará con usted si corresponde a su documento de residencia actual y qué le permite quedarse en Francia.
pdf-next-renewal-refused = Su solicitud de renovación fue denegada. Hable enseguida con la asociación: esta decisión se puede recurrir, pero en un plazo limitado.
pdf-next-renewal-granted-on = Su solicitud de renovación fue aceptada el { $date }. Si todavía no tiene su nueva tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-renewal-granted = Su solicitud de renovación fue aceptada. Si todavía no tiene su nueva tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-aps-renewal-granted-on = La renovación de su autorización provisional de residencia fue aceptada el { $date }. Si todavía no tiene la nueva autorización, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-aps-renewal-granted = La renovación de su autorización provisional de residencia fue aceptada. Si todavía no tiene la nueva autorización, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = Su solicitud de tarjeta de residencia fue aceptada el { $date }. Si todavía no tiene su tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-card-granted = Su solicitud de tarjeta de residencia fue aceptada. Si todavía no tiene su tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-resident-card-granted-on = Su solicitud de tarjeta de residente fue aceptada el { $date }. Si todavía no tiene su tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-resident-card-granted = Su solicitud de tarjeta de residente fue aceptada. Si todavía no tiene su tarjeta, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-aps-granted-on = Su solicitud de autorización provisional de residencia fue aceptada el { $date }. Si todavía no tiene la autorización, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-aps-granted = Su solicitud de autorización provisional de residencia fue aceptada. Si todavía no tiene la autorización, la recogerá en la prefectura cuando la prefectura se lo indique. Después, muéstrela a la asociación.
pdf-next-aps-l425-4 = La autorización provisional de residencia dura al menos 6 meses y le permite trabajar. Se renueva mientras siga el programa de salida de la prostitución.
pdf-next-anef = La solicitud se hace por internet, en el sitio de la ANEF (el servicio digital de la administración francesa para las personas extranjeras). La asociación puede hacerla con usted. Después de presentarla, recibirá un justificante de presentación (attestation de dépôt): guárdelo. Recogerá su tarjeta en la prefectura cuando la prefectura se lo indique.
pdf-next-agreement-nationality = Su nacionalidad: un acuerdo entre Francia y su país (para Argelia, el acuerdo del 27 de diciembre de 1968) puede aplicarse a su solicitud en lugar de estas normas. Un jurista comprobará con usted qué permiso debe solicitar.
pdf-next-minor-under-16 = Esta tarjeta no se le puede expedir antes de que cumpla 16 años. Mientras tenga menos de 18 años, no necesita un permiso de residencia para quedarse en Francia. La asociación le ayudará a preparar su solicitud en el momento adecuado.
pdf-next-not-eligible = Hoy su expediente no cumple todas las condiciones de esta solicitud. Hable con la asociación: verá con usted lo que se puede hacer.
pdf-next-help = Guarde una copia de cada documento y de cada carta. Si tiene una pregunta o le falta un documento, hable con la asociación que le acompaña.

## Key dates of the case

pdf-dates-title = Sus fechas
pdf-dates-none = Por ahora no hay ninguna fecha que recordar.
pdf-dates-estimated = (*) Fecha por comprobar con la asociación: es una fecha estimada, o la norma que la fija está aún por confirmar.
pdf-date-reflection-period-end = { $date }: fin del plazo de reflexión
pdf-date-permit-expires = { $date }: fin de la validez de su documento de residencia
pdf-date-recepisse-expires = { $date }: fin de la validez de su resguardo
pdf-date-renewal-window-opens = { $date }: a partir de este día, puede pedir la renovación
pdf-date-renewal-window-closes = { $date }: último día para pedir la renovación a tiempo
pdf-date-document-expires = { $date }: fin de la validez – { $document }
pdf-date-document-fresh-until = { $date }: último día en que este documento es lo bastante reciente para la solicitud – { $document }
pdf-date-planned-filing = { $date }: presentación prevista de su solicitud
pdf-date-turns-18 = { $date }: cumple 18 años
pdf-date-majority-application-closes = { $date }: último día para pedir su permiso de residencia después de cumplir 18 años

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Copia literal completa, con todas las anotaciones: no un simple extracto.
pdf-note-domiciliation-accepted = De menos de 6 meses el día de la solicitud. El certificado de domiciliación de la asociación se acepta normalmente.
pdf-note-cerpr-required = Un nuevo contrato firmado en cada solicitud, también para renovar.
pdf-note-cerpr-optional-algerian = Para las personas de nacionalidad argelina, puede que este contrato no sea obligatorio: la asociación lo está comprobando. Mientras tanto, fírmelo.
pdf-note-e-photo-code = El código e-photo está impreso en la hoja de fotos hecha por un fotógrafo o una cabina autorizados.
pdf-note-association-letter = Recomendada, no obligatoria: la redacta la asociación.
pdf-note-proceedings-ongoing-proof = Por ejemplo: certificado de la fiscalía o del juez, citación del tribunal, carta de su abogado.
pdf-note-final-conviction-proof = Certificado de que no hubo recurso, o copia de la sentencia firme. Su abogado puede ayudarle a obtenerlo.
pdf-note-current-permit-regular-stay = La tarjeta, el resguardo o el certificado de prórroga válido el día de la solicitud. Conserve también el que era válido el día en que la condena se hizo firme.
pdf-note-exit-programme-decision = La decisión del prefecto que autoriza su programa de salida de la prostitución; la asociación la solicita.
pdf-note-identity-photo-reflection = Una foto de identidad reciente, para el resguardo de 30 días.
pdf-note-confiscated = Le quitaron el documento: dígaselo a la asociación.
pdf-note-stateless = Usted no tiene nacionalidad: la asociación verá con usted qué documento sustituye al pasaporte y a los documentos de un consulado.
pdf-note-confiscated-replaceable = Le quitaron el documento: dígaselo a la asociación. Se puede aceptar otro documento en su lugar.
pdf-note-confiscated-via = En su lugar: { $document } (solicitud en curso).
pdf-note-date-unknown = No se anotó la fecha del documento: enséñelo a la asociación, que comprobará si sigue siendo válido.
pdf-note-document-expired = La validez de este documento terminó el { $date }: enséñelo a la asociación, que comprobará si sigue siendo aceptado.
pdf-note-via-expired = En su lugar, usted tiene: { $document }. La validez de este documento terminó el { $date }: la asociación comprobará si sigue siendo aceptado.
pdf-note-via = En su lugar, usted tiene: { $document }.
pdf-note-via-stale = En su lugar, usted tiene: { $document }. La fecha de este documento es demasiado antigua: pida uno nuevo.
pdf-note-stale-at-filing = La fecha del documento ya no será suficientemente reciente el día de la solicitud (lo es hasta el { $date }): pida este documento de nuevo justo antes.
pdf-note-via-stale-at-filing = En su lugar, usted tiene: { $document }. La fecha de este documento ya no será suficientemente reciente el día de la solicitud (lo es hasta el { $date }): pida este documento de nuevo justo antes.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Documento entregado el { $date }
pdf-consent-choices = Sus decisiones
pdf-consent-purpose-storage = Guardar su expediente
pdf-consent-purpose-prefecture = Enviar información a la prefectura
pdf-consent-purpose-lawyer = Transmitir su expediente a un abogado o a otra asociación
pdf-consent-given = Sí, el { $date }
pdf-consent-given-undated = Sí
pdf-consent-refused = No, el { $date }
pdf-consent-refused-undated = No
pdf-consent-withdrawn = Consentimiento retirado el { $date }
pdf-consent-withdrawn-undated = Consentimiento retirado
pdf-consent-not-asked = Todavía no se ha preguntado
pdf-consent-unnamed-association = La asociación
pdf-consent-signature-person = Firma de la persona
pdf-consent-signature-worker = Firma de la persona que le acompaña

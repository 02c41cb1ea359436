# Preguntas de la entrevista que la persona lee junto al francés. Véase fr/interview.ftl.
# Mismos identificadores y variables en todos los idiomas; las respuestas se guardan como códigos.
# Trato de « usted ». Traducción pendiente de revisión por una persona hispanohablante nativa.

## Welcome and common answers
iv-welcome = Esta conversación es confidencial. Puede responder «no lo sé». Puede pedir una pausa en cualquier momento.
iv-worker-only = Esta pregunta es para la trabajadora o el trabajador social.
iv-none = Ninguno
iv-opt-yes = Sí
iv-opt-no = No
iv-opt-not-established = No lo sé

## Steps
iv-step-identity = Identidad e idiomas
iv-step-situation = Situación
iv-step-cooperation = Denuncia y procedimiento
iv-step-ties = Vínculos con los autores
iv-step-public-order = Hechos pasados
iv-step-permit = Documento de residencia actual
iv-step-documents = Documentos
iv-intro-ties = Estas preguntas se hacen porque la ley las exige. Sus respuestas son confidenciales.
iv-intro-public-order = Estas preguntas ayudan a preparar su solicitud. Lo que otras personas le obligaron a hacer se puede explicar.
iv-intro-documents = Para cada documento, diga si lo tiene.

## Identity and languages
iv-q-family-name = ¿Cuál es su apellido?
iv-q-given-names = ¿Cuáles son sus nombres de pila?
iv-q-aliases = ¿Ha usado otros nombres, o documentos a nombre de otra persona? (un nombre por línea)
iv-q-sex = Usted es:
iv-opt-sex-f = mujer
iv-opt-sex-m = hombre
iv-opt-sex-x = otro
iv-q-birth-date = ¿Cuál es su fecha de nacimiento?
iv-q-birth-place = ¿Dónde nació? (ciudad y país)
iv-q-nationality = ¿Cuál es su nacionalidad?
iv-opt-nationality-stateless = apátrida
iv-q-other-nationalities = ¿Tiene también otra nacionalidad? ¿Cuál o cuáles?
iv-q-languages = ¿Qué idiomas habla?
iv-q-address-line = ¿En qué dirección puede recibir correo? (calle, o «a cargo de» la asociación)
iv-q-postcode = Código postal de esta dirección
iv-q-commune = Municipio de esta dirección
iv-q-city = Ciudad de esta dirección
iv-q-phone = ¿En qué número de teléfono se le puede localizar? (se imprime en la carta; déjelo vacío si lo prefiere)

## Situation
iv-q-exit-programme = ¿Ha sido admitida o admitido en un programa de salida de la prostitución?
iv-q-exit-programme-date = ¿Desde qué fecha?
iv-q-domestic-violence = ¿Su cónyuge, su pareja o un miembro de su familia le agrede o le amenaza?
iv-q-protection-order = ¿Un juez ha dictado una orden de protección para usted?
iv-q-protection-order-date = Fecha de la orden de protección
iv-q-child-welfare = ¿Un juez le ha confiado a la protección de menores (ASE) o a una persona de confianza?
iv-q-child-welfare-date = ¿Desde qué fecha?
iv-q-child-welfare-placement = El juez decidió confiarle a:
iv-opt-child-welfare-placement-ase = la protección de menores (ASE)
iv-opt-child-welfare-placement-trusted-third-party = una persona de confianza
iv-q-work-or-training = ¿Trabaja o sigue una formación profesional, o tiene ese proyecto?

## Complaint and proceedings
iv-q-complaint = ¿Ha presentado una denuncia ante la policía o la gendarmería?
iv-q-complaint-date = Fecha de la denuncia
iv-q-complaint-service = ¿Dónde presentó la denuncia? (comisaría, gendarmería)
iv-q-testimony = ¿Ha declarado como testigo en un procedimiento penal contra las personas que le explotaron?
iv-q-testimony-date = Fecha de la declaración
iv-q-testimony-service = ¿Ante qué servicio o tribunal?
iv-q-reflection-recepisse = ¿La prefectura le entregó un resguardo (récépissé) para un periodo de reflexión de 30 días?
iv-q-reflection-date = Fecha en que recibió ese resguardo

## Ties with the perpetrators
iv-q-ties-broken = ¿Ha cortado todo contacto con las personas que le explotaron?

## Past events
iv-q-false-documents = ¿Ha usado alguna vez documentos falsos, o los documentos de otra persona?
iv-q-removal-order = ¿Ha recibido alguna vez una orden de salir del territorio francés (OQTF) sin salir de Francia después?

## Current residence document
iv-q-permit-kind = ¿Qué documento de residencia tiene hoy?
iv-opt-permit-kind-none = ninguno
iv-opt-permit-kind-recepisse-reflection = resguardo del periodo de reflexión (30 días)
iv-opt-permit-kind-recepisse-application = resguardo de solicitud de permiso de residencia
iv-opt-permit-kind-cst-vpf-l425-1 = tarjeta de residencia temporal «vida privada y familiar» (víctima)
iv-opt-permit-kind-aps-l425-4 = autorización provisional de residencia (programa de salida de la prostitución)
iv-opt-permit-kind-carte-resident-l425-3 = tarjeta de residente (10 años)
iv-opt-permit-kind-temporary-protection = autorización provisional de residencia de «protección temporal» (por ejemplo, personas desplazadas de Ucrania)
iv-opt-permit-kind-asylum-application = certificado de solicitud de asilo
iv-opt-permit-kind-other = otro documento
iv-q-permit-issued = Fecha de expedición de este documento
iv-q-permit-expires = Fecha de caducidad de este documento
iv-q-permit-renewals = ¿Cuántas veces se ha renovado ya esta tarjeta?
iv-q-renewal-filed-on = Fecha en que se presentó la solicitud de renovación
iv-opt-renewal-filed-on-not-filed = todavía no presentada

## Documents
iv-opt-document-status-have = lo tengo
iv-opt-document-status-missing = no lo tengo
iv-opt-document-status-requested = pedido, en espera
iv-opt-document-status-confiscated = me lo quitaron los autores
iv-q-document-date = { $document }: fecha de expedición
iv-q-document-number = { $document }: número
iv-q-document-expires = { $document }: fecha de caducidad (válido hasta)

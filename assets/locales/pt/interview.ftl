# Perguntas da entrevista que a pessoa lê ao lado do francês. Ver fr/interview.ftl.
# Mesmos identificadores e variáveis em todas as línguas; as respostas são guardadas como códigos.
# Tratamento por « você », compreensível em Portugal, no Brasil e nos PALOP.
# Tradução a rever por um falante nativo de português.

## Welcome and common answers
iv-welcome = Esta conversa é confidencial. Pode responder «não sei». Pode pedir uma pausa a qualquer momento.
iv-worker-only = Esta pergunta é para a assistente ou o assistente social.
iv-none = Nenhum
iv-opt-yes = Sim
iv-opt-no = Não
iv-opt-not-established = Não sei

## Steps
iv-step-identity = Identidade e línguas
iv-step-situation = Situação
iv-step-cooperation = Queixa e processo
iv-step-ties = Laços com os autores
iv-step-public-order = Acontecimentos passados
iv-step-permit = Documento de residência atual
iv-step-documents = Documentos
iv-intro-ties = Estas perguntas são feitas porque a lei as exige. As suas respostas são confidenciais.
iv-intro-public-order = Estas perguntas ajudam a preparar o seu pedido. O que outras pessoas o/a obrigaram a fazer pode ser explicado.
iv-intro-documents = Para cada documento, diga se o tem.

## Identity and languages
iv-q-family-name = Qual é o seu apelido (sobrenome)?
iv-q-given-names = Quais são os seus nomes próprios?
iv-q-aliases = Já usou outros nomes, ou documentos em nome de outra pessoa? (um nome por linha)
iv-q-sex = Você é:
iv-opt-sex-f = mulher
iv-opt-sex-m = homem
iv-opt-sex-x = outro
iv-q-birth-date = Qual é a sua data de nascimento?
iv-q-birth-place = Onde nasceu? (cidade e país)
iv-q-nationality = Qual é a sua nacionalidade?
iv-opt-nationality-stateless = apátrida
iv-q-other-nationalities = Tem também outra nacionalidade? Qual ou quais?
iv-q-languages = Que línguas fala?
iv-q-address-line = Em que morada pode receber correio? (rua, ou «ao cuidado de» a associação)
iv-q-postcode = Código postal desta morada
iv-q-commune = Município desta morada
iv-q-city = Cidade desta morada
iv-q-phone = Em que número de telefone podemos contactá-lo/a? (impresso na carta; deixe vazio se preferir)

## Situation
iv-q-exit-programme = Foi admitida ou admitido num programa de saída da prostituição?
iv-q-exit-programme-date = Desde que data?
iv-q-domestic-violence = Sofre agressões ou ameaças do seu cônjuge, do seu companheiro ou de um membro da sua família?
iv-q-protection-order = Um juiz emitiu uma medida de proteção para si?
iv-q-protection-order-date = Data da medida de proteção
iv-q-child-welfare = Um juiz confiou-o/a aos serviços de proteção de menores (ASE) ou a uma pessoa de confiança?
iv-q-child-welfare-date = Desde que data?
iv-q-child-welfare-placement = O juiz decidiu confiá-lo/a:
iv-opt-child-welfare-placement-ase = aos serviços de proteção de menores (ASE)
iv-opt-child-welfare-placement-trusted-third-party = a uma pessoa de confiança
iv-q-work-or-training = Trabalha ou frequenta uma formação profissional, ou tem esse projeto?

## Complaint and proceedings
iv-q-complaint = Apresentou queixa na polícia ou na gendarmaria?
iv-q-complaint-date = Data da queixa
iv-q-complaint-service = Onde apresentou a queixa? (esquadra, gendarmaria)
iv-q-testimony = Prestou depoimento num processo penal contra as pessoas que o/a exploraram?
iv-q-testimony-date = Data do depoimento
iv-q-testimony-service = Perante que serviço ou tribunal?
iv-q-reflection-recepisse = A préfecture (serviço do Estado) entregou-lhe um recibo (récépissé) para um período de reflexão de 30 dias?
iv-q-reflection-date = Data em que recebeu esse recibo

## Ties with the perpetrators
iv-q-ties-broken = Cortou todo o contacto com as pessoas que o/a exploraram?

## Past events
iv-q-false-documents = Alguma vez usou documentos falsos, ou os documentos de outra pessoa?
iv-q-removal-order = Alguma vez recebeu uma ordem para sair do território francês (OQTF) sem depois sair de França?

## Current residence document
iv-q-permit-kind = Que documento de residência tem hoje?
iv-opt-permit-kind-none = nenhum
iv-opt-permit-kind-recepisse-reflection = recibo do período de reflexão (30 dias)
iv-opt-permit-kind-recepisse-application = recibo de pedido de autorização de residência
iv-opt-permit-kind-cst-vpf-l425-1 = cartão de residência temporária «vida privada e familiar» (vítima)
iv-opt-permit-kind-aps-l425-4 = autorização provisória de residência (programa de saída da prostituição)
iv-opt-permit-kind-carte-resident-l425-3 = cartão de residente (10 anos)
iv-opt-permit-kind-temporary-protection = autorização provisória de residência de «proteção temporária» (por exemplo, pessoas deslocadas da Ucrânia)
iv-opt-permit-kind-asylum-application = certificado de pedido de asilo
iv-opt-permit-kind-other = outro documento
iv-q-permit-issued = Data de emissão deste documento
iv-q-permit-expires = Data de validade deste documento
iv-q-permit-renewals = Quantas vezes este cartão já foi renovado?
iv-q-renewal-filed-on = Data em que o pedido de renovação foi apresentado
iv-opt-renewal-filed-on-not-filed = ainda não apresentado

## Documents
iv-opt-document-status-have = tenho
iv-opt-document-status-missing = não tenho
iv-opt-document-status-requested = pedido, à espera
iv-opt-document-status-confiscated = tirado pelos autores
iv-q-document-date = { $document }: data de emissão
iv-q-document-number = { $document }: número
iv-q-document-expires = { $document }: data de validade (válido até)

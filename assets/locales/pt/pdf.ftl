# Words printed in the PDFs: see fr/pdf.ftl. Same ids and variables in every language.
# Portuguese (European norm, also read in Lusophone Africa; understandable in Brazil), formal
# address without gender agreement. To be reviewed by a native speaker.

pdf-page = Página { $page }/{ $pages }

## Supporting documents

pdf-doc-birth-certificate = Cópia integral da certidão de nascimento
pdf-doc-passport = Passaporte
pdf-doc-id-card = Documento nacional de identidade
pdf-doc-consular-certificate = Certificado consular com fotografia
pdf-doc-consular-card = Cartão consular com fotografia
pdf-doc-nationality-certificate = Certificado de nacionalidade com fotografia
pdf-doc-proof-of-address = Comprovativo de morada
pdf-doc-complaint-receipt = Comprovativo da queixa apresentada à polícia
pdf-doc-procedure-reference = Referência do processo penal
pdf-doc-cerpr = Contrato de compromisso de respeitar os princípios da República (CERPR), assinado
pdf-doc-e-photo = Folha de fotografias com código e-photo
pdf-doc-identity-photo = Fotografia tipo passe (em papel; não é preciso código e-photo)
pdf-doc-current-permit = Autorização de residência válida
pdf-doc-proceedings-ongoing-proof = Comprovativo de que o processo penal continua
pdf-doc-final-conviction-proof = Comprovativo de que a condenação é definitiva
pdf-doc-association-letter = Carta de apoio da associação
pdf-doc-exit-programme-decision = Decisão de admissão no programa de saída da prostituição

## Where an item stands

pdf-status-ok = Já tem
pdf-status-missing = A obter
pdf-status-stateless = A tratar com a associação
pdf-status-expired = Data demasiado antiga: peça um documento novo
pdf-status-expired-at-filing = Peça um documento novo pouco antes do pedido
pdf-status-expired-to-check = Data talvez demasiado antiga: a associação vai verificar
pdf-status-permit-ended = Já não é válida: tem de ser renovada
pdf-status-permit-ended-renewal-filed = Já não é válida: renovação pedida
pdf-status-permit-ended-renewal-refused = Já não é válida: renovação recusada
pdf-status-permit-ended-renewal-granted = Já não é válida: renovação concedida
pdf-status-permit-ended-renewal-undated = Já não é válida: renovação a verificar com a associação
pdf-status-permit-ended-see-association = Já não é válida: fale com a associação
pdf-status-date-unknown = Falta registar a data
pdf-status-requested = Documento pedido, a aguardar
pdf-status-satisfied-by-alternative = Há outro documento aceite em substituição
pdf-status-replaced-to-check = Outro documento pode servir em substituição: a associação vai verificar
pdf-status-confiscated = Nas mãos dos autores

## Checklist

pdf-checklist-title = Documentos para o seu pedido
pdf-checklist-issued = Lista feita em { $date }
pdf-checklist-intro = Uma caixa por documento. Assinale a caixa quando tiver o documento. Guarde sempre os originais: vão pedir-lhe cópias ou ficheiros digitalizados.
pdf-checklist-intro-none = Por agora, não há nenhum documento a reunir para este pedido.
pdf-checklist-practice = Nenhum texto fixa a lista de documentos deste pedido: esta segue a prática das préfectures e a associação vai verificá-la consigo. A préfecture pode pedir outros.
pdf-checklist-alternatives = Aceite em substituição: { $documents }
pdf-route-reflection-period = Prazo de reflexão de 30 dias (CESEDA, artigos R. 425-1 e R. 425-2)
pdf-route-cst-l425-1 = Primeiro cartão de residência «vida privada e familiar» (CESEDA, artigo L. 425-1)
pdf-route-cst-l425-1-renewal = Renovação do cartão de residência «vida privada e familiar» (CESEDA, artigo L. 425-1)
pdf-route-carte-resident-l425-3 = Cartão de residente de 10 anos (CESEDA, artigo L. 425-3)
pdf-route-carte-resident-l425-3-renewal = Renovação do cartão de residente (CESEDA, artigo L. 425-3)
pdf-route-aps-l425-4 = Autorização provisória de residência (CESEDA, artigo L. 425-4)

## What happens next

pdf-next-title = E depois?
pdf-next-reflection = Durante o prazo de reflexão (30 dias a contar do dia em que recebe o recibo), tem o direito de trabalhar e ninguém pode forçar a sua saída de França. Também pode ter alojamento, cobertura de saúde, um subsídio, acompanhamento social, apoio jurídico e, se estiver em perigo, a proteção da polícia.
pdf-next-reflection-under-16 = Durante o prazo de reflexão (30 dias a contar do dia em que recebe o recibo), ninguém pode forçar a sua saída de França. Também pode ter alojamento, cobertura de saúde, um subsídio, acompanhamento social, apoio jurídico e, se estiver em perigo, a proteção da polícia.
pdf-next-reflection-decide = Pode usar este tempo para decidir se apresenta queixa ou se presta testemunho.
pdf-next-reflection-period = Se apresentar queixa ou prestar testemunho, poderá pedir um cartão de residência de um ano que lhe permite trabalhar. A associação pode ajudar a preparar o pedido.
pdf-next-reflection-period-under-16 = Se apresentar queixa ou prestar testemunho, poderá pedir, a partir dos 16 anos, um cartão de residência de um ano. A associação pode ajudar a preparar o pedido.
pdf-next-cst-l425-1 = Depois de apresentar o pedido, peça à préfecture (serviço do Estado) o documento que prova que pode ficar em França enquanto o pedido é analisado (muitas vezes um recibo, chamado récépissé): o que lhe permite fazer, em especial trabalhar, depende desse documento, e a associação vai verificá-lo consigo. O cartão de residência dura um ano, permite-lhe trabalhar e é gratuito. Pode ser renovado enquanto o processo penal continuar.
pdf-next-cst-l425-1-renewal = Peça a renovação entre 120 e 60 dias antes do fim do seu cartão. Se pedir a tempo e a decisão não tiver sido tomada no fim do seu cartão, recebe um certificado de prorrogação da instrução (attestation de prolongation de l’instruction) que lhe permite ficar em França e trabalhar até à decisão.
pdf-next-carte-resident-l425-3 = O cartão de residente dura 10 anos. Apresente o pedido antes do fim da sua autorização de residência atual: a préfecture (serviço do Estado) verifica se está em França de forma legal.
pdf-next-carte-resident-l425-3-ended = O cartão de residente dura 10 anos. A sua autorização de residência atual terminou em { $date }, e a préfecture (serviço do Estado) verifica se está em França de forma legal: fale já com a associação.
pdf-next-carte-resident-l425-3-ended-undated = O cartão de residente dura 10 anos. A sua autorização de residência atual terminou, e a préfecture (serviço do Estado) verifica se está em França de forma legal: fale já com a associação.
pdf-next-carte-resident-l425-3-renewal = Peça a renovação do seu cartão de residente entre 120 e 60 dias antes do fim. Para o renovar, a préfecture (serviço do Estado) verifica se vive em França: em princípio, pelo menos 6 meses por ano. Guarde provas da sua vida em França e diga à associação se passou longos períodos no estrangeiro.
pdf-next-renewal-window-to-check = Estas datas devem ser verificadas com a associação: a regra que as fixa para o seu cartão ainda está por confirmar.
pdf-next-renewal-late = O prazo para pedir a renovação a tempo terminou em { $date }. Faça o pedido já, com a associação. Feito com atraso, o pedido talvez já não lhe dê direito ao certificado que lhe permite ficar em França e trabalhar durante a análise.
pdf-next-renewal-filed-late = O seu pedido de renovação foi apresentado depois do fim do prazo previsto ({ $date }): o certificado que lhe permite ficar em França e trabalhar durante a análise pode não lhe ser dado. Guarde o comprovativo do pedido e fale com a associação.
pdf-next-renewal-filed-in-time = O seu pedido de renovação foi apresentado em { $date }, dentro do prazo previsto. Se não houver decisão quando o seu cartão terminar, recebe um certificado de prorrogação da instrução (attestation de prolongation de l’instruction), que lhe permite ficar em França e trabalhar enquanto o pedido é analisado: guarde-o com o seu cartão e o comprovativo do pedido. Se não o recebeu, fale com a associação.
pdf-next-renewal-filed = O seu pedido de renovação foi apresentado em { $date }. Guarde o comprovativo do pedido: a associação vai verificar consigo o que lhe permite ficar em França enquanto o pedido é analisado.
pdf-next-renewal-filed-early = O seu pedido de renovação foi apresentado em { $date }, antes do início do prazo previsto ({ $opens }). A associação vai verificar consigo se é preciso apresentá-lo de novo durante esse prazo.
pdf-next-renewal-unanswered = O seu pedido de renovação foi apresentado em { $date }. Quando a préfecture não responde em quatro meses, o pedido pode ser considerado recusado: fale com a associação sem demora.
pdf-next-renewal-undated = Está registado um pedido de renovação, sem as respetivas datas. Leve à associação os papéis deste pedido (comprovativo de apresentação, decisão): ela vai verificar consigo se diz respeito ao seu documento de residência atual e o que lhe permite ficar em França.
pdf-next-renewal-refused = O seu pedido de renovação foi recusado. Fale já com a associação: esta decisão pode ser contestada, mas num prazo limitado.
pdf-next-renewal-granted-on = O seu pedido de renovação foi aceite em { $date }. Se ainda não tem o seu novo cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-renewal-granted = O seu pedido de renovação foi aceite. Se ainda não tem o seu novo cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-aps-renewal-granted-on = A renovação da sua autorização provisória de residência foi aceite em { $date }. Se ainda não tem a nova autorização, irá buscá-la à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-a à associação.
pdf-next-aps-renewal-granted = A renovação da sua autorização provisória de residência foi aceite. Se ainda não tem a nova autorização, irá buscá-la à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-a à associação.
# A first title granted and not recorded yet (`title-granted`): the paper says so, not how to file.
pdf-next-card-granted-on = O seu pedido de cartão de residência foi aceite em { $date }. Se ainda não tem o seu cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-card-granted = O seu pedido de cartão de residência foi aceite. Se ainda não tem o seu cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-resident-card-granted-on = O seu pedido de cartão de residente foi aceite em { $date }. Se ainda não tem o seu cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-resident-card-granted = O seu pedido de cartão de residente foi aceite. Se ainda não tem o seu cartão, irá buscá-lo à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-o à associação.
pdf-next-aps-granted-on = O seu pedido de autorização provisória de residência foi aceite em { $date }. Se ainda não tem a autorização, irá buscá-la à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-a à associação.
pdf-next-aps-granted = O seu pedido de autorização provisória de residência foi aceite. Se ainda não tem a autorização, irá buscá-la à préfecture (serviço do Estado) quando receber a convocatória. Depois, mostre-a à associação.
pdf-next-aps-l425-4 = A autorização provisória de residência dura pelo menos 6 meses e permite-lhe trabalhar. É renovada enquanto seguir o programa de saída da prostituição.
pdf-next-anef = O pedido é feito pela internet, no site da ANEF (o serviço digital da administração francesa para estrangeiros). A associação pode fazê-lo consigo. Depois de apresentar o pedido, recebe um comprovativo de entrega (attestation de dépôt): guarde-o. Irá buscar o seu cartão à préfecture (serviço do Estado) quando receber a convocatória.
pdf-next-agreement-nationality = A sua nacionalidade: um acordo entre a França e o seu país (para a Argélia, o acordo de 27 de dezembro de 1968) pode aplicar-se ao seu pedido em vez destas regras. Um jurista verificará consigo que título deve pedir.
pdf-next-minor-under-16 = Este cartão não lhe pode ser emitido antes de fazer 16 anos. Enquanto tiver menos de 18 anos, não precisa de autorização de residência para ficar em França. A associação vai ajudá-lo/a a preparar o seu pedido no momento certo.
pdf-next-not-eligible = Hoje o seu processo não cumpre todas as condições deste pedido. Fale com a associação: ela verá consigo o que é possível fazer.
pdf-next-help = Guarde uma cópia de cada documento e de cada carta. Se tiver uma pergunta ou se lhe faltar um documento, fale com a associação que lhe dá apoio.

## Key dates of the case

pdf-dates-title = As suas datas
pdf-dates-none = Por agora, não há nenhuma data a lembrar.
pdf-dates-estimated = (*) Data a verificar com a associação: é uma data estimada, ou a regra que a fixa ainda está por confirmar.
pdf-date-reflection-period-end = { $date }: fim do prazo de reflexão
pdf-date-permit-expires = { $date }: fim da validade do seu documento de residência
pdf-date-recepisse-expires = { $date }: fim da validade do seu recibo
pdf-date-renewal-window-opens = { $date }: a partir deste dia, pode pedir a renovação
pdf-date-renewal-window-closes = { $date }: último dia para pedir a renovação a tempo
pdf-date-document-expires = { $date }: fim da validade – { $document }
pdf-date-document-fresh-until = { $date }: último dia em que este documento é suficientemente recente para o pedido – { $document }
pdf-date-planned-filing = { $date }: entrega prevista do seu pedido
pdf-date-turns-18 = { $date }: faz 18 anos
pdf-date-majority-application-closes = { $date }: último dia para pedir a sua autorização de residência depois de fazer 18 anos

## Notes on a checklist item

pdf-note-birth-certificate-full-copy = Cópia integral, com todos os averbamentos: não um simples extrato.
pdf-note-domiciliation-accepted = Com menos de 6 meses no dia do pedido. O atestado de domiciliação da associação é normalmente aceite.
pdf-note-cerpr-required = Um novo contrato assinado em cada pedido, incluindo a renovação.
pdf-note-cerpr-optional-algerian = Para as pessoas de nacionalidade argelina, este contrato talvez não seja obrigatório: a associação está a verificar. Entretanto, assine-o.
pdf-note-e-photo-code = O código e-photo vem impresso na folha de fotografias feita por um fotógrafo ou numa cabine autorizados.
pdf-note-association-letter = Recomendada, não obrigatória: é a associação que a escreve.
pdf-note-proceedings-ongoing-proof = Por exemplo: declaração do Ministério Público ou do juiz, convocatória do tribunal, carta do seu advogado.
pdf-note-final-conviction-proof = Certidão de que não houve recurso, ou cópia da sentença transitada em julgado. O seu advogado pode ajudar a obtê-la.
pdf-note-current-permit-regular-stay = O cartão, o recibo ou o certificado de prorrogação válido no dia do pedido. Guarde também o que era válido no dia em que a condenação se tornou definitiva.
pdf-note-exit-programme-decision = A decisão do préfet (representante do Estado) que autoriza o seu programa de saída da prostituição; é a associação que a pede.
pdf-note-identity-photo-reflection = Uma fotografia tipo passe recente, para o recibo de 30 dias.
pdf-note-confiscated = Tiraram-lhe o documento: diga-o à associação.
pdf-note-stateless = Não tem nacionalidade: a associação vai ver consigo que documento substitui o passaporte e os documentos de um consulado.
pdf-note-confiscated-replaceable = Tiraram-lhe o documento: diga-o à associação. Pode ser aceite outro documento em vez deste.
pdf-note-confiscated-via = Em vez disso: { $document } (pedido em curso).
pdf-note-date-unknown = A data do documento não foi registada: mostre-o à associação, que verificará se ainda é válido.
pdf-note-document-expired = A validade terminou em { $date }: mostre este documento à associação, que verificará se ainda é aceite.
pdf-note-via-expired = Em vez disso, tem: { $document }. A validade deste documento terminou em { $date }: a associação verificará se ainda é aceite.
pdf-note-via = Em vez disso, tem: { $document }.
pdf-note-via-stale = Em vez disso, tem: { $document }. A data deste documento é demasiado antiga: peça um novo.
pdf-note-stale-at-filing = A data do documento já não será suficientemente recente no dia do pedido (é-o até { $date }): peça este documento de novo pouco antes.
pdf-note-via-stale-at-filing = Em vez disso, tem: { $document }. A data deste documento já não será suficientemente recente no dia do pedido (é-o até { $date }): peça este documento de novo pouco antes.

## The consent record: the notice of consent.ftl (in the language it was given in), then the
## choices recorded in the case, then room for two signatures. $date: a date in words.

pdf-consent-issued = Documento entregue em { $date }
pdf-consent-choices = As suas escolhas
pdf-consent-purpose-storage = Guardar o seu processo
pdf-consent-purpose-prefecture = Enviar informações à préfecture (serviço do Estado)
pdf-consent-purpose-lawyer = Transmitir o seu processo a um advogado ou a outra associação
pdf-consent-given = Sim, em { $date }
pdf-consent-given-undated = Sim
pdf-consent-refused = Não, em { $date }
pdf-consent-refused-undated = Não
pdf-consent-withdrawn = Consentimento retirado em { $date }
pdf-consent-withdrawn-undated = Consentimento retirado
pdf-consent-not-asked = Ainda não foi perguntado
pdf-consent-unnamed-association = A associação
pdf-consent-signature-person = Assinatura da pessoa
pdf-consent-signature-worker = Assinatura da pessoa que lhe dá apoio

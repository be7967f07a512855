# O questionário em volta das perguntas: títulos das etapas, botões, as respostas
# sim / não / não sei, os minutos e acessórios, e o aviso de emergência.

## Step titles

wizard-title-intro = De onde vem?
wizard-title-warning-signs = Primeiro, os sinais de alerta
wizard-title-clinician-signs = Sinais para avaliar com um profissional de saúde
wizard-title-belly-pressure = Pressionar a barriga é seguro para você?
wizard-title-where-it-hurts = Onde dói?
wizard-title-what-it-is-like = Como é a dor?
wizard-title-your-days = Seu dia a dia
wizard-title-time-and-tools = Seu tempo e seus acessórios
wizard-title-emergency-stop = Procure atendimento de emergência agora

## Around the questions

wizard-step = Etapa { $step } de { $steps }
wizard-intro = Algumas perguntas simples: primeiro sobre sinais de alerta que pedem um médico, depois sobre sua dor e seu dia a dia. No final você vê a origem provável, por que pensamos assim e uma rotina para começar.
wizard-not-a-diagnosis = Isto é uma orientação de autocuidado, não um diagnóstico. Suas respostas ficam neste celular.
wizard-resumed = Você tem uma triagem pela metade; suas respostas estão guardadas.
wizard-warning-signs-intro = Responda a cada uma. Se não tiver certeza, diga: aqui, “não sei” conta como sim.
wizard-answer-all = Responda às seis para continuar.
wizard-belly-intro = O ilíaco e o psoas são alcançados pressionando a barriga. Estas condições impedem isso (o trabalho no glúteo e na coxa continua possível).
wizard-why-we-ask = Por que perguntamos: { $why }
wizard-where-legend = Onde dói (marque tudo o que se aplica)
wizard-no-pain = Sem dor agora: quero continuar assim
wizard-side-legend = Qual lado?
wizard-side-left = Esquerdo
wizard-side-right = Direito
wizard-side-both = Os dois
wizard-body-front = frente
wizard-body-back = costas
wizard-feeling-legend = O que você sente?
wizard-duration-legend = Há quanto tempo dura?
wizard-severity-legend = Quanto dói agora? (0 nada, 10 o pior possível)
wizard-not-helping-legend = O que não ajudou?
wizard-sitting-hours = Horas sentado em um dia comum
wizard-habits-legend = Quais combinam com você?
wizard-time-why = Por que perguntamos: a rotina se ajusta ao seu tempo, e você pode mudá-lo no resultado.
wizard-tools-legend = Quais acessórios de automassagem você tem?
wizard-tools-none = Nenhum ainda? Deixe tudo em branco: suas mãos e uma bola de qualquer loja de esportes bastam. Sua resposta fica guardada para a próxima vez.

## Buttons

wizard-start = Começar
wizard-continue = Continuar
wizard-next = Próximo
wizard-see-result = Ver meu resultado
wizard-back = Voltar
wizard-skip = Pular
wizard-change-answers = Mudar minhas respostas

## Yes / no / not sure, and the minutes

answer-yes = Sim
answer-no = Não
answer-not-sure = Não sei
minutes-legend = Quanto tempo você tem para uma rotina?
minutes-choice = { $minutes } min

## The emergency stop

emergency-now = ⚠ Ligue agora para o serviço de emergência ou o número de emergência local.
emergency-no-release = Não faça nenhuma liberação com pressão. Suas respostas incluem um sinal que precisa de um médico hoje:
emergency-unsure = (você não tinha certeza; com este sinal, a dúvida conta como sim)
emergency-mistake = Se respondeu por engano, você pode mudar suas respostas.

## Release tools

tool-hands = Mãos
tool-massage-ball = Bola de massagem
tool-lacrosse-ball = Bola de lacrosse ou de tênis
tool-kettlebell-handle = Kettlebell
tool-foam-roller = Rolo de espuma
tool-hip-hook = Hip Hook
tool-pso-rite = Pso-Rite

## A verificação de segurança antes de uma sessão

safety-check-title = Uma verificação rápida de segurança
safety-check-why = Antes de começar, seis perguntas sobre sinais de alerta. Elas voltam a cada duas semanas, e todos os dias enquanto suas notas estiverem subindo.
safety-check-start = Nenhum destes: começar { $name }

# O resultado da triagem: o nível e por quê, as origens prováveis com as respostas
# da pessoa, o que mais ajuda, e a rotina feita para ela com o motivo de cada passo.
# triage/assess.rs e triage/compose decidem; estas são as palavras.

## O nível

result-level-emergency = Procure atendimento de emergência agora
result-level-see-clinician = Procure um profissional de saúde antes da automassagem
result-level-caution = Autocuidado, com cuidado
result-level-self-care = O autocuidado parece razoável

## Por que este nível. $said e $why são o -said e o -why de um sinal de alerta.

result-you-said = Você disse: { $said }. { $why }
result-you-said-unsure = Você disse: { $said } (você não tinha certeza, e com este sinal é mais seguro tratar a dúvida como sim). { $why }
result-not-sure-about = Você não tinha certeza sobre: { $said }. { $why } Se for o caso, procure primeiro um profissional de saúde.
result-contra = Você disse: { $said }. { $why } A pressão na barriga fica de fora.
result-severity = Você deu nota { $severity } de 10 para a dor. { $why }
result-nerve = Você descreveu dormência, formigamento ou fraqueza. Sinais nos nervos devem ser examinados antes da automassagem.
result-sharp = Dor aguda ou em queimação não é típica de um nó muscular: vá com calma e pare se piorar.
result-no-warning = Você não informou sinais de alerta nem nada que impeça a automassagem.

## O que mais ajuda

advice-sitting = Sente com o quadril um pouco mais alto que os joelhos, encoste no encosto em vez de se inclinar para a frente, e levante-se por um minuto a cada meia hora.
advice-driving = Em viagens longas de carro, pare mais ou menos a cada hora e caminhe alguns minutos; suba o banco para que os joelhos fiquem mais baixos.
advice-sleep = Tente dormir com as pernas mais esticadas, de barriga para cima ou de lado com um travesseiro entre os joelhos.
advice-training = Volte a carga de treino para o que era antes do aumento e depois aumente de novo devagar.
advice-no-belly = Trabalhe só o glúteo, os isquiotibiais e a parte interna da coxa: nenhuma pressão na barriga até um profissional de saúde liberar.
advice-habit = Faça da automassagem um hábito curto e regular, como o fio dental: alguns minutos na maioria dos dias valem mais que uma sessão longa de vez em quando.
advice-come-back = Procure um profissional de saúde se nada melhorar depois de 2 a 4 semanas de automassagem regular, e na hora se aparecer algum sinal de alerta.

## Respostas lembradas quando nenhum padrão se encaixa

result-said-no-pain = você está sem dor agora e quer continuar assim
result-said-no-region = você não marcou onde dói

## Por que cada passo da rotina está ali

compose-because-one = Porque você disse que { $first }.
compose-because-two = Porque você disse que { $first } e que { $second }.
compose-because-three = Porque você disse que { $first }, que { $second } e que { $third }.
compose-hip-flexors-usual = Quase todo corredor tem alguma tensão nos flexores do quadril; eles são a origem escondida mais comum.
compose-prevention = Sem dor agora: a automassagem regular dos flexores do quadril evita que os nós se formem. Quem corre os sobrecarrega a cada passada.
compose-one-tendon = O { $first ->
    [psoas] psoas e o ilíaco
   *[iliacus] ilíaco e o psoas
} são dois músculos com um só tendão: os dois precisam de liberação, não só um.
compose-quads = Porque a frente da coxa está envolvida: o rolo alivia o tecido, mas é parte da solução, nunca ela toda.
compose-inner-thigh = Porque você disse que a dor chega à parte interna da coxa ou ao joelho: o adutor magno vai do alto da parte interna da coxa até a parte interna do joelho.
compose-antagonist = Trabalha contra os flexores do quadril e acumula nós próprios, então faz parte da cadeia.
compose-also-antagonist = { $muscle ->
    [hamstrings] Os isquiotibiais também trabalham contra os flexores do quadril.
    [adductor-magnus] O adutor magno também trabalha contra os flexores do quadril.
   *[glute-max] O glúteo máximo também trabalha contra os flexores do quadril.
}
compose-sore-first-more = { $reason } Primeiro o lado que dói, com mais pontos.
compose-sore-first = { $reason } Primeiro o lado que dói.
compose-other-side-first = Depois, o outro lado: um lado costuma estar pior, mas os dois têm nós.
compose-other-side = Depois, { $muscle ->
    [hamstrings] os isquiotibiais
   *[other] o { muscle-name }
} do outro lado.
compose-note-no-belly = A pressão na barriga fica de fora por causa do que você nos contou; o tempo dela vai para a parte de trás do quadril e para as coxas.
compose-note-no-pain = Sem dor agora: continue assim. Alguns minutos na maioria dos dias evitam que os nós voltem.

## O nome e o objetivo da rotina

compose-name-floss = Minha manutenção diária
compose-name = Minha liberação: { muscle-name }{ $side ->
    [left] , esquerdo primeiro
    [right] , direito primeiro
   *[both] { "" }
}
compose-purpose = Feita a partir das suas respostas: { $minutes } minutos, { $sore ->
    [yes] primeiro o lado que dói
   *[no] os dois lados por igual
}.

## A tela do resultado

result-title = Seu resultado
result-not-found = Resultado não encontrado
result-start-questions = Começar as perguntas
result-from = De { $date }
result-side = { $side ->
    [left] Lado esquerdo
    [right] Lado direito
   *[both] Os dois lados
}
result-emergency-now = Ligue agora para o serviço de emergência ou o número de emergência local. Não faça liberação com pressão.
result-book-visit = Marque uma consulta com um médico ou fisioterapeuta nos próximos dias, antes de qualquer automassagem.
result-why = Por que pensamos assim
result-because = Porque você disse: { $said }
result-what-else = O que mais ajuda
result-not-diagnosis = Orientação de autocuidado, não um diagnóstico.
result-learn-more = Saiba mais
result-answer-again = Responder de novo
result-past = Resultados anteriores
result-your-routine = Sua rotina
result-start = Começar
result-save = Salvar como minha rotina
result-saved = Salva. O botão Começar do Início agora abre esta rotina.
result-change-in-builder = Mudar no editor
result-step-detail = { tool-in-sentence } · { $spots } × { $hold } s.
result-about-minutes = cerca de { $minutes } min

## Onde a dor aparece e onde está o nó

figure-iliacus = O nó fica por dentro da frente da pelve; a dor aparece na frente da coxa.
figure-psoas = O nó fica no fundo, ao lado da coluna; a dor aparece como uma faixa na parte baixa das costas.
figure-nerve = Um flexor do quadril tenso pode pressionar nervos; os sintomas descem pela perna.
figure-glute-max = O nó e a dor ficam os dois no glúteo.
figure-hamstrings = O nó e a dor ficam na parte de trás da coxa.
figure-adductor-magnus = O nó fica no alto da parte interna da coxa; pode doer até a parte interna do joelho.
figure-in-place = A dor fica onde o músculo está.

## Resultados anteriores

history-none = Ainda não há resultados.
history-again = Responder de novo às perguntas

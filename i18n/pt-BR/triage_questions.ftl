# As perguntas da triagem depois dos sinais de alerta: as opções (-label), a frase
# inteira em que cada resposta se transforma (-said, lida depois de "porque você disse
# que ...") e por que cada pergunta é feita (triage-why-...).

## Onde dói

triage-region-front-thigh-label = Frente da coxa
triage-region-front-thigh-said = dói na frente da coxa

triage-region-front-hip-groin-label = Frente do quadril ou virilha
triage-region-front-hip-groin-said = dói na frente do quadril ou na virilha

triage-region-low-back-label = Lombar, ao lado da coluna
triage-region-low-back-said = dói na lombar, ao lado da coluna

triage-region-buttock-label = Nádega
triage-region-buttock-said = dói na nádega

triage-region-back-thigh-label = Parte de trás da coxa
triage-region-back-thigh-said = dói na parte de trás da coxa

triage-region-inner-thigh-label = Parte interna da coxa
triage-region-inner-thigh-said = dói na parte interna da coxa

triage-region-knee-label = Joelho
triage-region-knee-said = dói no joelho

triage-region-lower-leg-foot-label = Perna (abaixo do joelho) ou pé
triage-region-lower-leg-foot-said = dói na perna abaixo do joelho ou no pé

## Como é a sensação

triage-feeling-tight-label = Tensão
triage-feeling-tight-said = você sente tensão

triage-feeling-aching-label = Dor surda
triage-feeling-aching-said = é uma dor surda

triage-feeling-sharp-label = Pontada
triage-feeling-sharp-said = a dor vem em pontadas

triage-feeling-burning-label = Queimação
triage-feeling-burning-said = você sente queimação

triage-feeling-numb-tingling-label = Dormência ou formigamento
triage-feeling-numb-tingling-said = você sente dormência ou formigamento

triage-feeling-weakness-label = Fraqueza
triage-feeling-weakness-said = a perna parece fraca

## Há quanto tempo

triage-duration-under-two-weeks-label = Menos de 2 semanas
triage-duration-under-two-weeks-said = começou há menos de 2 semanas

triage-duration-two-to-six-weeks-label = De 2 a 6 semanas
triage-duration-two-to-six-weeks-said = dura de 2 a 6 semanas

triage-duration-over-six-weeks-label = Mais de 6 semanas
triage-duration-over-six-weeks-said = dura mais de 6 semanas

## O que não ajudou

triage-not-helping-stretching-quads-label = Alongar o quadríceps
triage-not-helping-stretching-quads-said = alongar o quadríceps não ajuda

triage-not-helping-rolling-quads-label = Rolo de liberação no quadríceps
triage-not-helping-rolling-quads-said = o rolo no quadríceps não ajuda

triage-not-helping-rest-label = Repouso
triage-not-helping-rest-said = o repouso não ajuda

## Como são os dias

triage-habit-knees-above-hips-label = Sento com os joelhos mais altos que o quadril
triage-habit-knees-above-hips-said = você senta com os joelhos mais altos que o quadril

triage-habit-leaning-forward-label = Inclino o corpo para a frente ao sentar
triage-habit-leaning-forward-said = você inclina o corpo para a frente ao sentar

triage-habit-long-drives-label = Dirijo por muito tempo seguido
triage-habit-long-drives-said = você dirige por muito tempo seguido

triage-habit-sleep-curled-up-label = Durmo em posição fetal
triage-habit-sleep-curled-up-said = você dorme em posição fetal

triage-habit-training-jump-label = Meu treino aumentou muito nos últimos tempos
triage-habit-training-jump-said = seu treino aumentou muito

triage-habit-running-label = Corro com regularidade
triage-habit-running-said = você corre com regularidade

## Respostas que as regras leem de números

# $hours is 6 or more.
triage-said-long-sitting = você fica cerca de { $hours } horas por dia em posição sentada

triage-said-quad-work-not-tried = você ainda não percebeu que trabalhar o quadríceps não adianta

## Por que cada pergunta é feita

triage-why-region = O local da dor indica onde o nó pode estar: cada músculo manda dor para a sua região típica.

triage-why-side = Normalmente um lado está pior; a rotina começa por ele.

triage-why-feeling = Dor surda ou tensão combinam com um nó muscular; dormência, queimação ou fraqueza sugerem um nervo.

triage-why-duration = Uma dor que resiste a semanas de alongamento muitas vezes vem de outro lugar.

triage-why-severity = Acima de 7 de 10 é demais para tratar sem ajuda.

triage-why-not-helping = Quando trabalhar o quadríceps não ajuda, provavelmente o problema não está nele.

triage-why-day = Muitas horas com o quadril dobrado mantêm ativos os nós dos flexores do quadril.

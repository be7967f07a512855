# Aprender: os temas, uma página cada, e a página "Sobre". Escrito a partir das notas
# do domínio com as nossas palavras; orientação de autocuidado, não um diagnóstico.

learn-title = Aprender
learn-lead = Entenda antes de pressionar.
learn-find-source = Descobrir a origem provável
learn-routine-fits = Uma rotina que combina:
learn-start = Começar
learn-all-topics = Todos os temas

## O iliopsoas numa imagem

topic-iliopsoas-title = O iliopsoas numa imagem
topic-iliopsoas-p1 = Dois músculos dividem um só tendão no alto do fêmur. O psoas nasce nas laterais da coluna lombar e desce em diagonal pela frente da pelve. O ilíaco reveste a parte de dentro da bacia e passa pela frente da articulação do quadril.
topic-iliopsoas-p2 = Juntos eles levantam a perna e estabilizam a pelve e a coluna. Na corrida eles trabalham a cada passada: puxam a perna para a frente e depois se alongam quando ela fica para trás, enquanto seguram o tronco firme. Por isso quase todo corredor tem alguma tensão aqui.

## Por que a dor aparece em outro lugar

topic-trigger-points-title = Por que a dor aparece em outro lugar
topic-trigger-points-p1 = Um ponto-gatilho é um pequeno nó num músculo que manda dor para outro lugar. Ele pode estar latente (um nó sensível e nada mais) ou ativo (manda dor sem ser tocado). Esfregar com força ou alongar com brusquidão pode acordar um ponto latente.
topic-trigger-points-p2 = Um nó no ilíaco manda dor ou tensão para a frente e o alto da coxa. Um nó no psoas costuma aparecer como uma faixa vertical ao lado da coluna lombar. Um iliopsoas tenso também pode apertar os nervos da parte baixa das costas e causar fraqueza, dormência, formigamento ou dor descendo pela perna: isso precisa de um profissional de saúde. Alguns corredores até notaram que a dor no glúteo, no joelho ou no pé melhorou depois de liberar o ilíaco.
topic-trigger-points-p3 = Um lado costuma estar pior que o outro, mas os dois podem estar envolvidos.

## O que inicia e alimenta os nós

topic-causes-title = O que inicia e alimenta os nós
topic-causes-p1 = Exigir demais de um músculo que não está preparado, ou uma sobrecarga súbita, como se segurar numa queda.
topic-causes-p2 = Muitas horas com o quadril dobrado: cadeiras de escritório, viagens longas de carro, e pior ainda quando os joelhos ficam mais altos que o quadril ou você se inclina para a frente. Dormir encolhido, com os joelhos puxados, faz o mesmo à noite.
topic-causes-p3 = Um músculo da frente da coxa curto e tenso mantém o iliopsoas curto também. A postura ou a atividade que desperta um nó continua a alimentá-lo até mudar.

## Por que alongar só o quadríceps muitas vezes não resolve

topic-stretching-title = Por que alongar só o quadríceps muitas vezes não resolve
topic-stretching-p1 = Passar o rolo e alongar a frente da coxa melhora a circulação e amolece o tecido, mas quando a dor vem do quadril, o nó nem está na coxa. A coxa melhora por uma hora e depois a dor volta.
topic-stretching-p2 = Funciona melhor uma pressão direta e paciente no próprio nó: de 30 a 90 segundos num ponto enquanto você respira e deixa o músculo derreter sobre o acessório, e depois alguns centímetros adiante, no próximo ponto. Trabalhe também os músculos opostos: glúteo, isquiotibiais e a parte interna da coxa.

## Fio dental para o seu core

topic-flossing-title = Fio dental para o seu core
topic-flossing-p1 = Os nós voltam quando os hábitos que os criaram continuam. A solução é pequena e regular: alguns minutos de automassagem na maioria dos dias, como o fio dental, e menos tempo sentado com o quadril dobrado por longos períodos.
topic-flossing-p2 = Regularidade vale mais que intensidade. O registro do hábito conta cada sessão e mostra se a sua tensão diminui à medida que o hábito cresce.

## Sobre

about-title = Sobre o Quads
about-what = O Quads ajuda corredores cujas coxas continuam tensas por mais que passem o rolo e alonguem. Muitas vezes essa dor vem de nós (pontos-gatilho) em dois flexores profundos do quadril, o ilíaco e o psoas. O app ajuda você a descobrir se isso combina com o seu caso, guia pressões lentas nesses músculos e nos opostos e ajuda a manter isso como um hábito curto e regular.
about-not-title = O que ele não é
about-not = Isto é uma orientação de autocuidado, não um diagnóstico nem um tratamento. Não substitui um fisioterapeuta ou um médico. Se aparecer um sinal de alerta, ou se nada melhorar depois de 2 a 4 semanas de automassagem regular, procure um profissional de saúde.
about-safety-title = Segurança
about-safety-emergency = Procure atendimento de emergência se tiver dormência na virilha ou na parte interna das coxas, problemas novos para controlar a bexiga ou o intestino, fraqueza súbita numa perna, dor depois de uma queda, panturrilha ou coxa inchada e quente, ou dor na barriga com febre ou sensação de pulsação.
about-safety-belly = Não pressione a barriga se estiver grávida, tiver feito cirurgia recente na barriga ou no quadril, tiver hérnia ou aneurisma da aorta, tomar anticoagulantes ou tiver uma doença inflamatória intestinal ativa.
about-safety-press = Pressione devagar e pare se sentir uma pulsação embaixo do acessório ou uma dor aguda, elétrica ou que se espalha.
about-source-title = Fonte
about-source = As ideias vêm do artigo “Chronically tight quads? It might be an iliacus trigger point”, de Christine Koth, fisioterapeuta, contadas com as nossas palavras. Os sinais de alerta são perguntas comuns de triagem clínica.
about-data-title = Seus dados
about-data = Tudo fica neste celular. O app não faz pedidos a nenhum outro servidor: sem contas, sem análise de uso, sem fontes de fora. Exporte um backup nos Ajustes quando quiser.
about-version-title = Versão
about-version = Versão { $version }, gerada em { $date }.
about-development = versão de desenvolvimento
about-back = Voltar aos Ajustes

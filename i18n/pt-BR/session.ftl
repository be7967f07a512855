# Uma sessão de pressão e as rotinas: o que o player mostra, o que o leitor de tela
# ouve, o que a voz diz e o que a tela de bloqueio mostra (session/words.rs decide),
# as páginas das rotinas, a nota depois de uma sessão e o guia de cada ponto.

## As fases. $spot e $spots contam os pontos de uma pressão.

phase-prepare = Fique em posição
phase-hold = Pressão · ponto { $spot } de { $spots }
phase-move = Mova o acessório alguns centímetros
phase-switch = Troque para o lado { $side ->
    [left] esquerdo
   *[right] direito
}
spot-line = { muscle-on-side } · { tool-in-sentence }
lock-hold = { muscle-on-side } · ponto { $spot } de { $spots }
lock-other = { $title } · { muscle-on-side }
announce = { muscle-on-side }, { tool-in-sentence }, { $seconds } segundos
spoken-next = { $title }. { $announce }
spoken-move = Mova o acessório alguns centímetros.
spoken-done = Sessão concluída. Muito bem.
live-done = Sessão concluída.
live-paused = Em pausa.
live-hold = Pressão: { $line }, ponto { $spot } de { $spots }, { $seconds } segundos.
live-next = { $title }. A seguir: { $next }.
live-ten-left = Faltam 10 segundos.
about-minutes = cerca de { $minutes } min

## O player

player-none = Nenhuma sessão em andamento
player-none-why = Escolha uma rotina para começar uma.
player-routines = Rotinas
player-resume-title = Retomar sua sessão?
player-interrupted = “{ $name }” foi interrompida.
player-left-in-part = Faltam { $time } nesta parte
player-resume = Continuar de onde parei
player-end-stored = Encerrar e salvar o que fiz
player-track-failed = A faixa de som não pôde começar aqui, então os sinais tocam pela página: deixe a tela ligada.
player-time-left = Tempo restante nesta parte
player-next = A seguir: { $title } · { $line }
player-last = É o último
player-back = Voltar
player-resume-button = Continuar
player-pause = Pausar
player-skip = Pular
player-add-time = 15 s
player-end-group = Encerrar a sessão
player-end-question = Encerrar agora? O que você fez até aqui fica salvo.
player-end = Encerrar a sessão
player-keep-going = Continuar
player-end-ask = Encerrar a sessão…
player-done = Sessão concluída
player-ended = Sessão encerrada
player-time-held = Tempo de pressão
player-spots = Pontos
player-sides = Lados
player-counted = Conta para { $day } no seu hábito.
player-feel-now = Opcional: como está agora?
player-see-habit = Ver meu hábito
player-home = Início
player-make-usual = Tornar esta a minha rotina de sempre

## Dar nota a um dia

rating-tightness = Tensão no quadríceps (0 nenhuma, 10 a pior)
rating-tenderness = Dor à pressão no pior ponto
rating-note = Anotação
rating-save = Salvar nota
rating-saved = Salvo.

## As rotinas

routines-title = Rotinas
routines-new = Nova rotina
routines-open-link = Abrir um link compartilhado
routines-belly = pressiona a barriga
routines-start = Começar
routines-start-named = Começar { $name }
routine-steps = { $steps ->
    [one] { $steps } passo
   *[other] { $steps } passos
}
routine-belly-warning = pressiona a barriga (não em caso de gravidez, hérnia, cirurgia recente, aneurisma, anticoagulantes ou inflamação intestinal)
routine-start = Começar
routine-send-plan = Enviar como plano
routine-print = Imprimir
routine-duplicate = Duplicar
routine-copy-name = { $name } (cópia)
routine-edit = Editar
routine-delete = Excluir
routine-delete-group = Excluir a rotina
routine-delete-question = Excluir esta rotina? As sessões feitas com ela continuam no seu histórico.
routine-keep = Manter
routine-not-found = Rotina não encontrada
routine-maybe-deleted = Ela pode ter sido excluída.
routine-all = Todas as rotinas

## Os passos de uma rotina, como ficha

sheet-title = { muscle-on-side }
sheet-detail = { tool-in-sentence } · { $hold } s por ponto × { $spots ->
    [one] { $spots } ponto
   *[other] { $spots } pontos
}
sheet-deeper = Para ir mais fundo: { $deepen ->
    [knee-falls-out] deixe o joelho cair para o lado
    [slow-breaths] respire devagar pela barriga e deixe soltar
   *[straighten-leg] estique a perna devagar
}
sheet-both-sides = Primeiro o lado esquerdo, depois o direito: os pontos são espelhados.
sheet-guide = Guia do ponto, com uma figura
sheet-where = Onde
sheet-find = Como encontrar
sheet-place = Como posicionar o acessório
sheet-feel = O que você deve sentir
sheet-stop = Pare se

## O guia de cada ponto

guide-iliacus-where = Reveste a parte de dentro da bacia, logo por dentro da borda óssea na frente do quadril.
guide-iliacus-find = Encontre o osso do quadril que se destaca na frente e deslize um dedo para dentro e para baixo, por cima da borda, até a parte macia.
guide-iliacus-place = Deite de barriga para baixo com o acessório logo por dentro dessa borda, inclinado na direção do osso do quadril. Deixe o peso afundar nele devagar.
guide-iliacus-feel = Uma dor funda e surda que pode ecoar na frente da coxa. Esse eco é o objetivo.
guide-psoas-where = No fundo da barriga, ao lado da coluna, descendo em diagonal até a parte interna do quadril.
guide-psoas-find = A partir do umbigo, vá cerca de dois dedos para o lado e um pouco para baixo. Contraia o músculo levantando um pouco o joelho para senti-lo.
guide-psoas-place = Deite de barriga para baixo com o acessório ali e deixe a barriga relaxar em volta dele. Entre aos poucos, nunca de uma vez.
guide-psoas-feel = Uma pressão funda, às vezes uma dor conhecida na parte baixa das costas ou na virilha.
guide-glute-max-where = O músculo grande do bumbum.
guide-glute-max-find = Deite de barriga para cima com os joelhos dobrados e procure um ponto sensível na parte carnuda do glúteo.
guide-glute-max-place = Coloque a bola embaixo desse ponto. Deixe o joelho desse lado cair para o lado para aumentar a pressão.
guide-glute-max-feel = Uma dor forte, mas suportável, que diminui enquanto você respira.
guide-hamstrings-where = A parte de trás da coxa, do osso em que você senta até atrás do joelho.
guide-hamstrings-find = Sente no chão com a perna esticada e procure uma faixa sensível ao longo da parte de trás da coxa.
guide-hamstrings-place = Coloque o rolo ou a bola embaixo desse ponto e deixe o peso da perna descansar nele.
guide-hamstrings-feel = Uma dor que se espalha embaixo do acessório e vai cedendo durante a pressão.
guide-adductor-magnus-where = A parte interna da coxa, do alto, perto da virilha, até a parte interna do joelho.
guide-adductor-magnus-find = Deite de barriga para baixo com um joelho dobrado para o lado e procure ao longo da parte interna da coxa.
guide-adductor-magnus-place = Apoie a parte interna da coxa no rolo ou na bola e deixe afundar.
guide-adductor-magnus-feel = Sensível, às vezes surpreendentemente; deve amolecer a cada respiração.
guide-quads-where = A frente da coxa.
guide-quads-find = Deite de barriga para baixo e procure ao longo da frente da coxa uma área tensa ou sensível.
guide-quads-place = Apoie a coxa no rolo ou na bola. Trabalhar o quadríceps ajuda, mas sozinho raramente resolve uma dor que vem do quadril.
guide-quads-feel = Uma dor firme que vai cedendo.
guide-stop-belly = Alivie na hora se sentir uma pulsação embaixo do acessório, dor aguda ou elétrica, ou dor que se espalha; nunca pressione apesar disso.
guide-stop-leg = Alivie se a dor ficar aguda, em queimação ou elétrica, ou se a perna ficar dormente ou formigar.
guide-figure-alt = { muscle-on-side }, onde trabalhar: { $where } { $find }

## Uma rotina que chega por um link, em resumo

share-belly-yes = pressiona a barriga (ilíaco ou psoas)
share-belly-no = sem pressão na barriga

## Compartilhar

share-done = Compartilhado.
share-failed = Não foi possível compartilhar nem copiar. Toque e segure o link abaixo para copiá-lo.
share-link-copied = Link copiado. Cole numa mensagem.
share-message-copied = Mensagem copiada. Cole num chat ou num e-mail.
share-routine = Compartilhar
share-routine-hint = O link leva a própria rotina: sem conta, sem servidor. Não contém dados de saúde.

## Criar uma rotina própria

builder-new = Nova rotina
builder-edit = Editar a rotina
builder-builtin = As rotinas incluídas não podem ser editadas; duplique uma para torná-la sua.
builder-name = Nome
builder-purpose = Objetivo (opcional)
builder-rest = Descanso ao trocar de lado (segundos)
builder-add-step = Adicionar um passo
builder-save = Salvar a rotina
builder-cancel = Cancelar
builder-step = Passo { $step }
builder-muscle = Músculo
builder-side = Lado
builder-tool = Acessório
builder-hold = Pressão por ponto (segundos)
builder-spots = Pontos
builder-deepen = Ir mais fundo
builder-reposition = Tempo para se posicionar (segundos)
builder-move-up = Subir
builder-move-up-step = Subir: passo { $step }
builder-move-down = Descer
builder-move-down-step = Descer: passo { $step }
builder-remove = Remover
builder-remove-step = Remover: passo { $step }
routine-invalid-no-name = Dê um nome à rotina.
routine-invalid-name-long = O nome tem mais de { $max } caracteres.
routine-invalid-purpose-long = O objetivo tem mais de { $max } caracteres.
routine-invalid-control = O nome ou o objetivo têm caracteres de controle.
routine-invalid-no-steps = Adicione pelo menos um passo.
routine-invalid-too-many-steps = Uma rotina tem no máximo { $max } passos.
routine-invalid-rest = O descanso entre os lados é de no máximo { $max } s.
routine-invalid-hold = Passo { $step }: pressão entre { $min } e { $max } s.
routine-invalid-spots = Passo { $step }: entre { $min } e { $max } pontos.
routine-invalid-reposition = Passo { $step }: o tempo para se posicionar é de no máximo { $max } s.
link-detail = { $detail }
# $value: the stored name of the muscle, side, tool or way to go deeper.
builder-muscle-option = { $value ->
    [iliacus] ilíaco
    [psoas] psoas
    [glute-max] glúteo máximo
    [hamstrings] isquiotibiais
    [adductor-magnus] adutor magno
   *[quads] quadríceps
}
builder-side-option = { $value ->
    [left] esquerdo
    [right] direito
   *[both] os dois lados
}
builder-tool-option = { $value ->
    [hands] mãos
    [massage-ball] bola de massagem
    [lacrosse-ball] bola de lacrosse ou de tênis
    [kettlebell-handle] alça do kettlebell
    [foam-roller] rolo de espuma
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}
builder-deepen-option = { $value ->
    [none] nenhuma
    [knee-falls-out] deixar o joelho cair para o lado
    [slow-breaths] respirar devagar pela barriga e deixar soltar
   *[straighten-leg] esticar a perna devagar
}

# Início, a barra de abas, o cartão de hoje e os nomes das rotinas incluídas.

## Home

home-tagline = Coxas tensas que o rolo não resolve muitas vezes começam no quadril. Libere-as alguns minutos de cada vez.
home-resume = Retomar sua sessão
home-resume-why = Você parou no meio. Continue de onde estava.
home-triage = De onde vem a minha dor?
home-triage-why = Algumas perguntas, a segurança primeiro; depois, a origem provável e uma rotina para começar.
home-last-result = Ver seu último resultado
home-ios-install = Adicione à sua tela de início
home-ios-install-how = No Safari, toque no botão Compartilhar e depois em “Adicionar à Tela de Início”. O app passa a abrir em tela cheia e funciona offline.
home-safari-note = O Safari pode apagar os dados deste site se você não abri-lo por algumas semanas. Instalar na tela de início protege seu histórico; exportar um backup nos Ajustes também.
home-got-it = Entendi
home-more = Mais
home-all-routines = Todas as rotinas
home-learn = Entenda como funciona
home-open-link = Abrir um link compartilhado
home-about = Sobre o app e segurança
home-fineprint = Orientação de autocuidado, não um diagnóstico. Tudo fica neste celular.
home-install = Instale o app
home-install-why = Abra pela tela de início, mesmo no modo avião.
home-install-button = Instalar

splash-loading = Carregando…

## The tab bar

nav-main = Principal
nav-home = Início
nav-routines = Rotinas
nav-habit = Hábito
nav-learn = Aprender
nav-settings = Ajustes

## Today's card

today-start = Começar { $name }
today-habit-details = Detalhes do hábito
today-send-progress = Enviar meu progresso
today-close-plan = Encerrar o plano
today-plan-before = Seu plano ({ $what }) começa em { $day }.
today-plan-finished = Seu plano terminou: { $what }. Conte para quem o enviou como foi.

## Built-in routines: each phone names them in its own language

routine-builtin-floss-name = Manutenção diária
routine-builtin-floss-purpose = Cinco minutos por dia nos dois ilíacos, para que os nós não voltem.
routine-builtin-front-name = Frente do quadril
routine-builtin-front-purpose = Ilíaco e depois psoas dos dois lados, para a tensão na frente da coxa que o rolo não resolve.
routine-builtin-back-name = Parte de trás do quadril
routine-builtin-back-purpose = Glúteo, posteriores da coxa e parte interna da coxa: sem pressão na barriga.
routine-builtin-reset-name = Pausa da cadeira
routine-builtin-reset-purpose = Uma liberação curta depois de um dia longo na cadeira ou de uma viagem longa de carro.

## Lines with numbers

today-status = { $done ->
    [yes] Feito hoje.
   *[no] Ainda não feito hoje.
} Sequência: { $streak } { $unit }.
today-plan-week = Semana { $n } de { $of } do seu plano: { $what }.
plan-describe = { $target } durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}

## O app em volta das telas

app-skip = Pular para o conteúdo
app-update = Atualização disponível.
app-reload = Recarregar para atualizar
app-not-found = Página não encontrada
app-not-found-why = Este link leva a uma tela que o app não tem.
app-go-home = Ir para o Início
app-title = Quads: libere o quadril tenso
app-chunk-failed = Não foi possível carregar esta tela. A conexão pode ter caído, ou o app foi atualizado depois que você abriu esta página.
app-chunk-reload = Recarregar

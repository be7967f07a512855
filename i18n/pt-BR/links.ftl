# Os links: o que um link compartilhado abre, "Abrir um link compartilhado" e por que um
# link não pode ser aberto. $detail é o motivo técnico do decodificador, em inglês.

link-empty = Este link não tem nada para abrir.
link-newer = Este link foi feito com uma versão mais nova do app. Atualize o app (recarregue com conexão) para abri-lo.
link-damaged = Este link está danificado ou incompleto ({ $detail }). Peça para quem enviou compartilhar de novo.
link-invalid = Este link tem algo que o app não consegue usar ({ $detail }).
link-cannot-open = Não é possível abrir este link
link-paste-another = Colar outro link
link-home = Início
open-title = Abrir um link compartilhado
open-why = Um app instalado no iPhone não abre links do Safari. Cole o link (ou só o código dele) aqui.
open-field = Link ou código
open-button = Abrir

## Uma rotina compartilhada

shared-title = Uma rotina compartilhada
shared-have = Você já tem esta rotina.
shared-exists-group = A rotina já existe
shared-exists = Você tem uma rotina com este nome. Manter as duas ou substituir a sua?
shared-keep-both = Manter as duas
shared-replace = Substituir a minha
shared-open-copy = Abrir a minha cópia
shared-save = Salvar nas minhas rotinas
shared-start = Começar agora
shared-check = Veja se combina com você: confira as notas de segurança em "Sobre".

## Um plano que alguém enviou

plan-title = Um plano para você
plan-lead = Fazer “{ $routine }” { $plan }.
plan-start-day = A semana 1 começa em { $day }.
plan-start-any = A semana 1 começa no dia em que você começar o plano.
plan-counts = O app conta suas sessões em relação a esta meta e mostra em que semana você está.
plan-note-caption = A anotação de quem enviou
plan-note = Anotação
plan-made = Feito em { $day }
plan-following = Este é o plano que você segue. Nada mudou.
plan-go-home = Ir para o Início
plan-before-group = Antes de começar
plan-newer = Este é um plano mais novo para “{ $routine }” (feito em { $made }). Ele substitui o que você segue (feito em { $current }).
plan-replaces = Você segue um plano para “{ $routine }”, { $plan }. Este o substitui.
plan-target = Sua meta de hábito ({ $own }) passa a ser { $target } durante as semanas do plano. A sua volta quando o plano terminar.
plan-start = Começar este plano
plan-not-now = Agora não
plan-save-only = Salvar só a rotina
plan-safety = Antes da sua primeira sessão, o app faz as perguntas de segurança, como em qualquer rotina. Orientação de autocuidado, não um diagnóstico: veja "Sobre".
report-their-words = As palavras da pessoa

## O progresso enviado de volta: a mensagem e o resumo que o link abre

report-heading = Meu progresso com “{ $routine }”, { $where }:
report-link = Resumo: { $link }
report-week = semana { $week } de { $weeks }
report-all-done = todas as { $weeks } semanas feitas
report-done-on = Feito em { $done } de { $planned } { $planned ->
    [one] dia planejado
   *[other] dias planejados
} ({ $target }).
report-streak = Sequência atual: { $streak } { $unit }.
report-tightness = Tensão: { $from } → { $to } de 10 ({ $trend ->
    [better] melhor
    [little-better] um pouco melhor
    [same] sem mudança
    [little-worse] um pouco pior
   *[worse] pior
}).
report-tenderness = Dor à pressão: { $from } → { $to } de 10 ({ $trend ->
    [better] melhor
    [little-better] um pouco melhor
    [same] sem mudança
    [little-worse] um pouco pior
   *[worse] pior
}).
checksum-finding = Revisão da automassagem: { $finding ->
    [too-early] ainda é cedo para saber
    [regularity-first] a automassagem ainda não é regular, então a regra de 2 a 4 semanas não começou
    [improving] melhorando
    [no-change] ainda sem mudança clara
    [see-no-fall] sem melhora clara depois de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de automassagem regular: hora de procurar um profissional de saúde
   *[see-rising] as notas estão subindo apesar da automassagem regular: hora de procurar um profissional de saúde
}.
checksum-regular = Automassagem regular: { $weeks ->
    [one] { $weeks } semana seguida
   *[other] { $weeks } semanas seguidas
}, cerca de { $perweek } dias por semana.
checksum-tightness = Tensão, média semanal nessas semanas: { $from } → { $to } de 10.
checksum-tenderness = Dor à pressão, média semanal nessas semanas: { $from } → { $to } de 10.

## Enviar o progresso, o resumo para um profissional de saúde e a página do relatório

sendprog-title = Enviar meu progresso
sendprog-lead = Uma mensagem curta para quem enviou o seu plano. Você escolhe o que vai nela; nada sai do celular até você mesmo enviar.
sendprog-put-in = Incluir
sendprog-counts = Dias feitos e minha sequência
sendprog-ratings = Tensão e dor à pressão, das minhas notas
sendprog-check = A automassagem está funcionando? (a revisão do app)
sendprog-words = Algumas palavras (opcional)
sendprog-message = A mensagem
sendprog-share-title = Meu progresso
sendprog-send = Enviar…
sendprog-copy = Copiar
sendprog-see = Ver o resumo que ele abre
clinsum-title = Resumo para um profissional de saúde
clinsum-lead = O que o app viu, em números, para um fisioterapeuta ou médico. Imprima ou envie; nada sai do celular até você fazer isso.
clinsum-print = Imprimir
clinsum-share-title = Minha revisão da automassagem
clinsum-plan-hint = Está seguindo um plano que alguém enviou? Comece o plano, e esta página envia o seu progresso para essa pessoa, com esta revisão incluída.
clinsum-back = Voltar ao meu hábito
reportpage-title = Relatório de progresso
reportpage-lead = “{ $routine }”: { $where }.
reportpage-sent = Enviado em { $day } · plano: { $target }
reportpage-readonly = Somente leitura. Isto é o que a pessoa escolheu enviar, dentro do próprio link: nada mais do celular dela está aqui, e nada é salvo neste aparelho.
reportpage-home = Início

## Enviar uma rotina como plano

planmaker-title = Enviar como plano
planmaker-lead = Para alguém que você orienta. A pessoa abre o link, começa o plano e o celular dela conta as sessões em relação a ele, semana a semana. Sem conta, sem servidor.
planmaker-weeks = Por quantas semanas
planmaker-start = Começa em (opcional)
planmaker-start-hint = Se ficar vazio, a semana 1 começa no dia em que a pessoa começar o plano.
planmaker-note = Uma anotação para a pessoa (opcional)
planmaker-note-count = { $count } de { $max } caracteres. Aparece como texto simples.
planmaker-sheet = O plano como a pessoa vai receber
planmaker-how = Abra o link no celular, ou escaneie o código com a câmera dele, e toque em “Começar este plano”.
planmaker-share = Compartilhar o plano
planmaker-share-title = Plano: { $routine }
planmaker-copy = Copiar o link
planmaker-print = Imprimir
planmaker-routine = A rotina
# Added to the name of a routine kept beside one of the same name.
shared-suffix = { " " }(compartilhada)

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

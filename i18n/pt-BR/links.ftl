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

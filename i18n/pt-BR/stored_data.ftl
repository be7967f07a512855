# Os dados salvos: quando não podem ser lidos, quando foram atualizados ou tiveram
# itens separados, quando o celular não os guarda, e a tela de recuperação.

stored-not-json = Os dados salvos não são um JSON válido ({ $detail }).
stored-no-version = Estes não são dados deste app: não têm versão.
stored-not-ours = Estes não são dados deste app.
stored-version-zero = Os dados salvos têm uma versão impossível (0).
stored-newer = Estes dados foram salvos por uma versão mais nova do app (formato { $version }; este app lê até o { $current }). Atualize o app para abri-los.
stored-cannot-upgrade = Não foi possível atualizar os dados salvos ({ $detail }).
stored-no-content = Os dados salvos não têm conteúdo.
stored-wrong-shape = Os dados salvos estão no formato errado.
stored-upgraded = Seus dados foram atualizados a partir do formato { $version }. Uma cópia dos dados antigos fica guardada.
stored-set-aside = { $n ->
    [one] { $n } item salvo não pôde ser lido e foi separado. Ele fica guardado e entra quando você exporta seus dados.
   *[other] { $n } itens salvos não puderam ser lidos e foram separados. Eles ficam guardados e entram quando você exporta seus dados.
}
stored-storage-unavailable = Este navegador não permite que o app guarde dados.
stored-storage-unreadable = Não foi possível ler os dados salvos.
stored-storage-full = O armazenamento do celular para este app está cheio ou bloqueado; exporte seus dados nos Ajustes.

## A tela de recuperação

recovery-title = Não foi possível abrir seus dados salvos
recovery-nothing-changed = Nada foi alterado nem apagado. Primeiro salve uma cópia dos dados como estão, para não perder nada; depois você pode começar do zero.
recovery-download = Baixar os dados salvos
recovery-downloaded = Baixado. Guarde o arquivo: ele pode ser verificado ou importado depois.
recovery-confirm-group = Confirmar começar do zero
recovery-fresh-question = Começar do zero?
recovery-fresh-why = Isso remove deste celular os dados que não podem ser lidos.
recovery-fresh-yes = Sim, começar do zero
recovery-cancel = Cancelar
recovery-fresh = Começar do zero…

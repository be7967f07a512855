# Ajustes: idioma, tema, som durante uma sessão e os dados da pessoa.

settings-title = Ajustes

## Language

settings-language = Idioma
settings-language-auto = Como o celular
settings-language-offline = Este idioma precisa de conexão uma vez para ser baixado. Até lá, o app continua no idioma que está mostrando.
settings-no-voice = Este celular não tem voz para este idioma: a voz fica em silêncio, mas os sons e a vibração continuam.

## Theme

settings-theme = Tema
settings-theme-system = Como o celular
settings-theme-light = Claro
settings-theme-dark = Escuro

## During a session

settings-session = Durante uma sessão
settings-sound = Sinais sonoros
settings-sound-hint = Sons para início, metade, últimos segundos, mudança de ponto, troca de lado e fim
settings-voice = Voz
settings-voice-hint = Diz o próximo ponto, o lado, o acessório e o tempo
settings-vibration = Vibração
settings-vibration-hint = Uma vibração a cada sinal
settings-audio-mode = O som e a sua música
settings-audio-track = Manter os sinais com a tela apagada (pausa outros áudios)
settings-audio-mix = Misturar com a minha música (tela ligada)
settings-audio-why = Com a tela apagada, o celular continua tocando uma faixa de som, mas para os outros sons da página, a voz e a vibração. A primeira opção toca a sessão inteira como essa faixa; a segunda mantém seu podcast ou sua música, e os sinais precisam da tela ligada.
settings-test-sound = Testar o som
settings-test-heard = Você deve ouvir um som de duas notas subindo. Se não ouvir, confira o volume.
settings-test-no-sound = Este navegador não consegue tocar som.
settings-test-voice = Ilíaco direito, bola de massagem, 60 segundos

## Your data

settings-data = Seus dados
settings-data-why = Tudo fica neste celular. Um arquivo de backup permite levar os dados para outro lugar ou guardá-los com segurança.
settings-storage-kept = Armazenamento: protegido. O navegador não vai apagá-lo para liberar espaço.
settings-storage-not-kept = Armazenamento: ainda não protegido. O navegador pode apagá-lo quando faltar espaço; instalar o app e exportar backups ajuda.
settings-storage-unknown = Armazenamento: este navegador não informa se guarda os dados.
settings-storage-checking = Armazenamento: verificando…
settings-keep-data = Pedir ao navegador para guardar meus dados
settings-export = Exportar backup (JSON)
settings-import = Importar backup…
settings-import-too-large = Esse arquivo é grande demais para ser um backup deste app.
settings-import-unreadable = Não foi possível ler o arquivo.
settings-import-nothing = Nada foi importado. { $why }
settings-import-preview = Prévia da importação
settings-import-will-add = Este backup vai adicionar:
settings-import-keeps = Nada deste celular é removido.
settings-import-confirm = Importar
settings-import-cancel = Cancelar
settings-about = Sobre o app, fontes e segurança

## Counts

settings-import-sessions = { $n ->
    [one] { $n } sessão
   *[other] { $n } sessões
}
settings-import-entries = { $n ->
    [one] { $n } registro do hábito
   *[other] { $n } registros do hábito
}
settings-import-routines = { $n ->
    [one] { $n } rotina
   *[other] { $n } rotinas
}
settings-import-results = { $n ->
    [one] { $n } resultado da triagem
   *[other] { $n } resultados da triagem
}
settings-import-updated = { $n ->
    [one] { $n } versão mais nova de algo que você já tem
   *[other] { $n } versões mais novas de coisas que você já tem
}
settings-imported = Importado: { $sessions }, { $entries }, { $routines }, { $results } adicionados; { $updated } atualizados.
settings-quarantine = { $n ->
    [one] { $n } item não pôde ser lido e foi separado; ele entra em toda exportação.
   *[other] { $n } itens não puderam ser lidos e foram separados; eles entram em toda exportação.
}

# Ajustes: idioma, tema, sonido durante una sesión y los datos de la persona.

settings-title = Ajustes

## Language

settings-language = Idioma
settings-language-auto = Como el teléfono
settings-language-offline = Este idioma necesita conexión una vez para descargarse. Hasta entonces, la app sigue en el idioma que muestra.
settings-no-voice = Este teléfono no tiene voz para este idioma: la voz no sonará, pero los tonos y la vibración siguen funcionando.

## Theme

settings-theme = Tema
settings-theme-system = Como el teléfono
settings-theme-light = Claro
settings-theme-dark = Oscuro

## During a session

settings-session = Durante una sesión
settings-sound = Avisos sonoros
settings-sound-hint = Tonos al empezar, a mitad, en los últimos segundos, al moverte, al cambiar de lado y al terminar
settings-voice = Voz
settings-voice-hint = Dice el siguiente punto, el lado, la herramienta y el tiempo
settings-vibration = Vibración
settings-vibration-hint = Una vibración con cada aviso
settings-audio-mode = El sonido y tu música
settings-audio-track = Mantener los avisos con la pantalla apagada (pausa otros audios)
settings-audio-mix = Mezclar con mi música (con la pantalla encendida)
settings-audio-why = Con la pantalla apagada, el teléfono sigue reproduciendo una pista de sonido, pero detiene los demás sonidos de la página, la voz y la vibración. La primera opción reproduce toda la sesión como esa pista; la segunda mantiene tu pódcast o tu música, y los avisos necesitan la pantalla encendida.
settings-test-sound = Probar el sonido
settings-test-heard = Deberías oír un tono de dos notas ascendente. Si no, revisa el volumen.
settings-test-no-sound = Este navegador no puede reproducir sonido.
settings-test-voice = Ilíaco derecho, pelota de masaje, 60 segundos

## Your data

settings-data = Tus datos
settings-data-why = Todo se queda en este teléfono. Un archivo de copia de seguridad te permite trasladarlo o guardarlo a salvo.
settings-storage-kept = Almacenamiento: protegido. El navegador no lo borrará para liberar espacio.
settings-storage-not-kept = Almacenamiento: todavía sin proteger. El navegador puede borrarlo si falta espacio; instalar la app y exportar copias de seguridad ayuda.
settings-storage-unknown = Almacenamiento: este navegador no indica si conserva los datos.
settings-storage-checking = Almacenamiento: comprobando…
settings-keep-data = Pedir al navegador que conserve mis datos
settings-export = Exportar copia de seguridad (JSON)
settings-import = Importar copia de seguridad…
settings-import-too-large = Ese archivo es demasiado grande para ser una copia de seguridad de esta app.
settings-import-unreadable = No se ha podido leer el archivo.
settings-import-nothing = No se ha importado nada. { $why }
settings-import-preview = Vista previa de la importación
settings-import-will-add = Esta copia de seguridad añadirá:
settings-import-keeps = No se elimina nada de este teléfono.
settings-import-confirm = Importar
settings-import-cancel = Cancelar
settings-about = Acerca de, fuentes y seguridad

## Counts

settings-import-sessions = { $n ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
settings-import-entries = { $n ->
    [one] { $n } registro del hábito
   *[other] { $n } registros del hábito
}
settings-import-routines = { $n ->
    [one] { $n } rutina
   *[other] { $n } rutinas
}
settings-import-results = { $n ->
    [one] { $n } resultado del triaje
   *[other] { $n } resultados del triaje
}
settings-import-updated = { $n ->
    [one] { $n } versión más reciente de algo que ya tienes
   *[other] { $n } versiones más recientes de cosas que ya tienes
}
settings-imported = Importado: { $sessions }, { $entries }, { $routines }, { $results } añadidos; { $updated } actualizados.
settings-quarantine = { $n ->
    [one] { $n } elemento no se ha podido leer y se ha apartado; se incluye en cada exportación.
   *[other] { $n } elementos no se han podido leer y se han apartado; se incluyen en cada exportación.
}

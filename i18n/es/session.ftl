# Una sesión de presión y las rutinas: lo que muestra el reproductor, lo que oye el
# lector de pantalla, lo que dice la voz y lo que lee la pantalla de bloqueo (lo decide
# session/words.rs), las páginas de las rutinas, la valoración tras una sesión y la
# guía de cada punto.

## Las fases. $spot y $spots cuentan los puntos de una presión.

phase-prepare = Colócate en posición
phase-hold = Presión · punto { $spot } de { $spots }
phase-move = Mueve la herramienta unos centímetros
phase-switch = Cambia al lado { $side ->
    [left] izquierdo
   *[right] derecho
}
spot-line = { muscle-on-side } · { tool-in-sentence }
lock-hold = { muscle-on-side } · punto { $spot } de { $spots }
lock-other = { $title } · { muscle-on-side }
announce = { muscle-on-side }, { tool-in-sentence }, { $seconds } segundos
spoken-next = { $title }. { $announce }
spoken-move = Mueve la herramienta unos centímetros.
spoken-done = Sesión terminada. Buen trabajo.
live-done = Sesión terminada.
live-paused = En pausa.
live-hold = Presión: { $line }, punto { $spot } de { $spots }, { $seconds } segundos.
live-next = { $title }. Siguiente: { $next }.
live-ten-left = Quedan 10 segundos.
about-minutes = unos { $minutes } min

## El reproductor

player-none = No hay ninguna sesión en curso
player-none-why = Elige una rutina para empezar una.
player-routines = Rutinas
player-resume-title = ¿Retomar tu sesión?
player-interrupted = «{ $name }» se interrumpió.
player-left-in-part = Quedan { $time } en esta parte
player-resume = Seguir donde estaba
player-end-stored = Terminarla y guardar lo que hice
player-track-failed = La pista de sonido no ha podido empezar aquí, así que los avisos suenan desde la página: deja la pantalla encendida.
player-time-left = Tiempo que queda en esta parte
player-next = Siguiente: { $title } · { $line }
player-last = Es el último
player-back = Atrás
player-resume-button = Seguir
player-pause = Pausa
player-skip = Saltar
player-add-time = 15 s
player-end-group = Terminar la sesión
player-end-question = ¿Terminar ahora? Lo que has hecho hasta aquí se guarda.
player-end = Terminar la sesión
player-keep-going = Seguir
player-end-ask = Terminar la sesión…
player-done = Sesión terminada
player-ended = Sesión finalizada
player-time-held = Tiempo de presión
player-spots = Puntos
player-sides = Lados
player-counted = Cuenta para el { $day } en tu hábito.
player-feel-now = Opcional: ¿cómo lo notas ahora?
player-see-habit = Ver mi hábito
player-home = Inicio
player-make-usual = Hacer de esta mi rutina habitual

## Valorar un día

rating-tightness = Tirantez del cuádriceps (0 nada, 10 lo peor)
rating-tenderness = Dolor a la presión en el punto peor
rating-note = Nota
rating-save = Guardar valoración
rating-saved = Guardado.

## Las rutinas

routines-title = Rutinas
routines-new = Nueva rutina
routines-open-link = Abrir un enlace compartido
routines-belly = presiona el abdomen
routines-start = Empezar
routines-start-named = Empezar { $name }
routine-steps = { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}
routine-belly-warning = presiona el abdomen (no en embarazo, hernia, cirugía reciente, aneurisma, anticoagulantes ni inflamación intestinal)
routine-start = Empezar
routine-send-plan = Enviar como plan
routine-print = Imprimir
routine-duplicate = Duplicar
routine-copy-name = { $name } (copia)
routine-edit = Editar
routine-delete = Eliminar
routine-delete-group = Eliminar la rutina
routine-delete-question = ¿Eliminar esta rutina? Las sesiones que hiciste con ella se quedan en tu historial.
routine-keep = Conservarla
routine-not-found = Rutina no encontrada
routine-maybe-deleted = Puede que se haya eliminado.
routine-all = Todas las rutinas

## Los pasos de una rutina, como hoja

sheet-title = { muscle-on-side }
sheet-detail = { tool-in-sentence } · { $hold } s por punto × { $spots ->
    [one] { $spots } punto
   *[other] { $spots } puntos
}
sheet-deeper = Para ir más a fondo: { $deepen ->
    [knee-falls-out] deja caer la rodilla hacia fuera
    [slow-breaths] respira lento con el abdomen y deja que se suelte
   *[straighten-leg] estira la pierna despacio
}
sheet-both-sides = Primero el lado izquierdo y luego el derecho: los puntos son simétricos.
sheet-guide = Guía del punto, con una figura
sheet-where = Dónde
sheet-find = Cómo encontrarlo
sheet-place = Cómo colocar la herramienta
sheet-feel = Qué deberías notar
sheet-stop = Para si

## La guía de cada punto

guide-iliacus-where = Recubre el interior del cuenco de la pelvis, justo por dentro del borde óseo de la parte delantera de la cadera.
guide-iliacus-find = Busca el hueso de la cadera que sobresale por delante y desliza un dedo hacia dentro y hacia abajo, por encima del borde, hasta la zona blanda.
guide-iliacus-place = Túmbate boca abajo con la herramienta justo por dentro de ese borde, inclinada hacia el hueso de la cadera. Deja que tu peso se apoye en ella poco a poco.
guide-iliacus-feel = Un dolor profundo y sordo que puede notarse también en la parte delantera del muslo. Ese eco es justo lo que buscas.
guide-psoas-where = En lo profundo del abdomen, junto a la columna, bajando en diagonal hacia la cara interna de la cadera.
guide-psoas-find = Desde el ombligo, ve unos dos dedos hacia un lado y un poco hacia abajo. Para notarlo, tensa el músculo levantando un poco la rodilla.
guide-psoas-place = Túmbate boca abajo con la herramienta ahí y deja que el abdomen se relaje a su alrededor. Entra poco a poco, nunca de golpe.
guide-psoas-feel = Una presión profunda, a veces un dolor conocido en la zona lumbar o en la ingle.
guide-glute-max-where = El músculo grande de la nalga.
guide-glute-max-find = Túmbate boca arriba con las rodillas dobladas y busca un punto sensible en la parte carnosa de la nalga.
guide-glute-max-place = Pon la pelota bajo ese punto. Deja caer hacia fuera la rodilla de ese lado para aumentar la presión.
guide-glute-max-feel = Un dolor intenso pero soportable que se va calmando al respirar.
guide-hamstrings-where = La parte trasera del muslo, desde el hueso en el que te sientas hasta detrás de la rodilla.
guide-hamstrings-find = Siéntate en el suelo con la pierna estirada y busca una banda sensible a lo largo de la parte trasera del muslo.
guide-hamstrings-place = Pon el rodillo o la pelota bajo ese punto y deja que descanse en él el peso de la pierna.
guide-hamstrings-feel = Un dolor que se extiende bajo la herramienta y va cediendo durante la presión.
guide-adductor-magnus-where = La cara interna del muslo, desde arriba, cerca de la ingle, hasta la cara interna de la rodilla.
guide-adductor-magnus-find = Túmbate boca abajo con una rodilla doblada hacia un lado y busca a lo largo de la cara interna del muslo.
guide-adductor-magnus-place = Apoya la cara interna del muslo en el rodillo o la pelota y deja que se hunda.
guide-adductor-magnus-feel = Sensible, a veces sorprendentemente; debería ablandarse con cada respiración.
guide-quads-where = La parte delantera del muslo.
guide-quads-find = Túmbate boca abajo y busca a lo largo de la parte delantera del muslo una zona tensa o sensible.
guide-quads-place = Apoya el muslo en el rodillo o la pelota. Trabajar el cuádriceps ayuda, pero por sí solo rara vez resuelve un dolor que viene de la cadera.
guide-quads-feel = Un dolor firme que va cediendo.
guide-stop-belly = Afloja de inmediato si notas latir algo bajo la herramienta, un dolor agudo o eléctrico, o un dolor que se extiende; nunca presiones a pesar de ello.
guide-stop-leg = Afloja si el dolor se vuelve agudo, quemante o eléctrico, o si la pierna se duerme o te hormiguea.
guide-figure-alt = { muscle-on-side }, dónde trabajar: { $where } { $find }

## Una rutina que llega por un enlace, en breve

share-belly-yes = presiona el abdomen (ilíaco o psoas)
share-belly-no = sin presión en el abdomen

## Compartir

share-done = Compartido.
share-failed = No se ha podido compartir ni copiar. Mantén pulsado el enlace de abajo para copiarlo.
share-link-copied = Enlace copiado. Pégalo en un mensaje.
share-message-copied = Mensaje copiado. Pégalo en un chat o en un correo.
share-routine = Compartir
share-routine-hint = El enlace lleva la rutina en sí: sin cuenta, sin servidor. No contiene datos de salud.

## Crear una rutina propia

builder-new = Nueva rutina
builder-edit = Editar la rutina
builder-builtin = Las rutinas incluidas no se pueden editar; duplica una para hacerla tuya.
builder-name = Nombre
builder-purpose = Objetivo (opcional)
builder-rest = Descanso al cambiar de lado (segundos)
builder-add-step = Añadir un paso
builder-save = Guardar la rutina
builder-cancel = Cancelar
builder-step = Paso { $step }
builder-muscle = Músculo
builder-side = Lado
builder-tool = Herramienta
builder-hold = Presión por punto (segundos)
builder-spots = Puntos
builder-deepen = Ir más a fondo
builder-reposition = Tiempo para colocarte (segundos)
builder-move-up = Subir
builder-move-up-step = Subir: paso { $step }
builder-move-down = Bajar
builder-move-down-step = Bajar: paso { $step }
builder-remove = Quitar
builder-remove-step = Quitar: paso { $step }
routine-invalid-no-name = Ponle un nombre a la rutina.
routine-invalid-name-long = El nombre tiene más de { $max } caracteres.
routine-invalid-purpose-long = El objetivo tiene más de { $max } caracteres.
routine-invalid-control = El nombre o el objetivo contienen caracteres de control.
routine-invalid-no-steps = Añade al menos un paso.
routine-invalid-too-many-steps = Una rutina tiene como máximo { $max } pasos.
routine-invalid-rest = El descanso entre lados es como máximo de { $max } s.
routine-invalid-hold = Paso { $step }: presión de entre { $min } y { $max } s.
routine-invalid-spots = Paso { $step }: entre { $min } y { $max } puntos.
routine-invalid-reposition = Paso { $step }: el tiempo para colocarte es como máximo de { $max } s.
link-detail = { $detail }
# $value: the stored name of the muscle, side, tool or way to go deeper.
builder-muscle-option = { $value ->
    [iliacus] ilíaco
    [psoas] psoas
    [glute-max] glúteo mayor
    [hamstrings] isquiotibiales
    [adductor-magnus] aductor mayor
   *[quads] cuádriceps
}
builder-side-option = { $value ->
    [left] izquierdo
    [right] derecho
   *[both] los dos lados
}
builder-tool-option = { $value ->
    [hands] manos
    [massage-ball] pelota de masaje
    [lacrosse-ball] pelota de lacrosse o de tenis
    [kettlebell-handle] asa de la pesa rusa
    [foam-roller] rodillo de espuma
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}
builder-deepen-option = { $value ->
    [none] ninguna
    [knee-falls-out] deja caer la rodilla hacia fuera
    [slow-breaths] respira lento con el abdomen y deja que se suelte
   *[straighten-leg] estira la pierna despacio
}

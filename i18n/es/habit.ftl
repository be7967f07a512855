# La pantalla del hábito: rachas y fuerza, esta semana, el calendario y su editor
# de días, «¿está funcionando?», el objetivo, los recordatorios y los días como archivo.

day-only = { $day }

## Rachas y fuerza

habit-title = Tu hábito
habit-lead = Como el hilo dental para tu core: unos minutos, a menudo, antes de que vuelva el dolor.
habit-current-streak = racha actual ({ $unit })
habit-best-streak = mejor racha
habit-strength = fuerza del hábito
habit-percent = { $percent } %
habit-this-week = Esta semana: { $done } de { $goal ->
    [one] { $goal } día
   *[other] { $goal } días
}
habit-how-strength = Cómo se mueve la fuerza del hábito
habit-how-strength-text = Cada día que cumples tu objetivo la puntuación sube un poco; cada día que fallas baja un poco. Los días recientes cuentan más, y se tarda unas dos semanas de liberación diaria en llegar a la mitad, así que un día perdido nunca la borra. Los días saltados (descanso, enfermedad, viaje) la dejan igual.
habit-today-done = Hoy ya está hecho.
habit-undo-today = Deshacer la marca de hoy
habit-did-it = Lo hice hoy (sin la app)
habit-undo-skip = Deshacer el salto
habit-skip-today = Saltar hoy (descanso, enfermedad, viaje)

## El calendario

cal-previous = Mes anterior
cal-next = Mes siguiente
cal-day = { $day }: { $state ->
    [done] hecho
    [skipped] saltado
   *[none] sin hacer
}
cal-done = hecho
cal-skipped = saltado
day-edit = Editar { $day }
day-status = { $state ->
    [done] Hecho
    [skipped] Saltado
   *[none] Sin hacer
} · { $sessions ->
    [one] { $sessions } sesión con la app
   *[other] { $sessions } sesiones con la app
}
day-tightness = tirantez { $tightness }/10
day-remove-mark = Quitar la marca manual
day-mark-done = Marcar como hecho
day-remove-skip = Quitar el salto
day-mark-skipped = Marcar como saltado
day-close = Cerrar

## ¿Está funcionando?

progress-title = ¿Está funcionando?
progress-summary = Desde la semana del { $since }, con unos { $perweek } días de liberación por semana, la tirantez { $trend ->
    [down] bajó de { $from } a { $to }
    [up] subió de { $from } a { $to }
   *[same] se quedó en { $from }
} sobre 10.
progress-hint = Valora tu tirantez después de las sesiones (de 0 a 10). Tras dos semanas con valoraciones, aquí verás cómo cambia junto a tu regularidad.
progress-chart = Gráfico semanal: las barras son los días de liberación por semana, la línea continua la tirantez y la discontinua el dolor a la presión, de 0 a 10.
progress-legend-days = días hechos por semana
progress-legend-tightness = tirantez
progress-legend-tenderness = dolor a la presión
progress-table = Los números en una tabla
progress-week-of = Semana del
progress-days-done = Días hechos
progress-tightness = Tirantez
progress-tenderness = Dolor a la presión

## Objetivo y recordatorios

target-title = Objetivo y recordatorios
target-plan = Tu plan para «{ $routine }» fija este objetivo hasta que termine. Al terminarlo recuperas el objetivo que tenías.
target-end-plan = Terminar el plan ahora
target-how-often = Con qué frecuencia
target-every-day = Todos los días
target-some-days = Algunos días por semana
target-every-few = Cada pocos días
target-days-per-week = Días por semana
target-every-how-many = Cada cuántos días
target-day-starts = Un día nuevo empieza a las
target-day-starts-why = Una sesión después de medianoche pero antes de esta hora cuenta para la noche anterior.
target-reminder = Hora del recordatorio
target-ics = Añadir un recordatorio a mi calendario (.ics)
target-ics-why = Los recordatorios vienen de tu propia app de calendario. Las notificaciones push necesitarían un servidor, y esta app no tiene ninguno: nada sobre ti sale del teléfono.
target-csv = Exportar los días (CSV)

## El recordatorio en una app de calendario, y los días como hoja de cálculo

ics-summary = Liberación de los flexores de la cadera (hilo dental para tu core)
ics-description = Unos minutos de liberación. Abre la app: { $url }
ics-alarm = Es hora de liberar tus flexores de la cadera
csv-headings = fecha,hecho,saltado,tirantez,dolor a la presión,nota

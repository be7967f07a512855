# Los enlaces: lo que abre un enlace compartido, «Abrir un enlace compartido» y por qué
# un enlace no se puede abrir. $detail es el motivo técnico del decodificador, en inglés.

link-empty = Este enlace no contiene nada que abrir.
link-newer = Este enlace se hizo con una versión más nueva de la app. Actualiza la app (recárgala con conexión) para abrirlo.
link-damaged = Este enlace está dañado o incompleto ({ $detail }). Pide a quien te lo envió que lo vuelva a compartir.
link-invalid = Este enlace contiene algo que la app no puede usar ({ $detail }).
link-cannot-open = No se puede abrir este enlace
link-paste-another = Pegar otro enlace
link-home = Inicio
open-title = Abrir un enlace compartido
open-why = Una app instalada en el iPhone no abre enlaces desde Safari. Pega aquí el enlace (o solo su código).
open-field = Enlace o código
open-button = Abrir

## Una rutina compartida

shared-title = Una rutina compartida
shared-have = Ya tienes esta rutina.
shared-exists-group = La rutina ya existe
shared-exists = Tienes una rutina con este nombre. ¿Conservar las dos o sustituir la tuya?
shared-keep-both = Conservar las dos
shared-replace = Sustituir la mía
shared-open-copy = Abrir mi copia
shared-save = Guardar en mis rutinas
shared-start = Empezar ahora
shared-check = Comprueba que te conviene: consulta las notas de seguridad en «Acerca de».

## Un plan que alguien te envió

plan-title = Un plan para ti
plan-lead = Haz «{ $routine }» { $plan }.
plan-start-day = La semana 1 empieza el { $day }.
plan-start-any = La semana 1 empieza el día que empieces el plan.
plan-counts = La app cuenta tus sesiones frente a este objetivo y te muestra en qué semana estás.
plan-note-caption = La nota de quien lo envía
plan-note = Nota
plan-made = Hecho el { $day }
plan-following = Este es el plan que sigues. No ha cambiado nada.
plan-go-home = Ir a Inicio
plan-before-group = Antes de empezar
plan-newer = Este es un plan más reciente para «{ $routine }» (hecho el { $made }). Sustituye al que sigues (hecho el { $current }).
plan-replaces = Sigues un plan para «{ $routine }», { $plan }. Este lo sustituye.
plan-target = Tu objetivo de hábito ({ $own }) pasa a ser { $target } durante las semanas del plan. El tuyo vuelve cuando el plan termine.
plan-start = Empezar este plan
plan-not-now = Ahora no
plan-save-only = Guardar solo la rutina
plan-safety = Antes de tu primera sesión, la app hace sus preguntas de seguridad, como con cualquier rutina. Guía de autocuidado, no un diagnóstico: consulta «Acerca de».
report-their-words = Sus palabras

## El progreso enviado: el mensaje y el resumen que abre su enlace

report-heading = Mi progreso con «{ $routine }», { $where }:
report-link = Resumen: { $link }
report-week = semana { $week } de { $weeks }
report-all-done = las { $weeks } semanas hechas
report-done-on = Hecho { $done } de { $planned } { $planned ->
    [one] día previsto
   *[other] días previstos
} ({ $target }).
report-streak = Racha actual: { $streak } { $unit }.
report-tightness = Tirantez: { $from } → { $to } sobre 10 ({ $trend ->
    [better] mejor
    [little-better] algo mejor
    [same] sin cambios
    [little-worse] algo peor
   *[worse] peor
}).
report-tenderness = Dolor a la presión: { $from } → { $to } sobre 10 ({ $trend ->
    [better] mejor
    [little-better] algo mejor
    [same] sin cambios
    [little-worse] algo peor
   *[worse] peor
}).
checksum-finding = Revisión de la liberación: { $finding ->
    [too-early] aún es pronto para saberlo
    [regularity-first] la liberación todavía no es regular, así que la regla de 2 a 4 semanas no ha empezado
    [improving] mejorando
    [no-change] todavía sin un cambio claro
    [see-no-fall] sin mejoría clara tras { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de liberación regular: es momento de consultar a un profesional sanitario
   *[see-rising] las valoraciones suben a pesar de la liberación regular: es momento de consultar a un profesional sanitario
}.
checksum-regular = Liberación regular: { $weeks ->
    [one] { $weeks } semana seguida
   *[other] { $weeks } semanas seguidas
}, unos { $perweek } días por semana.
checksum-tightness = Tirantez, media semanal en esas semanas: { $from } → { $to } sobre 10.
checksum-tenderness = Dolor a la presión, media semanal en esas semanas: { $from } → { $to } sobre 10.

## Enviar el progreso, el resumen para un profesional sanitario y la página del informe

sendprog-title = Enviar mi progreso
sendprog-lead = Un mensaje corto para quien te envió el plan. Tú eliges qué lleva; nada sale del teléfono hasta que lo envíes tú.
sendprog-put-in = Incluir
sendprog-counts = Días hechos y mi racha
sendprog-ratings = Tirantez y dolor a la presión, de mis valoraciones
sendprog-check = ¿Funciona la liberación? (la revisión de la app)
sendprog-words = Unas palabras (opcional)
sendprog-message = El mensaje
sendprog-share-title = Mi progreso
sendprog-send = Enviar…
sendprog-copy = Copiar
sendprog-see = Ver el resumen que abre
clinsum-title = Resumen para un profesional sanitario
clinsum-lead = Lo que la app ha visto, en números, para un fisioterapeuta o un médico. Imprímelo o envíalo; nada sale del teléfono hasta que lo hagas.
clinsum-print = Imprimir
clinsum-share-title = Mi revisión de la liberación
clinsum-plan-hint = ¿Sigues un plan que alguien te envió? Empiézalo, y esta página le enviará tu progreso, con esta revisión incluida.
clinsum-back = Volver a mi hábito
reportpage-title = Informe de progreso
reportpage-lead = «{ $routine }»: { $where }.
reportpage-sent = Enviado el { $day } · plan: { $target }
reportpage-readonly = Solo lectura. Esto es lo que eligió enviar, dentro del propio enlace: no contiene nada más de su teléfono y aquí no se guarda nada.
reportpage-home = Inicio

## Enviar una rutina como plan

planmaker-title = Enviar como plan
planmaker-lead = Para alguien a quien guías. Abre el enlace, empieza el plan y su teléfono cuenta sus sesiones frente a él, semana a semana. Sin cuenta, sin servidor.
planmaker-weeks = Durante cuántas semanas
planmaker-start = Empieza el (opcional)
planmaker-start-hint = Si lo dejas vacío, la semana 1 empieza el día que empiece el plan.
planmaker-note = Una nota para esa persona (opcional)
planmaker-note-count = { $count } de { $max } caracteres. Se le muestra como texto sin formato.
planmaker-sheet = El plan tal como le llegará
planmaker-how = Abre el enlace en el teléfono, o escanea el código con su cámara, y luego toca «Empezar este plan».
planmaker-share = Compartir el plan
planmaker-share-title = Plan: { $routine }
planmaker-copy = Copiar el enlace
planmaker-print = Imprimir
planmaker-routine = La rutina
# Added to the name of a routine kept beside one of the same name.
shared-suffix = { " " }(compartida)

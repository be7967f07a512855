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

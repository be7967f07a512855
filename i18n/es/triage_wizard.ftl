# El asistente de triaje alrededor de sus preguntas: títulos de los pasos, botones,
# las respuestas sí / no / no estoy seguro, los minutos y herramientas, y el aviso de urgencia.

## Step titles

wizard-title-intro = ¿De dónde viene?
wizard-title-warning-signs = Primero, los signos de alarma
wizard-title-clinician-signs = Signos que debe valorar un profesional sanitario
wizard-title-belly-pressure = ¿Puedes presionar el abdomen con seguridad?
wizard-title-where-it-hurts = ¿Dónde te duele?
wizard-title-what-it-is-like = ¿Cómo es el dolor?
wizard-title-your-days = Tu día a día
wizard-title-time-and-tools = Tu tiempo y tus herramientas
wizard-title-emergency-stop = Busca atención urgente ahora

## Around the questions

wizard-step = Paso { $step } de { $steps }
wizard-intro = Unas preguntas sencillas: primero sobre signos de alarma que necesitan un médico, después sobre tu dolor y tu día a día. Al final verás el origen más probable, por qué lo pensamos y una rutina para empezar.
wizard-not-a-diagnosis = Esto es una guía de autocuidado, no un diagnóstico. Tus respuestas se quedan en este teléfono.
wizard-resumed = Tienes un triaje a medias; tus respuestas están guardadas.
wizard-warning-signs-intro = Responde a cada una. Si tienes dudas, dilo: aquí, «no lo sé» cuenta como un sí.
wizard-answer-all = Responde a las seis para continuar.
wizard-belly-intro = Al ilíaco y al psoas se llega presionando el abdomen. Estas situaciones lo descartan (el trabajo de glúteo y muslo sigue siendo posible).
wizard-why-we-ask = Por qué lo preguntamos: { $why }
wizard-where-legend = Dónde duele (marca todo lo que corresponda)
wizard-no-pain = Ahora no me duele: quiero que siga así
wizard-side-legend = ¿Qué lado?
wizard-side-left = Izquierdo
wizard-side-right = Derecho
wizard-side-both = Los dos
wizard-body-front = delante
wizard-body-back = detrás
wizard-feeling-legend = ¿Qué sientes?
wizard-duration-legend = ¿Cuánto tiempo hace que dura?
wizard-severity-legend = ¿Cuánto te duele ahora? (0 nada, 10 lo peor)
wizard-not-helping-legend = ¿Qué no te ha ayudado?
wizard-sitting-hours = Horas sentado o sentada en un día normal
wizard-habits-legend = ¿Cuáles encajan contigo?
wizard-time-why = Por qué lo preguntamos: la rutina se ajusta a tu tiempo, y puedes cambiarlo en el resultado.
wizard-tools-legend = ¿Qué herramientas de liberación tienes?
wizard-tools-none = ¿Todavía ninguna? Déjalas todas sin marcar: te bastan las manos y una pelota de cualquier tienda de deportes. Tu respuesta se guarda para la próxima vez.

## Buttons

wizard-start = Empezar
wizard-continue = Continuar
wizard-next = Siguiente
wizard-see-result = Ver mi resultado
wizard-back = Atrás
wizard-skip = Saltar
wizard-change-answers = Cambiar mis respuestas

## Yes / no / not sure, and the minutes

answer-yes = Sí
answer-no = No
answer-not-sure = No lo sé
minutes-legend = ¿Cuánto tiempo tienes para una rutina?
minutes-choice = { $minutes } min

## The emergency stop

emergency-now = ⚠ Llama ahora a emergencias o a tu número local de urgencias.
emergency-no-release = No hagas ninguna liberación con presión. Tus respuestas incluyen un signo que necesita un médico hoy:
emergency-unsure = (tenías dudas; con este signo, la duda cuenta como un sí)
emergency-mistake = Si te equivocaste al responder, puedes cambiar tus respuestas.

## Release tools

tool-hands = Manos
tool-massage-ball = Pelota de masaje
tool-lacrosse-ball = Pelota de lacrosse o de tenis
tool-kettlebell-handle = Pesa rusa (kettlebell)
tool-foam-roller = Rodillo de espuma
tool-hip-hook = Hip Hook
tool-pso-rite = Pso-Rite

## La comprobación de seguridad antes de una sesión

safety-check-title = Una comprobación rápida de seguridad
safety-check-why = Antes de empezar, seis preguntas sobre signos de alarma. Vuelven cada dos semanas, y cada día mientras tus valoraciones suban.
safety-check-start = Ninguno de estos: empezar { $name }

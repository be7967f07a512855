# Las preguntas del triaje tras los signos de alarma: las opciones (-label), la frase
# entera en que se convierte cada respuesta (-said, se lee tras «porque dijiste que ...»)
# y por qué se pregunta cada cosa (triage-why-...). Una frase -said es entera: nunca se
# construye a partir de una etiqueta.

## Dónde duele

triage-region-front-thigh-label = Parte delantera del muslo
triage-region-front-thigh-said = te duele la parte delantera del muslo

triage-region-front-hip-groin-label = Parte delantera de la cadera o ingle
triage-region-front-hip-groin-said = te duele la parte delantera de la cadera o la ingle

triage-region-low-back-label = Zona lumbar, junto a la columna
triage-region-low-back-said = te duele la zona lumbar, junto a la columna

triage-region-buttock-label = Nalga
triage-region-buttock-said = te duele la nalga

triage-region-back-thigh-label = Parte trasera del muslo
triage-region-back-thigh-said = te duele la parte trasera del muslo

triage-region-inner-thigh-label = Cara interna del muslo
triage-region-inner-thigh-said = te duele la cara interna del muslo

triage-region-knee-label = Rodilla
triage-region-knee-said = te duele la rodilla

triage-region-lower-leg-foot-label = Parte baja de la pierna o pie
triage-region-lower-leg-foot-said = te duele la parte baja de la pierna o el pie

## Cómo es

triage-feeling-tight-label = Tirantez
triage-feeling-tight-said = notas tirantez

triage-feeling-aching-label = Dolor sordo
triage-feeling-aching-said = tienes un dolor sordo

triage-feeling-sharp-label = Punzante
triage-feeling-sharp-said = el dolor es punzante

triage-feeling-burning-label = Quemazón
triage-feeling-burning-said = notas quemazón

triage-feeling-numb-tingling-label = Adormecimiento u hormigueo
triage-feeling-numb-tingling-said = notas adormecimiento u hormigueo

triage-feeling-weakness-label = Debilidad
triage-feeling-weakness-said = notas la pierna débil

## Cuánto tiempo dura

triage-duration-under-two-weeks-label = Menos de 2 semanas
triage-duration-under-two-weeks-said = empezó hace menos de 2 semanas

triage-duration-two-to-six-weeks-label = De 2 a 6 semanas
triage-duration-two-to-six-weeks-said = dura ya de 2 a 6 semanas

triage-duration-over-six-weeks-label = Más de 6 semanas
triage-duration-over-six-weeks-said = dura ya más de 6 semanas

## Qué no ha ayudado

triage-not-helping-stretching-quads-label = Estirar los cuádriceps
triage-not-helping-stretching-quads-said = estirar los cuádriceps no te ayuda

triage-not-helping-rolling-quads-label = Pasar el rodillo por los cuádriceps
triage-not-helping-rolling-quads-said = el rodillo en los cuádriceps no te ayuda

triage-not-helping-rest-label = Reposo
triage-not-helping-rest-said = el reposo no te ayuda

## Cómo son los días

triage-habit-knees-above-hips-label = Me siento con las rodillas más altas que las caderas
triage-habit-knees-above-hips-said = te sientas con las rodillas más altas que las caderas

triage-habit-leaning-forward-label = Me inclino hacia delante al sentarme
triage-habit-leaning-forward-said = te inclinas hacia delante al sentarte

triage-habit-long-drives-label = Conduzco durante mucho rato seguido
triage-habit-long-drives-said = conduces durante mucho rato seguido

triage-habit-sleep-curled-up-label = Duermo en posición fetal
triage-habit-sleep-curled-up-said = duermes en posición fetal

triage-habit-training-jump-label = He aumentado mucho el entrenamiento últimamente
triage-habit-training-jump-said = has aumentado mucho el entrenamiento

triage-habit-running-label = Corro con regularidad
triage-habit-running-said = corres con regularidad

## Respuestas que las reglas leen de números

# $hours is 6 or more.
triage-said-long-sitting = pasas unas { $hours } horas al día en posición sentada

triage-said-quad-work-not-tried = aún no has visto que trabajar los cuádriceps no te sirva

## Por qué se pregunta cada cosa

triage-why-region = Donde duele orienta sobre dónde puede estar el nudo: cada músculo envía dolor a su propia zona típica.

triage-why-side = Normalmente un lado está peor; la rutina empieza por ahí.

triage-why-feeling = Un dolor sordo o la tirantez encajan con un nudo muscular; el adormecimiento, la quemazón o la debilidad apuntan a un nervio.

triage-why-duration = Un dolor que sigue ahí tras semanas de estiramientos suele venir de otra parte.

triage-why-severity = Por encima de 7 sobre 10 es demasiado para tratarlo por tu cuenta.

triage-why-not-helping = Si trabajar los cuádriceps no ayuda, probablemente el origen no esté en ellos.

triage-why-day = Muchas horas con la cadera flexionada mantienen activos los nudos de los flexores de la cadera.

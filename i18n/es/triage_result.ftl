# El resultado del triaje: el nivel y por qué, los orígenes probables con las
# respuestas de la persona, qué más ayuda, y la rutina hecha para ella con el
# motivo de cada paso. Deciden triage/assess.rs y triage/compose; estas son las palabras.

## El nivel

result-level-emergency = Busca atención urgente ahora
result-level-see-clinician = Consulta a un profesional sanitario antes de la liberación
result-level-caution = Autocuidado, con precaución
result-level-self-care = El autocuidado parece razonable

## Por qué este nivel. $said y $why son el -said y el -why de un signo de alarma.

result-you-said = Dijiste: { $said }. { $why }
result-you-said-unsure = Dijiste: { $said } (tenías dudas, y con este signo es más seguro tratar la duda como un sí). { $why }
result-not-sure-about = Tenías dudas sobre: { $said }. { $why } Si resulta que es así, consulta primero a un profesional sanitario.
result-contra = Dijiste: { $said }. { $why } Se deja fuera la presión sobre el abdomen.
result-severity = Valoraste el dolor con un { $severity } sobre 10. { $why }
result-nerve = Describiste entumecimiento, hormigueo o debilidad. Los signos nerviosos deben valorarse antes de la liberación.
result-sharp = Un dolor agudo o quemante no es típico de un nudo muscular: ve con suavidad y para si empeora.
result-no-warning = No indicaste signos de alarma ni nada que descarte la liberación.

## Qué más ayuda

advice-sitting = Siéntate con las caderas un poco más altas que las rodillas, apóyate en el respaldo en lugar de inclinarte hacia delante, y levántate un minuto cada media hora.
advice-driving = En viajes largos en coche, para más o menos cada hora y camina unos minutos; sube el asiento para que las rodillas queden más bajas.
advice-sleep = Prueba a dormir con las piernas más estiradas, boca arriba o de lado con una almohada entre las rodillas.
advice-training = Vuelve a la carga de entrenamiento que tenías antes del aumento y luego súbela poco a poco.
advice-no-belly = Trabaja solo el glúteo, los isquiotibiales y la cara interna del muslo: nada de presión en el abdomen hasta que un profesional sanitario diga que se puede.
advice-habit = Haz de la liberación un hábito corto y regular, como usar el hilo dental: unos minutos casi todos los días funcionan mejor que una sesión larga de vez en cuando.
advice-come-back = Consulta a un profesional sanitario si nada mejora tras 2 a 4 semanas de liberación regular, y de inmediato si aparece algún signo de alarma.

## Respuestas devueltas cuando ningún patrón encaja

result-said-no-pain = ahora no te duele y quieres que siga así
result-said-no-region = no marcaste dónde te duele

## Por qué está cada paso de la rutina

compose-because-one = Porque dijiste que { $first }.
compose-because-two = Porque dijiste que { $first } y que { $second }.
compose-because-three = Porque dijiste que { $first }, que { $second } y que { $third }.
compose-hip-flexors-usual = Casi todos los corredores tienen algo de tensión en los flexores de la cadera; son el origen oculto más habitual.
compose-prevention = Ahora no te duele: liberar con regularidad los flexores de la cadera evita que se formen nudos. Los corredores los cargan en cada zancada.
compose-one-tendon = El { $first ->
    [psoas] psoas y el ilíaco
   *[iliacus] ilíaco y el psoas
} son dos músculos con un solo tendón: los dos necesitan liberación, no solo uno.
compose-quads = Porque la parte delantera del muslo está implicada: pasar el rodillo alivia el tejido, pero es parte de la solución, nunca toda.
compose-inner-thigh = Porque dijiste que llega a la cara interna del muslo o a la rodilla: el aductor mayor va de la parte alta de la cara interna del muslo a la cara interna de la rodilla.
compose-antagonist = Trabaja en contra de los flexores de la cadera y acumula sus propios nudos, así que forma parte de la cadena.
compose-also-antagonist = { $muscle ->
    [hamstrings] Los isquiotibiales también trabajan en contra de los flexores de la cadera.
    [adductor-magnus] El aductor mayor también trabaja en contra de los flexores de la cadera.
   *[glute-max] El glúteo mayor también trabaja en contra de los flexores de la cadera.
}
compose-sore-first-more = { $reason } Primero el lado que duele, con más puntos.
compose-sore-first = { $reason } Primero el lado que duele.
compose-other-side-first = Después, el otro lado: un lado suele estar peor, pero los dos tienen nudos.
compose-other-side = Después, { $muscle ->
    [hamstrings] los isquiotibiales
   *[other] el { muscle-name }
} del otro lado.
compose-note-no-belly = La presión sobre el abdomen se deja fuera por lo que nos contaste; su tiempo pasa a la parte trasera de la cadera y a los muslos.
compose-note-no-pain = Ahora no te duele: que siga así. Unos minutos casi todos los días evitan que vuelvan los nudos.

## El nombre y el objetivo de la rutina

compose-name-floss = Mi mantenimiento diario
compose-name = Mi liberación: { muscle-name }{ $side ->
    [left] , primero el izquierdo
    [right] , primero el derecho
   *[both] { "" }
}
compose-purpose = Hecha a partir de tus respuestas: { $minutes } minutos, { $sore ->
    [yes] primero el lado que duele
   *[no] los dos lados por igual
}.

## La pantalla del resultado

result-title = Tu resultado
result-not-found = Resultado no encontrado
result-start-questions = Empezar las preguntas
result-from = Del { $date }
result-side = { $side ->
    [left] Lado izquierdo
    [right] Lado derecho
   *[both] Los dos lados
}
result-emergency-now = Llama ahora a emergencias o a tu número local de urgencias. No hagas ninguna liberación con presión.
result-book-visit = Pide cita con un médico o un fisioterapeuta en los próximos días, antes de cualquier liberación.
result-why = Por qué lo pensamos
result-because = Porque dijiste: { $said }
result-what-else = Qué más ayuda
result-not-diagnosis = Guía de autocuidado, no un diagnóstico.
result-learn-more = Saber más
result-answer-again = Responder de nuevo
result-past = Resultados anteriores
result-your-routine = Tu rutina
result-start = Empezar
result-save = Guardar como mi rutina
result-saved = Guardada. El botón Empezar de Inicio ahora la abre.
result-change-in-builder = Cambiarla en el editor
result-step-detail = { tool-in-sentence } · { $spots } × { $hold } s.
result-about-minutes = unos { $minutes } min

## Dónde aparece el dolor frente a dónde está el nudo

figure-iliacus = El nudo está dentro de la parte delantera de la pelvis; el dolor aparece en la parte delantera del muslo.
figure-psoas = El nudo está en profundidad junto a la columna; el dolor aparece como una franja a lo largo de la zona lumbar.
figure-nerve = Un flexor de la cadera tenso puede presionar los nervios; los síntomas bajan por la pierna.
figure-glute-max = El nudo y el dolor están los dos en el glúteo.
figure-hamstrings = El nudo y el dolor están en la parte trasera del muslo.
figure-adductor-magnus = El nudo está arriba, en la cara interna del muslo; puede doler hasta la cara interna de la rodilla.
figure-in-place = El dolor está donde está el músculo.

## Resultados anteriores

history-none = Todavía no hay resultados.
history-again = Responder de nuevo a las preguntas

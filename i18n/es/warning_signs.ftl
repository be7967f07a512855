# Los signos de alarma, que se preguntan antes de cualquier rutina. Por cada signo:
# -question (se responde sí / no / no sé), -said (cómo se lee tras «porque dijiste ...»),
# -why (por qué importa). Conserva intacto el sentido clínico de cada signo.

## Urgencias ahora: un sí (o «no sé») detiene la app y envía a la persona a urgencias.

warning-emergency-saddle-numbness-question = ¿Notas un adormecimiento nuevo en la ingle, las nalgas o la cara interna de los muslos (la zona que apoyarías en un sillín)?
warning-emergency-saddle-numbness-said = adormecimiento en la zona del sillín
warning-emergency-saddle-numbness-why = El adormecimiento en la zona del sillín puede indicar que los nervios de la base de la columna están comprimidos, y eso necesita atención en pocas horas.

warning-emergency-bladder-bowel-sexual-question = ¿Tienes dificultades nuevas para controlar la orina o las heces, o problemas sexuales nuevos?
warning-emergency-bladder-bowel-sexual-said = problemas nuevos de vejiga, intestino o sexuales
warning-emergency-bladder-bowel-sexual-why = Junto con síntomas en la espalda o la pierna, apuntan a una compresión nerviosa que necesita tratamiento urgente.

warning-emergency-sudden-weakness-question = ¿Se te ha debilitado una pierna de repente, o la debilidad empeora rápido (el pie golpea el suelo, la pierna cede)?
warning-emergency-sudden-weakness-said = debilidad en la pierna repentina o que empeora rápido
warning-emergency-sudden-weakness-why = Perder fuerza rápidamente significa que un nervio está sufriendo ahora; esperar puede dejar secuelas permanentes.

warning-emergency-after-fall-or-accident-question = ¿El dolor empezó después de una caída fuerte o de un accidente?
warning-emergency-after-fall-or-accident-said = el dolor empezó tras una caída o un accidente
warning-emergency-after-fall-or-accident-why = Antes de que nadie presione la zona hay que descartar una fractura u otra lesión.

warning-emergency-swollen-warm-leg-question = ¿Tienes el muslo o la pantorrilla hinchados, calientes, enrojecidos o doloridos al tocarlos?
warning-emergency-swollen-warm-leg-said = un muslo o una pantorrilla hinchados, calientes o enrojecidos
warning-emergency-swollen-warm-leg-why = Puede ser un coágulo. Presionarlo es peligroso y hay que revisarlo hoy mismo.

warning-emergency-fever-or-pulsing-belly-question = ¿Tienes dolor de espalda o de abdomen con fiebre o escalofríos, o notas como un latido en el abdomen?
warning-emergency-fever-or-pulsing-belly-said = dolor de espalda o de abdomen con fiebre, escalofríos o sensación de latido
warning-emergency-fever-or-pulsing-belly-why = Una infección o un problema en la arteria principal del abdomen pueden parecer dolor muscular y son una urgencia.

## Consultar primero a un profesional, en pocos días: un sí (o «no sé») frena el automasaje.

warning-clinician-nerve-symptoms-question = ¿Tienes adormecimiento, hormigueo o debilidad en alguna parte de la pierna?
warning-clinician-nerve-symptoms-said = adormecimiento, hormigueo o debilidad en la pierna
warning-clinician-nerve-symptoms-why = Los signos nerviosos merecen una exploración profesional antes de presionar cerca de los nervios de la cadera.

warning-clinician-stress-fracture-signs-question = ¿Tienes un dolor profundo en la ingle o en la parte delantera de la cadera que empeora al correr o al saltar, o que duele por la noche, quizá tras aumentar mucho el entrenamiento?
warning-clinician-stress-fracture-signs-said = dolor profundo en la ingle que empeora al correr o al saltar, o que duele por la noche
warning-clinician-stress-fracture-signs-why = Ese patrón encaja con una fractura por estrés de la cadera. Deja de correr y haz que lo revisen.

warning-clinician-cancer-or-weight-loss-or-constant-question = ¿Has tenido cáncer, has perdido peso sin proponértelo, o el dolor es constante sea cual sea tu postura?
warning-clinician-cancer-or-weight-loss-or-constant-said = antecedentes de cáncer, pérdida de peso sin motivo o dolor constante
warning-clinician-cancer-or-weight-loss-or-constant-why = Los nudos musculares cambian con la postura y la presión; un dolor que no cambia necesita que un profesional busque otras causas.

warning-clinician-no-improvement-after-weeks-question = ¿Ya has hecho automasaje con regularidad durante 2 a 4 semanas sin ninguna mejora?
warning-clinician-no-improvement-after-weeks-said = ninguna mejora tras semanas de automasaje regular
warning-clinician-no-improvement-after-weeks-why = Si unas semanas de automasaje regular no han cambiado nada, probablemente el origen esté en otra parte.

## Sin presión profunda en el abdomen en estos casos; glúteo, isquiotibiales y aductores siguen disponibles.

warning-contra-pregnancy-question = ¿Estás embarazada, o podrías estarlo?
warning-contra-pregnancy-said = podrías estar embarazada
warning-contra-pregnancy-why = La presión profunda en el abdomen no es segura durante el embarazo.

warning-contra-recent-surgery-question = ¿Te han operado del abdomen o de la cadera en los últimos meses?
warning-contra-recent-surgery-said = una operación reciente de abdomen o de cadera
warning-contra-recent-surgery-why = Un tejido que está cicatrizando no debe recibir presión profunda.

warning-contra-hernia-question = ¿Tienes una hernia?
warning-contra-hernia-said = una hernia
warning-contra-hernia-why = Presionar el abdomen puede hacer que la hernia salga más.

warning-contra-aortic-aneurysm-question = ¿Te han dicho que tienes un aneurisma de aorta (la arteria principal del abdomen, dilatada)?
warning-contra-aortic-aneurysm-said = un aneurisma de aorta
warning-contra-aortic-aneurysm-why = El psoas está justo al lado de la arteria principal; presionar fuerte ahí es peligroso.

warning-contra-blood-thinners-question = ¿Tomas anticoagulantes?
warning-contra-blood-thinners-said = tomas anticoagulantes
warning-contra-blood-thinners-why = La presión profunda puede provocar un sangrado dentro del abdomen.

warning-contra-inflammatory-bowel-question = ¿Tienes una enfermedad inflamatoria intestinal activa (Crohn, colitis)?
warning-contra-inflammatory-bowel-said = una enfermedad inflamatoria intestinal activa
warning-contra-inflammatory-bowel-why = Un intestino inflamado no debe presionarse.

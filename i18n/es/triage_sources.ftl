# Los orígenes probables que nombra el triaje: cómo se llama cada uno (-label) y qué
# significa para la persona (-explain). Es orientación de autocuidado, no un diagnóstico.

triage-source-iliacus-label = Punto gatillo en el ilíaco
triage-source-iliacus-explain = Un nudo en el ilíaco, dentro del cuenco de la pelvis, lleva el dolor a la parte delantera y superior del muslo, donde el trabajo de cuádriceps no llega.

triage-source-psoas-label = Punto gatillo en el psoas
triage-source-psoas-explain = Los nudos del psoas suelen notarse como una franja vertical de dolor junto a la zona lumbar de la columna.

triage-source-nerve-involvement-label = Un nervio irritado
triage-source-nerve-involvement-explain = Un psoas ilíaco tenso puede comprimir los nervios lumbares y dar adormecimiento, hormigueo, debilidad o dolor que baja por la pierna.

triage-source-glute-max-label = Punto gatillo en el glúteo mayor
triage-source-glute-max-explain = El glúteo trabaja en sentido contrario a los flexores de la cadera y acumula sus propios nudos.

triage-source-hamstrings-label = Punto gatillo en los isquiotibiales
triage-source-hamstrings-explain = Los isquiotibiales se oponen a los flexores de la cadera y también forman nudos.

triage-source-adductor-magnus-label = Punto gatillo en el aductor mayor
triage-source-adductor-magnus-explain = El aductor mayor va desde la parte alta de la cara interna del muslo hasta la cara interna de la rodilla y a menudo tiene nudos.

triage-source-quads-label = Los propios cuádriceps
triage-source-quads-explain = Una sobrecarga reciente del propio muslo; si el rodillo y los estiramientos te alivian, encaja.

triage-source-prevention-label = Sin dolor ahora: que siga así
triage-source-prevention-explain = Al correr cargas los flexores de la cadera en cada zancada, así que los nudos se forman sin avisar. Unos minutos de automasaje casi todos los días evitan que aparezcan.

triage-source-not-typical-label = No es un patrón típico
triage-source-not-typical-explain = Tus respuestas no encajan con un patrón típico de puntos gatillo.

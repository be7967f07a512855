# Aprender: los temas, una página cada uno, y la página «Acerca de». Escrito a partir
# de las notas del dominio con nuestras palabras; guía de autocuidado, no un diagnóstico.

learn-title = Aprender
learn-lead = Entiende antes de presionar.
learn-find-source = Descubre tu origen probable
learn-routine-fits = Una rutina adecuada:
learn-start = Empezar
learn-all-topics = Todos los temas

## El iliopsoas en una imagen

topic-iliopsoas-title = El iliopsoas en una imagen
topic-iliopsoas-p1 = Dos músculos comparten un solo tendón en la parte alta del fémur. El psoas nace a los lados de la columna lumbar y baja en diagonal por delante de la pelvis. El ilíaco recubre el interior del cuenco de la pelvis y pasa por delante de la articulación de la cadera.
topic-iliopsoas-p2 = Juntos levantan la pierna y estabilizan la pelvis y la columna. Al correr trabajan en cada zancada: llevan la pierna hacia delante y luego se alargan cuando queda atrás, mientras mantienen firme el tronco. Por eso casi todos los corredores tienen algo de tensión aquí.

## Por qué el dolor aparece en otro sitio

topic-trigger-points-title = Por qué el dolor aparece en otro sitio
topic-trigger-points-p1 = Un punto gatillo es un pequeño nudo en un músculo que envía dolor a otro lugar. Puede estar latente (un nudo sensible y nada más) o activo (envía dolor sin que lo toques). Frotar con brusquedad o estirar con fuerza puede despertar uno latente.
topic-trigger-points-p2 = Un nudo en el ilíaco envía dolor o tirantez a la parte delantera y alta del muslo. Un nudo en el psoas suele notarse como una franja vertical junto a la columna lumbar. Un iliopsoas tenso también puede comprimir los nervios de la zona lumbar y dar debilidad, entumecimiento, hormigueo o dolor que baja por la pierna: eso necesita un profesional sanitario. Algunos corredores notaron incluso que el dolor de glúteo, rodilla o pie mejoraba tras liberar el ilíaco.
topic-trigger-points-p3 = Un lado suele estar peor que el otro, pero los dos pueden estar implicados.

## Qué pone en marcha y alimenta los nudos

topic-causes-title = Qué pone en marcha y alimenta los nudos
topic-causes-p1 = Pedir demasiado a un músculo que no está preparado, o una sobrecarga brusca, como frenar una caída.
topic-causes-p2 = Muchas horas con la cadera doblada: sillas de oficina, viajes largos en coche, y peor aún si las rodillas quedan más altas que las caderas o te inclinas hacia delante. Dormir encogido con las rodillas recogidas hace lo mismo por la noche.
topic-causes-p3 = Un músculo de la parte delantera del muslo corto y tenso mantiene corto también el iliopsoas. La postura o la actividad que despierta un nudo lo sigue alimentando hasta que cambia.

## Por qué estirar solo los cuádriceps a menudo no funciona

topic-stretching-title = Por qué estirar solo los cuádriceps a menudo no funciona
topic-stretching-p1 = Pasar el rodillo y estirar la parte delantera del muslo mejora la circulación y ablanda el tejido, pero cuando el dolor viene de la cadera, el nudo no está en el muslo. El muslo mejora durante una hora y luego el dolor vuelve.
topic-stretching-p2 = Funciona mejor una presión directa y paciente sobre el propio nudo: de 30 a 90 segundos en un punto mientras respiras y dejas que el músculo se suelte sobre la herramienta, y luego unos centímetros más allá, al siguiente punto. Trabaja también los músculos opuestos: glúteo, isquiotibiales y cara interna del muslo.

## Hilo dental para tu core

topic-flossing-title = Hilo dental para tu core
topic-flossing-p1 = Los nudos vuelven cuando se mantienen los hábitos que los crearon. La solución es pequeña y regular: unos minutos de liberación casi todos los días, como el hilo dental, y menos ratos largos sentado con la cadera doblada.
topic-flossing-p2 = La regularidad gana a la intensidad. El registro del hábito cuenta cada sesión y muestra si tu tirantez baja a medida que el hábito crece.

## Acerca de

about-title = Acerca de Quads
about-what = Quads ayuda a los corredores cuyos muslos siguen tensos por mucho que los estiren o les pasen el rodillo. A menudo ese dolor viene de nudos (puntos gatillo) en dos flexores profundos de la cadera, el ilíaco y el psoas. La app te ayuda a ver si eso encaja contigo, guía presiones lentas sobre esos músculos y sus opuestos, y te ayuda a mantenerlo como un hábito corto y regular.
about-not-title = Lo que no es
about-not = Esto es una guía de autocuidado, no un diagnóstico ni un tratamiento. No sustituye a un fisioterapeuta ni a un médico. Si aparece un signo de alarma, o nada mejora tras 2 a 4 semanas de liberación regular, consulta a un profesional sanitario.
about-safety-title = Seguridad
about-safety-emergency = Busca atención urgente si tienes entumecimiento en la ingle o en la cara interna de los muslos, problemas nuevos para controlar la vejiga o el intestino, debilidad repentina en una pierna, dolor tras una caída, una pantorrilla o un muslo hinchados y calientes, o dolor abdominal con fiebre o una sensación de latido.
about-safety-belly = No presiones el abdomen si estás embarazada, te han operado hace poco del abdomen o de la cadera, tienes una hernia o un aneurisma de aorta, tomas anticoagulantes o tienes una enfermedad inflamatoria intestinal activa.
about-safety-press = Presiona despacio y para si notas latir algo bajo la herramienta o un dolor agudo, eléctrico o que se extiende.
about-source-title = Fuente
about-source = Las ideas proceden del artículo “Chronically tight quads? It might be an iliacus trigger point” de Christine Koth, fisioterapeuta, contadas con nuestras palabras. Los signos de alarma son preguntas de cribado clínico habituales.
about-data-title = Tus datos
about-data = Todo se queda en este teléfono. La app no hace peticiones a ningún otro servidor: sin cuentas, sin analítica, sin fuentes tipográficas de fuera. Exporta una copia de seguridad desde Ajustes cuando quieras.
about-version-title = Versión
about-version = Versión { $version }, compilada el { $date }.
about-development = versión de desarrollo
about-back = Volver a Ajustes

# Inicio, la barra de pestañas, la tarjeta de hoy y los nombres de las rutinas incluidas.

## Home

home-tagline = Los muslos tensos que no se alivian con el rodillo suelen tener su origen en la cadera. Libéralos unos minutos cada vez.
home-resume = Retomar tu sesión
home-resume-why = La dejaste a medias. Sigue donde estabas.
home-triage = ¿De dónde viene mi dolor?
home-triage-why = Unas preguntas, primero la seguridad; después, el origen probable y una rutina para empezar.
home-last-result = Ver tu último resultado
home-ios-install = Añádela a tu pantalla de inicio
home-ios-install-how = En Safari, toca el botón Compartir y luego «Añadir a pantalla de inicio». La app se abrirá entonces a pantalla completa y funcionará sin conexión.
home-safari-note = Safari puede borrar los datos de este sitio si no lo abres durante unas semanas. Instalarlo en la pantalla de inicio protege tu historial; exportar una copia de seguridad desde Ajustes, también.
home-got-it = Entendido
home-more = Más
home-all-routines = Todas las rutinas
home-learn = Aprende cómo funciona
home-open-link = Abrir un enlace compartido
home-about = Acerca de y seguridad
home-fineprint = Guía de autocuidado, no un diagnóstico. Todo se queda en este teléfono.
home-install = Instala la app
home-install-why = Ábrela desde tu pantalla de inicio, incluso en modo avión.
home-install-button = Instalar

splash-loading = Cargando…

## The tab bar

nav-main = Principal
nav-home = Inicio
nav-routines = Rutinas
nav-habit = Hábito
nav-learn = Aprender
nav-settings = Ajustes

## Today's card

today-start = Empezar { $name }
today-habit-details = Detalles del hábito
today-send-progress = Enviar mi progreso
today-close-plan = Cerrar el plan
today-plan-before = Tu plan ({ $what }) empieza el { $day }.
today-plan-finished = Has terminado tu plan: { $what }. Cuéntale a quien te lo envió cómo te ha ido.

## Built-in routines: each phone names them in its own language

routine-builtin-floss-name = Mantenimiento diario
routine-builtin-floss-purpose = Cinco minutos al día en los dos ilíacos, para que los nudos no vuelvan.
routine-builtin-front-name = Parte delantera de la cadera
routine-builtin-front-purpose = Ilíaco y después psoas en los dos lados, para la tirantez en la parte delantera del muslo que el rodillo no resuelve.
routine-builtin-back-name = Parte trasera de la cadera
routine-builtin-back-purpose = Glúteo, isquiotibiales y cara interna del muslo: sin presión en el abdomen.
routine-builtin-reset-name = Descanso de la silla
routine-builtin-reset-purpose = Una liberación corta después de un día largo en la silla o de un viaje largo en coche.

## Lines with numbers

today-status = { $done ->
    [yes] Hecho hoy.
   *[no] Todavía no lo has hecho hoy.
} Racha: { $streak } { $unit }.
today-plan-week = Semana { $n } de { $of } de tu plan: { $what }.
plan-describe = { $target } durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}

## La app alrededor de sus pantallas

app-skip = Saltar al contenido
app-update = Hay una actualización.
app-reload = Recargar para actualizar
app-not-found = Página no encontrada
app-not-found-why = Este enlace lleva a una pantalla que la app no tiene.
app-go-home = Ir a Inicio
app-title = Quads: libera las caderas tensas
app-chunk-failed = No se pudo cargar esta pantalla. Puede que se haya cortado la conexión o que la aplicación se haya actualizado desde que abriste esta página.
app-chunk-reload = Recargar

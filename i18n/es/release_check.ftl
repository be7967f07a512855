# La revisión de las dos a cuatro semanas (la decide habit/release_check.rs; estas
# son sus palabras): qué encontró, los números en que se basa, qué decir al
# profesional sanitario, y la tarjeta de derivación.

## Qué encontró la revisión

check-not-enough-ratings = Todavía no hay suficientes valoraciones para saber si la liberación está funcionando.
check-too-early = Aún es pronto para saber si la liberación está funcionando: primero { $weeks ->
    [one] { $weeks } semana más
   *[other] { $weeks } semanas más
} de liberación regular.
check-regularity-first = Primero, regularidad: la semana pasada hiciste liberación { $days ->
    [one] { $days } día
   *[other] { $days } días
}, y una semana regular tiene al menos { $regular }. La revisión empieza tras { $weeks ->
    [one] { $weeks } semana seguida
   *[other] { $weeks } semanas seguidas
}.
check-improving = La liberación está funcionando: tus valoraciones son claramente más bajas.
check-no-change-yet = Todavía no hay un cambio claro. Sigue así: puede tardar unas semanas.
check-see-clinician-rising = Es momento de consultar a un profesional sanitario: tus valoraciones suben a pesar de la liberación regular.
check-see-clinician = Es momento de consultar a un profesional sanitario: { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de liberación regular sin una mejoría clara.

## Los números en que se basa

check-since = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} seguidas de liberación regular desde la semana del { $since }, unos { $perweek } días por semana.
# $moved: lower, higher o same.
check-tightness = Tirantez, media semanal: { $from } → { $to } sobre 10 (de la semana del { $first } a la del { $latest }): { $moved ->
    [lower] claramente más baja
    [higher] claramente más alta
   *[same] dentro de la variación normal de un día a otro
}; un cambio claro aquí es de { $margin } puntos o más.
check-tenderness = Dolor a la presión, media semanal: { $from } → { $to } sobre 10 (de la semana del { $first } a la del { $latest }): { $moved ->
    [lower] claramente más bajo
    [higher] claramente más alto
   *[same] dentro de la variación normal de un día a otro
}; un cambio claro aquí es de { $margin } puntos o más.
check-rate-please = Valora la tirantez y el dolor a la presión después de tus sesiones (de 0 a 10): la revisión compara medias semanales, y cuantas más valoraciones, más fiable es.
check-looks-again = La revisión volverá a mirar el { $day }, tras { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de liberación regular.

## Qué decir al profesional sanitario, con tus propios números

tell-release = He hecho automasaje de los puntos gatillo del ilíaco y del psoas { $perweek } días por semana durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}.
tell-tightness = Mi tirantez pasó de { $from } → { $to } sobre 10 (medias semanales de mis propias valoraciones de 0 a 10).
tell-tenderness = Mi dolor a la presión pasó de { $from } → { $to } sobre 10 (medias semanales de mis propias valoraciones de 0 a 10).
tell-triage = Dónde me duele, cómo es el dolor y qué lo empeora: está en mi último resultado del triaje en la app.

## El resumen para imprimir o enviar

summary-title = Revisión de la liberación, { $day }:
summary-in-my-words = Con mis palabras:
summary-footer = A partir de mis propias valoraciones en la app Quads: seguimiento de autocuidado, no un diagnóstico.

## La tarjeta de derivación (Inicio, Hábito) y la línea de la revisión en la pantalla de progreso

referral-title = Es momento de consultar a un profesional sanitario
referral-why-now = Si la liberación regular no cambia nada tras dos a cuatro semanas, es señal de que conviene que lo valore alguien: un fisioterapeuta o un médico puede encontrar lo que el autocuidado no alcanza.
referral-anything-new = ¿Hay además algo nuevo, como entumecimiento, hormigueo, debilidad o dolor por la noche? La app vuelve a hacerte las preguntas de los signos de alarma antes de tu próxima sesión.
referral-check-signs = Revisar ahora los signos de alarma
referral-what-to-tell = Qué decirle
referral-summary = Resumen para imprimir o enviar
referral-seen = Ya he consultado a alguien
referral-not-now = Ahora no
referral-either = Cualquiera de las dos respuestas oculta este aviso durante cuatro semanas; después, la revisión vuelve a mirar.
check-title = La revisión de las dos a cuatro semanas
check-numbers = Los números en que se basa
# $answer: seen o not-now; $headline es la frase de check-see-clinician.
check-quiet = { $headline } Dijiste «{ $answer ->
    [seen] Ya he consultado a alguien
   *[not-now] Ahora no
}», así que no volverá a avisarte hasta el { $until }.

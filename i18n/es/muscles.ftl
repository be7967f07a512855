# Los músculos, los lados, las herramientas, como los nombran los pasos de la rutina,
# la sesión y la voz. $muscle: iliacus, psoas, glute-max, hamstrings, adductor-magnus,
# quads; $side: left, right, both. Cada idioma concuerda el lado con el músculo.

muscle-name = { $muscle ->
    [iliacus] ilíaco
    [psoas] psoas
    [glute-max] glúteo mayor
    [hamstrings] isquiotibiales
    [adductor-magnus] aductor mayor
   *[quads] cuádriceps
}
muscle-on-side = { $side ->
    [left] { $muscle ->
        [iliacus] Ilíaco izquierdo
        [psoas] Psoas izquierdo
        [glute-max] Glúteo mayor izquierdo
        [hamstrings] Isquiotibiales izquierdos
        [adductor-magnus] Aductor mayor izquierdo
       *[quads] Cuádriceps izquierdo
    }
    [right] { $muscle ->
        [iliacus] Ilíaco derecho
        [psoas] Psoas derecho
        [glute-max] Glúteo mayor derecho
        [hamstrings] Isquiotibiales derechos
        [adductor-magnus] Aductor mayor derecho
       *[quads] Cuádriceps derecho
    }
   *[both] { $muscle ->
        [iliacus] Ilíaco
        [psoas] Psoas
        [glute-max] Glúteo mayor
        [hamstrings] Isquiotibiales
        [adductor-magnus] Aductor mayor
       *[quads] Cuádriceps
    }, los dos lados
}
tool-in-sentence = { $tool ->
    [hands] manos
    [massage-ball] pelota de masaje
    [lacrosse-ball] pelota de lacrosse o de tenis
    [kettlebell-handle] asa de la pesa rusa
    [foam-roller] rodillo de espuma
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}

# Les muscles, les côtés et le matériel, tels que les étapes de la routine, la séance
# et la voix les nomment. $muscle : iliacus, psoas, glute-max, hamstrings,
# adductor-magnus, quads ; $side : left, right, both. Chaque langue accorde le côté
# avec le muscle.

muscle-name = { $muscle ->
    [iliacus] iliaque
    [psoas] psoas
    [glute-max] grand fessier
    [hamstrings] ischio-jambiers
    [adductor-magnus] grand adducteur
   *[quads] quadriceps
}
muscle-on-side = { $muscle ->
    [iliacus] Iliaque
    [psoas] Psoas
    [glute-max] Grand fessier
    [hamstrings] Ischio-jambiers
    [adductor-magnus] Grand adducteur
   *[quads] Quadriceps
}{ $side ->
    [left] { $muscle ->
        [hamstrings] { " " }gauches
       *[other] { " " }gauche
    }
    [right] { $muscle ->
        [hamstrings] { " " }droits
       *[other] { " " }droit
    }
   *[both] , des deux côtés
}
tool-in-sentence = { $tool ->
    [hands] mains
    [massage-ball] balle de massage
    [lacrosse-ball] balle de lacrosse ou de tennis
    [kettlebell-handle] poignée de kettlebell
    [foam-roller] rouleau de massage
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}

# Die Muskeln, Seiten und Hilfsmittel, wie die Schritte der Übungsfolge, die Einheit
# und die Sprachansage sie nennen. $muscle: iliacus, psoas, glute-max, hamstrings,
# adductor-magnus, quads; $side: left, right, both. Die Seite steht nach dem Muskel
# („Iliacus rechts“), wie in der Physiotherapie üblich.

muscle-name = { $muscle ->
    [iliacus] Iliacus
    [psoas] Psoas
    [glute-max] großer Gesäßmuskel
    [hamstrings] hintere Oberschenkelmuskulatur
    [adductor-magnus] Adductor magnus
   *[quads] Quadrizeps
}
muscle-on-side = { $muscle ->
    [glute-max] Großer Gesäßmuskel
    [hamstrings] Hintere Oberschenkelmuskulatur
   *[other] { muscle-name }
} { $side ->
    [left] links
    [right] rechts
   *[both] beidseits
}
tool-in-sentence = { $tool ->
    [hands] Hände
    [massage-ball] Massageball
    [lacrosse-ball] Lacrosse- oder Tennisball
    [kettlebell-handle] Kettlebell-Griff
    [foam-roller] Faszienrolle
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}

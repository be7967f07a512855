# The muscles, sides, tools and ways to go deeper, as the routine's steps,
# the session and the voice name them. $muscle is one of iliacus, psoas,
# glute-max, hamstrings, adductor-magnus, quads; $side one of left, right,
# both. Each language writes a muscle with its side as its own grammar wants
# (gender, number, word order), so the side is never glued on in code.

# The muscle in a sentence ("the psoas and the iliacus").
muscle-name = { $muscle ->
    [iliacus] iliacus
    [psoas] psoas
    [glute-max] glute max
    [hamstrings] hamstrings
    [adductor-magnus] adductor magnus
   *[quads] quads
}
# The muscle on its side, as a step's title and the voice's first words.
muscle-on-side = { $side ->
    [left] Left { muscle-name }
    [right] Right { muscle-name }
   *[both] { $muscle ->
        [iliacus] Iliacus
        [psoas] Psoas
        [glute-max] Glute max
        [hamstrings] Hamstrings
        [adductor-magnus] Adductor magnus
       *[quads] Quads
    }, both sides
}
# A tool in a sentence ("massage ball, 60 seconds").
tool-in-sentence = { $tool ->
    [hands] hands
    [massage-ball] massage ball
    [lacrosse-ball] lacrosse or tennis ball
    [kettlebell-handle] kettlebell handle
    [foam-roller] foam roller
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}

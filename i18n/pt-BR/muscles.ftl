# Os músculos, os lados e os acessórios, como os passos da rotina, a sessão e a voz
# os nomeiam. $muscle: iliacus, psoas, glute-max, hamstrings, adductor-magnus, quads;
# $side: left, right, both. Cada idioma concorda o lado com o músculo.

muscle-name = { $muscle ->
    [iliacus] ilíaco
    [psoas] psoas
    [glute-max] glúteo máximo
    [hamstrings] isquiotibiais
    [adductor-magnus] adutor magno
   *[quads] quadríceps
}
muscle-on-side = { $muscle ->
    [iliacus] Ilíaco
    [psoas] Psoas
    [glute-max] Glúteo máximo
    [hamstrings] Isquiotibiais
    [adductor-magnus] Adutor magno
   *[quads] Quadríceps
}{ $side ->
    [left] { $muscle ->
        [hamstrings] { " " }esquerdos
       *[other] { " " }esquerdo
    }
    [right] { $muscle ->
        [hamstrings] { " " }direitos
       *[other] { " " }direito
    }
   *[both] , dos dois lados
}
tool-in-sentence = { $tool ->
    [hands] mãos
    [massage-ball] bola de massagem
    [lacrosse-ball] bola de lacrosse ou de tênis
    [kettlebell-handle] alça do kettlebell
    [foam-roller] rolo de espuma
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}

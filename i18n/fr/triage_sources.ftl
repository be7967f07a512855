# Les sources probables que nomme le triage : le nom de chacune (-label) et ce qu'elle
# signifie (-explain). Ce sont des repères d'autosoin, pas un diagnostic.

triage-source-iliacus-label = Point gâchette de l'iliaque
triage-source-iliacus-explain = Un nœud dans l'iliaque, à l'intérieur du bassin, envoie une douleur à l'avant et en haut de la cuisse, là où le travail des quadriceps n'arrive pas.

triage-source-psoas-label = Point gâchette du psoas
triage-source-psoas-explain = Les nœuds du psoas se manifestent souvent par une bande verticale de douleur le long du bas de la colonne.

triage-source-nerve-involvement-label = Un nerf irrité
triage-source-nerve-involvement-explain = Un psoas-iliaque tendu peut comprimer les nerfs lombaires et donner un engourdissement, des fourmillements, une faiblesse ou une douleur qui descend dans la jambe.

triage-source-glute-max-label = Point gâchette du grand fessier
triage-source-glute-max-explain = Le fessier travaille à l'opposé des fléchisseurs de hanche et accumule ses propres nœuds.

triage-source-hamstrings-label = Point gâchette des ischio-jambiers
triage-source-hamstrings-explain = Les ischio-jambiers s'opposent aux fléchisseurs de hanche et font eux aussi des nœuds.

triage-source-adductor-magnus-label = Point gâchette du grand adducteur
triage-source-adductor-magnus-explain = Le grand adducteur va du haut de l'intérieur de la cuisse jusqu'à l'intérieur du genou et porte souvent des nœuds.

triage-source-quads-label = Les quadriceps eux-mêmes
triage-source-quads-explain = Une surcharge récente de la cuisse elle-même ; si le rouleau et les étirements vous soulagent, cela correspond.

triage-source-prevention-label = Pas de douleur maintenant : gardez ça
triage-source-prevention-explain = En courant, vous sollicitez les fléchisseurs de hanche à chaque foulée, et les nœuds s'installent sans bruit. Quelques minutes d'automassage la plupart des jours les empêchent de se former.

triage-source-not-typical-label = Pas un tableau typique
triage-source-not-typical-explain = Vos réponses ne correspondent pas à un tableau typique de points gâchettes.

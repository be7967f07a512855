# Les questions du triage après les signes d'alerte : les choix (-label), la phrase
# entière que devient chaque réponse (-said, lue après « parce que vous avez indiqué que ... »)
# et pourquoi chaque question est posée (triage-why-...).

## Où est la douleur

triage-region-front-thigh-label = Avant de la cuisse
triage-region-front-thigh-said = vous avez mal à l'avant de la cuisse

triage-region-front-hip-groin-label = Avant de la hanche ou aine
triage-region-front-hip-groin-said = vous avez mal à l'avant de la hanche ou à l'aine

triage-region-low-back-label = Bas du dos, à côté de la colonne
triage-region-low-back-said = vous avez mal dans le bas du dos, à côté de la colonne

triage-region-buttock-label = Fesse
triage-region-buttock-said = vous avez mal à la fesse

triage-region-back-thigh-label = Arrière de la cuisse
triage-region-back-thigh-said = vous avez mal à l'arrière de la cuisse

triage-region-inner-thigh-label = Intérieur de la cuisse
triage-region-inner-thigh-said = vous avez mal à l'intérieur de la cuisse

triage-region-knee-label = Genou
triage-region-knee-said = vous avez mal au genou

triage-region-lower-leg-foot-label = Bas de la jambe ou pied
triage-region-lower-leg-foot-said = vous avez mal au bas de la jambe ou au pied

## Ce que vous ressentez

triage-feeling-tight-label = Tension
triage-feeling-tight-said = vous ressentez une tension

triage-feeling-aching-label = Douleur sourde
triage-feeling-aching-said = vous avez une douleur sourde

triage-feeling-sharp-label = Douleur vive
triage-feeling-sharp-said = la douleur est vive

triage-feeling-burning-label = Brûlure
triage-feeling-burning-said = vous ressentez une brûlure

triage-feeling-numb-tingling-label = Engourdissement ou fourmillements
triage-feeling-numb-tingling-said = vous ressentez un engourdissement ou des fourmillements

triage-feeling-weakness-label = Faiblesse
triage-feeling-weakness-said = votre jambe vous semble faible

## Depuis combien de temps

triage-duration-under-two-weeks-label = Moins de 2 semaines
triage-duration-under-two-weeks-said = cela a commencé il y a moins de 2 semaines

triage-duration-two-to-six-weeks-label = 2 à 6 semaines
triage-duration-two-to-six-weeks-said = cela dure depuis 2 à 6 semaines

triage-duration-over-six-weeks-label = Plus de 6 semaines
triage-duration-over-six-weeks-said = cela dure depuis plus de 6 semaines

## Ce qui n'a pas aidé

triage-not-helping-stretching-quads-label = Étirer les quadriceps
triage-not-helping-stretching-quads-said = étirer vos quadriceps ne vous soulage pas

triage-not-helping-rolling-quads-label = Rouleau de massage sur les quadriceps
triage-not-helping-rolling-quads-said = le rouleau sur les quadriceps ne vous soulage pas

triage-not-helping-rest-label = Repos
triage-not-helping-rest-said = le repos ne vous soulage pas

## À quoi ressemblent les journées

triage-habit-knees-above-hips-label = Je m'assois les genoux plus hauts que les hanches
triage-habit-knees-above-hips-said = vous vous asseyez les genoux plus hauts que les hanches

triage-habit-leaning-forward-label = Je me penche en avant en position assise
triage-habit-leaning-forward-said = vous vous penchez en avant en position assise

triage-habit-long-drives-label = Je conduis longtemps d'affilée
triage-habit-long-drives-said = vous conduisez longtemps d'affilée

triage-habit-sleep-curled-up-label = Je dors en chien de fusil
triage-habit-sleep-curled-up-said = vous dormez en chien de fusil

triage-habit-training-jump-label = Mon entraînement a fortement augmenté ces derniers temps
triage-habit-training-jump-said = votre entraînement a fortement augmenté

triage-habit-running-label = Je cours régulièrement
triage-habit-running-said = vous courez régulièrement

## Réponses que les règles lisent dans des nombres

# $hours is 6 or more.
triage-said-long-sitting = vous passez environ { $hours } heures par jour en position assise

triage-said-quad-work-not-tried = vous n'avez pas encore constaté que travailler les quadriceps ne sert à rien

## Pourquoi chaque question est posée

triage-why-region = L'endroit de la douleur indique où le nœud peut se trouver : chaque muscle envoie la douleur vers sa zone typique.

triage-why-side = En général, un côté est plus atteint ; la routine commence par lui.

triage-why-feeling = Une douleur sourde ou une tension correspond à un nœud musculaire ; un engourdissement, une brûlure ou une faiblesse évoquent plutôt un nerf.

triage-why-duration = Une douleur qui résiste à des semaines d'étirements vient souvent d'ailleurs.

triage-why-severity = Au-delà de 7 sur 10, c'est trop pour vous en occuper sans aide.

triage-why-not-helping = Quand le travail des quadriceps ne soulage pas, ils ne sont probablement pas la source.

triage-why-day = De longues heures la hanche fléchie entretiennent les nœuds des fléchisseurs de hanche.

# Une séance de pression et les routines : ce que montre le lecteur, ce qu'entend le
# lecteur d'écran, ce que dit la voix et ce qu'affiche l'écran verrouillé (session/words.rs
# décide), les pages des routines, la note après une séance et le guide de chaque point.

## Les phases. $spot et $spots comptent les points d'une pression.

phase-prepare = Mettez-vous en position
phase-hold = Pression · point { $spot } sur { $spots }
phase-move = Déplacez l'outil de quelques centimètres
phase-switch = Passez au côté { $side ->
    [left] gauche
   *[right] droit
}
spot-line = { muscle-on-side } · { tool-in-sentence }
lock-hold = { muscle-on-side } · point { $spot } sur { $spots }
lock-other = { $title } · { muscle-on-side }
announce = { muscle-on-side }, { tool-in-sentence }, { $seconds } secondes
spoken-next = { $title }. { $announce }
spoken-move = Déplacez l'outil de quelques centimètres.
spoken-done = Séance terminée. Bravo.
live-done = Séance terminée.
live-paused = En pause.
live-hold = Pression : { $line }, point { $spot } sur { $spots }, { $seconds } secondes.
live-next = { $title }. Ensuite : { $next }.
live-ten-left = Encore 10 secondes.
about-minutes = environ { $minutes } min

## Le lecteur

player-none = Aucune séance en cours
player-none-why = Choisissez une routine pour en commencer une.
player-routines = Routines
player-resume-title = Reprendre votre séance ?
player-interrupted = « { $name } » a été interrompue.
player-left-in-part = Encore { $time } dans cette partie
player-resume = Reprendre là où j'étais
player-end-stored = La terminer et garder ce que j'ai fait
player-track-failed = La piste sonore n'a pas pu démarrer ici, les signaux viennent donc de la page : gardez l'écran allumé.
player-time-left = Temps restant dans cette partie
player-next = Ensuite : { $title } · { $line }
player-last = C'est le dernier
player-back = Retour
player-resume-button = Reprendre
player-pause = Pause
player-skip = Passer
player-add-time = 15 s
player-end-group = Terminer la séance
player-end-question = Terminer maintenant ? Ce que vous avez tenu jusqu'ici est gardé.
player-end = Terminer la séance
player-keep-going = Continuer
player-end-ask = Terminer la séance…
player-done = Séance terminée
player-ended = Séance arrêtée
player-time-held = Temps de pression
player-spots = Points
player-sides = Côtés
player-counted = Compté pour le { $day } dans votre habitude.
player-feel-now = Facultatif : comment vous sentez-vous maintenant ?
player-see-habit = Voir mon habitude
player-home = Accueil
player-make-usual = En faire ma routine habituelle

## Noter une journée

rating-tightness = Raideur du quadriceps (0 aucune, 10 la pire)
rating-tenderness = Sensibilité du point le plus douloureux
rating-note = Note
rating-save = Enregistrer la note
rating-saved = Enregistré.

## Les routines

routines-title = Routines
routines-new = Nouvelle routine
routines-open-link = Ouvrir un lien partagé
routines-belly = appuie sur le ventre
routines-start = Commencer
routines-start-named = Commencer { $name }
routine-steps = { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
}
routine-belly-warning = appuie sur le ventre (pas en cas de grossesse, hernie, chirurgie récente, anévrisme, anticoagulants ou inflammation intestinale)
routine-start = Commencer
routine-send-plan = Envoyer comme plan
routine-print = Imprimer
routine-duplicate = Dupliquer
routine-copy-name = { $name } (copie)
routine-edit = Modifier
routine-delete = Supprimer
routine-delete-group = Supprimer la routine
routine-delete-question = Supprimer cette routine ? Les séances faites avec elle restent dans votre historique.
routine-keep = La garder
routine-not-found = Routine introuvable
routine-maybe-deleted = Elle a peut-être été supprimée.
routine-all = Toutes les routines

## Les étapes d'une routine, en fiche

sheet-title = { muscle-on-side }
sheet-detail = { tool-in-sentence } · { $hold } s par point × { $spots ->
    [one] { $spots } point
   *[other] { $spots } points
}
sheet-deeper = Pour aller plus loin : { $deepen ->
    [knee-falls-out] laissez le genou tomber sur le côté
    [slow-breaths] respirez lentement par le ventre et laissez fondre
   *[straighten-leg] tendez lentement la jambe
}
sheet-both-sides = Le côté gauche d'abord, puis le droit : les points sont symétriques.
sheet-guide = Guide du point, avec une figure
sheet-where = Où
sheet-find = Le trouver
sheet-place = Placer l'outil
sheet-feel = Ce que vous devriez sentir
sheet-stop = Arrêtez si

## Le guide de chaque point

guide-iliacus-where = Il tapisse l'intérieur de la cuvette du bassin, juste en dedans du rebord osseux à l'avant de la hanche.
guide-iliacus-find = Trouvez l'os de la hanche qui dépasse à l'avant, puis glissez un doigt vers l'intérieur et vers le bas, par-dessus le rebord, dans la zone molle.
guide-iliacus-place = Allongez-vous sur le ventre, l'outil juste en dedans de ce rebord, incliné vers l'os de la hanche. Laissez votre poids s'y enfoncer lentement.
guide-iliacus-feel = Une douleur profonde et sourde qui peut résonner à l'avant de la cuisse. Cet écho, c'est le but.
guide-psoas-where = Au fond du ventre, à côté de la colonne, en descendant en diagonale vers l'intérieur de la hanche.
guide-psoas-find = À partir du nombril, allez environ deux doigts sur le côté et un peu vers le bas. Contractez le muscle en levant légèrement le genou pour le sentir.
guide-psoas-place = Allongez-vous sur le ventre avec l'outil à cet endroit, puis laissez le ventre se détendre autour. Enfoncez-vous progressivement, jamais d'un coup.
guide-psoas-feel = Une pression profonde, parfois une douleur familière dans le bas du dos ou l'aine.
guide-glute-max-where = Le grand muscle de la fesse.
guide-glute-max-find = Allongez-vous sur le dos, genoux fléchis, et cherchez un point sensible dans la partie charnue de la fesse.
guide-glute-max-place = Placez la balle sous ce point. Laissez le genou de ce côté tomber sur le côté pour plus de pression.
guide-glute-max-feel = Une douleur forte mais supportable, qui s'estompe en respirant.
guide-hamstrings-where = L'arrière de la cuisse, de l'ischion jusque derrière le genou.
guide-hamstrings-find = Asseyez-vous au sol, jambe tendue, et cherchez une bande sensible le long de l'arrière de la cuisse.
guide-hamstrings-place = Placez le rouleau ou la balle sous ce point et laissez reposer le poids de la jambe dessus.
guide-hamstrings-feel = Une douleur qui s'étend sous l'outil et se calme pendant la pression.
guide-adductor-magnus-where = L'intérieur de la cuisse, du haut près de l'aine jusqu'à l'intérieur du genou.
guide-adductor-magnus-find = Allongez-vous sur le ventre, un genou plié sur le côté, et cherchez le long de l'intérieur de la cuisse.
guide-adductor-magnus-place = Posez l'intérieur de la cuisse sur le rouleau ou la balle et laissez-la s'enfoncer.
guide-adductor-magnus-feel = Sensible, parfois étonnamment ; cela devrait s'assouplir à chaque respiration.
guide-quads-where = L'avant de la cuisse.
guide-quads-find = Allongez-vous sur le ventre et cherchez le long de l'avant de la cuisse une zone raide ou sensible.
guide-quads-place = Posez la cuisse sur le rouleau ou la balle. Travailler le quadriceps aide, mais seul, il règle rarement une douleur qui vient de la hanche.
guide-quads-feel = Une douleur franche qui se calme.
guide-stop-belly = Relâchez tout de suite si vous sentez un battement sous l'outil, une douleur vive ou électrique, ou une douleur qui s'étend ; n'appuyez jamais malgré cela.
guide-stop-leg = Relâchez si la douleur devient vive, brûlante ou électrique, ou si la jambe s'engourdit ou fourmille.
guide-figure-alt = { muscle-on-side }, où travailler : { $where } { $find }

## Une routine reçue par un lien, en bref

share-belly-yes = appuie sur le ventre (iliaque ou psoas)
share-belly-no = aucune pression sur le ventre

## Partager

share-done = Partagé.
share-failed = Impossible de partager ou de copier. Appuyez longuement sur le lien ci-dessous pour le copier.
share-link-copied = Lien copié. Collez-le dans un message.
share-message-copied = Message copié. Collez-le dans une discussion ou un e-mail.
share-routine = Partager
share-routine-hint = Le lien contient la routine elle-même : pas de compte, pas de serveur. Il ne contient aucune donnée de santé.

## Créer sa propre routine

builder-new = Nouvelle routine
builder-edit = Modifier la routine
builder-builtin = Les routines fournies ne peuvent pas être modifiées ; dupliquez-en une pour en faire la vôtre.
builder-name = Nom
builder-purpose = But (facultatif)
builder-rest = Repos au changement de côté (secondes)
builder-add-step = Ajouter une étape
builder-save = Enregistrer la routine
builder-cancel = Annuler
builder-step = Étape { $step }
builder-muscle = Muscle
builder-side = Côté
builder-tool = Outil
builder-hold = Pression par point (secondes)
builder-spots = Points
builder-deepen = Aller plus loin
builder-reposition = Temps pour se mettre en position (secondes)
builder-move-up = Monter
builder-move-up-step = Monter : étape { $step }
builder-move-down = Descendre
builder-move-down-step = Descendre : étape { $step }
builder-remove = Retirer
builder-remove-step = Retirer : étape { $step }
routine-invalid-no-name = Donnez un nom à la routine.
routine-invalid-name-long = Le nom dépasse { $max } caractères.
routine-invalid-purpose-long = Le but dépasse { $max } caractères.
routine-invalid-control = Le nom ou le but contient des caractères de contrôle.
routine-invalid-no-steps = Ajoutez au moins une étape.
routine-invalid-too-many-steps = Une routine a au plus { $max } étapes.
routine-invalid-rest = Le repos entre les côtés est d'au plus { $max } s.
routine-invalid-hold = Étape { $step } : pression entre { $min } et { $max } s.
routine-invalid-spots = Étape { $step } : entre { $min } et { $max } points.
routine-invalid-reposition = Étape { $step } : le temps pour se mettre en position est d'au plus { $max } s.
link-detail = { $detail }
# $value: the stored name of the muscle, side, tool or way to go deeper.
builder-muscle-option = { $value ->
    [iliacus] iliaque
    [psoas] psoas
    [glute-max] grand fessier
    [hamstrings] ischio-jambiers
    [adductor-magnus] grand adducteur
   *[quads] quadriceps
}
builder-side-option = { $value ->
    [left] gauche
    [right] droit
   *[both] des deux côtés
}
builder-tool-option = { $value ->
    [hands] mains
    [massage-ball] balle de massage
    [lacrosse-ball] balle de lacrosse ou de tennis
    [kettlebell-handle] poignée de kettlebell
    [foam-roller] rouleau de massage
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}
builder-deepen-option = { $value ->
    [none] aucune
    [knee-falls-out] laisser le genou tomber sur le côté
    [slow-breaths] respirer lentement par le ventre et laisser fondre
   *[straighten-leg] tendre lentement la jambe
}

# L'écran de l'habitude : séries et solidité, cette semaine, le calendrier et son
# éditeur de jour, « ça marche ? », l'objectif, les rappels et les jours en fichier.

day-only = { $day }

## Séries et solidité

habit-title = Votre habitude
habit-lead = Comme le fil dentaire pour votre sangle abdominale : quelques minutes, souvent, avant que la douleur ne revienne.
habit-current-streak = série en cours ({ $unit })
habit-best-streak = meilleure série
habit-strength = solidité de l'habitude
habit-percent = { $percent } %
habit-this-week = Cette semaine : { $done } sur { $goal ->
    [one] { $goal } jour
   *[other] { $goal } jours
}
habit-how-strength = Comment évolue la solidité de l'habitude
habit-how-strength-text = Chaque jour où vous atteignez votre objectif fait un peu monter le score ; chaque jour manqué le fait un peu baisser. Les jours récents comptent le plus, et il faut environ deux semaines d'automassage quotidien pour arriver à la moitié : un jour manqué ne l'efface donc jamais. Les jours sautés (repos, maladie, voyage) le laissent tel quel.
habit-today-done = Aujourd'hui, c'est fait.
habit-undo-today = Annuler la marque d'aujourd'hui
habit-did-it = Je l'ai fait aujourd'hui (sans l'application)
habit-undo-skip = Annuler le saut
habit-skip-today = Sauter aujourd'hui (repos, maladie, voyage)

## Le calendrier

cal-previous = Mois précédent
cal-next = Mois suivant
cal-day = { $day } : { $state ->
    [done] fait
    [skipped] sauté
   *[none] pas fait
}
cal-done = fait
cal-skipped = sauté
day-edit = Modifier le { $day }
day-status = { $state ->
    [done] Fait
    [skipped] Sauté
   *[none] Pas fait
} · { $sessions ->
    [one] { $sessions } séance avec l'application
   *[other] { $sessions } séances avec l'application
}
day-tightness = raideur { $tightness }/10
day-remove-mark = Retirer la marque manuelle
day-mark-done = Marquer comme fait
day-remove-skip = Retirer le saut
day-mark-skipped = Marquer comme sauté
day-close = Fermer

## Ça marche ?

progress-title = Ça marche ?
progress-summary = Depuis la semaine du { $since }, avec environ { $perweek } jours d'automassage par semaine, la raideur { $trend ->
    [down] est passée de { $from } à { $to }
    [up] est montée de { $from } à { $to }
   *[same] est restée à { $from }
} sur 10.
progress-hint = Notez votre raideur après les séances (de 0 à 10). Après deux semaines de notes, vous verrez ici comment elle évolue à côté de votre régularité.
progress-chart = Graphique hebdomadaire : les barres montrent les jours d'automassage par semaine, la ligne pleine la raideur et la ligne pointillée la sensibilité à la pression, de 0 à 10.
progress-legend-days = jours faits par semaine
progress-legend-tightness = raideur
progress-legend-tenderness = sensibilité
progress-table = Les chiffres en tableau
progress-week-of = Semaine du
progress-days-done = Jours faits
progress-tightness = Raideur
progress-tenderness = Sensibilité

## Objectif et rappels

target-title = Objectif et rappels
target-plan = Votre plan pour « { $routine } » fixe cet objectif jusqu'à sa fin. Si vous y mettez fin, vous retrouvez l'objectif d'avant.
target-end-plan = Mettre fin au plan maintenant
target-how-often = À quelle fréquence
target-every-day = Tous les jours
target-some-days = Certains jours de la semaine
target-every-few = Tous les quelques jours
target-days-per-week = Jours par semaine
target-every-how-many = Tous les combien de jours
target-day-starts = Une nouvelle journée commence à
target-day-starts-why = Une séance après minuit mais avant cette heure compte pour la soirée d'avant.
target-reminder = Heure du rappel
target-ics = Ajouter un rappel à mon agenda (.ics)
target-ics-why = Les rappels viennent de votre propre application d'agenda. Des notifications push demanderaient un serveur, et cette application n'en a aucun : rien sur vous ne quitte le téléphone.
target-csv = Exporter les jours (CSV)

## Le rappel dans une application d'agenda, et les jours en tableur

ics-summary = Relâcher les fléchisseurs de hanche (le fil dentaire de votre sangle)
ics-description = Quelques minutes d'automassage. Ouvrez l'application : { $url }
ics-alarm = C'est l'heure de relâcher vos fléchisseurs de hanche
csv-headings = date,fait,sauté,raideur,sensibilité,note

# À quelle fréquence la personne veut faire son automassage, comme le disent l'accueil,
# l'habitude et un plan, et comment s'appelle une unité de sa série. $n est un nombre
# entier : jours par semaine (1-7) ou jours d'écart (2-30) ; une série compte depuis 0
# (en français, 0 et 1 prennent le singulier).

target-daily = tous les jours
target-per-week = { $n ->
    [one] { $n } jour par semaine
   *[other] { $n } jours par semaine
}
target-every-n-days = tous les { $n } jours

## L'unité de la série, après son nombre

target-unit-week = { $n ->
    [one] semaine
   *[other] semaines
}
target-unit-day = { $n ->
    [one] jour
   *[other] jours
}
target-unit-session = { $n ->
    [one] séance
   *[other] séances
}

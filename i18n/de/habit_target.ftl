# Wie oft die Person die Selbstmassage machen möchte, wie Start, Gewohnheit und ein Plan
# es sagen, und wie eine Einheit ihrer Serie heißt. $n ist eine ganze Zahl: Tage pro
# Woche (1-7) oder Tage Abstand (2-30); eine Serie zählt ab 0.

target-daily = jeden Tag
target-per-week = { $n ->
    [one] { $n } Tag pro Woche
   *[other] { $n } Tage pro Woche
}
target-every-n-days = alle { $n } Tage

## Die Einheit der Serie, nach ihrer Zahl

target-unit-week = { $n ->
    [one] Woche
   *[other] Wochen
}
target-unit-day = { $n ->
    [one] Tag
   *[other] Tage
}
target-unit-session = { $n ->
    [one] Einheit
   *[other] Einheiten
}

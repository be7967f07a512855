# Die Fragen der Einschätzung nach den Warnzeichen: die Antworten (-label), der ganze
# Nebensatz, zu dem jede Antwort wird (-said, nach „weil Sie angegeben haben, dass ...“,
# Verb am Ende), und warum jede Frage gestellt wird (triage-why-...).

## Wo es schmerzt

triage-region-front-thigh-label = Vorderseite des Oberschenkels
triage-region-front-thigh-said = es vorn am Oberschenkel schmerzt

triage-region-front-hip-groin-label = Vorderseite der Hüfte oder Leiste
triage-region-front-hip-groin-said = es vorn an der Hüfte oder in der Leiste schmerzt

triage-region-low-back-label = Unterer Rücken, neben der Wirbelsäule
triage-region-low-back-said = es im unteren Rücken neben der Wirbelsäule schmerzt

triage-region-buttock-label = Gesäß
triage-region-buttock-said = es im Gesäß schmerzt

triage-region-back-thigh-label = Rückseite des Oberschenkels
triage-region-back-thigh-said = es hinten am Oberschenkel schmerzt

triage-region-inner-thigh-label = Innenseite des Oberschenkels
triage-region-inner-thigh-said = es an der Innenseite des Oberschenkels schmerzt

triage-region-knee-label = Knie
triage-region-knee-said = es im Knie schmerzt

triage-region-lower-leg-foot-label = Unterschenkel oder Fuß
triage-region-lower-leg-foot-said = es im Unterschenkel oder Fuß schmerzt

## Wie es sich anfühlt

triage-feeling-tight-label = Verspannt
triage-feeling-tight-said = es sich verspannt anfühlt

triage-feeling-aching-label = Dumpfer Schmerz
triage-feeling-aching-said = es dumpf schmerzt

triage-feeling-sharp-label = Stechend
triage-feeling-sharp-said = der Schmerz stechend ist

triage-feeling-burning-label = Brennend
triage-feeling-burning-said = es brennt

triage-feeling-numb-tingling-label = Taub oder kribbelnd
triage-feeling-numb-tingling-said = es sich taub anfühlt oder kribbelt

triage-feeling-weakness-label = Schwach
triage-feeling-weakness-said = sich das Bein schwach anfühlt

## Wie lange es schon anhält

triage-duration-under-two-weeks-label = Weniger als 2 Wochen
triage-duration-under-two-weeks-said = es vor weniger als 2 Wochen angefangen hat

triage-duration-two-to-six-weeks-label = 2 bis 6 Wochen
triage-duration-two-to-six-weeks-said = es seit 2 bis 6 Wochen anhält

triage-duration-over-six-weeks-label = Mehr als 6 Wochen
triage-duration-over-six-weeks-said = es seit mehr als 6 Wochen anhält

## Was nicht geholfen hat

triage-not-helping-stretching-quads-label = Dehnen der Oberschenkelvorderseite
triage-not-helping-stretching-quads-said = Dehnen der Oberschenkelvorderseite nicht hilft

triage-not-helping-rolling-quads-label = Faszienrolle an der Oberschenkelvorderseite
triage-not-helping-rolling-quads-said = die Faszienrolle an der Oberschenkelvorderseite nicht hilft

triage-not-helping-rest-label = Schonung
triage-not-helping-rest-said = Schonung nicht hilft

## Wie die Tage aussehen

triage-habit-knees-above-hips-label = Ich sitze mit den Knien höher als die Hüften
triage-habit-knees-above-hips-said = Sie mit den Knien höher als die Hüften sitzen

triage-habit-leaning-forward-label = Ich beuge mich im Sitzen nach vorn
triage-habit-leaning-forward-said = Sie sich im Sitzen nach vorn beugen

triage-habit-long-drives-label = Ich fahre oft lange Strecken Auto
triage-habit-long-drives-said = Sie oft lange Strecken Auto fahren

triage-habit-sleep-curled-up-label = Ich schlafe zusammengerollt
triage-habit-sleep-curled-up-said = Sie zusammengerollt schlafen

triage-habit-training-jump-label = Mein Training ist zuletzt stark gestiegen
triage-habit-training-jump-said = Ihr Training zuletzt stark gestiegen ist

triage-habit-running-label = Ich laufe regelmäßig
triage-habit-running-said = Sie regelmäßig laufen

## Antworten, die die Regeln aus Zahlen lesen

# $hours ist 6 oder mehr.
triage-said-long-sitting = Sie etwa { $hours } Stunden am Tag sitzen

triage-said-quad-work-not-tried = Sie noch nicht festgestellt haben, dass Arbeit an der Oberschenkelvorderseite nichts bringt

## Warum jede Frage gestellt wird

triage-why-region = Wo es schmerzt, zeigt, wo der Knoten sitzen kann: Jeder Muskel strahlt in sein eigenes typisches Gebiet aus.

triage-why-side = Meist ist eine Seite stärker betroffen; dort beginnt die Übungsfolge.

triage-why-feeling = Ein dumpfer Schmerz oder eine Verspannung passt zu einem Muskelknoten; Taubheit, Brennen oder Schwäche sprechen eher für einen Nerv.

triage-why-duration = Schmerzen, die wochenlanges Dehnen überdauern, kommen oft von woanders.

triage-why-severity = Über 7 von 10 ist zu viel, um allein daran zu arbeiten.

triage-why-not-helping = Wenn Arbeit an der Oberschenkelvorderseite nicht hilft, liegt die Ursache wahrscheinlich nicht dort.

triage-why-day = Viele Stunden mit gebeugter Hüfte halten Knoten in den Hüftbeugern am Leben.

# Die wahrscheinlichen Ursachen, die die Einschätzung nennt: wie jede heißt (-label) und
# was sie bedeutet (-explain). Eine Orientierung zur Selbsthilfe, keine Diagnose.

triage-source-iliacus-label = Triggerpunkt im Iliacus
triage-source-iliacus-explain = Ein Knoten im Iliacus, innen in der Beckenschaufel, schickt einen Schmerz an die Vorder- und Oberseite des Oberschenkels, den Arbeit am Quadrizeps nicht erreicht.

triage-source-psoas-label = Triggerpunkt im Psoas
triage-source-psoas-explain = Knoten im Psoas zeigen sich meist als senkrechter Schmerzstreifen neben der Lendenwirbelsäule.

triage-source-nerve-involvement-label = Ein gereizter Nerv
triage-source-nerve-involvement-explain = Ein verspannter Iliopsoas kann die Lendennerven einengen und Taubheit, Kribbeln, Schwäche oder ins Bein ziehende Schmerzen auslösen.

triage-source-glute-max-label = Triggerpunkt im großen Gesäßmuskel
triage-source-glute-max-explain = Der Gesäßmuskel arbeitet gegen die Hüftbeuger und bildet eigene Knoten.

triage-source-hamstrings-label = Triggerpunkt in der hinteren Oberschenkelmuskulatur
triage-source-hamstrings-explain = Die hintere Oberschenkelmuskulatur ist der Gegenspieler der Hüftbeuger und bildet ebenfalls Knoten.

triage-source-adductor-magnus-label = Triggerpunkt im großen Adduktor
triage-source-adductor-magnus-explain = Der große Adduktor zieht vom oberen Innenoberschenkel bis zur Knieinnenseite und hat oft Knoten.

triage-source-quads-label = Der Quadrizeps selbst
triage-source-quads-explain = Eine frische Überlastung des Oberschenkels selbst; wenn Rolle und Dehnen helfen, passt das.

triage-source-prevention-label = Jetzt schmerzfrei: damit es so bleibt
triage-source-prevention-explain = Beim Laufen werden die Hüftbeuger bei jedem Schritt belastet, so entstehen unbemerkt Knoten. Ein paar Minuten Selbstmassage an den meisten Tagen beugen dem vor.

triage-source-not-typical-label = Kein typisches Muster
triage-source-not-typical-explain = Ihre Antworten passen zu keinem typischen Triggerpunkt-Muster.

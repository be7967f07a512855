# Wissen: die Themen, je eine Seite, und die Seite „Über die App“. Aus den Fachnotizen
# in eigenen Worten geschrieben; eine Anleitung zur Selbsthilfe, keine Diagnose.

learn-title = Wissen
learn-lead = Erst verstehen, dann drücken.
learn-find-source = Die wahrscheinliche Ursache finden
learn-routine-fits = Eine passende Übungsfolge:
learn-start = Starten
learn-all-topics = Alle Themen

## Der Iliopsoas auf einen Blick

topic-iliopsoas-title = Der Iliopsoas auf einen Blick
topic-iliopsoas-p1 = Zwei Muskeln teilen sich eine Sehne oben am Oberschenkelknochen. Der Psoas entspringt seitlich an der Lendenwirbelsäule und zieht schräg nach unten vor dem Becken entlang. Der Iliacus kleidet die Innenseite der Beckenschaufel aus und zieht vorn über das Hüftgelenk.
topic-iliopsoas-p2 = Gemeinsam heben sie das Bein und stabilisieren Becken und Wirbelsäule. Beim Laufen arbeiten sie bei jedem Schritt: Sie ziehen das Bein nach vorn, werden dann lang, wenn es nach hinten schwingt, und halten dabei den Rumpf stabil. Deshalb haben fast alle Läuferinnen und Läufer hier etwas Spannung.

## Warum der Schmerz woanders auftritt

topic-trigger-points-title = Warum der Schmerz woanders auftritt
topic-trigger-points-p1 = Ein Triggerpunkt ist ein kleiner Knoten im Muskel, der Schmerz an eine andere Stelle schickt. Er kann ruhig sein (ein empfindlicher Knoten, sonst nichts) oder aktiv (er schickt Schmerz, ohne berührt zu werden). Grobes Reiben oder kräftiges Dehnen kann einen ruhigen Punkt wecken.
topic-trigger-points-p2 = Ein Knoten im Iliacus schickt Schmerz oder Spannung nach vorn und oben in den Oberschenkel. Ein Knoten im Psoas zeigt sich meist als senkrechtes Band neben der Lendenwirbelsäule. Ein verspannter Iliopsoas kann auch die Nerven im unteren Rücken einengen und Schwäche, Taubheit, Kribbeln oder Schmerz bis ins Bein verursachen: Das gehört ärztlich abgeklärt. Manche Läuferinnen und Läufer bemerkten sogar, dass Schmerzen im Gesäß, Knie oder Fuß nach Lockerung des Iliacus nachließen.
topic-trigger-points-p3 = Meist ist eine Seite stärker betroffen als die andere, aber beide können beteiligt sein.

## Was die Knoten auslöst und nährt

topic-causes-title = Was die Knoten auslöst und nährt
topic-causes-p1 = Zu viel von einem Muskel zu verlangen, der nicht bereit ist, oder eine plötzliche Überlastung, etwa wenn Sie einen Sturz abfangen.
topic-causes-p2 = Lange Stunden mit gebeugter Hüfte: Bürostühle, lange Autofahrten, und noch mehr, wenn die Knie höher als die Hüften sind oder Sie sich nach vorn lehnen. Zusammengerollt mit angezogenen Knien zu schlafen, bewirkt nachts dasselbe.
topic-causes-p3 = Ein kurzer, verspannter Muskel vorn am Oberschenkel hält auch den Iliopsoas kurz. Die Haltung oder Tätigkeit, die einen Knoten auslöst, nährt ihn weiter, bis sie sich ändert.

## Warum Dehnen des Quadrizeps allein oft nicht reicht

topic-stretching-title = Warum Dehnen des Quadrizeps allein oft nicht reicht
topic-stretching-p1 = Rollen und Dehnen der Oberschenkelvorderseite fördert die Durchblutung und lockert das Gewebe, aber wenn der Schmerz aus der Hüfte kommt, sitzt der Knoten gar nicht im Oberschenkel. Der Oberschenkel fühlt sich eine Stunde besser an, dann kommt der Schmerz zurück.
topic-stretching-p2 = Besser wirkt direkter, geduldiger Druck auf den Knoten selbst: 30 bis 90 Sekunden auf einem Punkt, während Sie atmen und den Muskel über dem Hilfsmittel nachgeben lassen, dann ein paar Zentimeter weiter zum nächsten Punkt. Behandeln Sie auch die Gegenspieler: Gesäß, hintere Oberschenkelmuskulatur und Oberschenkelinnenseite.

## Zahnseide für die Körpermitte

topic-flossing-title = Zahnseide für die Körpermitte
topic-flossing-p1 = Knoten kommen wieder, wenn die Gewohnheiten bleiben, die sie verursacht haben. Die Lösung ist klein und regelmäßig: an den meisten Tagen ein paar Minuten Selbstmassage, wie Zahnseide, und weniger lange Phasen im Sitzen mit gebeugter Hüfte.
topic-flossing-p2 = Regelmäßigkeit schlägt Intensität. Der Gewohnheits-Tracker zählt jede Einheit und zeigt, ob Ihre Spannung sinkt, während die Gewohnheit wächst.

## Über die App

about-title = Über Quads
about-what = Quads hilft Läuferinnen und Läufern, deren Oberschenkel verspannt bleiben, so viel sie auch rollen und dehnen. Oft kommt dieser Schmerz von Knoten (Triggerpunkten) in zwei tiefen Hüftbeugern, dem Iliacus und dem Psoas. Die App hilft Ihnen herauszufinden, ob das auf Sie zutrifft, leitet langsames Halten von Druck auf diesen Muskeln und ihren Gegenspielern an und hilft Ihnen, daraus eine kurze, regelmäßige Gewohnheit zu machen.
about-not-title = Was sie nicht ist
about-not = Dies ist eine Anleitung zur Selbsthilfe, keine Diagnose und keine Behandlung. Sie ersetzt weder Physiotherapie noch Arztbesuch. Wenn ein Warnzeichen auftritt oder sich nach 2 bis 4 Wochen regelmäßiger Selbstmassage nichts bessert, lassen Sie es abklären.
about-safety-title = Sicherheit
about-safety-emergency = Holen Sie Notfallhilfe bei Taubheit in der Leiste oder an der Oberschenkelinnenseite, neuen Problemen mit Blase oder Darm, plötzlicher Schwäche im Bein, Schmerzen nach einem Sturz, einer geschwollenen, warmen Wade oder einem solchen Oberschenkel oder Bauchschmerzen mit Fieber oder einem pulsierenden Gefühl.
about-safety-belly = Drücken Sie nicht in den Bauch, wenn Sie schwanger sind, kürzlich am Bauch oder an der Hüfte operiert wurden, einen Bruch oder ein Aortenaneurysma haben, Blutverdünner nehmen oder eine aktive entzündliche Darmerkrankung haben.
about-safety-press = Drücken Sie langsam und hören Sie auf, wenn Sie unter dem Hilfsmittel einen Puls spüren oder einen stechenden, elektrisierenden oder ausstrahlenden Schmerz.
about-source-title = Quelle
about-source = Die Ideen stammen aus dem Artikel „Chronically tight quads? It might be an iliacus trigger point“ von Christine Koth, Physiotherapeutin, in eigenen Worten wiedergegeben. Die Warnzeichen sind übliche Fragen aus der klinischen Abklärung.
about-data-title = Ihre Daten
about-data = Alles bleibt auf diesem Telefon. Die App stellt keine Anfragen an andere Server: keine Konten, keine Analyse, keine Schriften von außen. Exportieren Sie jederzeit eine Sicherung in den Optionen.
about-version-title = Version
about-version = Version { $version }, erstellt am { $date }.
about-development = Entwicklungsversion
about-back = Zurück zu den Optionen

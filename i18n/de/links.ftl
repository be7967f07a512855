# Links: was ein geteilter Link öffnet, „Geteilten Link öffnen“ und warum ein Link
# nicht geöffnet werden kann. $detail ist der technische Grund des Decoders, auf Englisch.

link-empty = Dieser Link enthält nichts zum Öffnen.
link-newer = Dieser Link wurde mit einer neueren Version der App erstellt. Aktualisieren Sie die App (mit Verbindung neu laden), um ihn zu öffnen.
link-damaged = Dieser Link ist beschädigt oder unvollständig ({ $detail }). Bitten Sie die absendende Person, ihn noch einmal zu teilen.
link-invalid = Dieser Link enthält etwas, das die App nicht verwenden kann ({ $detail }).
link-cannot-open = Dieser Link kann nicht geöffnet werden
link-paste-another = Anderen Link einfügen
link-home = Start
open-title = Geteilten Link öffnen
open-why = Eine auf dem iPhone installierte App öffnet keine Links aus Safari. Fügen Sie den Link (oder nur seinen Code) stattdessen hier ein.
open-field = Link oder Code
open-button = Öffnen

## Eine geteilte Übungsfolge

shared-title = Eine geteilte Übungsfolge
shared-have = Diese Übungsfolge haben Sie schon.
shared-exists-group = Übungsfolge existiert
shared-exists = Sie haben eine Übungsfolge mit diesem Namen. Beide behalten oder Ihre ersetzen?
shared-keep-both = Beide behalten
shared-replace = Meine ersetzen
shared-open-copy = Meine Kopie öffnen
shared-save = Zu meinen Übungsfolgen
shared-start = Jetzt starten
shared-check = Prüfen Sie, ob sie zu Ihnen passt: siehe die Sicherheitshinweise unter „Über die App“.

## Ein Plan, den Ihnen jemand geschickt hat

plan-title = Ein Plan für Sie
plan-lead = „{ $routine }“: { $plan }.
plan-start-day = Woche 1 beginnt am { $day }.
plan-start-any = Woche 1 beginnt an dem Tag, an dem Sie den Plan starten.
plan-counts = Die App zählt Ihre Einheiten gegen dieses Ziel und zeigt, in welcher Woche Sie sind.
plan-note-caption = Die Notiz der absendenden Person
plan-note = Notiz
plan-made = Erstellt am { $day }
plan-following = Das ist der Plan, dem Sie folgen. Es hat sich nichts geändert.
plan-go-home = Zur Startseite
plan-before-group = Bevor Sie beginnen
plan-newer = Das ist ein neuerer Plan für „{ $routine }“ (erstellt am { $made }). Er ersetzt den, dem Sie folgen (erstellt am { $current }).
plan-replaces = Sie folgen einem Plan für „{ $routine }“: { $plan }. Dieser ersetzt ihn.
plan-target = Ihr Ziel ({ $own }) wird für die Wochen des Plans zu { $target }. Ihr eigenes kommt zurück, wenn der Plan endet.
plan-start = Diesen Plan starten
plan-not-now = Jetzt nicht
plan-save-only = Nur die Übungsfolge speichern
plan-safety = Vor Ihrer ersten Einheit stellt die App ihre Sicherheitsfragen, wie bei jeder Übungsfolge. Anleitung zur Selbsthilfe, keine Diagnose: siehe „Über die App“.
report-their-words = Ihre Worte

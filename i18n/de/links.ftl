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

## Zurückgeschickter Fortschritt: die Nachricht und die Zusammenfassung, die ihr Link öffnet

report-heading = Mein Fortschritt mit „{ $routine }“, { $where }:
report-link = Zusammenfassung: { $link }
report-week = Woche { $week } von { $weeks }
report-all-done = alle { $weeks } Wochen geschafft
report-done-on = Erledigt an { $done } von { $planned } geplanten { $planned ->
    [one] Tag
   *[other] Tagen
} ({ $target }).
report-streak = Aktuelle Serie: { $streak } { $unit }.
report-tightness = Spannung: { $from } → { $to } von 10 ({ $trend ->
    [better] besser
    [little-better] etwas besser
    [same] unverändert
    [little-worse] etwas schlechter
   *[worse] schlechter
}).
report-tenderness = Druckschmerz: { $from } → { $to } von 10 ({ $trend ->
    [better] besser
    [little-better] etwas besser
    [same] unverändert
    [little-worse] etwas schlechter
   *[worse] schlechter
}).
checksum-finding = Prüfung der Selbstmassage: { $finding ->
    [too-early] noch zu früh für eine Aussage
    [regularity-first] noch keine regelmäßige Selbstmassage, deshalb hat die 2-bis-4-Wochen-Regel nicht begonnen
    [improving] es wird besser
    [no-change] noch keine deutliche Veränderung
    [see-no-fall] keine deutliche Besserung nach { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } regelmäßiger Selbstmassage: Zeit für eine ärztliche oder physiotherapeutische Abklärung
   *[see-rising] Bewertungen steigen trotz regelmäßiger Selbstmassage: Zeit für eine ärztliche oder physiotherapeutische Abklärung
}.
checksum-regular = Regelmäßige Selbstmassage: { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} am Stück, etwa { $perweek } Tage pro Woche.
checksum-tightness = Spannung, Wochendurchschnitt in diesen Wochen: { $from } → { $to } von 10.
checksum-tenderness = Druckschmerz, Wochendurchschnitt in diesen Wochen: { $from } → { $to } von 10.

## Fortschritt senden, die Zusammenfassung für die Behandlung und die Berichtsseite

sendprog-title = Meinen Fortschritt senden
sendprog-lead = Eine kurze Nachricht für die Person, die Ihnen den Plan geschickt hat. Sie wählen, was darin steht; nichts verlässt das Telefon, bevor Sie es selbst senden.
sendprog-put-in = Aufnehmen
sendprog-counts = Erledigte Tage und meine Serie
sendprog-ratings = Spannung und Druckschmerz, aus meinen Bewertungen
sendprog-check = Wirkt die Selbstmassage? (die Prüfung der App)
sendprog-words = Ein paar Worte (optional)
sendprog-message = Die Nachricht
sendprog-share-title = Mein Fortschritt
sendprog-send = Senden …
sendprog-copy = Kopieren
sendprog-see = Die Zusammenfassung ansehen, die sie öffnet
clinsum-title = Zusammenfassung für die Behandlung
clinsum-lead = Was die App gesehen hat, in Zahlen, für Physiotherapie oder Arztpraxis. Drucken oder senden Sie sie; nichts verlässt das Telefon, bevor Sie es tun.
clinsum-print = Drucken
clinsum-share-title = Meine Prüfung der Selbstmassage
clinsum-plan-hint = Folgen Sie einem Plan, den Ihnen jemand geschickt hat? Starten Sie ihn, dann sendet diese Seite stattdessen Ihren Fortschritt, mit dieser Prüfung darin.
clinsum-back = Zurück zu meiner Gewohnheit
reportpage-title = Fortschrittsbericht
reportpage-lead = „{ $routine }“: { $where }.
reportpage-sent = Gesendet am { $day } · Plan: { $target }
reportpage-readonly = Nur zum Lesen. Das hat die Person zum Senden gewählt, im Link selbst enthalten: Nichts anderes von ihrem Telefon ist darin, und hier wird nichts gespeichert.
reportpage-home = Start

## Eine Übungsfolge als Plan senden

planmaker-title = Als Plan senden
planmaker-lead = Für jemanden, den Sie begleiten. Die Person öffnet den Link, startet den Plan, und ihr Telefon zählt ihre Einheiten dagegen, Woche für Woche. Kein Konto, kein Server.
planmaker-weeks = Für wie viele Wochen
planmaker-start = Beginn am (optional)
planmaker-start-hint = Leer gelassen beginnt Woche 1 an dem Tag, an dem die Person den Plan startet.
planmaker-note = Eine Notiz für die Person (optional)
planmaker-note-count = { $count } von { $max } Zeichen. Wird als reiner Text angezeigt.
planmaker-sheet = Der Plan, wie er ankommt
planmaker-how = Öffnen Sie den Link auf dem Telefon oder scannen Sie den Code mit dessen Kamera, dann auf „Diesen Plan starten“ tippen.
planmaker-share = Plan teilen
planmaker-share-title = Plan: { $routine }
planmaker-copy = Link kopieren
planmaker-print = Drucken
planmaker-routine = Die Übungsfolge
# Added to the name of a routine kept beside one of the same name.
shared-suffix = { " " }(geteilt)

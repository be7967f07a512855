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

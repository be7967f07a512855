# Start, die Leiste unten, die Karte für heute und die Namen der mitgelieferten Übungsfolgen.

## Home

home-tagline = Verspannte Oberschenkel, bei denen die Faszienrolle nicht hilft, haben ihren Ursprung oft in der Hüfte. Lösen Sie sie ein paar Minuten am Stück.
home-resume = Einheit fortsetzen
home-resume-why = Sie haben mittendrin aufgehört. Machen Sie dort weiter, wo Sie waren.
home-triage = Woher kommen meine Schmerzen?
home-triage-why = Ein paar Fragen, zuerst zur Sicherheit; dann die wahrscheinliche Ursache und eine Übungsfolge für den Anfang.
home-last-result = Ihr letztes Ergebnis ansehen
home-ios-install = Zum Home-Bildschirm hinzufügen
home-ios-install-how = Tippen Sie in Safari auf „Teilen“ und dann auf „Zum Home-Bildschirm“. Die App öffnet sich dann im Vollbild und funktioniert offline.
home-safari-note = Safari kann die Daten dieser Seite löschen, wenn Sie sie einige Wochen nicht öffnen. Die Installation auf dem Home-Bildschirm schützt Ihren Verlauf, ebenso eine Sicherung, die Sie in den Einstellungen exportieren.
home-got-it = Verstanden
home-more = Mehr
home-all-routines = Alle Übungsfolgen
home-learn = So funktioniert es
home-open-link = Geteilten Link öffnen
home-about = Über die App und Sicherheit
home-fineprint = Anleitung zur Selbsthilfe, keine Diagnose. Alles bleibt auf diesem Telefon.
home-install = App installieren
home-install-why = Öffnen Sie sie vom Home-Bildschirm, auch im Flugmodus.
home-install-button = Installieren

splash-loading = Wird geladen …

## The tab bar

nav-main = Hauptmenü
nav-home = Start
nav-routines = Übungen
nav-habit = Kalender
nav-learn = Wissen
nav-settings = Optionen

## Today's card

today-start = { $name } starten
today-habit-details = Details zur Gewohnheit
today-send-progress = Meinen Fortschritt senden
today-close-plan = Plan beenden
today-plan-before = Ihr Plan ({ $what }) beginnt am { $day }.
today-plan-finished = Ihr Plan ist abgeschlossen: { $what }. Erzählen Sie der Person, die ihn geschickt hat, wie es gelaufen ist.

## Built-in routines: each phone names them in its own language

routine-builtin-floss-name = Tägliche Pflege
routine-builtin-floss-purpose = Fünf Minuten am Tag für beide Iliacus-Muskeln, damit die Knoten nicht wiederkommen.
routine-builtin-front-name = Vordere Hüfte
routine-builtin-front-purpose = Erst Iliacus, dann Psoas auf beiden Seiten, bei Spannung vorne im Oberschenkel, die die Rolle nicht löst.
routine-builtin-back-name = Hintere Hüfte
routine-builtin-back-purpose = Gesäß, hintere Oberschenkelmuskeln und Innenseite des Oberschenkels: kein Druck auf den Bauch.
routine-builtin-reset-name = Ausgleich nach dem Sitzen
routine-builtin-reset-purpose = Eine kurze Lockerung nach einem langen Tag auf dem Stuhl oder einer langen Autofahrt.

## Lines with numbers

today-status = { $done ->
    [yes] Heute erledigt.
   *[no] Heute noch nicht erledigt.
} Serie: { $streak } { $unit }.
today-plan-week = Woche { $n } von { $of } Ihres Plans: { $what }.
plan-describe = { $target }, { $weeks ->
    [one] { $weeks } Woche lang
   *[other] { $weeks } Wochen lang
}

## Die App rund um ihre Seiten

app-skip = Zum Inhalt springen
app-update = Update verfügbar.
app-reload = Neu laden zum Aktualisieren
app-not-found = Seite nicht gefunden
app-not-found-why = Dieser Link führt zu einer Seite, die es in der App nicht gibt.
app-go-home = Zur Startseite
app-title = Quads: verspannte Hüften lösen
app-chunk-failed = Dieser Bildschirm konnte nicht geladen werden. Vielleicht ist die Verbindung abgebrochen, oder die App wurde aktualisiert, seit Sie diese Seite geöffnet haben.
app-chunk-reload = Neu laden

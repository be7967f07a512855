# Eine Einheit mit Druckpunkten und die Übungsfolgen: was der Player zeigt, was der
# Screenreader hört, was die Sprachansage sagt und was der Sperrbildschirm zeigt
# (session/words.rs entscheidet), die Seiten der Übungsfolgen, die Bewertung nach
# einer Einheit und die Anleitung für jeden Punkt.

## Die Phasen. $spot und $spots zählen die Punkte eines Drucks.

phase-prepare = In Position gehen
phase-hold = Halten · Punkt { $spot } von { $spots }
phase-move = Hilfsmittel ein paar Zentimeter versetzen
phase-switch = Wechsel zur { $side ->
    [left] linken
   *[right] rechten
} Seite
spot-line = { muscle-on-side } · { tool-in-sentence }
lock-hold = { muscle-on-side } · Punkt { $spot } von { $spots }
lock-other = { $title } · { muscle-on-side }
announce = { muscle-on-side }, { tool-in-sentence }, { $seconds } Sekunden
spoken-next = { $title }. { $announce }
spoken-move = Hilfsmittel ein paar Zentimeter versetzen.
spoken-done = Einheit geschafft. Gut gemacht.
live-done = Einheit geschafft.
live-paused = Pausiert.
live-hold = Halten: { $line }, Punkt { $spot } von { $spots }, { $seconds } Sekunden.
live-next = { $title }. Als Nächstes: { $next }.
live-ten-left = Noch 10 Sekunden.
about-minutes = etwa { $minutes } Min.

## Der Player

player-none = Keine Einheit läuft
player-none-why = Wählen Sie eine Übungsfolge, um eine zu beginnen.
player-routines = Übungsfolgen
player-resume-title = Einheit fortsetzen?
player-interrupted = „{ $name }“ wurde unterbrochen.
player-left-in-part = Noch { $time } in diesem Abschnitt
player-resume = Dort weitermachen, wo ich war
player-end-stored = Beenden und Geschafftes speichern
player-track-failed = Die Tonspur konnte hier nicht starten, deshalb kommen die Signale von der Seite: Lassen Sie den Bildschirm an.
player-time-left = Verbleibende Zeit in diesem Abschnitt
player-next = Als Nächstes: { $title } · { $line }
player-last = Der letzte
player-back = Zurück
player-resume-button = Weiter
player-pause = Pause
player-skip = Überspringen
player-add-time = 15 s
player-end-group = Einheit beenden
player-end-question = Jetzt beenden? Was Sie bisher gehalten haben, wird gespeichert.
player-end = Einheit beenden
player-keep-going = Weitermachen
player-end-ask = Einheit beenden …
player-done = Einheit geschafft
player-ended = Einheit beendet
player-time-held = Gehaltene Zeit
player-spots = Punkte
player-sides = Seiten
player-counted = Zählt für { $day } in Ihrer Gewohnheit.
player-feel-now = Optional: Wie fühlt es sich jetzt an?
player-see-habit = Meine Gewohnheit ansehen
player-home = Start
player-make-usual = Zu meiner üblichen Übungsfolge machen

## Einen Tag bewerten

rating-tightness = Spannung im Quadrizeps (0 keine, 10 am stärksten)
rating-tenderness = Druckschmerz am schlimmsten Punkt
rating-note = Notiz
rating-save = Bewertung speichern
rating-saved = Gespeichert.

## Die Übungsfolgen

routines-title = Übungsfolgen
routines-new = Neue Übungsfolge
routines-open-link = Geteilten Link öffnen
routines-belly = Druck auf den Bauch
routines-start = Starten
routines-start-named = { $name } starten
routine-steps = { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
}
routine-belly-warning = Druck auf den Bauch (nicht bei Schwangerschaft, Bruch, kürzlicher Operation, Aneurysma, Blutverdünnern oder Darmentzündung)
routine-start = Starten
routine-send-plan = Als Plan senden
routine-print = Drucken
routine-duplicate = Duplizieren
routine-copy-name = { $name } (Kopie)
routine-edit = Bearbeiten
routine-delete = Löschen
routine-delete-group = Übungsfolge löschen
routine-delete-question = Diese Übungsfolge löschen? Einheiten, die Sie damit gemacht haben, bleiben in Ihrem Verlauf.
routine-keep = Behalten
routine-not-found = Übungsfolge nicht gefunden
routine-maybe-deleted = Sie wurde vielleicht gelöscht.
routine-all = Alle Übungsfolgen

## Die Schritte einer Übungsfolge als Blatt

sheet-title = { muscle-on-side }
sheet-detail = { tool-in-sentence } · { $hold } s pro Punkt × { $spots ->
    [one] { $spots } Punkt
   *[other] { $spots } Punkte
}
sheet-deeper = Für mehr Tiefe: { $deepen ->
    [knee-falls-out] das Knie zur Seite fallen lassen
    [slow-breaths] langsam in den Bauch atmen und loslassen
   *[straighten-leg] das Bein langsam strecken
}
sheet-both-sides = Erst die linke Seite, dann die rechte: Die Punkte liegen spiegelbildlich.
sheet-guide = Anleitung zum Punkt, mit Abbildung
sheet-where = Wo
sheet-find = So finden Sie ihn
sheet-place = Hilfsmittel ansetzen
sheet-feel = Was Sie spüren sollten
sheet-stop = Aufhören, wenn

## Die Anleitung für jeden Punkt

guide-iliacus-where = Er kleidet die Innenseite der Beckenschaufel aus, direkt innen hinter dem Knochenrand vorn an der Hüfte.
guide-iliacus-find = Tasten Sie den vorn vorstehenden Hüftknochen und schieben Sie einen Finger nach innen und unten, über den Rand in die weiche Mulde.
guide-iliacus-place = Legen Sie sich auf den Bauch, das Hilfsmittel direkt innen am Rand, zum Hüftknochen hin geneigt. Lassen Sie Ihr Gewicht langsam darauf sinken.
guide-iliacus-feel = Ein tiefer, dumpfer Schmerz, der vorn in den Oberschenkel ausstrahlen kann. Genau dieses Echo ist gemeint.
guide-psoas-where = Tief im Bauch neben der Wirbelsäule, schräg nach unten zur Innenseite der Hüfte.
guide-psoas-find = Gehen Sie vom Bauchnabel etwa zwei Finger breit zur Seite und etwas nach unten. Spannen Sie den Muskel an, indem Sie das Knie leicht anheben, um ihn zu spüren.
guide-psoas-place = Legen Sie sich mit dem Hilfsmittel dort auf den Bauch und lassen Sie den Bauch darum herum locker. Gehen Sie langsam in die Tiefe, nie ruckartig.
guide-psoas-feel = Tiefer Druck, manchmal ein vertrauter Schmerz im unteren Rücken oder in der Leiste.
guide-glute-max-where = Der große Muskel des Gesäßes.
guide-glute-max-find = Legen Sie sich auf den Rücken, die Knie gebeugt, und suchen Sie eine empfindliche Stelle im Gesäßmuskel.
guide-glute-max-place = Legen Sie den Ball unter diese Stelle. Lassen Sie das Knie dieser Seite zur Seite fallen, um den Druck zu erhöhen.
guide-glute-max-feel = Ein kräftiger, aber erträglicher Schmerz, der beim Atmen nachlässt.
guide-hamstrings-where = Die Rückseite des Oberschenkels, vom Sitzbein bis hinter das Knie.
guide-hamstrings-find = Setzen Sie sich mit gestrecktem Bein auf den Boden und suchen Sie entlang der Oberschenkelrückseite ein empfindliches Band.
guide-hamstrings-place = Legen Sie Rolle oder Ball unter diese Stelle und lassen Sie das Gewicht des Beins darauf ruhen.
guide-hamstrings-feel = Ein sich ausbreitender Schmerz unter dem Hilfsmittel, der während des Haltens nachlässt.
guide-adductor-magnus-where = Die Innenseite des Oberschenkels, von oben an der Leiste bis zur Innenseite des Knies.
guide-adductor-magnus-find = Legen Sie sich auf den Bauch, ein Knie zur Seite gebeugt, und tasten Sie die Oberschenkelinnenseite entlang.
guide-adductor-magnus-place = Legen Sie die Oberschenkelinnenseite auf Rolle oder Ball und lassen Sie sie einsinken.
guide-adductor-magnus-feel = Empfindlich, manchmal überraschend stark; es sollte mit jedem Atemzug weicher werden.
guide-quads-where = Die Vorderseite des Oberschenkels.
guide-quads-find = Legen Sie sich auf den Bauch und suchen Sie vorn am Oberschenkel eine feste oder empfindliche Stelle.
guide-quads-place = Legen Sie den Oberschenkel auf Rolle oder Ball. Arbeit am Quadrizeps hilft, behebt aber allein selten Schmerzen, die aus der Hüfte kommen.
guide-quads-feel = Ein fester Schmerz, der nachlässt.
guide-stop-belly = Lassen Sie sofort locker, wenn Sie unter dem Hilfsmittel einen Puls spüren, einen stechenden oder elektrisierenden Schmerz oder einen Schmerz, der ausstrahlt; drücken Sie nie dagegen an.
guide-stop-leg = Lassen Sie locker, wenn der Schmerz stechend, brennend oder elektrisierend wird oder das Bein taub wird oder kribbelt.
guide-figure-alt = { muscle-on-side }, wo Sie arbeiten: { $where } { $find }

## Eine Übungsfolge, die per Link kommt, kurz

share-belly-yes = Druck auf den Bauch (Iliacus oder Psoas)
share-belly-no = kein Druck auf den Bauch

## Teilen

share-done = Geteilt.
share-failed = Teilen oder Kopieren hat nicht geklappt. Halten Sie den Link unten gedrückt, um ihn zu kopieren.
share-link-copied = Link kopiert. Fügen Sie ihn in eine Nachricht ein.
share-message-copied = Nachricht kopiert. Fügen Sie sie in einen Chat oder eine E-Mail ein.
share-routine = Teilen
share-routine-hint = Der Link enthält die Übungsfolge selbst: kein Konto, kein Server. Er enthält keine Gesundheitsdaten.

## Eine eigene Übungsfolge erstellen

builder-new = Neue Übungsfolge
builder-edit = Übungsfolge bearbeiten
builder-builtin = Mitgelieferte Übungsfolgen lassen sich nicht bearbeiten; duplizieren Sie eine, um sie zu Ihrer eigenen zu machen.
builder-name = Name
builder-purpose = Zweck (optional)
builder-rest = Pause beim Seitenwechsel (Sekunden)
builder-add-step = Schritt hinzufügen
builder-save = Übungsfolge speichern
builder-cancel = Abbrechen
builder-step = Schritt { $step }
builder-muscle = Muskel
builder-side = Seite
builder-tool = Hilfsmittel
builder-hold = Halten pro Punkt (Sekunden)
builder-spots = Punkte
builder-deepen = Mehr Tiefe
builder-reposition = Zeit zum In-Position-Gehen (Sekunden)
builder-move-up = Nach oben
builder-move-up-step = Nach oben: Schritt { $step }
builder-move-down = Nach unten
builder-move-down-step = Nach unten: Schritt { $step }
builder-remove = Entfernen
builder-remove-step = Entfernen: Schritt { $step }
routine-invalid-no-name = Geben Sie der Übungsfolge einen Namen.
routine-invalid-name-long = Der Name ist länger als { $max } Zeichen.
routine-invalid-purpose-long = Der Zweck ist länger als { $max } Zeichen.
routine-invalid-control = Name oder Zweck enthalten Steuerzeichen.
routine-invalid-no-steps = Fügen Sie mindestens einen Schritt hinzu.
routine-invalid-too-many-steps = Eine Übungsfolge hat höchstens { $max } Schritte.
routine-invalid-rest = Die Pause zwischen den Seiten beträgt höchstens { $max } s.
routine-invalid-hold = Schritt { $step }: Halten zwischen { $min } und { $max } s.
routine-invalid-spots = Schritt { $step }: zwischen { $min } und { $max } Punkte.
routine-invalid-reposition = Schritt { $step }: Die Zeit zum In-Position-Gehen beträgt höchstens { $max } s.
link-detail = { $detail }
# $value: the stored name of the muscle, side, tool or way to go deeper.
builder-muscle-option = { $value ->
    [iliacus] Iliacus
    [psoas] Psoas
    [glute-max] großer Gesäßmuskel
    [hamstrings] hintere Oberschenkelmuskulatur
    [adductor-magnus] Adductor magnus
   *[quads] Quadrizeps
}
builder-side-option = { $value ->
    [left] links
    [right] rechts
   *[both] beidseits
}
builder-tool-option = { $value ->
    [hands] Hände
    [massage-ball] Massageball
    [lacrosse-ball] Lacrosse- oder Tennisball
    [kettlebell-handle] Kettlebell-Griff
    [foam-roller] Faszienrolle
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}
builder-deepen-option = { $value ->
    [none] keine
    [knee-falls-out] das Knie zur Seite fallen lassen
    [slow-breaths] langsam in den Bauch atmen und loslassen
   *[straighten-leg] das Bein langsam strecken
}

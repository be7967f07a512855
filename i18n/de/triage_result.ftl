# Das Ergebnis der Einschätzung: die Stufe und warum, die wahrscheinlichen Ursachen
# mit den eigenen Angaben, was sonst hilft, und die Übungsfolge mit dem Grund für
# jeden Schritt. triage/assess.rs und triage/compose entscheiden; dies sind die Worte.
# Die -said-Sätze der Fragen sind Nebensätze ohne „dass“ (Verb am Ende).

## Die Stufe

result-level-emergency = Holen Sie sich jetzt Notfallhilfe
result-level-see-clinician = Vor der Selbstmassage ärztlich oder physiotherapeutisch abklären
result-level-caution = Selbsthilfe, mit Vorsicht
result-level-self-care = Selbsthilfe erscheint sinnvoll

## Warum diese Stufe. $said und $why sind -said und -why eines Warnzeichens.

result-you-said = Ihre Angabe: { $said }. { $why }
result-you-said-unsure = Ihre Angabe: { $said } (Sie waren unsicher, und bei diesem Zeichen ist es sicherer, Unsicherheit als Ja zu werten). { $why }
result-not-sure-about = Sie waren unsicher bei: { $said }. { $why } Falls es zutrifft, lassen Sie es zuerst abklären.
result-contra = Ihre Angabe: { $said }. { $why } Druck auf den Bauch wird weggelassen.
result-severity = Sie haben den Schmerz mit { $severity } von 10 bewertet. { $why }
result-nerve = Sie haben Taubheit, Kribbeln oder Schwäche beschrieben. Nervenzeichen sollten vor der Selbstmassage untersucht werden.
result-sharp = Stechender oder brennender Schmerz ist für einen Muskelknoten untypisch: Gehen Sie sanft vor und hören Sie auf, wenn es schlimmer wird.
result-no-warning = Sie haben keine Warnzeichen angegeben und nichts, was Selbstmassage ausschließt.

## Was sonst hilft

advice-sitting = Sitzen Sie mit den Hüften etwas höher als die Knie, lehnen Sie sich zurück statt nach vorn, und stehen Sie jede halbe Stunde eine Minute auf.
advice-driving = Halten Sie auf langen Autofahrten etwa stündlich an und gehen Sie ein paar Minuten; stellen Sie den Sitz höher, damit die Knie tiefer liegen.
advice-sleep = Versuchen Sie, mit gestreckteren Beinen zu schlafen, auf dem Rücken oder auf der Seite mit einem Kissen zwischen den Knien.
advice-training = Gehen Sie mit der Trainingsbelastung auf das Niveau vor dem Sprung zurück und steigern Sie dann langsam wieder.
advice-no-belly = Behandeln Sie nur Gesäß, hintere Oberschenkelmuskulatur und Oberschenkelinnenseite: kein Druck auf den Bauch, bis es ärztlich freigegeben ist.
advice-habit = Machen Sie die Selbstmassage zu einer kurzen, regelmäßigen Gewohnheit, wie Zahnseide: ein paar Minuten an den meisten Tagen wirken besser als ab und zu eine lange Einheit.
advice-come-back = Lassen Sie es ärztlich oder physiotherapeutisch abklären, wenn sich nach 2 bis 4 Wochen regelmäßiger Selbstmassage nichts bessert, und sofort, wenn ein Warnzeichen auftritt.

## Angaben, wenn kein Muster passt

result-said-no-pain = Sie im Moment keine Schmerzen haben und das so bleiben soll
result-said-no-region = Sie nicht angegeben haben, wo es schmerzt

## Warum jeder Schritt der Übungsfolge da ist

compose-because-one = Weil Sie angegeben haben, dass { $first }.
compose-because-two = Weil Sie angegeben haben, dass { $first } und { $second }.
compose-because-three = Weil Sie angegeben haben, dass { $first }, { $second } und { $third }.
compose-hip-flexors-usual = Fast alle Läuferinnen und Läufer haben etwas Spannung in den Hüftbeugern; sie sind die häufigste versteckte Ursache.
compose-prevention = Im Moment keine Schmerzen: Regelmäßige Selbstmassage der Hüftbeuger verhindert, dass sich Knoten bilden. Beim Laufen werden sie mit jedem Schritt belastet.
compose-one-tendon = { $first ->
    [psoas] Psoas und Iliacus
   *[iliacus] Iliacus und Psoas
} sind zwei Muskeln mit einer gemeinsamen Sehne: Beide brauchen Lockerung, nicht nur einer.
compose-quads = Weil die Oberschenkelvorderseite betroffen ist: Rollen lockert das Gewebe, ist aber nur ein Teil der Lösung, nie die ganze.
compose-inner-thigh = Weil Sie angegeben haben, dass es bis zur Oberschenkelinnenseite oder zum Knie zieht: Der Adductor magnus verläuft vom oberen Oberschenkel innen bis zur Innenseite des Knies.
compose-antagonist = Arbeitet gegen die Hüftbeuger und bildet eigene Knoten, gehört also zur Kette.
compose-also-antagonist = { $muscle ->
    [hamstrings] Auch die hintere Oberschenkelmuskulatur arbeitet gegen die Hüftbeuger.
    [adductor-magnus] Auch der Adductor magnus arbeitet gegen die Hüftbeuger.
   *[glute-max] Auch der große Gesäßmuskel arbeitet gegen die Hüftbeuger.
}
compose-sore-first-more = { $reason } Zuerst die schmerzende Seite, mit mehr Punkten.
compose-sore-first = { $reason } Zuerst die schmerzende Seite.
compose-other-side-first = Dann die andere Seite: Meist ist eine Seite schlimmer, aber beide haben Knoten.
compose-other-side = Dann die andere Seite: { muscle-name }.
compose-note-no-belly = Druck auf den Bauch wird wegen Ihrer Angaben weggelassen; seine Zeit geht an die Rückseite der Hüfte und die Oberschenkel.
compose-note-no-pain = Im Moment keine Schmerzen: Das soll so bleiben. Ein paar Minuten an den meisten Tagen halten die Knoten fern.

## Name und Zweck der Übungsfolge

compose-name-floss = Meine tägliche Pflege
compose-name = Meine Übungsfolge: { muscle-name }{ $side ->
    [left] , links zuerst
    [right] , rechts zuerst
   *[both] { "" }
}
compose-purpose = Aus Ihren Antworten erstellt: { $minutes } Minuten, { $sore ->
    [yes] die schmerzende Seite zuerst
   *[no] beide Seiten gleich
}.

## Die Ergebnisseite

result-title = Ihr Ergebnis
result-not-found = Ergebnis nicht gefunden
result-start-questions = Fragen beginnen
result-from = Vom { $date }
result-side = { $side ->
    [left] Linke Seite
    [right] Rechte Seite
   *[both] Beide Seiten
}
result-emergency-now = Rufen Sie jetzt den Notruf oder Ihre örtliche Notrufnummer an. Keine Druckbehandlung.
result-book-visit = Vereinbaren Sie in den nächsten Tagen einen Termin in einer Arztpraxis oder Physiotherapie, vor jeder Selbstmassage.
result-why = Warum wir das annehmen
result-because = Weil Sie angegeben haben, dass { $said }.
result-what-else = Was sonst hilft
result-not-diagnosis = Anleitung zur Selbsthilfe, keine Diagnose.
result-learn-more = Mehr erfahren
result-answer-again = Erneut beantworten
result-past = Frühere Ergebnisse
result-your-routine = Ihre Übungsfolge
result-start = Starten
result-save = Als meine Übungsfolge speichern
result-saved = Gespeichert. „Starten“ auf der Startseite öffnet sie jetzt.
result-change-in-builder = Im Editor ändern
result-step-detail = { tool-in-sentence } · { $spots } × { $hold } s.
result-about-minutes = etwa { $minutes } Min.

## Wo der Schmerz auftritt und wo der Knoten sitzt

figure-iliacus = Der Knoten sitzt innen vorn im Becken; der Schmerz zeigt sich vorn am Oberschenkel.
figure-psoas = Der Knoten sitzt tief neben der Wirbelsäule; der Schmerz zeigt sich als Band im unteren Rücken.
figure-nerve = Ein verspannter Hüftbeuger kann auf Nerven drücken; die Beschwerden ziehen das Bein hinunter.
figure-glute-max = Knoten und Schmerz liegen beide im Gesäß.
figure-hamstrings = Knoten und Schmerz liegen hinten am Oberschenkel.
figure-adductor-magnus = Der Knoten sitzt hoch an der Oberschenkelinnenseite; er kann bis zur Knieinnenseite ausstrahlen.
figure-in-place = Der Schmerz sitzt dort, wo der Muskel ist.

## Frühere Ergebnisse

history-none = Noch keine Ergebnisse.
history-again = Fragen erneut beantworten

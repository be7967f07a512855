# Der Fragebogen rund um seine Fragen: Titel der Schritte, Schaltflächen, die Antworten
# Ja / Nein / Nicht sicher, Minuten und Hilfsmittel, und der Notfallhinweis.

## Step titles

wizard-title-intro = Woher kommt es?
wizard-title-warning-signs = Zuerst die Warnzeichen
wizard-title-clinician-signs = Zeichen, die ärztlich abgeklärt werden sollten
wizard-title-belly-pressure = Ist Druck auf den Bauch für Sie unbedenklich?
wizard-title-where-it-hurts = Wo tut es weh?
wizard-title-what-it-is-like = Wie fühlt es sich an?
wizard-title-your-days = Ihr Alltag
wizard-title-time-and-tools = Ihre Zeit und Ihre Hilfsmittel
wizard-title-emergency-stop = Holen Sie sich jetzt Notfallhilfe

## Around the questions

wizard-step = Schritt { $step } von { $steps }
wizard-intro = Ein paar einfache Fragen: zuerst zu Warnzeichen, die ärztlich abgeklärt werden müssen, dann zu Ihren Schmerzen und Ihrem Alltag. Am Ende sehen Sie die wahrscheinliche Ursache, warum wir das annehmen, und eine Übungsfolge für den Anfang.
wizard-not-a-diagnosis = Dies ist eine Anleitung zur Selbsthilfe, keine Diagnose. Ihre Antworten bleiben auf diesem Telefon.
wizard-resumed = Sie haben eine begonnene Einschätzung; Ihre Antworten sind gespeichert.
wizard-warning-signs-intro = Beantworten Sie jede Frage. Wenn Sie unsicher sind, sagen Sie es: Hier zählt „nicht sicher“ als Ja.
wizard-answer-all = Beantworten Sie alle sechs, um weiterzugehen.
wizard-belly-intro = Iliacus und Psoas erreicht man mit Druck auf den Bauch. Diese Umstände schließen das aus (Gesäß und Oberschenkel können Sie weiterhin behandeln).
wizard-why-we-ask = Warum wir fragen: { $why }
wizard-where-legend = Wo es schmerzt (alles Zutreffende wählen)
wizard-no-pain = Im Moment keine Schmerzen: Das soll so bleiben
wizard-side-legend = Welche Seite?
wizard-side-left = Links
wizard-side-right = Rechts
wizard-side-both = Beide
wizard-body-front = vorne
wizard-body-back = hinten
wizard-feeling-legend = Wie fühlt es sich an?
wizard-duration-legend = Wie lange besteht es schon?
wizard-severity-legend = Wie stark ist es gerade? (0 gar nicht, 10 am schlimmsten)
wizard-not-helping-legend = Was hat nicht geholfen?
wizard-sitting-hours = Stunden im Sitzen an einem normalen Tag
wizard-habits-legend = Was davon trifft auf Sie zu?
wizard-time-why = Warum wir fragen: Die Übungsfolge wird an Ihre Zeit angepasst, und Sie können sie im Ergebnis ändern.
wizard-tools-legend = Welche Hilfsmittel zur Selbstmassage haben Sie?
wizard-tools-none = Noch keine? Lassen Sie alles leer: Ihre Hände und ein Ball aus dem Sportgeschäft genügen. Ihre Antwort wird für das nächste Mal gespeichert.

## Buttons

wizard-start = Starten
wizard-continue = Weiter
wizard-next = Weiter
wizard-see-result = Mein Ergebnis ansehen
wizard-back = Zurück
wizard-skip = Überspringen
wizard-change-answers = Meine Antworten ändern

## Yes / no / not sure, and the minutes

answer-yes = Ja
answer-no = Nein
answer-not-sure = Nicht sicher
minutes-legend = Wie viel Zeit haben Sie für eine Übungsfolge?
minutes-choice = { $minutes } Min.

## The emergency stop

emergency-now = ⚠ Rufen Sie jetzt den Notruf oder Ihre örtliche Notrufnummer an.
emergency-no-release = Machen Sie keine Druckbehandlung. Ihre Antworten enthalten ein Zeichen, das heute ärztlich abgeklärt werden muss:
emergency-unsure = (Sie waren unsicher; bei diesem Zeichen zählt Unsicherheit als Ja)
emergency-mistake = Wenn Sie sich vertan haben, können Sie Ihre Antworten ändern.

## Release tools

tool-hands = Hände
tool-massage-ball = Massageball
tool-lacrosse-ball = Lacrosse- oder Tennisball
tool-kettlebell-handle = Kettlebell
tool-foam-roller = Faszienrolle
tool-hip-hook = Hip Hook
tool-pso-rite = Pso-Rite

## Der Sicherheitscheck vor einer Einheit

safety-check-title = Ein kurzer Sicherheitscheck
safety-check-why = Bevor Sie beginnen, sechs Fragen zu Warnzeichen. Sie kommen alle zwei Wochen wieder, und jeden Tag, solange Ihre Bewertungen steigen.
safety-check-start = Nichts davon: { $name } starten

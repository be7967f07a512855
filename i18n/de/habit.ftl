# Die Seite zur Gewohnheit: Serien und Stärke, diese Woche, der Kalender mit dem
# Tageseditor, „Wirkt es?“, das Ziel, Erinnerungen und die Tage als Datei.

day-only = { $day }

## Serien und Stärke

habit-title = Ihre Gewohnheit
habit-lead = Wie Zahnseide für Ihre Körpermitte: ein paar Minuten, oft, bevor der Schmerz zurückkommt.
habit-current-streak = aktuelle Serie ({ $unit })
habit-best-streak = beste Serie
habit-strength = Stärke der Gewohnheit
habit-percent = { $percent } %
habit-this-week = Diese Woche: { $done } von { $goal ->
    [one] { $goal } Tag
   *[other] { $goal } Tagen
}
habit-how-strength = So verändert sich die Stärke der Gewohnheit
habit-how-strength-text = Jeder Tag, an dem Sie Ihr Ziel erreichen, hebt den Wert etwas an; jeder verpasste Tag senkt ihn etwas. Neuere Tage zählen mehr, und es dauert etwa zwei Wochen tägliche Selbstmassage, bis die Hälfte erreicht ist, deshalb löscht ein verpasster Tag ihn nie aus. Ausgelassene Tage (Ruhe, Krankheit, Reise) lassen ihn unverändert.
habit-today-done = Heute ist erledigt.
habit-undo-today = Heutige Markierung zurücknehmen
habit-did-it = Heute erledigt (ohne die App)
habit-undo-skip = Auslassen zurücknehmen
habit-skip-today = Heute auslassen (Ruhe, krank, Reise)

## Der Kalender

cal-previous = Voriger Monat
cal-next = Nächster Monat
cal-day = { $day }: { $state ->
    [done] erledigt
    [skipped] ausgelassen
   *[none] nicht erledigt
}
cal-done = erledigt
cal-skipped = ausgelassen
day-edit = { $day } bearbeiten
day-status = { $state ->
    [done] Erledigt
    [skipped] Ausgelassen
   *[none] Nicht erledigt
} · { $sessions ->
    [one] { $sessions } Einheit mit der App
   *[other] { $sessions } Einheiten mit der App
}
day-tightness = Spannung { $tightness }/10
day-remove-mark = Eigene Markierung entfernen
day-mark-done = Als erledigt markieren
day-remove-skip = Auslassen entfernen
day-mark-skipped = Als ausgelassen markieren
day-close = Schließen

## Wirkt es?

progress-title = Wirkt es?
progress-summary = Seit der Woche vom { $since }, mit etwa { $perweek } Tagen Selbstmassage pro Woche, { $trend ->
    [down] sank die Spannung von { $from } auf { $to }
    [up] stieg die Spannung von { $from } auf { $to }
   *[same] blieb die Spannung bei { $from }
} von 10.
progress-hint = Bewerten Sie Ihre Spannung nach den Einheiten (0 bis 10). Nach zwei Wochen mit Bewertungen sehen Sie hier, wie sie sich neben Ihrer Regelmäßigkeit verändert.
progress-chart = Wochendiagramm: Die Balken zeigen Tage mit Selbstmassage pro Woche, die durchgezogene Linie die Spannung und die gestrichelte den Druckschmerz, jeweils 0 bis 10.
progress-legend-days = erledigte Tage pro Woche
progress-legend-tightness = Spannung
progress-legend-tenderness = Druckschmerz
progress-table = Die Zahlen als Tabelle
progress-week-of = Woche vom
progress-days-done = Erledigte Tage
progress-tightness = Spannung
progress-tenderness = Druckschmerz

## Ziel und Erinnerungen

target-title = Ziel und Erinnerungen
target-plan = Ihr Plan für „{ $routine }“ legt dieses Ziel fest, bis er endet. Wenn Sie ihn beenden, bekommen Sie Ihr vorheriges Ziel zurück.
target-end-plan = Plan jetzt beenden
target-how-often = Wie oft
target-every-day = Jeden Tag
target-some-days = An einigen Tagen pro Woche
target-every-few = Alle paar Tage
target-days-per-week = Tage pro Woche
target-every-how-many = Alle wie viele Tage
target-day-starts = Ein neuer Tag beginnt um
target-day-starts-why = Eine Einheit nach Mitternacht, aber vor dieser Uhrzeit zählt für den Abend davor.
target-reminder = Uhrzeit der Erinnerung
target-ics = Erinnerung zu meinem Kalender hinzufügen (.ics)
target-ics-why = Erinnerungen kommen aus Ihrer eigenen Kalender-App. Push-Benachrichtigungen bräuchten einen Server, und diese App hat keinen: Nichts über Sie verlässt das Telefon.
target-csv = Tage exportieren (CSV)

## Die Erinnerung in einer Kalender-App und die Tage als Tabelle

ics-summary = Hüftbeuger lockern (Zahnseide für die Körpermitte)
ics-description = Ein paar Minuten Selbstmassage. App öffnen: { $url }
ics-alarm = Zeit, Ihre Hüftbeuger zu lockern
csv-headings = Datum,erledigt,ausgelassen,Spannung,Druckschmerz,Notiz

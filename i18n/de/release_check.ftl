# Die Zwei-bis-vier-Wochen-Prüfung (habit/release_check.rs entscheidet; dies sind
# ihre Worte): was sie ergab, die Zahlen dahinter, was Sie der Ärztin, dem Arzt
# oder der Physiotherapie sagen, und die Karte mit der Empfehlung.

## Was die Prüfung ergab

check-not-enough-ratings = Noch zu wenige Bewertungen, um zu sagen, ob die Selbstmassage wirkt.
check-too-early = Noch zu früh, um zu sagen, ob die Selbstmassage wirkt: zuerst { $weeks ->
    [one] { $weeks } weitere Woche
   *[other] { $weeks } weitere Wochen
} regelmäßige Selbstmassage.
check-regularity-first = Zuerst Regelmäßigkeit: Letzte Woche hatten Sie { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} mit Selbstmassage, eine regelmäßige Woche hat mindestens { $regular }. Die Prüfung beginnt nach { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} am Stück.
check-improving = Die Selbstmassage wirkt: Ihre Bewertungen sind deutlich niedriger.
check-no-change-yet = Noch keine deutliche Veränderung. Machen Sie weiter: Es kann einige Wochen dauern.
check-see-clinician-rising = Zeit für eine ärztliche oder physiotherapeutische Abklärung: Ihre Bewertungen steigen trotz regelmäßiger Selbstmassage.
check-see-clinician = Zeit für eine ärztliche oder physiotherapeutische Abklärung: { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} regelmäßige Selbstmassage ohne deutliche Besserung.

## Die Zahlen dahinter

check-since = { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} regelmäßige Selbstmassage am Stück seit der Woche vom { $since }, etwa { $perweek } Tage pro Woche.
# $moved: lower, higher oder same.
check-tightness = Spannung, Wochendurchschnitt: { $from } → { $to } von 10 (Woche vom { $first } bis Woche vom { $latest }): { $moved ->
    [lower] deutlich niedriger
    [higher] deutlich höher
   *[same] innerhalb der normalen Schwankung von Tag zu Tag
}; eine deutliche Veränderung sind hier { $margin } Punkte oder mehr.
check-tenderness = Druckschmerz, Wochendurchschnitt: { $from } → { $to } von 10 (Woche vom { $first } bis Woche vom { $latest }): { $moved ->
    [lower] deutlich niedriger
    [higher] deutlich höher
   *[same] innerhalb der normalen Schwankung von Tag zu Tag
}; eine deutliche Veränderung sind hier { $margin } Punkte oder mehr.
check-rate-please = Bewerten Sie Spannung und Druckschmerz nach Ihren Einheiten (0 bis 10): Die Prüfung vergleicht Wochendurchschnitte, und mehr Bewertungen machen sie sicherer.
check-looks-again = Die Prüfung schaut am { $day } wieder, nach { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} regelmäßiger Selbstmassage.

## Was Sie sagen können, mit Ihren eigenen Zahlen

tell-release = Ich habe { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} lang an { $perweek } Tagen pro Woche eine Selbstmassage der Triggerpunkte im Iliacus und Psoas gemacht.
tell-tightness = Meine Spannung ging von { $from } → { $to } von 10 (Wochendurchschnitte meiner eigenen Bewertungen von 0 bis 10).
tell-tenderness = Mein Druckschmerz ging von { $from } → { $to } von 10 (Wochendurchschnitte meiner eigenen Bewertungen von 0 bis 10).
tell-triage = Wo es schmerzt, wie es sich anfühlt und was es verschlimmert: steht in meinem letzten Ergebnis der Einschätzung in der App.

## Die Zusammenfassung zum Drucken oder Senden

summary-title = Prüfung der Selbstmassage, { $day }:
summary-in-my-words = In meinen Worten:
summary-footer = Aus meinen eigenen Bewertungen in der App Quads: Selbstbeobachtung, keine Diagnose.

## Die Karte mit der Empfehlung (Start, Gewohnheit) und die Zeile der Prüfung im Fortschritt

referral-title = Zeit für eine ärztliche oder physiotherapeutische Abklärung
referral-why-now = Bringt regelmäßige Selbstmassage nach zwei bis vier Wochen keine Veränderung, sollte es jemand ansehen: Physiotherapie oder Ärztin und Arzt finden, was Selbsthilfe nicht findet.
referral-anything-new = Ist auch etwas Neues dazugekommen, etwa Taubheit, Kribbeln, Schwäche oder Schmerzen in der Nacht? Die App stellt die Fragen zu den Warnzeichen vor Ihrer nächsten Einheit noch einmal.
referral-check-signs = Warnzeichen jetzt prüfen
referral-what-to-tell = Was Sie sagen können
referral-summary = Zusammenfassung zum Drucken oder Senden
referral-seen = Ich war schon in Behandlung
referral-not-now = Jetzt nicht
referral-either = Beide Antworten blenden diesen Hinweis vier Wochen lang aus; danach schaut die Prüfung wieder.
check-title = Die Zwei-bis-vier-Wochen-Prüfung
check-numbers = Die Zahlen dahinter
# $answer: seen oder not-now; $headline ist der Satz von check-see-clinician.
check-quiet = { $headline } Sie haben „{ $answer ->
    [seen] Ich war schon in Behandlung
   *[not-now] Jetzt nicht
}“ gesagt, deshalb bleibt dieser Hinweis bis { $until } aus.

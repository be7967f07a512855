# Die Warnzeichen, abgefragt vor jeder Übungsfolge. Je Zeichen: -question (Antwort ja /
# nein / weiß nicht), -said (wie es nach „weil Sie angegeben haben: ...“ gelesen wird),
# -why (warum es wichtig ist). Die medizinische Bedeutung jedes Zeichens bleibt unverändert.

## Sofort in die Notaufnahme: ein Ja (oder „weiß nicht“) hält die App an und schickt die Person zur Notfallversorgung.

warning-emergency-saddle-numbness-question = Haben Sie neu ein Taubheitsgefühl in der Leiste, am Gesäß oder an der Innenseite der Oberschenkel (dort, wo Sie auf einem Sattel sitzen)?
warning-emergency-saddle-numbness-said = Taubheitsgefühl im Sattelbereich
warning-emergency-saddle-numbness-why = Taubheit im Sattelbereich kann bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt sind. Das muss innerhalb weniger Stunden behandelt werden.

warning-emergency-bladder-bowel-sexual-question = Haben Sie neu Probleme, Blase oder Darm zu kontrollieren, oder neue sexuelle Störungen?
warning-emergency-bladder-bowel-sexual-said = neue Probleme mit Blase, Darm oder Sexualfunktion
warning-emergency-bladder-bowel-sexual-why = Zusammen mit Rücken- oder Beinbeschwerden deutet das auf eine Nervenkompression hin, die dringend behandelt werden muss.

warning-emergency-sudden-weakness-question = Ist ein Bein plötzlich schwach geworden, oder nimmt die Schwäche schnell zu (der Fuß klatscht auf, das Bein knickt weg)?
warning-emergency-sudden-weakness-said = plötzliche oder schnell zunehmende Schwäche im Bein
warning-emergency-sudden-weakness-why = Ein schneller Kraftverlust heißt, dass ein Nerv jetzt in Gefahr ist; Abwarten kann bleibende Schäden hinterlassen.

warning-emergency-after-fall-or-accident-question = Haben die Schmerzen nach einem schweren Sturz oder einem Unfall begonnen?
warning-emergency-after-fall-or-accident-said = die Schmerzen begannen nach einem Sturz oder Unfall
warning-emergency-after-fall-or-accident-why = Ein Bruch oder eine andere Verletzung muss ausgeschlossen sein, bevor jemand auf die Stelle drückt.

warning-emergency-swollen-warm-leg-question = Ist Ihr Oberschenkel oder Ihre Wade geschwollen, warm, gerötet oder berührungsempfindlich?
warning-emergency-swollen-warm-leg-said = ein geschwollener, warmer oder geröteter Oberschenkel oder Unterschenkel
warning-emergency-swollen-warm-leg-why = Das kann ein Blutgerinnsel sein. Darauf zu drücken ist gefährlich, und es muss noch heute untersucht werden.

warning-emergency-fever-or-pulsing-belly-question = Haben Sie Rücken- oder Bauchschmerzen mit Fieber oder Schüttelfrost, oder ein pulsierendes Gefühl im Bauch?
warning-emergency-fever-or-pulsing-belly-said = Rücken- oder Bauchschmerzen mit Fieber, Schüttelfrost oder einem pulsierenden Gefühl
warning-emergency-fever-or-pulsing-belly-why = Eine Infektion oder ein Problem an der großen Bauchschlagader kann sich wie Muskelschmerz anfühlen und ist ein Notfall.

## Erst ärztlich oder physiotherapeutisch abklären, innerhalb weniger Tage: ein Ja (oder „weiß nicht“) hält die Selbstmassage zurück.

warning-clinician-nerve-symptoms-question = Haben Sie irgendwo im Bein Taubheit, Kribbeln oder Schwäche?
warning-clinician-nerve-symptoms-said = Taubheit, Kribbeln oder Schwäche im Bein
warning-clinician-nerve-symptoms-why = Nervenzeichen sollten gründlich untersucht werden, bevor Sie in der Nähe der Hüftnerven Druck ausüben.

warning-clinician-stress-fracture-signs-question = Haben Sie tiefe Schmerzen in der Leiste oder vorn an der Hüfte, die beim Laufen oder Hüpfen stärker werden oder nachts wehtun, vielleicht nach einer deutlichen Steigerung des Trainings?
warning-clinician-stress-fracture-signs-said = tiefe Leistenschmerzen, die beim Laufen oder Hüpfen zunehmen oder nachts wehtun
warning-clinician-stress-fracture-signs-why = Dieses Muster passt zu einem Ermüdungsbruch der Hüfte. Hören Sie mit dem Laufen auf und lassen Sie es abklären.

warning-clinician-cancer-or-weight-loss-or-constant-question = Hatten Sie Krebs, haben Sie ungewollt abgenommen, oder ist der Schmerz immer gleich, egal in welcher Position?
warning-clinician-cancer-or-weight-loss-or-constant-said = Krebs in der Vorgeschichte, ungewollter Gewichtsverlust oder Dauerschmerz
warning-clinician-cancer-or-weight-loss-or-constant-why = Muskelknoten verändern sich mit Haltung und Druck. Ein Schmerz, der das nicht tut, muss auf andere Ursachen untersucht werden.

warning-clinician-no-improvement-after-weeks-question = Haben Sie schon 2 bis 4 Wochen lang regelmäßig Selbstmassage gemacht, ohne jede Besserung?
warning-clinician-no-improvement-after-weeks-said = keine Besserung nach Wochen regelmäßiger Selbstmassage
warning-clinician-no-improvement-after-weeks-why = Wenn einige Wochen regelmäßiger Selbstmassage nichts verändert haben, liegt die Ursache wahrscheinlich woanders.

## Kein tiefer Druck in den Bauch; Gesäß, hintere Oberschenkel und Adduktoren bleiben möglich.

warning-contra-pregnancy-question = Sind Sie schwanger, oder könnten Sie es sein?
warning-contra-pregnancy-said = Sie könnten schwanger sein
warning-contra-pregnancy-why = Tiefer Druck in den Bauch ist in der Schwangerschaft nicht sicher.

warning-contra-recent-surgery-question = Wurden Sie in den letzten Monaten am Bauch oder an der Hüfte operiert?
warning-contra-recent-surgery-said = eine kürzliche Operation am Bauch oder an der Hüfte
warning-contra-recent-surgery-why = Heilendes Gewebe darf keinem tiefen Druck ausgesetzt werden.

warning-contra-hernia-question = Haben Sie einen Bruch (Hernie)?
warning-contra-hernia-said = ein Bruch (Hernie)
warning-contra-hernia-why = Druck in den Bauch kann einen Bruch weiter hervortreten lassen.

warning-contra-aortic-aneurysm-question = Wurde bei Ihnen ein Aortenaneurysma festgestellt (eine erweiterte Hauptschlagader im Bauch)?
warning-contra-aortic-aneurysm-said = ein Aortenaneurysma
warning-contra-aortic-aneurysm-why = Der Psoas liegt direkt neben der Hauptschlagader; tiefer Druck dort ist gefährlich.

warning-contra-blood-thinners-question = Nehmen Sie blutverdünnende Medikamente?
warning-contra-blood-thinners-said = Sie nehmen Blutverdünner
warning-contra-blood-thinners-why = Tiefer Druck kann Blutungen im Bauchraum auslösen.

warning-contra-inflammatory-bowel-question = Haben Sie eine aktive chronisch-entzündliche Darmerkrankung (Morbus Crohn, Colitis)?
warning-contra-inflammatory-bowel-said = eine aktive chronisch-entzündliche Darmerkrankung
warning-contra-inflammatory-bowel-why = Auf einen entzündeten Darm darf nicht gedrückt werden.

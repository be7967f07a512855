# Optionen: Sprache, Darstellung, Ton während einer Einheit und die eigenen Daten.

settings-title = Optionen

## Language

settings-language = Sprache
settings-language-auto = Wie das Telefon
settings-language-offline = Diese Sprache muss einmal mit Verbindung geladen werden. Bis dahin bleibt die App in der angezeigten Sprache.
settings-no-voice = Dieses Telefon hat keine Stimme für diese Sprache: Die Sprachansage bleibt stumm, Töne und Vibration funktionieren weiter.

## Theme

settings-theme = Darstellung
settings-theme-system = Wie das Telefon
settings-theme-light = Hell
settings-theme-dark = Dunkel

## During a session

settings-session = Während einer Einheit
settings-sound = Tonsignale
settings-sound-hint = Töne für Beginn, Hälfte, letzte Sekunden, Weiterrücken, Seitenwechsel und Ende
settings-voice = Sprachansage
settings-voice-hint = Sagt den nächsten Punkt, die Seite, das Hilfsmittel und die Zeit an
settings-vibration = Vibration
settings-vibration-hint = Ein Vibrieren bei jedem Signal
settings-audio-mode = Ton und Ihre Musik
settings-audio-track = Signale auch bei ausgeschaltetem Bildschirm (hält anderes Audio an)
settings-audio-mix = Mit meiner Musik mischen (Bildschirm bleibt an)
settings-audio-why = Bei ausgeschaltetem Bildschirm spielt ein Telefon eine Tonspur weiter, stoppt aber andere Töne, Sprachansage und Vibration einer Seite. Die erste Wahl spielt die ganze Einheit als diese Tonspur; die zweite lässt Ihren Podcast oder Ihre Musik weiterlaufen, und die Signale brauchen den eingeschalteten Bildschirm.
settings-test-sound = Ton testen
settings-test-heard = Sie sollten einen ansteigenden Ton aus zwei Noten hören. Wenn nicht, prüfen Sie die Lautstärke.
settings-test-no-sound = Dieser Browser kann keinen Ton abspielen.
settings-test-voice = Rechter Iliacus, Massageball, 60 Sekunden

## Your data

settings-data = Ihre Daten
settings-data-why = Alles bleibt auf diesem Telefon. Mit einer Sicherungsdatei können Sie es umziehen oder sicher aufbewahren.
settings-storage-kept = Speicher: geschützt. Der Browser löscht ihn nicht, um Platz zu schaffen.
settings-storage-not-kept = Speicher: noch nicht geschützt. Der Browser kann ihn bei Platzmangel löschen; die App zu installieren und Sicherungen zu exportieren hilft.
settings-storage-unknown = Speicher: Dieser Browser sagt nicht, ob er Daten behält.
settings-storage-checking = Speicher: wird geprüft …
settings-keep-data = Browser bitten, meine Daten zu behalten
settings-export = Sicherung exportieren (JSON)
settings-import = Sicherung importieren …
settings-import-too-large = Diese Datei ist zu groß für eine Sicherung dieser App.
settings-import-unreadable = Die Datei konnte nicht gelesen werden.
settings-import-nothing = Es wurde nichts importiert. { $why }
settings-import-preview = Vorschau des Imports
settings-import-will-add = Diese Sicherung fügt hinzu:
settings-import-keeps = Auf diesem Telefon wird nichts entfernt.
settings-import-confirm = Importieren
settings-import-cancel = Abbrechen
settings-about = Über die App, Quellen und Sicherheit

## Counts

settings-import-sessions = { $n ->
    [one] { $n } Einheit
   *[other] { $n } Einheiten
}
settings-import-entries = { $n ->
    [one] { $n } Eintrag zur Gewohnheit
   *[other] { $n } Einträge zur Gewohnheit
}
settings-import-routines = { $n ->
    [one] { $n } Übungsfolge
   *[other] { $n } Übungsfolgen
}
settings-import-results = { $n ->
    [one] { $n } Ergebnis der Einschätzung
   *[other] { $n } Ergebnisse der Einschätzung
}
settings-import-updated = { $n ->
    [one] { $n } neuere Fassung von etwas, das Sie schon haben
   *[other] { $n } neuere Fassungen von Dingen, die Sie schon haben
}
settings-imported = Importiert: { $sessions }, { $entries }, { $routines }, { $results } hinzugefügt; { $updated } aktualisiert.
settings-quarantine = { $n ->
    [one] { $n } Eintrag konnte nicht gelesen werden und ist beiseitegelegt; er ist in jedem Export enthalten.
   *[other] { $n } Einträge konnten nicht gelesen werden und sind beiseitegelegt; sie sind in jedem Export enthalten.
}

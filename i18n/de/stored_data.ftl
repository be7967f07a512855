# Die gespeicherten Daten: wenn sie nicht gelesen werden können, wenn sie aktualisiert
# oder Einträge beiseitegelegt wurden, wenn das Telefon sie nicht speichert, und die
# Seite zur Wiederherstellung.

stored-not-json = Die gespeicherten Daten sind kein gültiges JSON ({ $detail }).
stored-no-version = Das sind keine Daten dieser App: Sie haben keine Version.
stored-not-ours = Das sind keine Daten dieser App.
stored-version-zero = Die gespeicherten Daten haben eine unmögliche Version (0).
stored-newer = Diese Daten wurden mit einer neueren Version der App gespeichert (Format { $version }; diese App liest bis { $current }). Aktualisieren Sie die App, um sie zu öffnen.
stored-cannot-upgrade = Die gespeicherten Daten konnten nicht aktualisiert werden ({ $detail }).
stored-no-content = Die gespeicherten Daten haben keinen Inhalt.
stored-wrong-shape = Die gespeicherten Daten haben die falsche Form.
stored-upgraded = Ihre Daten wurden von Format { $version } aktualisiert. Eine Kopie der alten Daten bleibt erhalten.
stored-set-aside = { $n ->
    [one] { $n } gespeicherter Eintrag konnte nicht gelesen werden und wurde beiseitegelegt. Er bleibt erhalten und ist in jedem Export enthalten.
   *[other] { $n } gespeicherte Einträge konnten nicht gelesen werden und wurden beiseitegelegt. Sie bleiben erhalten und sind in jedem Export enthalten.
}
stored-storage-unavailable = Dieser Browser erlaubt der App nicht, Daten zu speichern.
stored-storage-unreadable = Gespeicherte Daten konnten nicht gelesen werden.
stored-storage-full = Der Speicher des Telefons für diese App ist voll oder gesperrt; exportieren Sie Ihre Daten in den Optionen.

## Die Seite zur Wiederherstellung

recovery-title = Ihre gespeicherten Daten konnten nicht geöffnet werden
recovery-nothing-changed = Es wurde nichts geändert oder gelöscht. Speichern Sie zuerst eine Kopie der Daten, wie sie sind, damit nichts verloren geht; danach können Sie neu beginnen.
recovery-download = Gespeicherte Daten herunterladen
recovery-downloaded = Heruntergeladen. Bewahren Sie die Datei auf: Sie kann später geprüft oder importiert werden.
recovery-confirm-group = Neubeginn bestätigen
recovery-fresh-question = Neu beginnen?
recovery-fresh-why = Dies entfernt die unlesbaren Daten von diesem Telefon.
recovery-fresh-yes = Ja, neu beginnen
recovery-cancel = Abbrechen
recovery-fresh = Neu beginnen …

# Settings: language, theme, sound during a session, and the person's data.

settings-title = Settings

## Language

settings-language = Language
settings-language-auto = Like the phone
settings-language-offline = This language needs a connection once to download. The app stays in the language it shows until then.
settings-no-voice = This phone has no voice for this language: the voice stays quiet, and tones and vibration carry on.

## Theme

settings-theme = Theme
settings-theme-system = Like the phone
settings-theme-light = Light
settings-theme-dark = Dark

## During a session

settings-session = During a session
settings-sound = Sound cues
settings-sound-hint = Tones for start, halfway, last seconds, move, switch and done
settings-voice = Voice
settings-voice-hint = Says the next spot, side, tool and time
settings-vibration = Vibration
settings-vibration-hint = A buzz with each cue
settings-audio-mode = Sound and your music
settings-audio-track = Keep cues with the screen off (pauses other audio)
settings-audio-mix = Mix with my music (keep the screen on)
settings-audio-why = With the screen off, a phone keeps playing one sound track but stops a page's other sounds, voice and vibration. The first choice plays the whole session as that track; the second keeps your podcast or music going, and the cues need the screen on.
settings-test-sound = Test sound
settings-test-heard = You should hear a rising two-note tone. If not, check the volume.
settings-test-no-sound = This browser cannot play sound.
settings-test-voice = Right iliacus, massage ball, 60 seconds

## Your data

settings-data = Your data
settings-data-why = Everything stays on this phone. A backup file lets you move it or keep it safe.
settings-storage-kept = Storage: protected. The browser will not clear it to free space.
settings-storage-not-kept = Storage: not protected yet. The browser may clear it when space runs low; installing the app and exporting backups helps.
settings-storage-unknown = Storage: this browser does not say whether it keeps data.
settings-storage-checking = Storage: checking…
settings-keep-data = Ask the browser to keep my data
settings-export = Export backup (JSON)
settings-import = Import backup…
settings-import-too-large = That file is too large to be a backup from this app.
settings-import-unreadable = The file could not be read.
settings-import-nothing = Nothing was imported. { $why }
settings-import-preview = Import preview
settings-import-will-add = This backup will add:
settings-import-keeps = Nothing on this phone is removed.
settings-import-confirm = Import
settings-import-cancel = Cancel
settings-about = About, sources and safety

## Counts

settings-import-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
settings-import-entries = { $n ->
    [one] { $n } habit entry
   *[other] { $n } habit entries
}
settings-import-routines = { $n ->
    [one] { $n } routine
   *[other] { $n } routines
}
settings-import-results = { $n ->
    [one] { $n } triage result
   *[other] { $n } triage results
}
settings-import-updated = { $n ->
    [one] { $n } newer version of an item you have
   *[other] { $n } newer versions of items you have
}
settings-imported = Imported: { $sessions }, { $entries }, { $routines }, { $results } added; { $updated } updated.
settings-quarantine = { $n ->
    [one] { $n } item could not be read and is set aside; it is included in every export.
   *[other] { $n } items could not be read and are set aside; they are included in every export.
}

# Réglages : langue, thème, son pendant une séance et les données de la personne.

settings-title = Réglages

## Language

settings-language = Langue
settings-language-auto = Comme le téléphone
settings-language-offline = Cette langue doit être téléchargée une fois avec une connexion. D'ici là, l'application reste dans la langue affichée.
settings-no-voice = Ce téléphone n'a pas de voix pour cette langue : la voix reste muette, mais les sons et les vibrations continuent.

## Theme

settings-theme = Thème
settings-theme-system = Comme le téléphone
settings-theme-light = Clair
settings-theme-dark = Sombre

## During a session

settings-session = Pendant une séance
settings-sound = Signaux sonores
settings-sound-hint = Des sons pour le début, la moitié, les dernières secondes, le déplacement, le changement de côté et la fin
settings-voice = Voix
settings-voice-hint = Annonce le point suivant, le côté, le matériel et la durée
settings-vibration = Vibration
settings-vibration-hint = Une vibration à chaque signal
settings-audio-mode = Le son et votre musique
settings-audio-track = Garder les signaux écran éteint (met en pause les autres sons)
settings-audio-mix = Mélanger avec ma musique (écran allumé)
settings-audio-why = Écran éteint, un téléphone continue de jouer une piste sonore, mais arrête les autres sons d'une page, la voix et les vibrations. Le premier choix joue toute la séance comme cette piste ; le second laisse votre podcast ou votre musique continuer, et les signaux demandent l'écran allumé.
settings-test-sound = Tester le son
settings-test-heard = Vous devriez entendre un son montant de deux notes. Sinon, vérifiez le volume.
settings-test-no-sound = Ce navigateur ne peut pas jouer de son.
settings-test-voice = Iliaque droit, balle de massage, 60 secondes

## Your data

settings-data = Vos données
settings-data-why = Tout reste sur ce téléphone. Un fichier de sauvegarde vous permet de le transférer ou de le garder en lieu sûr.
settings-storage-kept = Stockage : protégé. Le navigateur ne l'effacera pas pour libérer de la place.
settings-storage-not-kept = Stockage : pas encore protégé. Le navigateur peut l'effacer s'il manque de place ; installer l'application et exporter des sauvegardes aide.
settings-storage-unknown = Stockage : ce navigateur n'indique pas s'il conserve les données.
settings-storage-checking = Stockage : vérification…
settings-keep-data = Demander au navigateur de garder mes données
settings-export = Exporter une sauvegarde (JSON)
settings-import = Importer une sauvegarde…
settings-import-too-large = Ce fichier est trop gros pour être une sauvegarde de cette application.
settings-import-unreadable = Le fichier n'a pas pu être lu.
settings-import-nothing = Rien n'a été importé. { $why }
settings-import-preview = Aperçu de l'importation
settings-import-will-add = Cette sauvegarde ajoutera :
settings-import-keeps = Rien n'est supprimé de ce téléphone.
settings-import-confirm = Importer
settings-import-cancel = Annuler
settings-about = À propos, sources et sécurité

## Counts

settings-import-sessions = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
settings-import-entries = { $n ->
    [one] { $n } entrée d'habitude
   *[other] { $n } entrées d'habitude
}
settings-import-routines = { $n ->
    [one] { $n } routine
   *[other] { $n } routines
}
settings-import-results = { $n ->
    [one] { $n } résultat de questionnaire
   *[other] { $n } résultats de questionnaire
}
settings-import-updated = { $n ->
    [one] { $n } version plus récente d'un élément que vous avez
   *[other] { $n } versions plus récentes d'éléments que vous avez
}
settings-imported = Importé : { $sessions }, { $entries }, { $routines }, { $results } ajoutés ; { $updated } mis à jour.
settings-quarantine = { $n ->
    [one] { $n } élément n'a pas pu être lu et est mis de côté ; il est inclus dans chaque exportation.
   *[other] { $n } éléments n'ont pas pu être lus et sont mis de côté ; ils sont inclus dans chaque exportation.
}

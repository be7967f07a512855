# Les données enregistrées : quand elles ne peuvent pas être lues, quand elles ont été
# mises à jour ou que des éléments ont été mis de côté, quand le téléphone ne les
# enregistre pas, et l'écran de récupération.

stored-not-json = Les données enregistrées ne sont pas du JSON valide ({ $detail }).
stored-no-version = Ce ne sont pas des données de cette application : elles n'ont pas de version.
stored-not-ours = Ce ne sont pas des données de cette application.
stored-version-zero = Les données enregistrées ont une version impossible (0).
stored-newer = Ces données ont été enregistrées par une version plus récente de l'application (format { $version } ; cette application lit jusqu'au { $current }). Mettez l'application à jour pour les ouvrir.
stored-cannot-upgrade = Les données enregistrées n'ont pas pu être mises à jour ({ $detail }).
stored-no-content = Les données enregistrées n'ont pas de contenu.
stored-wrong-shape = Les données enregistrées n'ont pas la bonne forme.
stored-upgraded = Vos données ont été mises à jour depuis le format { $version }. Une copie des anciennes données est gardée.
stored-set-aside = { $n ->
    [one] { $n } élément enregistré n'a pas pu être lu et a été mis de côté. Il est gardé et inclus quand vous exportez vos données.
   *[other] { $n } éléments enregistrés n'ont pas pu être lus et ont été mis de côté. Ils sont gardés et inclus quand vous exportez vos données.
}
stored-storage-unavailable = Ce navigateur ne permet pas à l'application d'enregistrer des données.
stored-storage-unreadable = Les données enregistrées n'ont pas pu être lues.
stored-storage-full = L'espace de stockage du téléphone pour cette application est plein ou bloqué ; exportez vos données depuis les Réglages.

## L'écran de récupération

recovery-title = Vos données enregistrées n'ont pas pu être ouvertes
recovery-nothing-changed = Rien n'a été modifié ni supprimé. Enregistrez d'abord une copie des données telles quelles, pour ne rien perdre ; ensuite, vous pourrez repartir de zéro.
recovery-download = Télécharger les données enregistrées
recovery-downloaded = Téléchargé. Gardez le fichier : il pourra être vérifié ou importé plus tard.
recovery-confirm-group = Confirmer le nouveau départ
recovery-fresh-question = Repartir de zéro ?
recovery-fresh-why = Cela supprime de ce téléphone les données illisibles.
recovery-fresh-yes = Oui, repartir de zéro
recovery-cancel = Annuler
recovery-fresh = Repartir de zéro…

# L'accueil, la barre d'onglets, la carte du jour et les noms des routines fournies.

## Home

home-tagline = Des cuisses raides que le rouleau ne soulage pas viennent souvent de la hanche. Relâchez-les quelques minutes à la fois.
home-resume = Reprendre votre séance
home-resume-why = La séance s'est arrêtée en cours de route. Reprenez là où vous en étiez.
home-triage = D'où vient ma douleur ?
home-triage-why = Quelques questions, la sécurité d'abord, puis la source probable et une routine pour commencer.
home-last-result = Voir votre dernier résultat
home-ios-install = Ajoutez-la à votre écran d'accueil
home-ios-install-how = Dans Safari, touchez le bouton Partager, puis « Sur l'écran d'accueil ». L'application s'ouvre alors en plein écran et fonctionne hors ligne.
home-safari-note = Safari peut effacer les données de ce site si vous ne l'ouvrez pas pendant quelques semaines. L'installer sur l'écran d'accueil protège votre historique ; exporter une sauvegarde depuis les Réglages aussi.
home-got-it = Compris
home-more = Plus
home-all-routines = Toutes les routines
home-learn = Comprendre comment ça marche
home-open-link = Ouvrir un lien partagé
home-about = À propos et sécurité
home-fineprint = Un guide d'autosoins, pas un diagnostic. Tout reste sur ce téléphone.
home-install = Installer l'application
home-install-why = Ouvrez-la depuis votre écran d'accueil, même en mode avion.
home-install-button = Installer

splash-loading = Chargement…

## The tab bar

nav-main = Principal
nav-home = Accueil
nav-routines = Routines
nav-habit = Habitude
nav-learn = Guide
nav-settings = Réglages

## Today's card

today-start = Commencer { $name }
today-habit-details = Détails de l'habitude
today-send-progress = Envoyer mes progrès
today-close-plan = Clore le plan
today-plan-before = Votre plan ({ $what }) commence le { $day }.
today-plan-finished = Votre plan est terminé : { $what }. Dites à la personne qui l'a envoyé comment cela s'est passé.

## Built-in routines: each phone names them in its own language

routine-builtin-floss-name = Entretien quotidien
routine-builtin-floss-purpose = Cinq minutes par jour sur les deux muscles iliaques, pour que les nœuds ne reviennent pas.
routine-builtin-front-name = Avant de la hanche
routine-builtin-front-purpose = L'iliaque puis le psoas des deux côtés, pour une raideur à l'avant de la cuisse que le rouleau ne règle pas.
routine-builtin-back-name = Arrière de la hanche
routine-builtin-back-purpose = Fessier, ischio-jambiers et intérieur de la cuisse : aucune pression sur le ventre.
routine-builtin-reset-name = Pause après la position assise
routine-builtin-reset-purpose = Un court relâchement après une longue journée sur une chaise ou un long trajet en voiture.

## Lines with numbers

today-status = { $done ->
    [yes] Fait aujourd'hui.
   *[no] Pas encore fait aujourd'hui.
} Série : { $streak } { $unit }.
today-plan-week = Semaine { $n } sur { $of } de votre plan : { $what }.
plan-describe = { $target } pendant { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}

## L'application autour de ses écrans

app-skip = Aller au contenu
app-update = Mise à jour disponible.
app-reload = Recharger pour mettre à jour
app-not-found = Page introuvable
app-not-found-why = Ce lien mène à un écran que l'application n'a pas.
app-go-home = Aller à l'accueil
app-title = Quads : relâcher les hanches raides
app-chunk-failed = Impossible de charger cet écran. La connexion a peut-être été coupée, ou l'application a été mise à jour depuis que vous avez ouvert cette page.
app-chunk-reload = Recharger

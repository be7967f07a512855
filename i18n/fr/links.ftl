# Les liens : ce qu'ouvre un lien partagé, « Ouvrir un lien partagé » et pourquoi un lien
# ne peut pas être ouvert. $detail est la raison technique du décodeur, en anglais.

link-empty = Ce lien ne contient rien à ouvrir.
link-newer = Ce lien a été créé avec une version plus récente de l'application. Mettez l'application à jour (rechargez-la avec une connexion) pour l'ouvrir.
link-damaged = Ce lien est endommagé ou incomplet ({ $detail }). Demandez à la personne qui l'a envoyé de le partager à nouveau.
link-invalid = Ce lien contient quelque chose que l'application ne peut pas utiliser ({ $detail }).
link-cannot-open = Ce lien ne peut pas être ouvert
link-paste-another = Coller un autre lien
link-home = Accueil
open-title = Ouvrir un lien partagé
open-why = Une application installée sur iPhone n'ouvre pas les liens depuis Safari. Collez le lien (ou seulement son code) ici.
open-field = Lien ou code
open-button = Ouvrir

## Une routine partagée

shared-title = Une routine partagée
shared-have = Vous avez déjà cette routine.
shared-exists-group = La routine existe
shared-exists = Vous avez une routine avec ce nom. Garder les deux ou remplacer la vôtre ?
shared-keep-both = Garder les deux
shared-replace = Remplacer la mienne
shared-open-copy = Ouvrir ma copie
shared-save = Enregistrer dans mes routines
shared-start = Commencer maintenant
shared-check = Vérifiez qu'elle vous convient : voyez les notes de sécurité dans « À propos ».

## Un plan que quelqu'un vous a envoyé

plan-title = Un plan pour vous
plan-lead = Faire « { $routine } » { $plan }.
plan-start-day = La semaine 1 commence le { $day }.
plan-start-any = La semaine 1 commence le jour où vous commencez le plan.
plan-counts = L'application compte vos séances par rapport à cet objectif et montre dans quelle semaine vous êtes.
plan-note-caption = La note de la personne qui l'envoie
plan-note = Note
plan-made = Fait le { $day }
plan-following = C'est le plan que vous suivez. Rien n'a changé.
plan-go-home = Aller à l'accueil
plan-before-group = Avant de commencer
plan-newer = C'est un plan plus récent pour « { $routine } » (fait le { $made }). Il remplace celui que vous suivez (fait le { $current }).
plan-replaces = Vous suivez un plan pour « { $routine } », { $plan }. Celui-ci le remplace.
plan-target = Votre objectif d'habitude ({ $own }) devient { $target } pendant les semaines du plan. Le vôtre revient quand le plan se termine.
plan-start = Commencer ce plan
plan-not-now = Pas maintenant
plan-save-only = Enregistrer seulement la routine
plan-safety = Avant votre première séance, l'application pose ses questions de sécurité, comme pour toute routine. Un guide d'autosoins, pas un diagnostic : voyez « À propos ».
report-their-words = Ses mots

## Le progrès renvoyé : le message et le résumé qu'ouvre son lien

report-heading = Mes progrès avec « { $routine } », { $where } :
report-link = Résumé : { $link }
report-week = semaine { $week } sur { $weeks }
report-all-done = les { $weeks } semaines faites
report-done-on = Fait { $done } { $planned ->
    [one] jour sur { $planned } prévu
   *[other] jours sur { $planned } prévus
} ({ $target }).
report-streak = Série en cours : { $streak } { $unit }.
report-tightness = Raideur : { $from } → { $to } sur 10 ({ $trend ->
    [better] mieux
    [little-better] un peu mieux
    [same] pas de changement
    [little-worse] un peu moins bien
   *[worse] moins bien
}).
report-tenderness = Sensibilité : { $from } → { $to } sur 10 ({ $trend ->
    [better] mieux
    [little-better] un peu mieux
    [same] pas de changement
    [little-worse] un peu moins bien
   *[worse] moins bien
}).
checksum-finding = Bilan de l'automassage : { $finding ->
    [too-early] trop tôt pour le dire
    [regularity-first] l'automassage n'est pas encore régulier, la règle des 2 à 4 semaines n'a donc pas commencé
    [improving] en amélioration
    [no-change] pas encore de changement net
    [see-no-fall] pas d'amélioration nette après { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } d'automassage régulier : il est temps de consulter un professionnel de santé
   *[see-rising] les notes augmentent malgré un automassage régulier : il est temps de consulter un professionnel de santé
}.
checksum-regular = Automassage régulier : { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} d'affilée, environ { $perweek } jours par semaine.
checksum-tightness = Raideur, moyenne hebdomadaire sur ces semaines : { $from } → { $to } sur 10.
checksum-tenderness = Sensibilité, moyenne hebdomadaire sur ces semaines : { $from } → { $to } sur 10.

## Envoyer ses progrès, le résumé pour un professionnel de santé et la page du bilan

sendprog-title = Envoyer mes progrès
sendprog-lead = Un court message pour la personne qui vous a envoyé le plan. Vous choisissez ce qu'il contient ; rien ne quitte le téléphone avant que vous l'envoyiez vous-même.
sendprog-put-in = Inclure
sendprog-counts = Les jours faits et ma série
sendprog-ratings = Raideur et sensibilité, d'après mes notes
sendprog-check = L'automassage fonctionne-t-il ? (le bilan de l'application)
sendprog-words = Quelques mots (facultatif)
sendprog-message = Le message
sendprog-share-title = Mes progrès
sendprog-send = Envoyer…
sendprog-copy = Copier
sendprog-see = Voir le résumé qu'il ouvre
clinsum-title = Résumé pour un professionnel de santé
clinsum-lead = Ce que l'application a vu, en chiffres, pour un kinésithérapeute ou un médecin. Imprimez-le ou envoyez-le ; rien ne quitte le téléphone avant que vous le fassiez.
clinsum-print = Imprimer
clinsum-share-title = Mon bilan d'automassage
clinsum-plan-hint = Vous suivez un plan que quelqu'un vous a envoyé ? Commencez-le, et cette page lui enverra plutôt vos progrès, avec ce bilan inclus.
clinsum-back = Retour à mon habitude
reportpage-title = Bilan des progrès
reportpage-lead = « { $routine } » : { $where }.
reportpage-sent = Envoyé le { $day } · plan : { $target }
reportpage-readonly = Lecture seule. C'est ce que la personne a choisi d'envoyer, contenu dans le lien lui-même : rien d'autre de son téléphone n'y figure, et rien n'est enregistré ici.
reportpage-home = Accueil

## Envoyer une routine comme plan

planmaker-title = Envoyer comme plan
planmaker-lead = Pour quelqu'un que vous accompagnez. La personne ouvre le lien, commence le plan, et son téléphone compte ses séances par rapport à lui, semaine après semaine. Pas de compte, pas de serveur.
planmaker-weeks = Pendant combien de semaines
planmaker-start = Commence le (facultatif)
planmaker-start-hint = Laissé vide, la semaine 1 commence le jour où la personne commence le plan.
planmaker-note = Une note pour la personne (facultatif)
planmaker-note-count = { $count } caractères sur { $max }. Affichée en texte brut.
planmaker-sheet = Le plan tel qu'elle le recevra
planmaker-how = Ouvrez le lien sur le téléphone, ou scannez le code avec son appareil photo, puis touchez « Commencer ce plan ».
planmaker-share = Partager le plan
planmaker-share-title = Plan : { $routine }
planmaker-copy = Copier le lien
planmaker-print = Imprimer
planmaker-routine = La routine
# Added to the name of a routine kept beside one of the same name.
shared-suffix = { " " }(partagée)

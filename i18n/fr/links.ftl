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

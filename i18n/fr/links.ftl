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

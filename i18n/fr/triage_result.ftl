# Le résultat du questionnaire : le niveau et pourquoi, les sources probables avec les
# réponses de la personne, ce qui aide aussi, et la routine faite pour elle avec la
# raison de chaque étape. triage/assess.rs et triage/compose décident ; voici les mots.

## Le niveau

result-level-emergency = Consultez les urgences maintenant
result-level-see-clinician = Consultez un professionnel de santé avant l'automassage
result-level-caution = Autosoins, avec prudence
result-level-self-care = Les autosoins semblent raisonnables

## Pourquoi ce niveau. $said et $why sont le -said et le -why d'un signe d'alerte.

result-you-said = Vous avez indiqué : { $said }. { $why }
result-you-said-unsure = Vous avez indiqué : { $said } (vous aviez un doute, et pour ce signe il est plus sûr de compter le doute comme un oui). { $why }
result-not-sure-about = Vous aviez un doute sur : { $said }. { $why } Si c'est le cas, consultez d'abord un professionnel de santé.
result-contra = Vous avez indiqué : { $said }. { $why } La pression sur le ventre est laissée de côté.
result-severity = Vous avez noté la douleur { $severity } sur 10. { $why }
result-nerve = Vous avez décrit un engourdissement, des fourmillements ou une faiblesse. Les signes nerveux doivent être examinés avant l'automassage.
result-sharp = Une douleur vive ou brûlante n'est pas typique d'un nœud musculaire : allez-y doucement et arrêtez si elle s'aggrave.
result-no-warning = Vous n'avez signalé aucun signe d'alerte ni rien qui exclue l'automassage.

## Ce qui aide aussi

advice-sitting = Asseyez-vous les hanches un peu plus hautes que les genoux, en appui contre le dossier plutôt qu'en vous penchant en avant, et levez-vous une minute toutes les demi-heures.
advice-driving = Sur les longs trajets en voiture, arrêtez-vous environ toutes les heures et marchez quelques minutes ; remontez le siège pour que les genoux soient plus bas.
advice-sleep = Essayez de dormir les jambes plus tendues, sur le dos ou sur le côté avec un coussin entre les genoux.
advice-training = Ramenez votre charge d'entraînement à ce qu'elle était avant la hausse, puis augmentez de nouveau lentement.
advice-no-belly = Travaillez seulement le fessier, les ischio-jambiers et l'intérieur de la cuisse : aucune pression sur le ventre tant qu'un professionnel de santé ne l'a pas autorisée.
advice-habit = Faites de l'automassage une habitude courte et régulière, comme le fil dentaire : quelques minutes presque tous les jours valent mieux qu'une longue séance de temps en temps.
advice-come-back = Consultez un professionnel de santé si rien ne s'améliore après 2 à 4 semaines d'automassage régulier, et tout de suite si un signe d'alerte apparaît.

## Réponses rappelées quand aucun schéma ne correspond

result-said-no-pain = vous n'avez pas mal en ce moment et voulez que ça dure
result-said-no-region = vous n'avez pas indiqué où vous avez mal

## Pourquoi chaque étape de la routine est là

compose-because-one = Parce que vous avez dit que { $first }.
compose-because-two = Parce que vous avez dit que { $first } et que { $second }.
compose-because-three = Parce que vous avez dit que { $first }, que { $second } et que { $third }.
compose-hip-flexors-usual = Presque tous les coureurs ont des tensions dans les fléchisseurs de hanche ; c'est la source cachée la plus fréquente.
compose-prevention = Pas de douleur en ce moment : un automassage régulier des fléchisseurs de hanche empêche les nœuds de se former. Les coureurs les sollicitent à chaque foulée.
compose-one-tendon = { $first ->
    [psoas] Le psoas et l'iliaque
   *[iliacus] L'iliaque et le psoas
} sont deux muscles avec un seul tendon : les deux ont besoin d'être relâchés, pas un seul.
compose-quads = Parce que l'avant de la cuisse est concerné : le rouleau détend les tissus, mais ce n'est qu'une partie de la réponse, jamais toute la réponse.
compose-inner-thigh = Parce que vous avez dit que la douleur va jusqu'à l'intérieur de la cuisse ou au genou : le grand adducteur va du haut de l'intérieur de la cuisse jusqu'à l'intérieur du genou.
compose-antagonist = Il travaille contre les fléchisseurs de hanche et accumule ses propres nœuds ; il fait donc partie de la chaîne.
compose-also-antagonist = { $muscle ->
    [hamstrings] Les ischio-jambiers travaillent aussi contre les fléchisseurs de hanche.
    [adductor-magnus] Le grand adducteur travaille aussi contre les fléchisseurs de hanche.
   *[glute-max] Le grand fessier travaille aussi contre les fléchisseurs de hanche.
}
compose-sore-first-more = { $reason } Le côté douloureux d'abord, avec plus de points.
compose-sore-first = { $reason } Le côté douloureux d'abord.
compose-other-side-first = Puis l'autre côté : un côté est en général plus atteint, mais les deux ont des nœuds.
compose-other-side = Puis { $muscle ->
    [hamstrings] les ischio-jambiers
    [iliacus] l'iliaque
   *[other] le { muscle-name }
} de l'autre côté.
compose-note-no-belly = La pression sur le ventre est laissée de côté à cause de ce que vous nous avez dit ; son temps va à l'arrière de la hanche et aux cuisses.
compose-note-no-pain = Pas de douleur en ce moment : que ça dure. Quelques minutes presque tous les jours empêchent les nœuds de revenir.

## Le nom et le but de la routine

compose-name-floss = Mon entretien quotidien
compose-name = Mon relâchement : { muscle-name }{ $side ->
    [left] , gauche d'abord
    [right] , droit d'abord
   *[both] { "" }
}
compose-purpose = Faite d'après vos réponses : { $minutes } minutes, { $sore ->
    [yes] le côté douloureux d'abord
   *[no] les deux côtés pareil
}.

## L'écran du résultat

result-title = Votre résultat
result-not-found = Résultat introuvable
result-start-questions = Commencer les questions
result-from = Du { $date }
result-side = { $side ->
    [left] Côté gauche
    [right] Côté droit
   *[both] Les deux côtés
}
result-emergency-now = Appelez maintenant les urgences ou votre numéro d'urgence local. Aucun relâchement par pression.
result-book-visit = Prenez rendez-vous avec un médecin ou un kinésithérapeute dans les prochains jours, avant tout automassage.
result-why = Pourquoi nous le pensons
result-because = Parce que vous avez dit : { $said }
result-what-else = Ce qui aide aussi
result-not-diagnosis = Un guide d'autosoins, pas un diagnostic.
result-learn-more = En savoir plus
result-answer-again = Répondre de nouveau
result-past = Résultats précédents
result-your-routine = Votre routine
result-start = Commencer
result-save = Enregistrer comme ma routine
result-saved = Enregistrée. Le bouton Commencer de l'accueil l'ouvre maintenant.
result-change-in-builder = La modifier dans l'éditeur
result-step-detail = { tool-in-sentence } · { $spots } × { $hold } s.
result-about-minutes = environ { $minutes } min

## Où la douleur apparaît, et où se trouve le nœud

figure-iliacus = Le nœud se trouve à l'intérieur de l'avant du bassin ; la douleur apparaît à l'avant de la cuisse.
figure-psoas = Le nœud se trouve en profondeur à côté de la colonne ; la douleur apparaît comme une bande le long du bas du dos.
figure-nerve = Un fléchisseur de hanche tendu peut comprimer des nerfs ; les symptômes descendent dans la jambe.
figure-glute-max = Le nœud et la douleur sont tous deux dans la fesse.
figure-hamstrings = Le nœud et la douleur se trouvent à l'arrière de la cuisse.
figure-adductor-magnus = Le nœud se trouve en haut de l'intérieur de la cuisse ; la douleur peut descendre jusqu'à l'intérieur du genou.
figure-in-place = La douleur se trouve là où est le muscle.

## Résultats précédents

history-none = Pas encore de résultat.
history-again = Répondre de nouveau aux questions

# Le bilan des deux à quatre semaines (habit/release_check.rs décide ; voici ses
# mots) : ce qu'il a trouvé, les chiffres sur lesquels il s'appuie, quoi dire au
# professionnel de santé, et la carte qui vous oriente.

## Ce que le bilan a trouvé

check-not-enough-ratings = Pas encore assez de notes pour dire si l'automassage fonctionne.
check-too-early = Trop tôt pour dire si l'automassage fonctionne : d'abord { $weeks ->
    [one] { $weeks } semaine de plus
   *[other] { $weeks } semaines de plus
} d'automassage régulier.
check-regularity-first = D'abord la régularité : la semaine dernière, vous avez fait l'automassage { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, et une semaine régulière en compte au moins { $regular }. Le bilan commence après { $weeks ->
    [one] { $weeks } semaine d'affilée
   *[other] { $weeks } semaines d'affilée
}.
check-improving = L'automassage fonctionne : vos notes sont nettement plus basses.
check-no-change-yet = Pas encore de changement net. Continuez : cela peut prendre quelques semaines.
check-see-clinician-rising = Il est temps de consulter un professionnel de santé : vos notes augmentent malgré un automassage régulier.
check-see-clinician = Il est temps de consulter un professionnel de santé : { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} d'automassage régulier sans amélioration nette.

## Les chiffres sur lesquels il s'appuie

check-since = { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} d'automassage régulier d'affilée depuis la semaine du { $since }, environ { $perweek } jours par semaine.
# $moved : lower, higher ou same.
check-tightness = Tension, moyenne hebdomadaire : { $from } → { $to } sur 10 (de la semaine du { $first } à celle du { $latest }) : { $moved ->
    [lower] nettement plus basse
    [higher] nettement plus haute
   *[same] dans les variations normales d'un jour à l'autre
} ; ici, un changement net est de { $margin } points ou plus.
check-tenderness = Sensibilité à la pression, moyenne hebdomadaire : { $from } → { $to } sur 10 (de la semaine du { $first } à celle du { $latest }) : { $moved ->
    [lower] nettement plus basse
    [higher] nettement plus haute
   *[same] dans les variations normales d'un jour à l'autre
} ; ici, un changement net est de { $margin } points ou plus.
check-rate-please = Notez la tension et la sensibilité à la pression après vos séances (de 0 à 10) : le bilan compare des moyennes hebdomadaires, et plus il y a de notes, plus il est sûr.
check-looks-again = Le bilan regardera de nouveau le { $day }, après { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} d'automassage régulier.

## Quoi dire au professionnel de santé, avec vos propres chiffres

tell-release = J'ai fait un automassage des points gâchettes de l'iliaque et du psoas { $perweek } jours par semaine pendant { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}.
tell-tightness = Ma tension est passée de { $from } → { $to } sur 10 (moyennes hebdomadaires de mes propres notes de 0 à 10).
tell-tenderness = Ma sensibilité à la pression est passée de { $from } → { $to } sur 10 (moyennes hebdomadaires de mes propres notes de 0 à 10).
tell-triage = Où j'ai mal, comment est la douleur et ce qui l'aggrave : tout est dans mon dernier résultat du questionnaire dans l'application.

## Le résumé à imprimer ou à envoyer

summary-title = Bilan de l'automassage, { $day } :
summary-in-my-words = Avec mes mots :
summary-footer = D'après mes propres notes dans l'application Quads : un suivi d'autosoins, pas un diagnostic.

## La carte qui oriente (Accueil, Habitude) et la ligne du bilan dans l'écran de progrès

referral-title = Il est temps de consulter un professionnel de santé
referral-why-now = Quand un automassage régulier ne change rien après deux à quatre semaines, c'est le signe qu'il faut faire examiner la zone : un kinésithérapeute ou un médecin peut trouver ce que les autosoins ne trouvent pas.
referral-anything-new = Y a-t-il aussi quelque chose de nouveau, comme un engourdissement, des fourmillements, une faiblesse ou une douleur la nuit ? L'application repose les questions sur les signes d'alerte avant votre prochaine séance.
referral-check-signs = Vérifier les signes d'alerte maintenant
referral-what-to-tell = Quoi lui dire
referral-summary = Résumé à imprimer ou à envoyer
referral-seen = J'ai déjà consulté
referral-not-now = Pas maintenant
referral-either = Les deux réponses masquent ce message pendant quatre semaines ; ensuite, le bilan regarde de nouveau.
check-title = Le bilan des deux à quatre semaines
check-numbers = Les chiffres derrière
# $answer : seen ou not-now ; $headline est la phrase de check-see-clinician.
check-quiet = { $headline } Vous avez répondu « { $answer ->
    [seen] J'ai déjà consulté
   *[not-now] Pas maintenant
} », ce message restera donc masqué jusqu'au { $until }.

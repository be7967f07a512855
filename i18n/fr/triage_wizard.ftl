# Le questionnaire autour de ses questions : titres des étapes, boutons, les réponses
# oui / non / pas sûr, les minutes et le matériel, et l'arrêt d'urgence.

## Step titles

wizard-title-intro = D'où cela vient-il ?
wizard-title-warning-signs = D'abord, les signes d'alerte
wizard-title-clinician-signs = Signes à faire vérifier par un professionnel de santé
wizard-title-belly-pressure = Pouvez-vous appuyer sur le ventre sans risque ?
wizard-title-where-it-hurts = Où avez-vous mal ?
wizard-title-what-it-is-like = Comment est la douleur ?
wizard-title-your-days = Vos journées
wizard-title-time-and-tools = Votre temps et votre matériel
wizard-title-emergency-stop = Consultez les urgences maintenant

## Around the questions

wizard-step = Étape { $step } sur { $steps }
wizard-intro = Quelques questions simples : d'abord sur les signes d'alerte qui demandent un médecin, puis sur votre douleur et vos journées. À la fin, vous verrez la source probable, pourquoi nous le pensons, et une routine pour commencer.
wizard-not-a-diagnosis = Ceci est un guide d'autosoins, pas un diagnostic. Vos réponses restent sur ce téléphone.
wizard-resumed = Vous avez un questionnaire commencé ; vos réponses sont gardées.
wizard-warning-signs-intro = Répondez à chacune. En cas de doute, dites-le : ici, « je ne sais pas » compte comme un oui.
wizard-answer-all = Répondez aux six pour continuer.
wizard-belly-intro = On atteint l'iliaque et le psoas en appuyant sur le ventre. Ces situations l'excluent (le travail des fessiers et de la cuisse reste possible).
wizard-why-we-ask = Pourquoi cette question : { $why }
wizard-where-legend = Où ça fait mal (cochez tout ce qui s'applique)
wizard-no-pain = Pas de douleur en ce moment : je veux que ça dure
wizard-side-legend = Quel côté ?
wizard-side-left = Gauche
wizard-side-right = Droit
wizard-side-both = Les deux
wizard-body-front = devant
wizard-body-back = derrière
wizard-feeling-legend = Que ressentez-vous ?
wizard-duration-legend = Depuis combien de temps ?
wizard-severity-legend = Quelle est l'intensité maintenant ? (0 aucune, 10 la pire)
wizard-not-helping-legend = Qu'est-ce qui n'a pas aidé ?
wizard-sitting-hours = Heures assis par jour, en général
wizard-habits-legend = Lesquels vous correspondent ?
wizard-time-why = Pourquoi cette question : la routine s'adapte à votre temps, que vous pourrez changer sur le résultat.
wizard-tools-legend = Quel matériel d'automassage avez-vous ?
wizard-tools-none = Rien pour l'instant ? Laissez tout vide : vos mains et une balle de n'importe quel magasin de sport suffisent. Votre réponse est gardée pour la prochaine fois.

## Buttons

wizard-start = Commencer
wizard-continue = Continuer
wizard-next = Suivant
wizard-see-result = Voir mon résultat
wizard-back = Retour
wizard-skip = Passer
wizard-change-answers = Modifier mes réponses

## Yes / no / not sure, and the minutes

answer-yes = Oui
answer-no = Non
answer-not-sure = Je ne sais pas
minutes-legend = De combien de temps disposez-vous pour une routine ?
minutes-choice = { $minutes } min

## The emergency stop

emergency-now = ⚠ Appelez maintenant les urgences ou votre numéro d'urgence local.
emergency-no-release = Ne faites aucun relâchement par pression. Vos réponses contiennent un signe qui demande un médecin aujourd'hui :
emergency-unsure = (vous aviez un doute ; pour ce signe, le doute compte comme un oui)
emergency-mistake = En cas d'erreur, vous pouvez modifier vos réponses.

## Release tools

tool-hands = Mains
tool-massage-ball = Balle de massage
tool-lacrosse-ball = Balle de lacrosse ou de tennis
tool-kettlebell-handle = Kettlebell
tool-foam-roller = Rouleau de massage
tool-hip-hook = Hip Hook
tool-pso-rite = Pso-Rite

## La vérification de sécurité avant une séance

safety-check-title = Une vérification rapide de sécurité
safety-check-why = Avant de commencer, six questions sur les signes d'alerte. Elles reviennent toutes les deux semaines, et chaque jour tant que vos notes augmentent.
safety-check-start = Rien de tout cela : commencer { $name }

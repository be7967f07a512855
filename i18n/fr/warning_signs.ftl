# Les signes d'alerte, demandés avant toute routine. Pour chaque signe : -question (réponse
# oui / non / je ne sais pas), -said (lu après « parce que vous avez dit ... »), -why (pourquoi
# c'est important). Le sens clinique de chaque signe doit rester intact.

## Urgences maintenant : un oui (ou « je ne sais pas ») arrête l'app et oriente vers les urgences.

warning-emergency-saddle-numbness-question = Avez-vous un engourdissement nouveau à l'aine, aux fesses ou à l'intérieur des cuisses (là où l'on s'assoit sur une selle) ?
warning-emergency-saddle-numbness-said = un engourdissement dans la zone de la selle
warning-emergency-saddle-numbness-why = Un engourdissement « en selle » peut signifier que les nerfs à la base de la colonne sont comprimés : il faut être soigné dans les heures qui viennent.

warning-emergency-bladder-bowel-sexual-question = Avez-vous de nouvelles difficultés à contrôler votre vessie ou vos intestins, ou de nouveaux troubles sexuels ?
warning-emergency-bladder-bowel-sexual-said = de nouveaux troubles urinaires, intestinaux ou sexuels
warning-emergency-bladder-bowel-sexual-why = Associés à des symptômes au dos ou à la jambe, ils évoquent une compression nerveuse qui demande un traitement urgent.

warning-emergency-sudden-weakness-question = Une jambe est-elle devenue faible d'un coup, ou la faiblesse s'aggrave-t-elle vite (le pied qui claque au sol, la jambe qui se dérobe) ?
warning-emergency-sudden-weakness-said = une faiblesse de la jambe soudaine ou qui s'aggrave vite
warning-emergency-sudden-weakness-why = Une perte de force rapide signifie qu'un nerf souffre maintenant ; attendre peut laisser des séquelles définitives.

warning-emergency-after-fall-or-accident-question = La douleur a-t-elle commencé après une chute importante ou un accident ?
warning-emergency-after-fall-or-accident-said = la douleur a commencé après une chute ou un accident
warning-emergency-after-fall-or-accident-why = Il faut écarter une fracture ou une autre blessure avant que quiconque appuie sur cette zone.

warning-emergency-swollen-warm-leg-question = Votre cuisse ou votre mollet est-il gonflé, chaud, rouge ou douloureux au toucher ?
warning-emergency-swollen-warm-leg-said = une cuisse ou un mollet gonflé, chaud ou rouge
warning-emergency-swollen-warm-leg-why = Cela peut être un caillot sanguin. Appuyer dessus est dangereux, et il faut le faire vérifier aujourd'hui.

warning-emergency-fever-or-pulsing-belly-question = Avez-vous mal au dos ou au ventre avec de la fièvre ou des frissons, ou une sensation de battement dans le ventre ?
warning-emergency-fever-or-pulsing-belly-said = une douleur au dos ou au ventre avec fièvre, frissons ou sensation de battement
warning-emergency-fever-or-pulsing-belly-why = Une infection ou un problème de la grosse artère du ventre peut ressembler à une douleur musculaire, et c'est une urgence.

## Consulter d'abord un professionnel de santé, sous quelques jours : un oui (ou « je ne sais pas ») suspend l'automassage.

warning-clinician-nerve-symptoms-question = Avez-vous un engourdissement, des fourmillements ou une faiblesse quelque part dans la jambe ?
warning-clinician-nerve-symptoms-said = un engourdissement, des fourmillements ou une faiblesse dans la jambe
warning-clinician-nerve-symptoms-why = Des signes nerveux méritent un vrai examen avant d'appuyer près des nerfs de la hanche.

warning-clinician-stress-fracture-signs-question = Avez-vous une douleur profonde à l'aine ou à l'avant de la hanche qui augmente quand vous courez ou sautez, ou qui fait mal la nuit, peut-être après une forte hausse de l'entraînement ?
warning-clinician-stress-fracture-signs-said = une douleur profonde à l'aine qui augmente en courant ou en sautant, ou qui fait mal la nuit
warning-clinician-stress-fracture-signs-why = Ce tableau correspond à une fracture de fatigue de la hanche. Arrêtez de courir et faites-la vérifier.

warning-clinician-cancer-or-weight-loss-or-constant-question = Avez-vous eu un cancer, perdu du poids sans le vouloir, ou la douleur est-elle constante quelle que soit votre position ?
warning-clinician-cancer-or-weight-loss-or-constant-said = des antécédents de cancer, une perte de poids inexpliquée ou une douleur constante
warning-clinician-cancer-or-weight-loss-or-constant-why = Les nœuds musculaires varient avec la position et la pression ; une douleur qui ne varie pas demande qu'un professionnel de santé cherche d'autres causes.

warning-clinician-no-improvement-after-weeks-question = Avez-vous déjà pratiqué l'automassage régulièrement pendant 2 à 4 semaines, sans aucune amélioration ?
warning-clinician-no-improvement-after-weeks-said = aucune amélioration après des semaines d'automassage régulier
warning-clinician-no-improvement-after-weeks-why = Si quelques semaines d'automassage régulier n'ont rien changé, la source est probablement ailleurs.

## Pas de pression profonde dans le ventre dans ces cas ; fessiers, ischio-jambiers et adducteurs restent proposés.

warning-contra-pregnancy-question = Êtes-vous enceinte, ou pourriez-vous l'être ?
warning-contra-pregnancy-said = vous êtes peut-être enceinte
warning-contra-pregnancy-why = Une pression profonde dans le ventre n'est pas sans danger pendant la grossesse.

warning-contra-recent-surgery-question = Avez-vous eu une opération du ventre ou de la hanche ces derniers mois ?
warning-contra-recent-surgery-said = une opération récente du ventre ou de la hanche
warning-contra-recent-surgery-why = Un tissu en cours de cicatrisation ne doit pas recevoir de pression profonde.

warning-contra-hernia-question = Avez-vous une hernie ?
warning-contra-hernia-said = une hernie
warning-contra-hernia-why = Appuyer dans le ventre peut faire ressortir davantage une hernie.

warning-contra-aortic-aneurysm-question = Vous a-t-on dit que vous aviez un anévrisme de l'aorte (la grosse artère du ventre, élargie) ?
warning-contra-aortic-aneurysm-said = un anévrisme de l'aorte
warning-contra-aortic-aneurysm-why = Le psoas est juste à côté de la grosse artère ; y appuyer profondément est dangereux.

warning-contra-blood-thinners-question = Prenez-vous un médicament qui fluidifie le sang (anticoagulant) ?
warning-contra-blood-thinners-said = vous prenez un anticoagulant
warning-contra-blood-thinners-why = Une pression profonde peut provoquer un saignement à l'intérieur du ventre.

warning-contra-inflammatory-bowel-question = Avez-vous une maladie inflammatoire de l'intestin en poussée (maladie de Crohn, rectocolite) ?
warning-contra-inflammatory-bowel-said = une maladie inflammatoire de l'intestin en poussée
warning-contra-inflammatory-bowel-why = Il ne faut pas appuyer sur un intestin enflammé.

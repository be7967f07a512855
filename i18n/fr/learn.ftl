# Comprendre : les sujets, une page chacun, et la page « À propos ». Écrit à partir des
# notes du domaine avec nos mots ; un guide d'autosoins, pas un diagnostic.

learn-title = Comprendre
learn-lead = Comprendre avant d'appuyer.
learn-find-source = Trouver votre source probable
learn-routine-fits = Une routine adaptée :
learn-start = Commencer
learn-all-topics = Tous les sujets

## L'iliopsoas en une image

topic-iliopsoas-title = L'iliopsoas en une image
topic-iliopsoas-p1 = Deux muscles partagent un seul tendon en haut du fémur. Le psoas part des côtés de la colonne lombaire et descend en diagonale devant le bassin. L'iliaque tapisse l'intérieur de la cuvette du bassin et passe devant l'articulation de la hanche.
topic-iliopsoas-p2 = Ensemble, ils lèvent la jambe et stabilisent le bassin et la colonne. En course, ils travaillent à chaque foulée : ils tirent la jambe vers l'avant, puis s'allongent quand elle passe derrière, tout en tenant le tronc. C'est pourquoi presque tous les coureurs ont des tensions ici.

## Pourquoi la douleur apparaît ailleurs

topic-trigger-points-title = Pourquoi la douleur apparaît ailleurs
topic-trigger-points-p1 = Un point gâchette est un petit nœud dans un muscle qui envoie la douleur à un autre endroit. Il peut être latent (un nœud sensible, rien de plus) ou actif (il envoie de la douleur sans qu'on le touche). Frotter fort ou étirer brutalement peut réveiller un point latent.
topic-trigger-points-p2 = Un nœud de l'iliaque envoie une douleur ou une raideur vers l'avant et le haut de la cuisse. Un nœud du psoas se manifeste plutôt par une bande verticale à côté de la colonne lombaire. Un iliopsoas tendu peut aussi comprimer les nerfs du bas du dos et donner faiblesse, engourdissement, fourmillements ou douleur dans la jambe : cela demande un professionnel de santé. Certains coureurs ont même vu une douleur de fesse, de genou ou de pied diminuer après avoir relâché l'iliaque.
topic-trigger-points-p3 = Un côté est en général plus atteint que l'autre, mais les deux peuvent être concernés.

## Ce qui déclenche et entretient les nœuds

topic-causes-title = Ce qui déclenche et entretient les nœuds
topic-causes-p1 = Demander trop à un muscle qui n'est pas prêt, ou une surcharge soudaine, comme se rattraper lors d'une chute.
topic-causes-p2 = De longues heures hanche fléchie : chaises de bureau, longs trajets en voiture, et pire encore quand les genoux sont plus hauts que les hanches ou que vous vous penchez en avant. Dormir recroquevillé, genoux ramenés, fait la même chose la nuit.
topic-causes-p3 = Un muscle de l'avant de la cuisse court et tendu garde aussi l'iliopsoas court. La posture ou l'activité qui déclenche un nœud continue de l'entretenir tant qu'elle ne change pas.

## Pourquoi étirer seulement les quadriceps échoue souvent

topic-stretching-title = Pourquoi étirer seulement les quadriceps échoue souvent
topic-stretching-p1 = Passer le rouleau et étirer l'avant de la cuisse favorise la circulation et assouplit les tissus, mais quand la douleur vient de la hanche, le nœud n'est pas du tout dans la cuisse. La cuisse va mieux pendant une heure, puis la douleur revient.
topic-stretching-p2 = Une pression directe et patiente sur le nœud lui-même marche mieux : 30 à 90 secondes sur un point pendant que vous respirez et laissez le muscle fondre sur l'outil, puis quelques centimètres plus loin, sur le point suivant. Travaillez aussi les muscles opposés : fessier, ischio-jambiers et intérieur de la cuisse.

## Le fil dentaire de votre sangle abdominale

topic-flossing-title = Le fil dentaire de votre sangle abdominale
topic-flossing-p1 = Les nœuds reviennent quand les habitudes qui les ont créés restent. La solution est petite et régulière : quelques minutes d'automassage presque tous les jours, comme le fil dentaire, et moins de longues périodes assis hanche fléchie.
topic-flossing-p2 = La régularité l'emporte sur l'intensité. Le suivi de l'habitude compte chaque séance et montre si votre raideur diminue à mesure que l'habitude s'installe.

## À propos

about-title = À propos de Quads
about-what = Quads aide les coureurs dont les cuisses restent raides malgré le rouleau et les étirements. Souvent, cette douleur vient de nœuds (points gâchettes) dans deux fléchisseurs profonds de la hanche, l'iliaque et le psoas. L'application vous aide à voir si cela vous correspond, guide des pressions lentes sur ces muscles et leurs opposés, et vous aide à en faire une habitude courte et régulière.
about-not-title = Ce qu'elle n'est pas
about-not = Ceci est un guide d'autosoins, pas un diagnostic ni un traitement. Il ne remplace pas un kinésithérapeute ni un médecin. Si un signe d'alerte apparaît, ou si rien ne s'améliore après 2 à 4 semaines d'automassage régulier, consultez un professionnel de santé.
about-safety-title = Sécurité
about-safety-emergency = Consultez les urgences en cas d'engourdissement de l'aine ou de l'intérieur des cuisses, de nouveaux troubles urinaires ou intestinaux, d'une faiblesse soudaine d'une jambe, d'une douleur après une chute, d'un mollet ou d'une cuisse gonflés et chauds, ou d'une douleur au ventre avec de la fièvre ou une sensation de battement.
about-safety-belly = N'appuyez pas sur le ventre si vous êtes enceinte, avez eu récemment une opération du ventre ou de la hanche, avez une hernie ou un anévrisme de l'aorte, prenez des anticoagulants ou avez une maladie inflammatoire de l'intestin active.
about-safety-press = Appuyez lentement et arrêtez si vous sentez un battement sous l'outil ou une douleur vive, électrique ou qui s'étend.
about-source-title = Source
about-source = Les idées viennent de l'article « Chronically tight quads? It might be an iliacus trigger point » de Christine Koth, kinésithérapeute, reformulées avec nos mots. Les signes d'alerte sont des questions de dépistage clinique courantes.
about-data-title = Vos données
about-data = Tout reste sur ce téléphone. L'application n'envoie aucune requête à un autre serveur : pas de compte, pas de statistiques, pas de polices venues d'ailleurs. Exportez une sauvegarde depuis les Réglages quand vous le souhaitez.
about-version-title = Version
about-version = Version { $version }, compilée le { $date }.
about-development = version de développement
about-back = Retour aux Réglages

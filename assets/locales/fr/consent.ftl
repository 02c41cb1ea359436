# Notice de consentement, versions 1 et 2 (model::case::consent_notice_ids).
# Texte lu et remis à la personne dans sa langue ; imprimé plus tard par le moteur PDF.
# Une nouvelle formulation = une nouvelle version : ne pas modifier ces textes, en ajouter.

consent-notice-title = Vos informations et votre accord
consent-notice-intro = { $association } vous accompagne dans vos démarches. Pour cela, nous notons des informations sur vous : votre identité, votre situation et les documents de votre dossier. Vous pouvez dire oui ou non à chacune des utilisations ci-dessous. Un refus ne change rien à l’aide que nous vous apportons.
consent-notice-storage = Garder votre dossier : vos informations sont enregistrées, chiffrées, sur l’ordinateur de l’association. Seules les personnes de l’équipe qui vous accompagnent peuvent les lire.
consent-notice-prefecture = Envoyer des informations à la préfecture : seulement ce qui est nécessaire à votre demande de titre de séjour, et seulement quand vous êtes d’accord.
consent-notice-lawyer = Transmettre votre dossier à un avocat ou à une autre association : seulement si vous le demandez ou l’acceptez.
consent-notice-rights = Vous pouvez demander à voir vos informations, à les corriger ou à les supprimer, à tout moment.
consent-notice-withdraw = Vous pouvez retirer votre accord quand vous le voulez, simplement en le disant à la personne qui vous accompagne. Si vous retirez votre accord pour garder votre dossier, il sera supprimé.

# Version 2 : quatre paragraphes reformulés en arabe et en bulgare, qui s’adressaient à une
# personne d’un seul genre ; en français, le même texte que la version 1. Le titre, la garde du
# dossier et le retrait valent pour les deux versions.
consent-notice-intro-2 = { $association } vous accompagne dans vos démarches. Pour cela, nous notons des informations sur vous : votre identité, votre situation et les documents de votre dossier. Vous pouvez dire oui ou non à chacune des utilisations ci-dessous. Un refus ne change rien à l’aide que nous vous apportons.
consent-notice-prefecture-2 = Envoyer des informations à la préfecture : seulement ce qui est nécessaire à votre demande de titre de séjour, et seulement quand vous êtes d’accord.
consent-notice-lawyer-2 = Transmettre votre dossier à un avocat ou à une autre association : seulement si vous le demandez ou l’acceptez.
consent-notice-rights-2 = Vous pouvez demander à voir vos informations, à les corriger ou à les supprimer, à tout moment.

# passerelle-cli : ce que la ligne de commande dit à une personne, et son aide.
# Les messages d’erreur eux-mêmes sont dans errors.ftl et fields.ftl, comme pour l’application.

## Messages
cli-passphrase-on-command-line = les phrases de passe se lisent sur l’entrée standard, jamais sur la ligne de commande.
cli-second-column-english = aucune des langues de la personne n’a de traduction de ce document : sa deuxième colonne est en anglais (choisissez-en une autre avec --lang).
cli-second-column-english-no-language = aucune langue de la personne n’est enregistrée : la deuxième colonne est en anglais (choisissez-en une autre avec --lang).
cli-set-aside = la base sans fichier de clés a été mise de côté, sans être effacée : { $file }.
cli-set-aside-unfinished = la base de la création ou de la restauration interrompue a été mise de côté, sans être effacée : { $file }.
cli-key-file-missing-hint = si ce fichier de clés est perdu, --set-aside-database (avec init ou restore) met la base de côté, sans l’effacer, puis crée ou restaure le coffre.
cli-store-unfinished-hint = pour recommencer, passerelle-cli init crée un nouveau coffre, passerelle-cli restore FICHIER le restaure depuis la sauvegarde.
cli-recovery-key-unconfirmed = la clé de secours de ce coffre n’a jamais été confirmée comme notée : ouvrez le coffre dans l’application, qui propose de la confirmer ou d’en générer une nouvelle.
cli-key-file-missing-here = ce dossier contient déjà la base d’un coffre, sans son fichier de clés. Pour rouvrir ce coffre, remettez ce fichier à sa place. S’il est perdu, ajoutez --set-aside-database : la base est mise de côté, sans être effacée, puis { $verb ->
        [restore] la sauvegarde est restaurée
       *[init] le nouveau coffre est créé
    } dans ce dossier.
cli-report-overlap = un rapport a déjà été produit pour la période du { $from } au { $to }, qui chevauche celle-ci : comparés, deux rapports sur des périodes qui se chevauchent peuvent désigner une personne. N’en publiez qu’un ; une période par an.
cli-report-no-association = le rapport ne nomme pas l’association : donnez son profil avec --association ASSOCIATION.json.
cli-prefecture-cut = seules les { $count } communes les plus peuplées dont le nom ou le code postal commence ainsi sont données : précisez le nom, ou donnez le code postal entier.
cli-support-letter-enclosed = le courrier mentionne la lettre de soutien de l’association parmi les pièces jointes : imprimez-la aussi (passerelle-cli support-letter).
cli-office-to-verify = la préfecture compétente ou son adresse repose sur une source secondaire ou sur une valeur par défaut : vérifiez-la avant l’envoi (passerelle-cli prefecture).
cli-anef-number-left-out = le numéro ANEF du dossier n’est pas imprimé dans les références : { $why ->
        [own] c’est celui de la demande « { $route } »{ $filed ->
            [none] {""}
           *[other] , déposée le { $filed }
        }. Une fois la nouvelle demande déposée, inscrivez son numéro comme numéro ANEF du dossier : il remplace celui-ci, qui reste enregistré avec sa demande.
       *[unnumbered] il peut être celui de la demande « { $route } »{ $filed ->
            [none] {""}
           *[other] , déposée le { $filed }
        }, dont le numéro n’est pas enregistré. Si vous le connaissez, inscrivez-le avec cette demande ; sinon, le courrier part sans numéro ANEF.
    }
cli-addressee-default = le courrier s’adresse à « Monsieur le Préfet » (ou au sous-préfet) : aucune donnée ouverte ne dit qui occupe le poste. Vérifiez sur le site de la préfecture et, pour une femme, ajoutez --addressee madame.
# The closing sentence of the errors about a file's content (errors.ftl), left out by the verbs that save nothing.
cli-done-not-shown = « { $verb } » a fait son travail dans le coffre, mais son résultat n’a pas pu être affiché ni écrit. Ne relancez pas la commande : « list » ou « audit » montre où en est le coffre.
cli-nothing-saved = Rien n’a été enregistré.
cli-route-incomplete = démarche incomplète : { $route } ; il manque ou reste à préciser : { $facts }. Le courrier n’en dit rien : complétez le dossier avant l’envoi (passerelle-cli assess).
cli-route-incomplete-jurist = démarche incomplète : { $route } ; rien ne reste à demander, son issue est à confirmer par un ou une juriste (passerelle-cli assess dit pourquoi).
cli-route-not-eligible = démarche non éligible d’après l’évaluation : { $route } ; { $count ->
    [one] condition non remplie
   *[other] conditions non remplies
} : { $conditions }. Le courrier n’en dit rien : faites vérifier la situation par un ou une juriste avant l’envoi (passerelle-cli assess).
cli-route-caveat = avant l’envoi, à vérifier : { $warning }
cli-not-encrypted = attention, ce fichier n’est PAS chiffré : gardez-le en lieu sûr et effacez-le après usage.
cli-import-storage-refused = { $file } : la personne a refusé que son dossier soit conservé, ou a retiré son accord. N’enregistrez rien de plus et supprimez-le (passerelle-cli delete { $id }).
cli-import-namesakes = { $file } : { $count ->
        [one] un dossier déjà dans le coffre porte le même nom
       *[other] des dossiers déjà dans le coffre portent le même nom
    } ({ $ids }) : vérifiez qu’il ne s’agit pas de la même personne (passerelle-cli list).
cli-error-code = code d’erreur : { $code }
cli-recovery-key-once = Notez la clé de secours que cette commande affiche et gardez-la hors de cet ordinateur : elle ne sera plus jamais affichée, et elle seule ouvre le coffre si la phrase de passe est oubliée.
cli-prompt-store = Phrase de passe du coffre :
cli-prompt-new = Nouvelle phrase de passe :
cli-prompt-new-store = Nouvelle phrase de passe du coffre :
cli-prompt-backup = Phrase de passe de la sauvegarde :
cli-prompt-recovery-key = Clé de secours :
cli-prompt-bundle = Phrase de passe du dossier transmis :
cli-prompt-again = Retapez-la pour vérifier :
cli-stage-snapshot = copie en mémoire
cli-stage-derive-key = dérivation de la clé
cli-stage-write = chiffrement
cli-stage-verify = vérification
cli-stage-read = lecture
cli-stage-restore = restauration
cli-progress-start = { $step }…
cli-progress = { $step } : { $percent } %

## Erreurs d’utilisation
cli-error-unknown-argument = argument inattendu : « { $arg } ».
cli-error-repeated = l’option { $arg } est donnée plusieurs fois : gardez-en une seule.
cli-error-unknown-verb = commande inconnue : « { $arg } ».
cli-error-missing-value = l’option { $arg } attend une valeur.
cli-error-invalid-value = valeur refusée pour l’option { $arg }.
cli-error-invalid-day = valeur refusée pour l’option { $arg } : écrivez la date AAAA-MM-JJ, par exemple 2026-11-26.
cli-error-no-such-day = valeur refusée pour l’option { $arg } : ce jour n’existe pas dans le calendrier (par exemple un 30 février).
cli-error-year-out-of-range = valeur refusée pour l’option { $arg } : l’année doit être comprise entre 1900 et 2999 (écrivez-la en entier, par exemple 2026).
cli-error-not-for-verb = l’option { $arg } ne s’applique pas à la commande { $verb } : retirez-la.
cli-error-association-needs-out = l’option { $arg } ne sert qu’avec --out F.pdf ou F.csv (le rapport en JSON ne nomme pas l’association) : retirez-la, ou ajoutez --out.
cli-error-usage = commande incomplète ou mal formée.
cli-error-see-help = passerelle-cli --help affiche l’aide.

## Aide
cli-usage-heading = Utilisation :
cli-heading-verbs = Commandes 
cli-heading-options = Options et arguments 
cli-value-day = AAAA-MM-JJ
cli-value-verb = COMMANDE
cli-value-dir = COFFRE
cli-value-file = FICHIER
cli-value-case = DOSSIER
cli-value-association = ASSOCIATION
cli-value-id = NUMÉRO
cli-value-route = DÉMARCHE
cli-value-query = LIEU
cli-after-help = Les phrases de passe se lisent sur l’entrée standard (une par ligne), jamais sur la ligne de commande. Les messages sont en français ; en anglais avec --lang en ou une locale anglaise (LC_ALL, LC_MESSAGES ou LANG).
cli-about-cli = Passerelle sans fenêtre : le même cœur que l’application.
cli-about-assess = Évaluation de l’éligibilité, avec l’article de chaque résultat (JSON)
cli-about-deadlines = Échéances datées du dossier (JSON)
cli-about-checklist = Liste des pièces en JSON ; avec --out F.pdf, en PDF, le français à côté de la langue L (par défaut : la langue de l’entretien, sinon la première langue de la personne qui a une traduction, sinon l’anglais) ; le français seul quand c’est la sienne, ou avec --lang fr
cli-about-letter = Courrier à la préfecture (PDF)
cli-about-support-letter = Courrier de soutien de l’association (PDF)
cli-about-consent = Accord de la personne (PDF) : la notice en français à côté de la langue où elle a été donnée (en français seul si c’est le français), ses choix, deux emplacements de signature
cli-about-prefecture = Préfecture compétente pour un code postal ou un nom de commune (JSON)
cli-about-init = Crée un coffre chiffré et affiche une seule fois la clé de secours (entrée standard : la nouvelle phrase de passe)
cli-about-import = Ajoute des dossiers au coffre, tous ou aucun en une seule transaction, et affiche le numéro de chacun
cli-about-list = Liste des dossiers : numéro, nom, prochaine échéance
cli-about-export = Le fichier d’un dossier du coffre (NON chiffré : il le dit)
cli-about-backup = Sauvegarde chiffrée de tout le coffre, relue et vérifiée (entrée standard : la phrase de passe du coffre, puis celle de la sauvegarde ou la clé de secours)
cli-about-restore = Restaure la sauvegarde FICHIER dans un nouveau coffre, le dossier de --store (entrée standard : la phrase de passe de la sauvegarde ou la clé de secours, puis celle du nouveau coffre)
cli-about-handover = Transmet un dossier en paquet chiffré, ou reçoit celui d’un paquet (entrée standard : la phrase de passe du coffre, puis celle du paquet, convenue à part)
cli-about-handover-export = Écrit le dossier NUMÉRO en paquet chiffré dans le fichier --out
cli-about-handover-import = Ajoute le dossier du paquet FICHIER comme nouveau dossier
cli-about-handover-help = Affiche cette aide, ou celle des commandes données
cli-about-delete = Efface un dossier : rien n’en reste dans les fichiers du coffre
cli-about-audit = Le journal en JSON, avec l’état de sa chaîne
cli-about-passphrase = Change la phrase de passe qui a ouvert le coffre (entrée standard : cette phrase de passe, puis la nouvelle) ; les autres accès et la clé de secours ne changent pas
cli-about-report = Le rapport d’activité de l’association pour une période : JSON, ou avec --out un PDF ou un CSV (aucune donnée identifiante)
cli-about-rules = Les règles juridiques : fiche de relecture pour un ou une juriste, paquet en service, mise à jour par un paquet signé, retour au paquet précédent
cli-about-rules-review-sheet = Fiche de relecture des règles (PDF) : chaque règle en français, avec son article, son degré de certitude et sa source, une case à cocher et un bloc de signature
cli-about-rules-show = Le paquet de règles utilisé par le coffre : version, origine, date du droit, notes de changement (JSON ; entrée standard : la phrase de passe du coffre)
cli-about-rules-import = Importe dans le coffre un paquet de règles signé plus récent, et liste les dossiers ouverts concernés (entrée standard : la phrase de passe du coffre)
cli-about-rules-rollback = Revient au paquet de règles en service avant la dernière mise à jour (entrée standard : la phrase de passe du coffre)
cli-arg-rules-import-file = Le fichier du paquet de règles signé (.passerelle-rules)
cli-about-rules-help = Affiche cette aide, ou celle des commandes données
cli-about-help = Affiche cette aide, ou celle des commandes données
cli-arg-store = Le coffre chiffré (un dossier)
cli-arg-today = La date de tous les calculs (par défaut : aujourd’hui)
cli-arg-from = Le premier jour de la période
cli-arg-to = Le dernier jour de la période
cli-arg-lang = La langue des messages et des libellés (fr, en) ; pour la liste des pièces et l’accord en PDF, la langue de la deuxième colonne (en, es, pt, ru, uk, sq, vi, ro, bg, ar, zh), ou fr pour le français seul
cli-arg-out = Où va le résultat : un fichier, ou « - » pour la sortie standard (sans --out, le JSON y va ; un PDF exige --out, une sauvegarde et un dossier transmis un fichier)
cli-arg-case = Le fichier du dossier
cli-arg-import-cases = Les fichiers des dossiers (un ou plusieurs)
cli-arg-route = La démarche dont donner la liste ou le courrier (par défaut : la mieux adaptée)
cli-arg-association = Le profil de l’association (JSON), pour les courriers
cli-arg-addressee = Madame la Préfète ou Monsieur le Préfet (la Sous-Préfète ou le Sous-Préfet avec --sub-prefect-signs) : madame ou monsieur
cli-arg-sub-prefect-signs = À la sous-préfecture, la sous-préfète ou le sous-préfet signe les titres : le courrier lui est adressé (par défaut : à la préfète ou au préfet du département, qui délivre le titre)
cli-arg-query = Un code postal ou un nom de commune
cli-arg-id = Le numéro du dossier
cli-arg-file = Le fichier
cli-arg-restore-file = Le fichier de sauvegarde
cli-arg-handover-import-file = Le paquet reçu
cli-arg-backup-recovery-key = Scelle la sauvegarde avec la clé de secours plutôt qu’avec une phrase de passe
cli-arg-restore-recovery-key = La sauvegarde s’ouvre avec la clé de secours
cli-arg-restore-set-aside-database = Une base se trouve dans le dossier sans son fichier de clés (une restauration interrompue, un fichier de clés perdu) : la mettre de côté (renommée, jamais effacée) et restaurer
cli-arg-init-set-aside-database = Une base se trouve dans le dossier sans son fichier de clés : la mettre de côté (renommée, jamais effacée) et créer le coffre
cli-arg-help = Affiche l’aide
cli-arg-version = Affiche la version
cli-arg-subcommand = La commande dont afficher l’aide
cli-in-file = dans le fichier « { $file } » :
cli-review-sheet-embedded = La fiche décrit les règles intégrées à cette version de Passerelle (version { $version }), pas celles qu’un coffre utilise depuis une mise à jour des règles. Pour connaître celles du coffre : passerelle-cli --store COFFRE rules show ; pour leur fiche, enregistrez-la depuis l’application, page « À propos ».

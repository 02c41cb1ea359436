# passerelle-cli: what the command line says to a person, and its help.
# The error messages themselves are in errors.ftl and fields.ftl, as for the app.

## Messages
cli-passphrase-on-command-line = passphrases are read from standard input, never from the command line.
cli-second-column-english = none of the person’s languages has a translation of this document: its second column is in English (choose another with --lang).
cli-second-column-english-no-language = no language of the person is recorded: the second column is in English (choose another with --lang).
cli-set-aside = the database without its key file was moved aside, not deleted: { $file }.
cli-set-aside-unfinished = the database of the creation or restore cut short was moved aside, not deleted: { $file }.
cli-key-file-missing-hint = if that key file is lost, --set-aside-database (with init or restore) moves the database aside, without deleting it, then creates or restores the vault.
cli-store-unfinished-hint = to start again, passerelle-cli init creates a new vault, passerelle-cli restore FILE restores it from the backup.
cli-recovery-key-unconfirmed = this vault’s recovery key was never confirmed as written down: open the vault in the app, which offers to confirm it or to generate a new one.
cli-key-file-missing-here = this folder already holds a vault’s database, without its key file. To open that vault again, put the file back. If it is lost, add --set-aside-database: the database is moved aside, never deleted, then { $verb ->
        [restore] the backup is restored
       *[init] the new vault is created
    } in this folder.
cli-report-overlap = a report was already made for the period from { $from } to { $to }, which overlaps this one: set side by side, two reports over overlapping periods can single out a person. Publish only one; one period a year.
cli-report-no-association = the report does not name the association: give its profile with --association ASSOC.json.
cli-prefecture-cut = only the { $count } most populous communes whose name or postcode begins this way are given: type more of the name, or the whole postcode.
cli-support-letter-enclosed = the letter lists the association’s support letter among its enclosures: print it too (passerelle-cli support-letter).
cli-office-to-verify = the competent prefecture or its address rests on a secondary source or on a default: check it before sending (passerelle-cli prefecture).
cli-anef-number-left-out = the case’s ANEF number is not printed in the references: { $why ->
        [own] it is the number of the application “{ $route }”{ $filed ->
            [none] {""}
           *[other] , filed on { $filed }
        }. Once the new application is filed, record its number as the case’s ANEF number: it replaces this one, which stays recorded with its application.
       *[unnumbered] it may be the number of the application “{ $route }”{ $filed ->
            [none] {""}
           *[other] , filed on { $filed }
        }, whose number is not recorded. If you know it, record it with that application; otherwise the letter goes without an ANEF number.
    }
cli-addressee-default = the letter addresses the prefect (or the sub-prefect) as a man: no open data says who holds the post. Check on the prefecture’s website and, for a woman, add --addressee madame.
# The closing sentence of the errors about a file's content (errors.ftl), left out by the verbs that save nothing.
cli-done-not-shown = “{ $verb }” did its work in the vault, but its result could not be shown or written. Do not run the command again: “list” or “audit” shows where the vault stands.
cli-nothing-saved = Nothing was saved.
cli-route-incomplete = incomplete procedure: { $route }; still missing or to be clarified: { $facts }. The letter does not mention them: complete the case before sending it (passerelle-cli assess).
cli-route-incomplete-jurist = incomplete procedure: { $route }; nothing is left to ask, its outcome is for a legal adviser to confirm (passerelle-cli assess says why).
cli-route-not-eligible = route not eligible according to the assessment: { $route }; { $count ->
    [one] condition not met
   *[other] conditions not met
}: { $conditions }. The letter says nothing of it: have a legal adviser check the situation before sending (passerelle-cli assess).
cli-route-caveat = before sending, check: { $warning }
cli-not-encrypted = warning: this file is NOT encrypted: keep it safe and delete it after use.
cli-import-storage-refused = { $file }: the person refused to have their case kept, or withdrew that consent. Record nothing more and delete it (passerelle-cli delete { $id }).
cli-import-namesakes = { $file }: { $count ->
        [one] a case already in the vault has the same name
       *[other] cases already in the vault have the same name
    } ({ $ids }): check that this is not the same person (passerelle-cli list).
cli-error-code = error code: { $code }
cli-recovery-key-once = Write down the recovery key this command prints and keep it away from this computer: it will never be shown again, and it alone opens the vault if the passphrase is forgotten.
cli-prompt-store = Vault passphrase:
cli-prompt-new = New passphrase:
cli-prompt-new-store = New vault passphrase:
cli-prompt-backup = Backup passphrase:
cli-prompt-recovery-key = Recovery key:
cli-prompt-bundle = Hand-over passphrase:
cli-prompt-again = Type it again to check:
cli-stage-snapshot = copying in memory
cli-stage-derive-key = deriving the key
cli-stage-write = encrypting
cli-stage-verify = verifying
cli-stage-read = reading
cli-stage-restore = restoring
cli-progress-start = { $step }…
cli-progress = { $step }: { $percent }%

## Usage errors
cli-error-unknown-argument = unexpected argument: “{ $arg }”.
cli-error-repeated = option { $arg } is given more than once: keep only one.
cli-error-unknown-verb = unknown command: “{ $arg }”.
cli-error-missing-value = option { $arg } needs a value.
cli-error-invalid-value = value refused for option { $arg }.
cli-error-invalid-day = value refused for option { $arg }: write the date YYYY-MM-DD, for example 2026-11-26.
cli-error-no-such-day = value refused for option { $arg }: this day is not in the calendar (such as 30 February).
cli-error-year-out-of-range = value refused for option { $arg }: the year must be between 1900 and 2999 (write it in full, for example 2026).
cli-error-not-for-verb = option { $arg } does not apply to the { $verb } command: remove it.
cli-error-association-needs-out = option { $arg } is only used with --out F.pdf or F.csv (the JSON report names no association): remove it, or add --out.
cli-error-usage = incomplete or malformed command.
cli-error-see-help = passerelle-cli --help shows the help.

## Help
cli-usage-heading = Usage:
cli-heading-verbs = Commands
cli-heading-options = Options and arguments
cli-value-day = YYYY-MM-DD
cli-value-verb = COMMAND
cli-value-dir = DIR
cli-value-file = FILE
cli-value-case = CASE
cli-value-association = ASSOC
cli-value-id = ID
cli-value-route = ROUTE
cli-value-query = QUERY
cli-after-help = Passphrases are read from standard input (one per line), never from the command line. Messages are in French; in English with --lang en or an English locale (LC_ALL, LC_MESSAGES or LANG).
cli-about-cli = Passerelle without a window: the same core as the app.
cli-about-assess = Eligibility assessment, with the article behind each outcome (JSON)
cli-about-deadlines = The case’s dated deadlines (JSON)
cli-about-checklist = The document checklist as JSON; with --out F.pdf, as a PDF, French beside language L (default: the language of the interview, else the first of their languages with a translation, else English); French alone when that is theirs, or with --lang fr
cli-about-letter = Cover letter to the prefect (PDF)
cli-about-support-letter = The association’s support letter (PDF)
cli-about-consent = The person’s consent record (PDF): the notice in French beside the language it was given in (in French alone if that was French), their choices, two signature spaces
cli-about-prefecture = The competent prefecture for a postcode or a commune name (JSON)
cli-about-init = Creates an encrypted vault and prints the recovery key once (standard input: the new passphrase)
cli-about-import = Adds cases to the vault, all or none in one transaction, and prints the ID of each
cli-about-list = Lists the cases: ID, name, next deadline
cli-about-export = The case file of a stored case (NOT encrypted: it says so)
cli-about-backup = Encrypted backup of the whole vault, read back and checked (standard input: the vault passphrase, then the backup passphrase or the recovery key)
cli-about-restore = Restores backup FILE into a new vault, the --store folder (standard input: the backup passphrase or the recovery key, then the new vault’s passphrase)
cli-about-handover = Hands a case over as an encrypted bundle, or receives the case of a bundle (standard input: the vault passphrase, then the bundle’s, agreed out of band)
cli-about-handover-export = Writes case ID as an encrypted bundle to the --out file
cli-about-handover-import = Adds the case of bundle FILE as a new case
cli-about-handover-help = Shows this help, or that of the given commands
cli-about-delete = Erases a case: nothing of it is left in the vault’s files
cli-about-audit = The audit log as JSON, with the state of its chain
cli-about-passphrase = Changes the passphrase that opened the vault (standard input: that passphrase, then the new one); the other accesses and the recovery key do not change
cli-about-report = The association’s activity report for a period: JSON, or with --out a PDF or a CSV (nothing identifying)
cli-about-rules = The legal rules: review sheet for a legal adviser, pack in use, update from a signed pack, going back to the previous pack
cli-about-rules-review-sheet = Review sheet of the rules (PDF): every rule in French, with its article, its confidence and its source, a box to tick and a signature block
cli-about-rules-show = The rule pack the vault uses: version, origin, date of the law, change notes (JSON; standard input: the vault passphrase)
cli-about-rules-import = Imports a newer signed rule pack into the vault, and lists the open cases it concerns (standard input: the vault passphrase)
cli-about-rules-rollback = Goes back to the rule pack in use before the last update (standard input: the vault passphrase)
cli-arg-rules-import-file = The signed rule pack file (.passerelle-rules)
cli-about-rules-help = Shows this help, or that of the given commands
cli-about-help = Shows this help, or that of the given commands
cli-arg-store = The encrypted vault (a directory)
cli-arg-today = The date every computation uses (default: today)
cli-arg-from = The period’s first day
cli-arg-to = The period’s last day
cli-arg-lang = The language of messages and labels (fr, en); for the checklist and the consent record as PDF, the language of the second column (en, es, pt, ru, uk, sq, vi, ro, bg, ar, zh), or fr for French alone
cli-arg-out = Where the output goes: a file, or “-” for standard output (without --out, JSON goes there; a PDF needs --out, a backup and a bundle a file)
cli-arg-case = The case file
cli-arg-import-cases = The case files (one or more)
cli-arg-route = The procedure whose checklist or letter to give (default: the best-fitting one)
cli-arg-association = The association’s profile (JSON), for the letters
cli-arg-addressee = Who the letter is addressed to: madame (a woman prefect, or sub-prefect with --sub-prefect-signs) or monsieur (a man)
cli-arg-sub-prefect-signs = At the sub-prefecture, the sub-prefect signs the permits: the letter is addressed to them (by default: to the prefect of the département, who issues the permit)
cli-arg-query = A postcode or a commune name
cli-arg-id = The case’s ID
cli-arg-file = The file
cli-arg-restore-file = The backup file
cli-arg-handover-import-file = The bundle received
cli-arg-backup-recovery-key = Seals the backup with the recovery key instead of a passphrase
cli-arg-restore-recovery-key = The backup opens with the recovery key
cli-arg-restore-set-aside-database = A database is in the folder without its key file (a restore cut short, a key file lost): move it aside (renamed, never erased) and restore
cli-arg-init-set-aside-database = A database is in the folder without its key file: move it aside (renamed, never erased) and create the vault
cli-arg-help = Shows the help
cli-arg-version = Shows the version
cli-arg-subcommand = The command whose help to show
cli-in-file = in the file “{ $file }”:
cli-review-sheet-embedded = The sheet describes the rules built into this version of Passerelle (version { $version }), not those a vault uses since a rules update. To see the vault’s: passerelle-cli --store DIR rules show; for their sheet, save it from the app, “About” page.

# Passerelle — user interface (English).

## Common
action-save = Save
action-cancel = Cancel
language-fr = Français
language-en = English

## First run
setup-title = Create the association’s vault
setup-intro = Passerelle keeps case files encrypted on this computer. Without the passphrase nobody can read them: not a thief, not someone searching the computer.
setup-warning = Choose a phrase that is easy to remember and hard to guess, for example four or five unrelated words. A recovery key will then be shown to you, once.
setup-passphrase = Passphrase
setup-passphrase-hint = At least 12 characters. Several unrelated words are safer and easier to remember.
setup-passphrase-again = Confirm the passphrase
setup-mismatch = The two passphrases are not the same.
setup-create = Create the vault
setup-creating = Creating the vault…
setup-disk-encryption = Protect the computer itself too: turn on full-disk encryption (BitLocker on Windows, LUKS on Linux). Only disk encryption also covers the swap space and hibernation, where the system may write pieces of its memory to disk, case files included.

## Passphrase strength
strength-0 = Very weak.
strength-1 = Very weak.
strength-2 = Weak.
strength-3 = Strong.
strength-4 = Very strong.
strength-hint-length = At least 12 characters are needed.
strength-hint-too-long = A passphrase cannot be longer than 1,024 characters.
strength-hint-control = A passphrase cannot contain control characters (tab, escape…): the app cannot type them.
strength-hint-words = Add unrelated words; avoid names, dates and keyboard patterns.
strength-why-title = Easy to guess, because it contains:
strength-why-word-then-year = a word or a name followed by a year (the first shape an attacker tries)
strength-why-password = a common password
strength-why-word = a common word
strength-why-name = a first name or a surname
strength-why-place = the name of a town, a département or a country
strength-why-context = a word tied to the association or its work
strength-why-unknown-word = a single name or word (attack lists hold millions of names)
strength-why-year = a year or a date
strength-why-number = a short number (département, postcode, age)
strength-why-repeat = a repetition or a sequence (aaa, 123, !!!)
strength-why-keyboard = a run of neighbouring keys (azerty, qsdf…)
strength-why-leet = letters replaced by digits or symbols (@ for a, 0 for o), which attack software tries too
strength-why-reversed = a word written backwards
passphrase-generate = Suggest a passphrase
passphrase-generated = Suggested passphrase:
passphrase-generated-help = Five everyday French words, drawn at random from 3,352. Learn it, then type it in the confirmation. Do not write it down near the computer.

## Recovery key
recovery-title = Your recovery key
recovery-unseen = The vault was locked while it was being created or restored, before its recovery key was shown: here it is, once.
recovery-intro = If the passphrase is forgotten, this key is the only way to open the vault. It will never be shown again.
recovery-keep = Write it by hand on paper and keep it somewhere safe, away from the computer (for example in the association’s safe). Do not photograph it or save it on the computer.
recovery-confirm = I have written the recovery key on paper and put it somewhere safe.
recovery-continue = Continue
recovery-unconfirmed-title = Recovery key to confirm
recovery-unconfirmed-intro = This vault’s recovery key was shown, but nobody confirmed writing it down: the app was closed, or the vault locked, before. Without it, a vault whose passphrase is forgotten can no longer be opened.
recovery-unconfirmed-choice = If you wrote it on paper and put it somewhere safe, confirm it. Otherwise, generate a new one: the old one will not open anything written from now on.
recovery-unconfirmed-have = I wrote it down
recovery-unconfirmed-new = Generate a new recovery key
recovery-restored-cases =
    { $cases ->
        [0] Backup restored: it held no case.
        [one] Backup restored: one case.
       *[other] Backup restored: { NUMBER($cases) } cases.
    }

## Unlock
unlock-title = Passerelle is locked
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-use-recovery = Forgot the passphrase? Use the recovery key
unlock-use-passphrase = Use the passphrase
unlock-recovery-key = Recovery key
unlock-recovery-hint = Nine groups of four characters. Capitals, spaces and dashes do not matter.
unlock-reason-locked-by-user = The vault was locked.
unlock-reason-locked-idle = The vault was locked automatically after a period of inactivity.
unlock-reason-locked-unsaved = The vault was locked. What was being typed and could not be saved (a setting refused, an appointment or an application not saved yet) is lost: take it up again where you typed it.
unlock-reason-locked-idle-unsaved = The vault was locked automatically after a period of inactivity. What was being typed and could not be saved (a setting refused, an appointment or an application not saved yet) is lost: take it up again where you typed it.

## Main bar
nav-cases = Cases
nav-settings = Settings
nav-about = About
lock-button = Lock

## Cases
cases-title = Cases
cases-new = New case
cases-search =
    .placeholder = Search a name or another name…
    .aria-label = Search cases by name or other name
cases-empty = No case yet. Start with “New case”.
cases-none-found = No case matches this search.
# A case whose person has no name recorded yet (an imported file, a hand-over), in lists and titles.
case-unnamed = (no name)
cases-col-name = Name
cases-col-updated = Last change
case-new-title = New case
case-family-name = Family name
case-given-names = Given name(s)

## Settings
settings-title = Settings
settings-language = Interface language
settings-language-apply = Change the language
settings-text-size = Text size
settings-text-size-option = { $percent }%
settings-text-size-hint = Ctrl + enlarges, Ctrl − shrinks, Ctrl 0 comes back to 100%, from any screen. The whole display follows, layouts included.
language-switch-label = Langue de l’interface / Interface language
    .aria-label = Langue de l’interface / Interface language
language-switch-apply = Change language / Changer la langue
settings-security = Lock and screen captures
settings-idle = Lock after (minutes without activity)
settings-idle-hint = Between 1 and 60 minutes. Ctrl+L locks at once.
settings-capture-allowed = Allow screen captures of this window
settings-capture-hint = Box unticked, the window appears on no screenshot, no screen shared in a video call, no remote-help tool: it stays black there. Tick this box only for a share you want, or if a screen magnifier shows the window black.
settings-capture-unprotected = On this system the window cannot be protected from screen captures: do not share the screen during an interview, and close any remote-help tool.
settings-saved = Setting saved.
settings-leave-unsaved = Leave without saving
settings-pp-title = Change the passphrase
settings-pp-intro = Cases are not re-encrypted: only the key that protects them is protected again by the new phrase. The recovery key stays valid.
settings-pp-recovery = The vault was opened with the recovery key: there is no current passphrase to type. Choose a new passphrase for a team member.
settings-pp-recovery-go = Choose a new passphrase
settings-pp-current = Current passphrase
settings-pp-new = New passphrase
settings-pp-again = Confirm the new passphrase
settings-pp-change = Change the passphrase
settings-pp-changed = The passphrase was changed.

## About
about-title = About Passerelle
about-what = Passerelle helps social workers and legal advisers of associations support foreign victims of human trafficking or procuring in their residence-permit applications.
about-offline = Passerelle works without a network: it sends nothing, anywhere.
about-version = Version { $version }
about-security-title = Security
about-security = Cases are stored in an encrypted database (SQLCipher, AES-256). The database key is never written in clear: it is protected by the passphrase and by the recovery key (Argon2id, XChaCha20-Poly1305). Locking erases the key from memory.
about-keys-title = Keyboard shortcuts
about-keys-quick-lock-keys = Shift, three times in a row
about-keys-quick-lock = Hides the screen and locks at once, even while typing in a field (like the “Hide screen” button).
about-keys-reveal-keys = Ctrl+U, or double-click on the clock
about-keys-reveal = Leaves the hidden screen for the unlock screen.
about-keys-lock-keys = Ctrl+L
about-keys-lock = Locks (like the “Lock” button).
about-keys-zoom-keys = Ctrl and +, Ctrl and −, Ctrl and 0
about-keys-zoom = Makes the text larger, smaller, back to 100%.
about-keys-next-keys = Enter
about-keys-next = In the interview, from a one-line field: next question.
about-keys-step-keys = Alt+→ and Alt+←
about-keys-step = In the interview: next step and previous step.
about-keys-escape-keys = Esc
about-keys-escape = Cancels the open form or confirmation; folds the menu back.
about-review-sheet-title = Review sheet of the rules
about-review-sheet = Every legal rule of Passerelle, one per line, with its article, confidence tag and source, and a box to tick: print it for a legal adviser, who checks them and signs.
about-review-sheet-button = Save the review sheet, in French (PDF)
about-review-sheet-dialog-title = Save the review sheet
about-data-title = Public data used
about-licence-title = Licence
about-licence = Free software under the GNU AGPL, version 3 or later.
about-passphrase-lists = Word lists of the passphrase meter: zxcvbn-ts (@zxcvbn-ts/language-fr 4.1.2, @zxcvbn-ts/language-common 4.1.3), MIT licence, © 2012-2016 Dan Wheeler and Dropbox, Inc., © 2021 @zxcvbn-ts; common words derived from OpenSubtitles 2024 via OPUS (Helsinki-NLP), ODC-BY licence; INSEE first names and surnames, through the prenoms 0.5.1 package (MIT licence). Words of suggested passphrases: the French list of diceware 1.0.1, © 2024 Tango, for Tails and the Tor Project, CC0 1.0.

## Windows only: the system component that draws the window (WebView2) is missing. Shown in a
## message box before any window exists.
webview2-missing-title = Passerelle cannot open its window
webview2-missing-body = This computer lacks the Microsoft Edge WebView2 component, which draws Passerelle’s window. Windows 11 and updated Windows 10 already have it.
    
    To add it without a network: on a connected computer, download Microsoft’s WebView2 Runtime “Evergreen Standalone Installer” (x64), copy it to a USB stick, run it on this computer, then open Passerelle again.
    
    Your cases are untouched. Meanwhile, the passerelle-cli command-line tool works.
list-options-common = Most frequent
list-options-others = All the others
list-options-more = Show all the others ({ NUMBER($count) })
list-options-less = Fold the list
list-options-filter =
    .aria-label = Filter the list
    .placeholder = Filter: a few letters
list-options-none = None matches; clear the filter to see them all.

## Legal rules: update by a signed pack (About, dashboard, case page)
rules-import-title = Choose the rule pack (.passerelle-rules)
rules-origin-embedded = Rules that came with this version of Passerelle
rules-origin-imported = Rules updated on { $date }
rules-law-as-of = Law as of { $date }
rules-stored-in-vault = The rule pack in use is kept in the encrypted vault: it is backed up and restored with it.
rules-note-in-french = (in French)
rules-in-force-from = In force on { $date }
rules-imported = Rules updated (version { $version }). { $cases ->
        [0] No open case is concerned.
        [one] 1 case concerned.
       *[other] { NUMBER($cases) } cases concerned.
    }
rules-rolled-back = Back to the previous rules (version { $version }). { $cases ->
        [0] No open case is concerned.
        [one] 1 case concerned.
       *[other] { NUMBER($cases) } cases concerned.
    }
rules-cases-concerned = { $cases ->
        [one] 1 case concerned
       *[other] { NUMBER($cases) } cases concerned
    } by the rules update
rules-change-title = Rules updated: version { $from } → { $to }
rules-articles = Articles: { $articles }
rules-change-route = { $route }: { $before } → { $after }
rules-change-deadline-moved = { $deadline } (before: { $before })
rules-change-deadline-added = New deadline: { $deadline }
rules-change-deadline-removed = Deadline removed: { $deadline }
rules-change-document-status = { $document }: { $before } → { $after }
rules-change-document-added = New document to provide: { $document }
rules-change-document-removed = Document no longer asked for: { $document }
rules-change-warning-added = New warning: { $warning }
rules-change-warning-removed = Warning lifted: { $warning }
rules-change-outcome-qualified = { $outcome } ({ $flags })
rules-change-flag-to-confirm = to be confirmed by a legal adviser
rules-change-flag-discretionary = at the prefect’s discretion
rules-change-not-concerned = The rules no longer concern this case (French, EU, EEA or Swiss nationality): no route is offered any more.
rules-change-concerned = The rules concern this case again: its routes are to be reviewed.
rules-change-see-also-added = New related route: { $articles }
rules-change-see-also-removed = Related route removed: { $articles }
rules-mark-seen = I have read this change
rules-notes-heading = What changed in the rules
about-rules-title = Legal rules
about-rules-version = Rule pack, version { $version }
about-rules-import = Update the rules…
about-rules-rollback = Go back to the previous rules
rules-case-heading = Update of the legal rules

## Case hand-over
handover-received = Case received.

## Under a typed text near its limit (limits.js): what is left, or by how much it is over.
text-limit-left = { $count ->
        [0] No characters left: { NUMBER($max) } at most.
        [one] One character left: { NUMBER($max) } at most.
       *[other] { NUMBER($count) } characters left: { NUMBER($max) } at most.
    }
text-limit-over = { $count ->
        [one] One character too many: { NUMBER($max) } at most. Shorten the text to save it.
       *[other] { NUMBER($count) } characters too many: { NUMBER($max) } at most. Shorten the text to save it.
    }

# Error messages, shown in the UI and by passerelle-cli.
# Ids match core::Error::message_id(). Arguments are formatted by Rust.

error-locked = The vault is locked. Unlock it to continue.
error-store-missing = There is no vault at this location.
error-store-exists = A vault already exists at this location.
error-store-unfinished = Creating or restoring a vault was interrupted here before it finished: the vault was not created. Start again; what it had written will be set aside, not erased. If it was a restore, the backup file has not been changed.
error-store-in-use = This vault is already open in another Passerelle program (another window, or passerelle-cli). Lock or close it there, then try again.
error-wrong-passphrase = Wrong passphrase.
error-wrong-recovery-key = This recovery key does not open this vault.
error-recovery-key-malformed = This recovery key has a typo: check each group of four characters.
error-too-many-attempts = Too many failed attempts. Try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
error-kdf-out-of-memory = Not enough free memory to compute the key ({ NUMBER($mib) } MiB). Close other programs and try again; nothing was changed.
error-passphrase-too-weak = This passphrase is too weak: at least 12 characters, preferably several unrelated words.
error-passphrase-control-character = This passphrase contains a control character (tab, escape…) that the app does not let you type: what it protects could no longer be opened in the app. Choose another one.
error-passphrase-unchanged = The new passphrase is the current one. Nothing was changed: choose another one.
error-key-file-damaged = The vault’s key file is damaged. Restore a backup.
error-key-file-tampered = The vault’s key file has been modified. As a precaution it is not used; restore a backup.
error-key-file-missing = Key file not found: put it back or restore a backup. The vault’s database is still there; it has not been erased.
error-recovery-key-not-shown = { $what ->
        [restored] The vault was restored
       *[created] The vault was created
    }, but its recovery key could not be shown (the output could not be written). Open it in Passerelle: it will offer to generate a new one.
error-entries-differ = The two entries are not the same. Nothing was done: start again.
error-key-slot-damaged = An access in the key file is damaged and no other access opens with this secret. If your passphrase is right, open with the recovery key or restore a backup.
error-key-file-too-new = This vault was created by a newer Passerelle (format { $found }; this version reads up to format { $supported }). Update Passerelle.
error-database-damaged = The vault’s database is damaged or truncated. Nothing was changed; restore a backup.
error-disk-full = The disk is full: Passerelle could not save. Nothing already saved is damaged. Free some space on that disk (empty the bin, delete unneeded files) or, for a backup, choose another place, then try again.
error-schema-too-new = This vault was upgraded by a newer Passerelle (schema { $found }; this version knows up to schema { $supported }). Update Passerelle.
error-migration-failed = Upgrading the vault (step { $version }) failed. Nothing was changed.
error-encryption-unavailable = This Passerelle build cannot encrypt. For safety, nothing was written.
error-invalid-json = The file is not valid JSON (line { $line }, column { $column }). Nothing was saved.
error-case-file-empty = This file is empty: it is not a case file. Nothing was saved.
error-case-file-not-utf8 = This file is not in UTF-8: it was probably saved in another encoding (Latin-1, UTF-16…). Save it in UTF-8 (on Windows, choose “UTF-8” in “Save as”), then try again. Nothing was saved.
error-case-file-sealed = { $found ->
        [backup] This file is an encrypted Passerelle backup, not a case file in JSON: it is restored into a new vault (in the app: “Restore a backup” at first start; on the command line: restore).
       *[handover] This file is an encrypted hand-over bundle, not a case file in JSON: it is received with the passphrase agreed (in the app: “Receive a case…”; on the command line: handover import).
    } Nothing was saved.
error-case-file-too-deep = This file nests its data on too many levels to be a Passerelle case file (at most 128). Nothing was saved.
error-case-file-too-complex = This file holds more than { NUMBER($max) } values: far more than any real case. It was not read; nothing was saved.
error-unknown-format = This file is not a Passerelle case file{ $given ->
        [no] {""} (it does not say its format).
       *[yes] {""} (format “{ $found }”).
    } Nothing was saved.
error-newer-format = This case file was written by a newer Passerelle (“{ $found }”; this version reads “{ $supported }”). Nothing was saved.
error-invalid-field = { $fieldKind ->
        [filter] Field “{ $field }”: { $reason }
        [question] Answer to { $field }: { $reason } Nothing was saved.
        [option] Option { $field }: { $reason }
        [argument] For { $field }: { $reason }
       *[field] Field “{ $field }”: { $reason } Nothing was saved.
    }
error-batch-refused = { $refused ->
        [one] One file refused
       *[other] { $refused } files refused
    } out of { $files }: no case was imported. Fix { $refused ->
        [one] that file
       *[other] those files
    } (or leave { $refused ->
        [one] it
       *[other] them
    } out) and try again.
error-in-file = { $file }: { $message }
# Always two or more: each follows, said under its field (the app) or on its own line (the CLI).
error-several = { $count } fields need correcting. Nothing was saved.
# The sentence that ends a form's refusal, said once under « error-several », not on each of its lines.
error-nothing-saved = Nothing was saved.
error-required = { $fieldKind ->
        [option] Missing option: { $field }.
        [argument] Missing: { $field }.
       *[field] Required field: { $field }.
    }
error-field-too-long = { $fieldKind ->
        [question] The answer to { $field } is too long
       *[field] The field “{ $field }” is too long
    }: at most { $max } characters. Nothing was saved.
error-too-many-items = { $fieldKind ->
        [question] The answer to { $field } has too many items
       *[field] The list “{ $field }” has too many items
    }: at most { $max }. Nothing was saved.
error-hidden-characters = { $fieldKind ->
        [question] The answer to { $field } contains
       *[field] The field “{ $field }” contains
    } invisible or direction-reversing characters, which can make one name pass for another. Type it on the keyboard instead of pasting it. Nothing was saved.
error-case-file-too-large = This file is too large for a case file (at most { $max } MiB). Nothing was saved.
error-not-found = { $what ->
        [case] This case cannot be found: it may have been deleted.
        [appointment] This appointment cannot be found: it may have been deleted.
        [note] This note cannot be found: it may have been deleted.
        [application] This application cannot be found: it may have been deleted.
        [keyslot] This team member cannot be found.
       *[other] Not found.
    }
error-io = A file could not be read or written. Check the disk space and permissions.
error-file-access = Cannot access the file “{ $file }”: { $cause ->
        [not-found] it does not exist, or its folder does not exist.
        [denied] access denied (rights on the file or folder, or a read-only disk).
        [directory] it is a folder, not a file.
        [not-a-folder] one of the folders in this path is in fact a file.
        [special] it is not a file saved on disk (a pipe or a device). Save it to a file first.
        [special-target] it is a pipe or a device, not a file, and saving the file there would replace it. Choose a file name.
        [full] the disk is full. Free some space, or choose another disk.
       *[other] check the disk space and access rights.
    }
error-storage = Saving failed: the last change may not have been saved. What was saved before is intact. Check it, then try again.
error-internal = Internal Passerelle error: the last action may not have completed. Please report this problem.
error-place-not-found = No commune matches “{ $query }”. Type a five-digit postcode or the name of a commune.
error-invalid-date = Date not recognised, or not in the calendar (such as 31 February). Write it day/month/year, for example 12/04/1998.
error-date-needs-day = This question needs the day, the month and the year, for example 12/04/1998. If the day is not known, answer “I don’t know” and write in a note what the person knows of it (the month, the year).
error-date-out-of-range = This date is not possible here: in the future, or outside the years 1900 to 2999.
error-invalid-number = Write a whole number, for example 2.
error-too-long = This text is too long (at most { NUMBER($max) } characters).
error-invalid-time = Write the time like this: 14:30 or 14h30.
error-office-undetermined = The competent prefecture cannot be named: { $reason ->
        [no-address] the person’s address has neither a commune code (INSEE) nor a postcode. Complete the address.
        [unknown-commune] the address’s commune code (INSEE) matches no commune. Correct it in the person’s address.
        [unknown-postcode] postcode { $postcode } matches no commune. Correct it, or enter the commune code (INSEE) in the person’s address.
        [postcode-mismatch] postcode { $postcode } does not match the address’s commune code (INSEE). Correct one or the other in the person’s address.
        [malformed-postcode] postcode { $postcode } does not have five digits. Correct it in the person’s address.
       *[ambiguous-postcode] postcode { $postcode } serves { $communes } communes. Enter the person’s commune (INSEE code) in the address.
    }
error-town-mismatch = The town written in the person’s address, “{ $town }”, is not the one its code designates: { $commune }. Correct one or the other in the address (interview, step “Identity and languages”), so that the letter goes to the right prefecture.
error-ceseda-not-applicable = No competent prefecture: the CESEDA does not apply { $territory ->
        [wallis-et-futuna] in Wallis and Futuna
        [polynesie-francaise] in French Polynesia
       *[nouvelle-caledonie] in New Caledonia
    }; the entry and stay of foreigners there fall under a separate ordinance. Have a legal adviser check the situation.

## Backups, case hand-over, team
error-not-sealed-file = This file is neither a Passerelle backup nor a handed-over case. Nothing was changed.
error-sealed-too-new = This file was written by a newer version of Passerelle (format { $found }; this version reads up to format { $supported }). Update Passerelle.
error-sealed-wrong-kind = { $found ->
    [backup] This file is a full backup, not a handed-over case.
   *[handover] This file is a handed-over case, not a full backup.
} Nothing was changed.
error-wrong-file-passphrase = This passphrase does not open this file. Check the one chosen when it was saved; for a handed-over case, the one agreed with the sender.
error-wrong-file-recovery-key = This recovery key does not open this file.
error-file-needs-recovery-key = This file was encrypted with the vault’s recovery key, not with a passphrase: open it with that recovery key.
error-file-needs-passphrase = This file was encrypted with a passphrase, not with a recovery key: open it with the passphrase chosen when it was saved.
error-sealed-truncated = This file is incomplete: the copy was interrupted. Nothing was changed; use another copy.
error-sealed-damaged = This file is damaged or was modified: its integrity check fails. Nothing was changed; use another copy.
error-sealed-too-large = This file announces contents too large to open here: larger than anything Passerelle writes for this kind of file, or than this computer’s free memory. Nothing was changed; check that it is the file you expected.
error-not-admin = Only a team administrator (or the recovery key) can do this.
error-not-recovery-session = A member is given a new passphrase only after the vault was opened with the recovery key. To change your own, use “Change the passphrase” in the settings.
error-slot-not-removable = This access cannot be removed: it is your own, or the recovery key’s.
error-slot-label-taken = Another team member already uses this name.
error-print-unavailable = Cannot print: no print service is installed on this computer. Use “Save as PDF”.
error-print-failed = The print service refused the job: check that a printer is installed, switched on and chosen as the default, then try again.
error-unprintable = The document holds a character its typefaces cannot print (“{ $character }”): it would show as an empty box. Write names and the address in Latin letters, as on the passport. Nothing was printed or saved.
error-not-latin = The letter is in French: it is written in Latin letters, names and the address as on the passport (“{ $character }” is not one). Nothing was printed or saved.
error-inside-store = This file would go in the vault’s folder, where it could replace the encrypted database or its keys: choose another folder. Nothing was written.
error-passphrase-change-uncertain = The passphrase change could not be completed, nor undone (the disk may be full). Free some space, lock, then unlock with the old passphrase; if it is refused, with the new one. No case was lost.
error-would-replace-sealed = { $kind ->
    [backup] A file of that name already exists, and it is an encrypted backup of the vault
    [handover] A file of that name already exists, and it is an encrypted handed-over case
   *[other] A file of that name already exists, and it is an encrypted Passerelle file
}: it would be replaced. Choose another name. Nothing was written.
error-passphrase-of-the-vault = { $kind ->
    [handover] This passphrase is the vault’s: it would be given to whoever receives the case. Agree on another passphrase.
   *[backup] This passphrase is the vault’s: someone who saw it typed would also open the backup, should the USB stick be lost. Choose another one, written on paper and kept apart.
} Nothing was written.

## Rule packs (updates of the legal rules)
error-rule-pack-unsigned = This file is not a signed Passerelle rule pack. Nothing was changed; the rules in use stay the same.
error-rule-pack-unknown-key = This rule pack is not signed with a key this version of Passerelle recognises. It was not installed; the rules in use stay the same. Ask the Passerelle team for the pack.
error-rule-pack-bad-signature = This rule pack was changed after it was signed (or the copy is damaged). It was not installed; the rules in use stay the same. Use another copy.
error-rule-pack-engine-too-new = This rule pack needs a newer Passerelle (engine { $needed }, this one is { $supported }). It was not installed; update Passerelle first.
error-rule-pack-other-law = This rule pack is not about the residence permits Passerelle assesses. It was not installed; the rules in use stay the same.
error-rule-pack-unknown-id = This rule pack uses a rule this version of Passerelle does not know (at “{ $place }”). It was not installed; update Passerelle or ask for a suitable pack.
error-rule-pack-malformed = { $place ->
        [none] This rule pack is malformed.
       *[other] This rule pack is malformed (at “{ $place }”).
    } It was not installed; the rules in use stay the same.
error-rule-pack-downgrade = This rule pack (version { $found }) is older than the one in use (version { $in_use }). It was not installed. To go back to the previous rules: “Go back to the previous rules” in the app (the About page), or “rules rollback” on the command line.
error-rule-pack-already-in-use = This rule pack (version { $version }) is already the one in use. Nothing was changed.
error-rule-pack-nothing-to-roll-back = No rules update to undo: the rules that came with Passerelle are in use.

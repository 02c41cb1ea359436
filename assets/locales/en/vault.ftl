# Passerelle — backups, team, audit log, retention, consent, quick lock.

## Top bar
nav-retention = Retention
nav-backup = Backup
nav-team = Team
nav-audit = Log
quick-lock-button = Hide screen
    .title = Hides the screen and locks at once (or press Shift three times). To come back: double-click the clock, or press Ctrl+U.
neutral-window-title = Clock

## Secrets
secret-passphrase = Passphrase
secret-passphrase-again = Confirm the passphrase
secret-recovery-key = Recovery key
secret-kind-label = Which secret
secret-kind-passphrase = A passphrase
secret-kind-recovery = The vault’s recovery key

## Progress
progress-snapshot = Copying the cases into memory…
progress-derive-key = Computing the encryption key…
progress-write = Encrypting and writing…
progress-verify = Reading back and checking…
progress-read = Reading and checking…
progress-restore = Restoring…

## Backup
backup-title = Backup
backup-last = Last verified backup: { $date } ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }).
backup-never = No verified backup yet.
backup-due = Your last backup is more than { $days } days old. Remember to make one.
backup-due-never = No backup has been made yet. If this computer is lost or breaks down, the cases will be lost.
# In a small window or with large text, the reminder is one line: these words instead of the
# sentences above (which screen readers still read whole).
backup-due-short = Backup overdue.
backup-due-never-short = No backup yet.
backup-reminder-dismiss = Close this reminder
backup-reminder-link = Make a backup
backup-create-title = Make a backup
backup-create-intro = The whole vault is copied, encrypted, into a file you save wherever you want (for example a USB stick kept in the association’s safe). The file is then read back and checked. Protect it with a backup passphrase, or with the vault’s recovery key.
backup-passphrase = Backup passphrase
backup-create = Save a backup…
backup-done = Backup saved and verified ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }).
backup-verify-title = Check a backup
backup-verify-intro = Reads a backup file in full and checks that it is intact and readable, without changing anything on this computer.
backup-verify = Choose the file and check…
backup-verified = This backup is intact ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }). Its date is recorded as the last verified backup.
backup-verified-other = This backup is intact ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }), but it comes from another vault.
backup-audit-then = Log in the last backup: { $entries ->
        [0] no entry
        [one] one entry
       *[other] { NUMBER($entries) } entries
    }, fingerprint { $head }…
backup-audit-now = The vault’s log today: { $entries ->
        [0] no entry
        [one] one entry
       *[other] { NUMBER($entries) } entries
    }, fingerprint { $head }…
backup-audit-hint = The fingerprint sums up the whole log; each backup carries the one of the day it is made. From one backup to the next the log only grows: a vault with fewer entries than its last backup was replaced by an older copy. “Check a backup” compares the two fingerprints too.
backup-verified-store-older = This backup is intact ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }), but its log is longer than the vault’s: the vault on this computer is older than this backup. Its files may have been replaced by an old copy. Talk to an administrator before going on.
backup-verified-diverged = This backup is intact ({ $cases ->
        [0] no case
        [one] one case
       *[other] { NUMBER($cases) } cases
    }), but its log does not match the vault’s: one of them was rewritten. Talk to an administrator before going on.
backup-keep-title = What to keep safe
backup-keep-recovery = The recovery key, written on paper when the vault was created: it opens the vault if every passphrase is forgotten, and it opens the backups made with it.
backup-keep-passphrase = The backup passphrase: without it, a backup cannot be restored. Do not write it on the USB stick.
backup-restore-how = To restore a backup on a new computer, install Passerelle and choose “Restore a backup” on first start.
backup-reminder-title = Reminder
backup-reminder = Remind me to back up after (days)
backup-dialog-title = Backup file
backup-file-name = backup-{ $date }-{ $time }.enc

## Restore
setup-restore-intro = Do you have a backup?
setup-restore = Restore a backup
missing-keys-title = Key file not found
missing-keys-message = Key file not found: put it back or restore a backup.
missing-keys-explain = The vault’s database (passerelle.db) is still there, but the file passerelle.keys that opens it is gone from the vault’s folder. Without it, nobody can read the cases. Passerelle erased nothing.
missing-keys-put-back = If you have a copy of passerelle.keys (USB stick, old computer, recycle bin), put it back in the vault’s folder, then check again.
missing-keys-retry = Check again
missing-keys-still-missing = The key file is still missing.
missing-keys-other-title = Restore a backup or create a new vault
missing-keys-other = To do so, the current database must first be set aside. It is renamed, never erased: if the key file comes back, its cases can still be opened. The new vault will not contain them.
missing-keys-consent = I understand: the current database is set aside, not erased, and the new vault will not contain its cases.
missing-keys-set-aside = Set the database aside
setup-set-aside = The old database was set aside as “{ $file }” in the vault’s folder. Do not delete it while the key file may come back.
setup-unfinished = Creating or restoring the vault was interrupted before it finished (app closed, computer switched off): the vault was not created. Create it below, or restore the backup again. What had been written will be set aside, not erased; if it was a restore, the backup file has not been changed.
backup-restored-rules = Rules in use: version { $version } ({ $origin })
restore-title = Restore a backup
restore-intro = The backup’s cases are checked, then copied into a new vault on this computer, with a new passphrase and a new recovery key. Team members will have to be added again.
restore-secret-title = The backup
restore-new-title = The new vault
restore-new-intro = Choose the passphrase that will open the restored vault.
restore-new-passphrase = New passphrase
restore-submit = Choose the file and restore…
restore-back = Back

## Team
team-title = Team
team-intro = Each team member opens the vault with their own passphrase. Removing a member changes the data key: their passphrase, or an old copy of the key file, opens nothing any more.
team-col-name = Member
team-col-role = Role
team-col-since = Since
team-creator = Vault creator
team-recovery-key = Recovery key
team-you = (you)
team-role-admin = Administrator
team-role-worker = Worker
team-remove = Remove
team-remove-confirm = Remove { $name }’s access? Their passphrase will no longer open the vault, and the data key will be changed. Other members keep their access.
team-remove-check = I confirm removing this member.
team-removed = The member was removed and the data key was changed.
team-add-title = Add a member
team-label = Name or initials
team-label-hint = The name of a team member, never that of a person the association helps.
team-role = Role
team-passphrase-intro = The new member types their own passphrase, here, twice. Nobody else needs to know it.
team-passphrase = The new member’s passphrase
team-add = Add
team-added = The member was added.
team-rotate-title = Change the data key
team-rotate-intro = Do this if you fear a copy of the key file has circulated, or a computer was left unlocked. Every member keeps their access.
team-rotate = Change the key
team-rotate-confirm = The whole vault will be encrypted again with a new key. This takes a few seconds.
team-rotate-check = I confirm changing the key.
team-rotated = The data key was changed.
team-admin-only = Only an administrator can add or remove members.
team-col-added-by = Added by
team-col-actions = Actions
team-slot-damaged = damaged
team-slot-unknown = unknown to the log
team-strangers = { $count ->
        [one] One access in the key file is damaged or was added by nobody according to the log. The next key change will remove it: change the key now if you do not recognise it.
       *[other] { NUMBER($count) } accesses in the key file are damaged or were added by nobody according to the log. The next key change will remove them: change the key now if you do not recognise them.
    }
team-removed-admin = The administrator was removed and the data key changed. They may have seen the recovery key sheet: generate a new recovery key below.
team-new-recovery-title = Generate a new recovery key
team-new-recovery-intro = Do this when an administrator leaves the team, or if the sheet may have been seen: the old recovery key will no longer open the vault. Backups made with it will still open with it.
team-new-recovery = Generate a new recovery key
team-new-recovery-confirm = A new recovery key will replace the old one, and the data key will be changed. Have something to write it on: it is shown only once.
team-new-recovery-check = I confirm replacing the recovery key.
team-recovery-new-intro = Here is the new recovery key. The old one no longer opens the vault: destroy the old sheet.
team-recovery-replaced = The recovery key was replaced and the data key changed.
team-old-backups-title = Backups opened by the old recovery key
team-old-backups-intro = These backups were sealed with a recovery key that has since been replaced: whoever saw the old sheet can still open them. Make a new backup, then destroy these.

## Log
audit-title = Log
audit-intro = Who did what, and when. The log never holds the content of cases, only their number: the name (or initials, when names are hidden) shown here comes from the case itself. It cannot be changed, and each entry is linked to the previous one: a change would show.
audit-export = Export the log…
audit-exported = Log exported. This file is not encrypted; it holds no name of a person the association helps.
audit-chain-intact = Log intact: { $entries ->
        [0] no entry
        [one] one entry
       *[other] { NUMBER($entries) } entries, each linked to the one before
    }. Fingerprint of the log: { $head }… Each backup carries the one of the day it is made: “Check a backup” uses it to see whether the log was replaced by an older copy.
audit-chain-broken = The log was changed outside Passerelle: the chain is broken at entry { $seq }.
audit-more = Older entries
audit-col-seq = No.
audit-col-when = Date
audit-col-who = Who
audit-col-what = Action
audit-col-case = Case
audit-col-detail = Details
audit-actor-unknown = unknown
audit-dialog-title = Log export
audit-file-name = log-{ $date }.json
audit-at = { $day } at { $time }
audit-case-deleted = deleted case
audit-filter = Filter the log
audit-filter-case = Case
audit-filter-person = Team member
audit-filter-action = Action
audit-filter-from = From (dd/mm/yyyy)
audit-filter-to = To (dd/mm/yyyy)
audit-filter-all = All
audit-filter-apply = Filter
audit-filter-clear = Show all
audit-none = No entry matches this filter.
audit-detail-key-file-restored = { $was ->
        [missing] The key file was missing
        [tampered] The key file had been changed outside Passerelle
       *[damaged] The key file was damaged
    }: its last good copy was put back in its place.
audit-detail-unlock-failed = { $count ->
        [one] 1 attempt
       *[other] { NUMBER($count) } attempts
    }, the last on { $last }
audit-detail-case-file = case file (JSON)
audit-detail-cases = { $cases ->
        [0] no case
        [one] 1 case
       *[other] { NUMBER($cases) } cases
    }
audit-detail-backup = { $cases ->
        [0] no case
        [one] 1 case
       *[other] { NUMBER($cases) } cases
    }, backup of { $day }
audit-detail-passphrase-reset = new passphrase given with the recovery key to: { $label }
audit-detail-recorded-at-unlock = recorded at the next unlock: the app had stopped during the change
audit-detail-member = { $label } ({ $role })
audit-detail-settings = retention: { $months } months; backup reminder: { $days } days
audit-detail-idle-lock = automatic lock after { $minutes } min of inactivity
audit-detail-hide-names = { $hidden ->
    [yes] names hidden (initials only)
   *[no] names shown
}
audit-detail-screen-capture = { $allowed ->
    [yes] screen captures of the window allowed
   *[no] window protected from screen captures
}
audit-detail-protections-restored = protections put back at unlock: the preferences file, which did not hold the recorded choices, { $what ->
    [both] allowed screen captures and showed names
    [capture] allowed screen captures
   *[names] showed names
}
audit-detail-protections-chosen-while-locked = protections chosen while the vault was locked, recorded at unlock: { $what ->
    [both] window protected from screen captures and names hidden
    [capture] window protected from screen captures
   *[names] names hidden (initials only)
}
audit-detail-association = { $state ->
    [saved] association profile saved
   *[removed] association profile removed
}
audit-detail-report = from { $from } to { $to }, { $format }
audit-detail-rules = version { $from } → { $to }; { $cases ->
    [0] no case concerned
    [one] 1 case concerned
   *[other] { NUMBER($cases) } cases concerned
}
audit-detail-rules-refused = { $reason }
audit-detail-rules-refused-unworded = The file could not be read, or the reason it was refused was not recorded.
audit-rotation-slot-removed = after a member was removed
audit-rotation-requested = on request
audit-rotation-recovery-key-replaced = with a new recovery key
audit-part-question = question “{ $question }”
audit-part-notes = notes
audit-part-appointments = appointments
audit-part-closed-on = case closing
audit-part-consent = consent
audit-part-interview-person-language = interview language
audit-document-letter = letter to the prefect (PDF)
audit-document-support-letter = support letter (PDF)
audit-document-checklist = document checklist (PDF)
audit-document-consent = consent record (PDF)
audit-detail-printed = { $document }, printed (no file written)
audit-detail-with-rules = { $what } — rules { $version }
audit-action-store-created = Vault created
audit-action-unlock = Unlocked
audit-action-key-file-restored = Key file put back
audit-action-unlock-failed = Failed unlocks
audit-action-passphrase-changed = Passphrase changed
audit-action-case-created = Case created
audit-action-case-viewed = Case viewed
audit-action-case-edited = Case edited
audit-action-case-exported = Case exported (unencrypted)
audit-action-case-handed-over = Case handed over (encrypted)
audit-action-case-received = Case received
audit-action-case-deleted = Case deleted
audit-action-backup-made = Backup made
audit-action-backup-verified = Backup verified
audit-action-restored = Vault restored
audit-action-slot-added = Member added
audit-action-recovery-key-replaced = New recovery key
audit-action-slot-removed = Member removed
audit-action-key-rotated = Data key changed
audit-action-audit-exported = Log exported
audit-action-settings-changed = Settings changed
audit-action-report-written = Activity report written
audit-action-rules-imported = Legal rules updated
audit-action-rules-rolled-back = Back to the previous rules
audit-action-rules-refused = Rule pack refused

## Case
case-back = ← All cases
case-dates = Created on { $created }, changed on { $updated }.
case-saved = Saved.
case-saved-consent-unsaved = Saved. The consent choices you changed are not saved yet: click “Save” below the table.
case-status-title = Follow-up
case-open = Follow-up ongoing.
case-closed = Case closed on { $date }.
case-closed-on = Close as of
case-close = Close the case
case-reopen = Reopen
case-closed-hint = A case closed for longer than the retention period is proposed for deletion.
consent-title = Consent
consent-intro = What the person agrees to, for each use, after receiving the notice in their language.
consent-storage = Keeping their file
consent-prefecture = Sending to the prefecture
consent-lawyer = Sending to a lawyer or another association
consent-not-asked = Not asked yet
consent-status-given = Agreed
consent-status-refused = Refused
consent-status-withdrawn = Withdrawn
consent-language = Notice language
consent-date = date of the answer
consent-notice-version = Consent notice, version { $version }.
consent-storage-withdrawn = The person refuses or withdrew their agreement to keeping their file: it must be deleted.
consent-step-storage-refused = The person does not agree to the association keeping their case: record nothing more. Tell them what the association can do for them without a case, then delete this one (the “File” tab of the case page).
case-storage-refused-go = Delete the case (the “File” tab)
case-file-date-hint = Dates as dd/mm/yyyy; a date left empty is today’s.
consent-export = Save the notice and the choices as PDF
consent-print = Print the notice and the choices
consent-language-choose = — choose —
consent-language-hint = The printed notice is in French and, beside it, in this language (in French alone when that language is French). The one proposed at first is the language chosen for the side-by-side interview.
consent-language-none = The notice exists in none of the person’s languages: choose a language they read.
consent-language-unknown = Their languages are not recorded yet: choose a language they read. The notice is printed in French and in that language (in French alone when that language is French).
consent-step-intro = Before any question: read them the notice, in French and in their language, then record their choice for each use. Saying no changes nothing in the help they get.
consent-step-choices = Their choices
consent-step-save = Save their choices
consent-step-saved = Their choices are saved.
consent-step-keys = Each choice is saved at once. Alt+→: next step.
consent-export-hint = The document shows the recorded choices, in French and in the notice’s language, with room for two signatures; it carries no name. Printed before asking, its boxes are left to tick by hand.
handover-title = Hand the case over
handover-intro = For another association or a lawyer who uses Passerelle. The case is encrypted in a file; agree on the passphrase in person or by phone, never in the same message as the file.
handover-refused = The person refused, or withdrew, their agreement to their file being passed to a lawyer or another association: it cannot be passed on. If it is given, record it above, under “Consent”.
handover-passphrase = Agreed passphrase
handover-export = Save the encrypted case…
handover-exported = Encrypted case saved and verified.
handover-dialog-title = Handed-over case
handover-file-name = case-{ $date }.enc
case-delete-title = Delete the case
case-delete-intro = Deletion is final: the case is erased from the vault and its working files. Backups already made still hold it.
case-delete = Delete…
case-delete-confirm = Delete { $name }’s case for good?
case-delete-check = I understand this deletion cannot be undone.
case-delete-final = Delete for good

## Receiving a handed-over case
handover-import-open = Receive a case…
handover-import-title = Receive a handed-over case
handover-import-intro = Choose the file you received and type the passphrase agreed with the sender.
handover-import = Choose the file and receive…

## Retention
retention-title = Retention
retention-intro = Cases closed for too long, and those whose person withdrew their agreement, are proposed for deletion. Nothing is deleted without your confirmation.
retention-candidates-title = Cases to delete
retention-none = No case to delete.
retention-col-reason = Reason
retention-reason-closed = Closed on { $date }
retention-reason-consent = Agreement withdrawn or refused
retention-deleted = The case was deleted.
retention-setting-title = Retention period
retention-months = Propose deleting cases closed for (months)
retention-months-hint = 0: propose nothing for closed cases. Cases whose agreement was withdrawn are always proposed.

## After an unlock with the recovery key (recovery.js)
recovery-new-passphrase-title = Choose a new passphrase
recovery-new-passphrase-intro = You opened the vault with the recovery key. If the passphrase is forgotten, choose a new one now: it will open the vault from then on. The recovery key stays valid: put it back somewhere safe.
recovery-new-passphrase-for = For:
recovery-new-passphrase-save = Save the new passphrase
recovery-new-passphrase-later = Later
recovery-new-passphrase-saved-title = New passphrase saved
recovery-new-passphrase-saved = The new passphrase will open the vault from the next unlock. The old one no longer opens it.
recovery-new-passphrase-saved-key = The recovery key stays valid: put it back somewhere safe.
recovery-new-passphrase-continue = Continue

## Key file put back at unlock
key-file-restored = { $was ->
        [missing] The vault’s key file was missing
        [tampered] The vault’s key file had been changed outside Passerelle
       *[damaged] The vault’s key file was damaged
    }: Passerelle put its last good copy back in its place, and the vault opened normally. If nobody copied or restored Passerelle’s files on this computer, someone may have tried to reach the vault: tell the person in charge.
key-file-restored-link = See the log
key-file-restored-dismiss = Close this message

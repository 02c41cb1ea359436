# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in their language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.

consent-notice-title = Your information and your agreement
consent-notice-intro = { $association } is helping you with your applications. To do this, we write down information about you: who you are, your situation and the documents in your file. You can say yes or no to each use below. Saying no changes nothing in the help we give you.
consent-notice-storage = Keeping your file: your information is stored, encrypted, on the association’s computer. Only the team members who help you can read it.
consent-notice-prefecture = Sending information to the prefecture: only what your residence permit application needs, and only when you agree.
consent-notice-lawyer = Passing your file to a lawyer or another association: only if you ask for it or agree to it.
consent-notice-rights = You can ask to see your information, to correct it or to delete it, at any time.
consent-notice-withdraw = You can take back your agreement whenever you want, just by telling the person who helps you. If you take back your agreement to keep your file, it will be deleted.

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association } is helping you with your applications. To do this, we write down information about you: who you are, your situation and the documents in your file. You can say yes or no to each use below. Saying no changes nothing in the help we give you.
consent-notice-prefecture-2 = Sending information to the prefecture: only what your residence permit application needs, and only when you agree.
consent-notice-lawyer-2 = Passing your file to a lawyer or another association: only if you ask for it or agree to it.
consent-notice-rights-2 = You can ask to see your information, to correct it or to delete it, at any time.

# Consent notice, versions 1 and 2 (model::case::consent_notice_ids).
# Read out and handed to the person in her language; printed later by the PDF engine.
# New wording = a new version: do not edit these texts, add new ones.
# Translated by a developer: to be reviewed by a native speaker.

consent-notice-title = 您的信息和您的同意
consent-notice-intro = { $association }正在帮助您办理各项手续。为此，我们会记录有关您的信息：您是谁、您的处境以及您档案中的证件。对于下面每一种用途，您都可以说同意或不同意。说不同意，不会改变我们给您的任何帮助。
consent-notice-storage = 保存您的档案：您的信息经过加密，保存在协会的电脑上。只有帮助您的团队成员才能查看。
consent-notice-prefecture = 向省政府（préfecture）发送信息：只发送您的居留申请所需要的内容，而且只在您同意时发送。
consent-notice-lawyer = 把您的档案转交给律师或其他协会：只在您要求或同意时才这样做。
consent-notice-rights = 您可以随时要求查看、更正或删除您的信息。
consent-notice-withdraw = 您可以随时撤回您的同意，只要告诉帮助您的人就可以。如果您撤回对保存档案的同意，您的档案将被删除。

# Version 2: four paragraphs reworded in Arabic and Bulgarian, which addressed the person in
# one gender; here the same text as version 1. Title, storage and withdraw stand in both versions.
consent-notice-intro-2 = { $association }正在帮助您办理各项手续。为此，我们会记录有关您的信息：您是谁、您的处境以及您档案中的证件。对于下面每一种用途，您都可以说同意或不同意。说不同意，不会改变我们给您的任何帮助。
consent-notice-prefecture-2 = 向省政府（préfecture）发送信息：只发送您的居留申请所需要的内容，而且只在您同意时发送。
consent-notice-lawyer-2 = 把您的档案转交给律师或其他协会：只在您要求或同意时才这样做。
consent-notice-rights-2 = 您可以随时要求查看、更正或删除您的信息。

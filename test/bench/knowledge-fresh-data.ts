// A fourth set for the knowledge-base evaluation, written on 2026-11-29 (issue 16, fourth
// round) after the third round's changes and never tuned on: questions for the site, and a
// second knowledge base in another domain (a project-management app's help centre), so that
// the figures also say how retrieval does on somebody else's articles. A miss here is real.
import type { KnowledgeDocument } from '@attune/core/offline';
import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** Fresh questions for the Parcelwise help centre, each with the article slugs that answer it. */
export const freshSiteQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['do u guys ship to germany', 'delivery-areas'],
  ['how much does it cost to return a sofa', 'return-an-item'],
  ['my discount code says expired', 'gift-cards-and-promo-codes'],
  ['i need to change the delivery address on an order i just placed', 'change-or-cancel-order'],
  ['Why is there a pending charge on my account when I cancelled my order?', 'charged-twice'],
  ['The handle snapped off my new frying pan', 'item-arrived-damaged', 'warranty-claim'],
  ['how often should I oil my chopping board', 'care-wooden-boards'],
  ['How do I get a VAT receipt for my company?', 'download-vat-invoice', 'business-invoice-details'],
  ['Can I choose a delivery day?', 'delivery-options-and-costs'],
  ["the courier left my parcel in the rain and now it's soaked", 'item-arrived-damaged'],
  ['I ordered 4 glasses but only got 3', 'missing-items'],
  ['Do I need to print a return label?', 'return-an-item'],
  ['how long is the free trial of plus', 'what-is-parcelwise-plus'],
  ["I didn't mean to sign up for Plus, can I get my money back?", 'cancel-or-pause-plus'],
  ["the app says there's an error when I try to log in", 'cannot-sign-in', 'app-crashes-or-will-not-load'],
  ['Can I pay with a gift card and a credit card together?', 'gift-cards-and-promo-codes', 'payment-methods'],
  ['Is it possible to change my name on my account', 'change-email-or-details'],
  ['my verification code never arrives by text', 'two-step-verification'],
  ['Do you deliver on Saturdays?', 'delivery-options-and-costs'],
  ['Can I exchange something I bought in the sale?', 'exchange-an-item', 'non-returnable-items'],
  ['the linen sheets went all bobbly after washing', 'care-linen-bedding'],
  ['My skillet has black flakes coming off', 'care-cast-iron'],
  ['How do I turn on notifications for delivery updates?', 'app-notifications'],
  ['is my data shared with third parties', 'download-or-delete-your-data', 'marketing-and-cookies'],
  ["what's the number to call about an order", 'contact-us'],
  [
    'the delivery man says he tried to deliver but I was home all day',
    'delivered-but-not-received',
    'delivery-is-late',
  ],
  ['how many instalments does klarna split it into', 'pay-with-klarna'],
  [
    'my mattress topper arrived and I changed my mind, can I return it?',
    'non-returnable-items',
    'return-an-item',
  ],
  ['is the warranty still valid if I lost my receipt', 'warranty-claim'],
  ['I want to close my Parcelwise account', 'download-or-delete-your-data'],
]);

/** Fresh questions the help centre does not answer, several in the shop's own words. */
export const freshOffTopicQuestions: readonly string[] = [
  'how do I cancel my phone contract',
  "what's the delivery charge for Tesco groceries",
  'how do I reset my Gmail password',
  'is it going to rain this weekend',
  'how do I return a rental car',
  "what's a good gift for my dad",
  'who makes the best vacuum cleaners',
  'how do I apply for a mortgage',
];

/** Somebody else's knowledge base: the help centre of Brightdesk, a project-management app. */
export const appDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'inviting-teammates',
    title: 'Inviting teammates to your workspace',
    tags: ['invite', 'members', 'roles'],
    body: `Admins can invite people from Settings > Members by entering their email addresses. Each person gets an email with a link to join.

Choose a role for each person:
- Admin: manages members, billing and settings.
- Member: creates and edits projects and tasks.
- Guest: sees only the projects they are added to, and cannot see the rest of the workspace.

The Free plan allows up to 5 members; guests are free on every plan.`,
  },
  {
    id: 'plans-and-billing',
    title: 'Plans and billing',
    tags: ['pricing', 'pro', 'business', 'invoice'],
    body: `Brightdesk has three plans. Free is for teams of up to 5. Pro costs $8 per user per month and adds timelines and unlimited projects. Business costs $15 per user per month and adds single sign-on and audit logs.

Paying annually saves 20%. You can switch plans at any time from Settings > Billing; we charge or credit the difference pro rata.

Invoices are emailed to the billing contact each month and can be downloaded from Settings > Billing > Invoices.`,
  },
  {
    id: 'exporting-data',
    title: 'Exporting your data',
    tags: ['export', 'csv', 'backup'],
    body: `You can export a project's tasks as a CSV or JSON file from the project menu > Export. To export the whole workspace, go to Settings > Export; we email you a link when the file is ready.

Attachments are exported separately as a ZIP archive. Exports include comments, assignees and due dates.`,
  },
  {
    id: 'integrations',
    title: 'Connecting Slack and Google Calendar',
    tags: ['integrations', 'slack', 'calendar'],
    body: `Connect Slack from Settings > Integrations to get task updates in a channel and create tasks from messages.

Connect Google Calendar to show tasks with due dates on your calendar. Changes to a due date in Brightdesk appear in the calendar within a few minutes.`,
  },
  {
    id: 'sign-in-and-2fa',
    title: 'Resetting your password and two-factor login',
    tags: ['password', 'login', '2fa', 'authenticator'],
    body: `To reset your password, click Forgot password on the sign-in page and follow the link we email you. The link works for one hour.

If you lost the device with your authenticator app, sign in with one of the backup codes you saved when you turned on two-factor login, or ask a workspace admin to reset two-factor login for you.`,
  },
  {
    id: 'deleting-a-workspace',
    title: 'Deleting a workspace',
    tags: ['delete', 'workspace', 'restore'],
    body: `Only the workspace owner can delete a workspace, from Settings > General > Delete workspace. Every member loses access straight away.

A deleted workspace can be restored by the owner for 30 days from Settings on the sign-in page; after that it is removed for good with all its projects.`,
  },
  {
    id: 'keyboard-shortcuts',
    title: 'Keyboard shortcuts',
    tags: ['shortcuts', 'keyboard', 'hotkeys'],
    body: `Press ? anywhere to see every shortcut.

- N: create a new task.
- /: search.
- E: edit the selected task.
- Ctrl+Enter: save and close.`,
  },
  {
    id: 'offline-mode',
    title: 'Working offline and syncing',
    tags: ['offline', 'sync', 'mobile'],
    body: `The mobile apps work without a connection: you can read and edit your tasks, and your changes are saved on the device.

When you are back online, Brightdesk syncs your changes. If someone else changed the same task meanwhile, both versions are kept and the task shows a conflict for you to resolve.`,
  },
];

/** Questions for the Brightdesk base, each with the document ids that answer it. */
export const appQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['how do I add my colleague to our workspace', 'inviting-teammates'],
  ['what does pro cost per person', 'plans-and-billing'],
  ['can I get my tasks out as a spreadsheet', 'exporting-data'],
  ['does it work with slack', 'integrations'],
  ["I can't remember my password", 'sign-in-and-2fa'],
  ['I lost my phone with the authenticator app on it', 'sign-in-and-2fa'],
  ['how do I permanently remove our team space', 'deleting-a-workspace'],
  ['shortcut to create a new task?', 'keyboard-shortcuts'],
  ['will my changes save if I have no internet', 'offline-mode'],
  ['is there a discount if we pay yearly', 'plans-and-billing'],
  ['can guests see all our projects', 'inviting-teammates'],
  ['how do i get my google calendar to show due dates', 'integrations'],
  ['I deleted our workspace by accident, can I get it back?', 'deleting-a-workspace'],
  ['download all attachments at once', 'exporting-data'],
  ['my edits on the train disappeared after syncing', 'offline-mode'],
  ['where do I find our invoices', 'plans-and-billing'],
]);

/** Questions the Brightdesk base does not answer. */
export const appOffTopicQuestions: readonly string[] = [
  'how do I cancel my spotify premium',
  "what's the weather in Berlin",
  'recommend a laptop for programming',
  'how do I reset my router',
  'how to write a cover letter',
];

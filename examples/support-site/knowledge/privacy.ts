import { article, type SupportArticle } from './support-article';

/** Articles about personal data and privacy choices. */
export const privacyArticles: readonly SupportArticle[] = [
  article({
    slug: 'download-or-delete-your-data',
    title: 'Downloading or deleting your data',
    category: 'Privacy & data',
    tags: ['gdpr', 'data', 'delete account', 'download data', 'personal data', 'close account', 'privacy'],
    questions: [
      'delete my account',
      'what data do you keep about me',
      'GDPR request',
      'erase my personal information',
      'get a copy of my data',
    ],
    body: `You can download a copy of the personal data we hold about you, or delete your account, at any time.

To download your data, go to Account > Privacy > Download my data. We prepare a file with your profile, addresses, orders, returns, reviews and communication preferences, and email you a link within 48 hours. The link works for 7 days.

To delete your account, go to Account > Privacy > Delete account and confirm with your password. Your account is closed straight away, and permanently deleted after 30 days. If you change your mind within those 30 days, sign in again and the deletion is cancelled.

Before you delete your account, please note:

- Any open orders, returns or refunds must be finished first.
- Gift card balances and Parcelwise Plus membership are lost when the account is deleted, so use them or cancel the membership first.
- We must keep order and invoice records for 6 years for tax purposes, even after deletion, but they are no longer linked to a profile you can sign in to.

For any other request about your data, contact our data protection team at privacy@parcelwise.example. We answer within one month, as the law requires.

## Technical details

The export is a ZIP file containing JSON files, one per type of data, and CSV copies of your orders and returns for spreadsheets. Deletion removes your data from our live systems within 30 days and from encrypted backups within a further 90 days.`,
  }),
  article({
    slug: 'marketing-and-cookies',
    title: 'Managing marketing emails and cookies',
    category: 'Privacy & data',
    tags: ['unsubscribe', 'marketing emails', 'newsletter', 'cookies', 'spam', 'communication preferences'],
    questions: [
      'unsubscribe from emails',
      'stop marketing messages',
      'manage cookie settings',
      'too many emails from you',
      'opt out of offers',
      'do you sell or share my data with other companies',
      'do you pass my details to third parties',
    ],
    body: `You decide which messages you get from us. Service messages, such as order confirmations, delivery updates and refunds, are always sent because you need them. Marketing, such as offers, new collections and our newsletter, is only sent if you have agreed to it.

To change what you receive, go to Account > Communication preferences. You can switch email, text message and app notifications on or off separately. Every marketing email also has an Unsubscribe link at the bottom, which works without signing in. Changes take effect within 48 hours, so you may get one more email that was already on its way.

We use cookies on our website. Essential cookies keep your basket and sign-in working and cannot be turned off. Analytics cookies help us improve the site, and advertising cookies let us show you relevant adverts on other websites. Both are off unless you accept them.

To change your choice, select Cookie settings at the bottom of any page. Your choice is saved for 12 months on that browser, after which we ask again.

We never sell your personal data. You can read exactly what we collect and why in our privacy policy, linked at the bottom of every page.`,
  }),
];

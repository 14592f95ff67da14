// A sixth set for the knowledge-base evaluation, written on 2026-11-29 after every change of the
// third round and measured once, with nothing changed for it: the last estimate here of how the
// offline model does on site questions nobody has seen.
import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** Last questions for the Parcelwise help centre, each with the article slugs that answer it. */
export const lastSiteQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['hi, can I still return the rug I bought 5 weeks ago?', 'return-an-item'],
  ['is delivery free if I spend enough', 'delivery-options-and-costs'],
  ['the glass on my picture frame is cracked, it came like that', 'item-arrived-damaged'],
  ["my card keeps getting rejected and I don't know why", 'payment-declined'],
  ['how do I get a refund for the delivery charge', 'refund-timing'],
  ['I paid with paypal, when will I see my refund', 'refund-timing'],
  ["what's the difference between plus and normal delivery", 'what-is-parcelwise-plus'],
  ['I want to stop paying for Plus', 'cancel-or-pause-plus'],
  ['can I change my order after I paid', 'change-or-cancel-order'],
  ['my parcel has been stuck at the depot for 4 days', 'delivery-is-late'],
  ["the app won't let me log in even with the right password", 'cannot-sign-in'],
  ['how do I get codes from an authenticator instead of texts', 'two-step-verification'],
  ['can I put a gift card towards part of my order', 'gift-cards-and-promo-codes'],
  ['how do I keep my wooden salad bowl from drying out', 'care-wooden-boards'],
  ['can I iron linen pillowcases', 'care-linen-bedding'],
  ['do you send to Spain', 'delivery-areas'],
  ['can someone help me carry the wardrobe to the second floor', 'large-item-delivery'],
  ['my order came with the wrong colour cushion', 'exchange-an-item', 'missing-items'],
  ['can you send me a receipt with VAT shown', 'download-vat-invoice'],
  ['how do I delete the app data you store', 'download-or-delete-your-data'],
]);

/** Last questions the help centre does not answer. */
export const lastOffTopicQuestions: readonly string[] = [
  'how do I unblock a sink',
  'what time is it in New York',
  'can you order me a taxi',
  'how do I return a parcel to Amazon',
  'which paint colour goes with grey sofas',
];

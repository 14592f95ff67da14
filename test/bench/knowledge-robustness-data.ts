// A third set for the knowledge-base evaluation, written on 2026-11-29 (issue 16, third round)
// before the changes it measures, and used while developing them (a dev set, unlike the blind
// set the lead keeps): long and angry messages with the question inside, missing spaces,
// American spelling, abbreviations, and off-topic questions that share the shop's everyday
// words ("subscription", "refund", "password") but are about something it does not sell.

import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** Dev questions for the Parcelwise help centre, each with the article slugs that answer it. */
export const robustnessSiteQuestions: readonly AnsweredQuestion[] = answeredBy([
  [
    "I ordered a lamp on monday, paid extra for next day delivery and it STILL isn't here. Nobody replies to my emails. This is the worst service I've had. When is it actually going to arrive?",
    'delivery-is-late',
    'track-your-order',
  ],
  ['trackmy order', 'track-your-order'],
  ['how do i cancelmy order', 'change-or-cancel-order'],
  ['can i exchange my rug for a different color', 'exchange-an-item'],
  ['do you accept venmo or paypal', 'payment-methods'],
  ['Whats the phone number for customer service', 'contact-us'],
  ['The mugs I received are chipped', 'item-arrived-damaged'],
  ["I've been waiting 2 weeks for my refund, where is it?", 'refund-timing'],
  ['is there a fee for sending stuff back', 'return-an-item'],
  ['my favorite pan got rusty spots, how do I fix it', 'care-cast-iron'],
  [
    'Hello, I placed an order yesterday and realised I used my old address. Is it too late to fix it?',
    'change-or-cancel-order',
  ],
  ["parcel shows as delivered but it's not on my porch or with the neighbors", 'delivered-but-not-received'],
  ['i never received the code to log in, the text message doesnt come', 'two-step-verification'],
  ['Can I get a copy of my receipt for my accountant', 'download-vat-invoice'],
  ['do you charge for shipping to scotland', 'delivery-areas', 'delivery-options-and-costs'],
  ['how many days do I have to return something', 'return-an-item'],
  ["can i return a candle I've lit", 'non-returnable-items'],
  ['is the plus membership billed monthly or yearly', 'plus-billing'],
  ['what happens to my membership perks if I pause it', 'cancel-or-pause-plus'],
  ['my kettle has a leak after 6 months of use', 'warranty-claim'],
  ['app keeps closing by itself on android', 'app-crashes-or-will-not-load'],
  ['the checkout keeps saying my card was refused', 'payment-declined'],
  ['I was billed two times for the same order', 'charged-twice'],
  ['Are there any promo codes right now?', 'gift-cards-and-promo-codes'],
  ['can the delivery guys put the sofa together for me', 'large-item-delivery'],
  ['I wanna close my account for good', 'download-or-delete-your-data'],
  ['how do I stop getting promotional texts', 'marketing-and-cookies'],
  ['washing instructions for linen sheets pls', 'care-linen-bedding'],
  ['is my bread board dishwasher safe', 'care-wooden-boards'],
  ["i got someone else's order", 'missing-items'],
  [
    "Honestly I'm done. Third email. The box arrived soaking wet and the cushions inside are ruined. I want a replacement or a refund, whichever is faster.",
    'item-arrived-damaged',
  ],
  ['How do I setup 2 step verification', 'two-step-verification'],
  ['cant remember my password', 'reset-your-password'],
  ["what's the cheapest delivery option", 'delivery-options-and-costs'],
]);

/** Dev off-topic questions that share the shop's everyday words: each must be declined. */
export const robustnessOffTopicQuestions: readonly string[] = [
  'how do I cancel my netflix subscription',
  'how do I return a library book',
  'how do I change the oil in my car',
  'How do I pay my council tax?',
  'how long does pizza delivery usually take',
  'reset my wifi password',
  'how do I update my iPhone software',
  'can I get a refund on my train ticket',
  'what are the opening hours of the post office',
  'how do I apply for a credit card',
];

import { article, type SupportArticle } from './support-article';

/** Articles about returns and refunds. */
export const returnArticles: readonly SupportArticle[] = [
  article({
    slug: 'return-an-item',
    title: 'How to return an item',
    category: 'Returns & refunds',
    tags: ['return', 'send back', 'return label', 'qr code', 'drop off', 'collection', 'returns policy'],
    questions: [
      'how do I send something back',
      'return policy',
      'how long do I have to return',
      'returns drop-off points',
      'do I need a printer to return',
      'I changed my mind, can I send it back',
      "I don't want it any more, can I return it",
    ],
    body: `You can return most items within 30 days of delivery, or 60 days if you are a Parcelwise Plus member. Returning a parcel is free.

1. Open Orders and select the order.
2. Choose Return items, select the items and tell us why you are returning them.
3. Pick drop-off or collection. For drop-off we give you a QR code.
4. Pack the items securely, ideally in their original packaging.
5. Take the parcel and the QR code to any Swiftline drop-off point within 14 days.

There are more than 4,000 Swiftline drop-off points across the UK, including shops and parcel lockers, and you do not need to print anything: the shop scans the QR code from your phone and prints the label for you. Keep your receipt until your refund arrives.

Large items, such as furniture, are collected from your home. Collection costs £15, which is taken from your refund, and it is free for Parcelwise Plus members and for faulty items.

Items should be unused and in a condition we can sell again. Some items cannot be returned for hygiene or other reasons; see our article on items that cannot be returned. Faulty items can always be returned, even after 30 days, under our 2-year guarantee.`,
  }),
  article({
    slug: 'refund-timing',
    title: 'When will I get my refund?',
    category: 'Returns & refunds',
    tags: [
      'refund',
      'money back',
      'refund status',
      'how long',
      'credit note',
      'refund not received',
      'late refund',
    ],
    questions: [
      'when will my money come back',
      'refund still not received',
      'how long does a refund take',
      'refund status',
      'has my refund been processed',
      'still waiting for my refund',
      'my refund is taking ages',
      "my return still says Sent and there's no refund yet",
      'what do Sent, Received and Checked mean on a return',
    ],
    body: `We check every return within 5 working days of it reaching our warehouse, and we email you as soon as the refund is on its way. You can follow each step in Orders > Returns, where a return shows as Sent, Received, Checked and then Refunded.

Refunds always go back to the way you paid:

- Cards, Apple Pay and Google Pay: your bank usually shows the money within 3 to 5 working days.
- PayPal: within 24 hours.
- Klarna: Klarna reduces or cancels your remaining payments, or refunds what you already paid.
- Gift cards: we send a new e-gift card for the refunded amount.

Delivery charges are refunded when you return the whole order within 14 days of delivery, or when an item was faulty or sent in error. If you return only part of an order, the original delivery charge is not refunded.

If it has been more than 10 working days since you dropped off the parcel and the return still is not marked as Received, contact us with the Swiftline receipt and we will trace it. A refund marked as Refunded but not on your statement after 5 working days is best checked with your bank, quoting the refund reference in our email.`,
  }),
  article({
    slug: 'non-returnable-items',
    title: 'Items that cannot be returned',
    category: 'Returns & refunds',
    tags: ['non-returnable', 'hygiene', 'personalised', 'final sale', 'made to measure', 'exceptions'],
    questions: [
      "what can't be returned",
      'is an opened pillow or duvet returnable',
      'engraved or personalised products',
      'final sale products',
      'hygiene rules for returns',
      'can I return something with a name printed on it',
    ],
    body: `Most items can be returned within 30 days, or 60 days with Parcelwise Plus, but a few cannot be returned unless they are faulty:

- Personalised items, such as engraved chopping boards and monogrammed towels.
- Made-to-measure items, such as curtains and blinds cut to your size.
- Pillows, duvets and mattress toppers once they have been taken out of their sealed packaging, for hygiene reasons.
- Candles, diffusers and room sprays once their seal has been opened.
- Gift cards.
- Clearance items marked Final sale on the product page.

These exceptions never apply to faulty items. If something is faulty, damaged or not as described, you can return it for a full refund, including delivery, whatever it is.

Bedding such as duvet covers and sheets can be returned if it is unused and you keep the original packaging, even if the packaging has been opened to check the colour.

Products bought from other sellers through Parcelwise Marketplace follow that seller's return rules, which are shown on the product page. Your legal rights under the Consumer Rights Act are not affected by any of these exceptions.`,
  }),
];

import { article, type SupportArticle } from './support-article';

/** Articles about the product guarantee. */
export const warrantyArticles: readonly SupportArticle[] = [
  article({
    slug: 'warranty-claim',
    title: 'Our guarantee and making a warranty claim',
    category: 'Warranty',
    tags: [
      'warranty',
      'guarantee',
      'faulty',
      'stopped working',
      'repair',
      'claim',
      'defect',
      'non-stick coating peeling',
    ],
    questions: [
      'my product stopped working',
      'is there a guarantee',
      'repair a faulty item',
      'make a warranty claim',
      'item broke after a few months',
    ],
    body: `Everything we sell has a 2-year Parcelwise guarantee against manufacturing faults, starting on the day it is delivered. Our own Hearth cookware and the frames of Parcelwise own-brand furniture are guaranteed for 5 years.

The guarantee covers faults in materials and workmanship, such as a kettle that stops heating, a wobbly chair joint or a pan whose coating peels under normal use. It does not cover normal wear and tear, accidental damage, or damage from not following the care instructions, for example putting a wooden board in the dishwasher.

To make a claim:

1. Go to Help > Warranty claim, or open the order and choose Report a problem.
2. Enter the order number and choose the item.
3. Describe the fault and add photos or a short video.

We reply within 3 working days. Depending on the fault, we repair the item, replace it, or refund it. If a replacement is no longer sold, we offer a similar product or a refund. You never pay for collection or delivery on a successful claim.

If you have lost your order details, that is fine: sign in and we can find the order in your account. Items bought as gifts can be claimed by the person who received them, with the gift receipt or the order number.`,
  }),
];

import { article, type SupportArticle } from './support-article';

/** Articles about parcels that are late, lost or damaged. */
export const deliveryProblemArticles: readonly SupportArticle[] = [
  article({
    slug: 'delivered-but-not-received',
    title: 'My parcel says delivered but I have not received it',
    category: 'Delivery problems',
    tags: ['not received', 'marked as delivered', 'lost parcel', 'stolen', 'safe place', 'neighbour'],
    questions: [
      "tracking says delivered but I don't have it",
      "my parcel was left somewhere I can't find",
      "neighbour didn't get my parcel",
      'package marked delivered never arrived',
      "the delivery photo isn't my house",
      'the photo on my tracking shows somewhere else',
      'tracking says handed to resident but I have not got it',
    ],
    body: `Sometimes a parcel is marked as delivered a little before it actually arrives, or it is left somewhere you did not expect. Before reporting it, please check:

- the delivery photo in the tracking page, which shows where the driver left it;
- your safe place, porch, bins and garden;
- with your neighbours, in case one of them took it in;
- your post box or building reception, for smaller parcels.

Drivers sometimes scan a parcel as delivered before the last stop, so wait until the end of the day if it was marked delivered in the afternoon.

If you still cannot find it, report it within 14 days of the delivery date. Open Orders, select the order, choose Report a problem and pick Parcel not received. We open an investigation with Swiftline straight away and reply within 2 working days.

Once the investigation is done, we send you a replacement or a full refund, whichever you prefer. You do not need to contact Swiftline yourself. If the parcel turns up later, let us know and we will either cancel the replacement or send you a free return label.`,
  }),
  article({
    slug: 'item-arrived-damaged',
    title: 'My item arrived damaged',
    category: 'Delivery problems',
    tags: ['damaged', 'broken', 'arrived broken', 'cracked', 'faulty on arrival', 'dented'],
    questions: [
      'my order arrived broken',
      'the product was damaged in transit',
      'the box was crushed and the item is broken',
      'something came cracked',
      'item broken on arrival, what do I do',
    ],
    body: `We are sorry if something arrived damaged. Report it within 48 hours of delivery so we can put it right quickly.

1. Take photos of the damage, the item's box and the outer packaging.
2. Open Orders, select the order and choose Report a problem.
3. Pick Arrived damaged, select the item and upload the photos.

Keep the item and its packaging until we reply, which is usually the same working day. For broken glass, ceramics and other small items, you do not need to send anything back: we send a replacement or refund straight away and you can dispose of the item safely. For larger items, we arrange a free collection when we deliver the replacement.

If only a small part is damaged, such as a scratched table leg or a chipped lid, we may offer a spare part or a partial refund instead, but the choice is always yours.

If you notice damage after 48 hours, report it anyway. It will be handled under our 2-year guarantee instead, which usually takes a little longer.

If a large item looks damaged when the Home Delivery team arrives, you can refuse it on the spot and they will take it away.`,
  }),
  article({
    slug: 'delivery-is-late',
    title: 'My delivery is late',
    category: 'Delivery problems',
    tags: ['late', 'delayed', 'not arrived', 'no tracking update', 'stuck in transit', 'overdue'],
    questions: [
      'my parcel is taking ages',
      "order hasn't turned up yet",
      'the delivery date has passed',
      'my order is stuck in transit',
      'why is my order delayed',
      "the furniture delivery team didn't turn up in my slot",
      'the two-person team missed my delivery slot',
    ],
    body: `Most parcels arrive within the delivery time you chose: 3 to 5 working days for Standard delivery and the next working day for Next-day delivery. Weekends and bank holidays do not count as working days, and busy periods such as December can add a day or two.

First, check the tracking link in Orders. If the tracking has moved in the last 3 working days, the parcel is on its way and will usually arrive within 2 more working days.

If the tracking has not changed for 3 working days, report it: open Orders, select the order, choose Report a problem and pick Delivery is late. We ask Swiftline to trace the parcel and update you within 2 working days. If there is still no movement after 7 working days, we treat the parcel as lost and send a replacement or a full refund, whichever you prefer.

If you paid for Next-day or Nominated day delivery and the parcel arrived late, we refund the delivery charge. Parcelwise Plus members get a £5 credit instead. Both happen automatically within 3 working days, so you do not need to ask.

For large items, contact the Home Delivery team using the number in your booking text if they have not arrived by the end of your 4-hour slot.`,
  }),
];

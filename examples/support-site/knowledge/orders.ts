import { article, type SupportArticle } from './support-article';

/** Articles about placing, following and changing orders. */
export const orderArticles: readonly SupportArticle[] = [
  article({
    slug: 'track-your-order',
    title: 'Tracking your order',
    category: 'Orders',
    tags: ['track', 'tracking', 'order status', 'where is my order', 'dispatched', 'tracking number'],
    questions: [
      "where's my parcel",
      'when will my order arrive',
      'track my delivery',
      'has my order been sent',
      'order status',
      'what do Received, Preparing and Dispatched mean',
      'which courier delivers my parcel',
      'who delivers your parcels',
    ],
    body: `You can follow every order in Orders, in your account or in the app. Each order shows one of these statuses:

- Received: we have your order and payment is authorised.
- Preparing: our warehouse is picking and packing it. It can no longer be cancelled online.
- Dispatched: it has left our warehouse and the courier has it.
- Out for delivery: it will arrive today.
- Delivered: the courier has marked it as delivered.

Once your order is dispatched we email you a tracking link, and in the app you will also get a notification. Select Track parcel on the order to see where it is on the courier's website. Parcels are delivered by Swiftline; furniture and other large items are delivered by our own two-person Parcelwise Home Delivery team.

Tracking can take up to 24 hours to show the first scan after dispatch, so do not worry if the link shows no information at first. If an order has more than one parcel, each parcel has its own tracking link.

## Technical details

Order numbers start with PW followed by 7 digits, for example PW-4821930. Swiftline tracking numbers start with SW followed by 10 digits. Large-item deliveries have a booking reference starting with HD instead of a tracking number.`,
  }),
  article({
    slug: 'change-or-cancel-order',
    title: 'Changing or cancelling an order',
    category: 'Orders',
    tags: [
      'cancel order',
      'change order',
      'edit order',
      'wrong address',
      'change delivery address',
      'remove item',
    ],
    questions: [
      'I ordered the wrong thing',
      'cancel an order I just placed',
      'add something to my order',
      'remove an item from my order',
      'change my delivery address after ordering',
    ],
    body: `You can cancel an order, or change its delivery address, for free until its status changes to Preparing. This is usually about 1 hour after you order, and sometimes sooner in the evening.

To cancel, open Orders, select the order and choose Cancel order. You can cancel the whole order or single items. Your payment hold is released straight away, although your bank may take up to 5 working days to remove it from your statement.

To change the delivery address, choose Change address on the order and pick or add an address. You cannot add items to an order that has been placed; place a second order instead. Parcelwise Plus members still get free next-day delivery on the second order.

Once an order is Preparing, we can no longer stop it. You can refuse the delivery, or return the items for free once they arrive. You have 30 days from delivery to return them, or 60 days with Parcelwise Plus.

Large items booked for two-person delivery can be rescheduled up to 48 hours before the booked slot, using Change delivery slot on the order.`,
  }),
  article({
    slug: 'missing-items',
    title: 'Part of my order is missing',
    category: 'Orders',
    tags: ['missing item', 'incomplete order', 'not all items', 'separate parcels', 'wrong item'],
    questions: [
      'something is missing from my order',
      'I only received part of my order',
      'wrong item in my parcel',
      'not everything I ordered came',
      'one product was not in the box',
    ],
    body: `Larger orders are often sent in more than one parcel, and the parcels can arrive on different days. Your dispatch email tells you how many parcels to expect, and each one has its own tracking link in Orders. Before reporting a missing item, check whether it is in a parcel that has not arrived yet.

Small items are sometimes packed inside the box of a larger item, so check all the packaging carefully, including inside bedding and lampshade boxes.

If an item is still missing, or you received the wrong item, report it within 14 days of delivery:

1. Open Orders and select the order.
2. Choose Report a problem.
3. Pick Item missing or Wrong item, select the items and add a photo of what you received.

We will send the missing item on our fastest delivery option at no cost, or refund it if it is out of stock, usually within 2 working days. If you received the wrong item, we email you a free return label; you do not have to wait until it is back with us before we send the right one.`,
  }),
];

import { article, type SupportArticle } from './support-article';

/** Articles about delivery options, costs and areas. */
export const shippingArticles: readonly SupportArticle[] = [
  article({
    slug: 'delivery-options-and-costs',
    title: 'Delivery options and costs',
    category: 'Shipping',
    tags: ['delivery cost', 'shipping', 'next day', 'standard delivery', 'free delivery', 'nominated day'],
    questions: [
      'how much is shipping',
      'delivery prices',
      'next day delivery',
      'free delivery threshold',
      'choose a delivery date',
    ],
    body: `We offer three delivery options for parcels within mainland UK:

- Standard delivery: 3 to 5 working days, £3.95, free on orders over £50.
- Next-day delivery: £5.95 when you order by 21:00 Sunday to Thursday, delivered the next day between 7:00 and 21:00.
- Nominated day: £6.95, choose any day up to 14 days ahead, Monday to Saturday.

Parcelwise Plus members get free next-day delivery on every order, with no minimum spend.

Parcels are delivered by Swiftline. On the morning of delivery you get a text or email with a 1-hour delivery window, and you can choose a safe place, a neighbour, or redirect the parcel to a Swiftline pickup point from the link in that message.

Orders placed on Friday or Saturday with next-day delivery arrive on Monday. We do not deliver on Sundays or bank holidays, and delivery times do not include them.

Furniture and other large items have their own two-person delivery service and charge, explained in our article on delivery of large items.`,
  }),
  article({
    slug: 'large-item-delivery',
    title: 'Delivery of furniture and large items',
    category: 'Shipping',
    tags: ['furniture', 'large item', 'two-person delivery', 'sofa', 'delivery slot', 'assembly'],
    questions: [
      'how do you deliver furniture',
      'will they carry it inside',
      'do you assemble furniture',
      'delivery slot for a sofa',
      'two-man delivery',
    ],
    body: `Furniture and other large items, such as sofas, beds, wardrobes and rugs over 2 metres, are delivered by our own Parcelwise Home Delivery team. Delivery costs £24.95 per order, however many large items it contains, and takes 5 to 10 working days.

After you order, we text you within 2 working days with a link to book a 4-hour delivery slot, Monday to Saturday. On the morning of delivery you get a 1-hour window. Two people carry the item into the room of your choice, unpack it and take the packaging away for recycling.

Please measure doorways, stairs and corridors before you order; the product page lists the packaged size. If the team cannot get an item into your home safely, they will take it back and we will refund it in full, including delivery.

We can assemble beds, wardrobes and tables for £39 per item, booked at checkout or up to 48 hours before your slot. You can reschedule your slot up to 48 hours beforehand with Change delivery slot on the order.

Large items are delivered to mainland UK only. Returning a large item costs £15 for collection, or nothing with Parcelwise Plus.`,
  }),
  article({
    slug: 'delivery-areas',
    title: 'Where we deliver',
    category: 'Shipping',
    tags: [
      'international',
      'ship abroad',
      'overseas',
      'europe',
      'ireland',
      'highlands',
      'islands',
      'countries',
      'delivery area',
      'shetland',
      'orkney',
      'po box',
      'bfpo',
    ],
    questions: [
      'do you deliver internationally',
      'which countries do you ship to',
      'deliver to the islands',
      'do you ship outside the UK',
      'delivery to the Highlands',
    ],
    body: `We deliver parcels to every address in the UK, including the Scottish Highlands and islands, Northern Ireland, the Isle of Man and the Channel Islands. Orders to those areas use Standard delivery only and take 5 to 8 working days instead of 3 to 5. The price is the same: £3.95, or free over £50.

We also deliver parcels to the Republic of Ireland for £9.95 per order, in 5 to 7 working days. Prices on our site include UK VAT; for orders to Ireland, Irish VAT is applied at checkout instead, so the total may change slightly. There are no customs charges for Ireland because we ship from our Dublin partner warehouse.

We do not currently deliver to any other country, and we cannot send orders to parcel forwarding services.

Large items, such as furniture, are delivered to mainland UK only. If your address is outside that area, the checkout will tell you before you pay.

BFPO addresses can receive small parcels by Standard delivery. Delivery to PO boxes is not possible, because the courier needs a signature for some items.`,
  }),
];

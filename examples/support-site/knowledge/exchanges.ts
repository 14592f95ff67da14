import { article, type SupportArticle } from './support-article';

/** Articles about exchanging an item. */
export const exchangeArticles: readonly SupportArticle[] = [
  article({
    slug: 'exchange-an-item',
    title: 'Exchanging an item for a different size or colour',
    category: 'Exchanges',
    tags: ['exchange', 'swap', 'different size', 'different colour', 'replace', 'wrong size'],
    questions: [
      'swap for another size',
      'the wrong size arrived, can I change it',
      "I'd like it in a different colour",
      'exchange instead of a refund',
      'replace it with another one',
    ],
    body: `If you would like the same product in a different size or colour, an exchange is the quickest way to get it. Exchanges are free and follow the same time limits as returns: 30 days from delivery, or 60 days with Parcelwise Plus.

1. Open Orders and select the order.
2. Choose Exchange next to the item.
3. Pick the new size or colour. Only options in stock are shown.
4. Drop the item off at any Swiftline drop-off point using the QR code we give you.

We dispatch the new item as soon as the original is scanned at the drop-off point, so you do not have to wait for it to reach our warehouse. It is sent by Standard delivery, or next-day delivery for Parcelwise Plus members.

If the new option costs more, we charge the difference when you confirm the exchange; if it costs less, we refund the difference once the original item has been checked.

Each item can be exchanged once. If you want a different product altogether, return the item for a refund and place a new order. Large items cannot be exchanged online; contact us and we will arrange a swap on one visit, with the collection and the new delivery at the same time.`,
  }),
];

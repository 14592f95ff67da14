import { article, type SupportArticle } from './support-article';

/** Articles about invoices and receipts. */
export const invoiceArticles: readonly SupportArticle[] = [
  article({
    slug: 'download-vat-invoice',
    title: 'Downloading a VAT invoice',
    category: 'Invoices',
    tags: ['invoice', 'vat', 'receipt', 'pdf', 'download', 'tax'],
    questions: [
      'get a copy of my invoice',
      "where's my receipt",
      'download an invoice as PDF',
      'I need proof of purchase',
      'invoice showing VAT',
      "why can't I download my invoice yet",
      'no invoice for the order I just placed',
    ],
    body: `Every Parcelwise order comes with a VAT invoice that you can download as a PDF once the order has been dispatched. Before dispatch you can only see the order confirmation, which is not a tax invoice.

To download an invoice:

1. Sign in and open Orders.
2. Select the order.
3. Choose Download invoice at the bottom of the page.

If your order was sent in more than one parcel, you get one invoice per parcel, each listing only the items in that parcel. When you return something, we create a credit note automatically; it appears next to the invoice once your refund has been processed.

Invoices show the price of each item, the VAT at 20%, delivery charges and any discount. Parcelwise Plus membership receipts are kept separately in Account > Membership > Billing history.

## Technical details

Invoices are numbered INV- followed by the order number and the parcel number, for example INV-PW4821930-2. Credit notes use the prefix CRN-. Our VAT registration number, GB 318 4402 17, is printed on every invoice. PDFs are kept in your account for 6 years, as required by HMRC.`,
  }),
  article({
    slug: 'business-invoice-details',
    title: 'Adding company details or correcting an invoice',
    category: 'Invoices',
    tags: ['business', 'company name', 'vat number', 'invoice correction', 'address on invoice'],
    questions: [
      'add my business name to an invoice',
      'invoice addressed to my company',
      'change the address on my invoice',
      'my VAT number is missing from the invoice',
      'correct a mistake on my invoice',
    ],
    body: `If you buy for a business, you can have your company name and VAT number printed on your invoices. Add them before you order in Account > Billing details, under Company name and VAT number. The details are used for every order placed after you save them.

We cannot reissue an invoice with a different company name simply because the details were added later. However, we can correct a mistake on an invoice, such as a misspelt company name or a wrong billing address, within 30 days of the invoice date. Contact us with the order number and the correct details, and we will send you a corrected invoice within 2 working days.

For larger orders, over £2,000 including VAT, our business team can also invoice you before payment and accept a bank transfer. Email business@parcelwise.example with your company details and what you would like to order.

Business customers follow the same return rules as everyone else: you have 30 days from delivery, or 60 days with Parcelwise Plus. A credit note is issued automatically for every refund.`,
  }),
];

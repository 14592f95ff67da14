import { article, type SupportArticle } from './support-article';

/** Articles about paying for an order. */
export const paymentArticles: readonly SupportArticle[] = [
  article({
    slug: 'payment-methods',
    title: 'Payment methods we accept',
    category: 'Payments',
    tags: ['pay', 'card', 'paypal', 'apple pay', 'google pay', 'klarna', 'payment options'],
    questions: [
      'which cards do you accept',
      'can I use Apple Pay',
      'pay by PayPal',
      'payment options',
      'can I pay by bank transfer',
    ],
    body: `You can pay for Parcelwise orders with Visa, Mastercard, American Express and Maestro debit or credit cards, PayPal, Apple Pay, Google Pay, Klarna and Parcelwise gift cards. We do not accept cash on delivery, cheques or bank transfers.

You can save up to 5 cards to your account in Account > Payment methods, and choose one as your default. Saved cards are stored by our payment provider, never on our own servers, and we only ever see the last four digits.

Gift cards can be combined with any other payment method: enter the gift card first and pay the rest another way. You can use up to 3 gift cards on one order.

Klarna lets you split orders between £30 and £1,000 into 3 interest-free payments. Apple Pay and Google Pay appear at checkout only on devices and browsers that support them.

## Technical details

Every card payment goes through 3-D Secure 2 authentication, so your bank may ask you to approve the payment in its app or with a one-time code. We accept cards issued in the UK, the EU, the USA and Canada. Prepaid cards work if they support 3-D Secure; virtual cards from banking apps are treated like any other card.`,
  }),
  article({
    slug: 'payment-declined',
    title: 'Why was my payment declined?',
    category: 'Payments',
    tags: ['declined', 'payment failed', 'error', 'card refused', 'checkout problem', '3-d secure'],
    questions: [
      "my card isn't working at checkout",
      'payment was rejected',
      "why won't my payment go through",
      'error when paying',
      '3D Secure failed',
      'checkout says try again in 30 minutes',
      'too many attempts at checkout',
    ],
    body: `A declined payment usually means your bank or card provider stopped it, not that something is wrong with your Parcelwise account. Nothing is charged when a payment is declined, although your bank may briefly show a pending hold.

Before trying again, check that the card has not expired, that the billing address matches the one your bank has on file, and that you approved the payment in your banking app if you were asked to. Trying a different card or PayPal often solves the problem straight away.

If the same card keeps failing, call the number on the back of the card. Banks sometimes block online payments to a new shop as a fraud precaution, and they can lift the block in a minute.

After 3 failed attempts in 30 minutes, checkout is paused for your account for 30 minutes to protect you from card fraud. You can still use PayPal during that time.

## Technical details

The error code at checkout tells you what happened:

- PW-PAY-051: declined by the issuing bank, usually insufficient funds or a block on online payments.
- PW-PAY-054: the card has expired; update the expiry date in Account > Payment methods.
- PW-PAY-3DS: the 3-D Secure check failed or was not completed within 10 minutes.
- PW-PAY-AVS: the billing postcode does not match the card issuer's records.
- PW-PAY-LIM: too many attempts; checkout unlocks after 30 minutes.`,
  }),
  article({
    slug: 'pay-with-klarna',
    title: 'Paying in three instalments with Klarna',
    category: 'Payments',
    tags: ['klarna', 'instalments', 'pay later', 'split payment', 'finance'],
    questions: [
      'pay in instalments',
      'buy now pay later',
      'spread the cost of my order',
      'Klarna payment options',
      'pay in three payments',
    ],
    body: `With Klarna you can split a Parcelwise order between £30 and £1,000 into 3 interest-free payments. The first payment is taken at checkout and the other two follow 30 and 60 days later. There are no fees if you pay on time.

To use it, choose Klarna at checkout and follow the steps in the Klarna window. Klarna runs a soft credit check that does not affect your credit score, and it decides whether to approve the purchase. Parcelwise cannot see or change that decision.

If you return something, we tell Klarna as soon as the refund is processed, and Klarna adjusts your remaining payments. If you have already paid more than the new total, Klarna refunds the difference to your card within 5 working days.

Klarna payments are managed in the Klarna app, not in your Parcelwise account. For questions about a payment date, a late fee or your Klarna limit, contact Klarna directly. For anything about the order itself, such as delivery or returns, contact us as usual.

Klarna is not available for gift cards or for Parcelwise Plus membership payments.`,
  }),
  article({
    slug: 'gift-cards-and-promo-codes',
    title: 'Using gift cards and promo codes',
    category: 'Payments',
    tags: ['gift card', 'voucher', 'promo code', 'discount code', 'balance', 'coupon'],
    questions: [
      "my voucher code doesn't work",
      'how do I use a gift card',
      'where do I enter a discount code',
      'gift card balance',
      'code not accepted',
      'my discount code is invalid',
      'it says the promo code has expired',
    ],
    body: `Parcelwise gift cards come in values from £10 to £250 and are valid for 24 months from the date they are bought. You can use up to 3 gift cards on one order, and any unused balance stays on the card for next time. Check a balance in Account > Gift cards, or at checkout before you pay.

To redeem a gift card, enter its 16-digit number and 4-digit PIN in the Gift card field at checkout. If the order costs more than the card's balance, pay the rest with any other payment method.

Promo codes go in the Promo code field at checkout. Only one promo code can be used per order, codes are not case sensitive, and they cannot be used to buy gift cards. Each code has its own end date and minimum spend, shown in the email or advert it came from.

Parcelwise Plus members get 10% off member prices automatically. A promo code cannot be combined with the member discount, so at checkout we apply whichever saves you more.

If a code is not accepted, check the end date, the minimum spend and whether the items in your basket are excluded, such as clearance items marked Final sale. Lost gift cards can be replaced if you have the order confirmation for the purchase.`,
  }),
];

import { article, type SupportArticle } from './support-article';

/** Articles about charges on a statement and membership billing. */
export const billingArticles: readonly SupportArticle[] = [
  article({
    slug: 'charged-twice',
    title: 'Why have I been charged twice?',
    category: 'Billing',
    tags: ['double charge', 'charged twice', 'pending', 'hold', 'statement', 'billing'],
    questions: [
      'two identical payments on my statement',
      'money taken twice',
      'a duplicate charge',
      'why is there a hold on my card',
      'two pending payments on my card',
      'I paid twice by mistake',
    ],
    body: `If you see two amounts from Parcelwise on your bank statement, one of them is almost always a temporary hold rather than a second payment. When you place an order we ask your bank to reserve the order total. We only take the money when your order is dispatched.

A hold can appear twice when you edit an order, change the payment card at checkout, or try a payment again after it was declined. Each attempt creates its own reservation, but only one is ever collected. The extra hold is released by your bank, usually within 5 working days, and it never turns into a charge.

To check what you have actually paid:

1. Sign in and open Orders.
2. Select the order and look at Payment summary.
3. Compare the amount marked Paid with the lines on your statement.

If a second payment is still showing as completed (not pending) after 5 working days, contact us with your order number and the last four digits of your card. We will confirm it with our payment provider and refund any genuine duplicate within 2 working days.

## Technical details

Card payments are authorised at checkout and captured at dispatch. An authorisation that is not captured expires after 7 days at the latest, but most UK banks release it within 3 to 5 working days. Statements show holds as "PARCELWISE PREAUTH" and captured payments as "PARCELWISE LTD" followed by the order number, for example PW-4821930.`,
  }),
  article({
    slug: 'plus-billing',
    title: 'How Parcelwise Plus is billed',
    category: 'Billing',
    tags: ['membership', 'subscription', 'billing date', 'renewal', 'failed payment', 'plus', 'monthly fee'],
    questions: [
      'when is my Plus payment taken',
      'Plus renewal date',
      'change my Plus payment card',
      'my Plus payment failed',
      'how much is Plus per year',
      'when does the Plus fee come out of my account',
      'what date am I charged for Plus each month',
    ],
    body: `Parcelwise Plus costs £7.99 a month or £79 a year. Your first payment is taken when your 30-day free trial ends, and after that on the same date each month or each year. If your billing date does not exist in a month, for example the 31st, we bill you on the last day of that month.

We email you 3 days before a yearly renewal so you have time to change your mind. Monthly renewals are not announced by email, but you can always see your next billing date in Account > Membership.

If a membership payment fails, we try again up to 3 times over the following 7 days. Your benefits keep working while we retry. If the last attempt fails, your membership is paused and free next-day delivery is switched off until you update your card in Account > Membership > Payment method. Nothing is lost while it is paused, and you are not charged for the paused days.

Switching from monthly to yearly takes effect at your next billing date, so you never pay for the same days twice. Receipts for every membership payment are in Account > Membership > Billing history.`,
  }),
];

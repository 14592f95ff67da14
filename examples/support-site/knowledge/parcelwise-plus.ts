import { article, type SupportArticle } from './support-article';

/** Articles about the Parcelwise Plus membership. */
export const plusArticles: readonly SupportArticle[] = [
  article({
    slug: 'what-is-parcelwise-plus',
    title: 'What Parcelwise Plus includes',
    category: 'Parcelwise Plus',
    tags: ['plus', 'membership', 'subscription', 'benefits', 'free trial', 'price', 'member discount'],
    questions: [
      'what are the benefits of Plus',
      'is there a free trial',
      'how much does Plus cost',
      'does Plus include free delivery',
      'why should I join Plus',
      'can I share Plus with my partner or family',
      'does Plus cover other people in my household',
    ],
    body: `Parcelwise Plus is our membership plan. It costs £7.99 a month or £79 a year, and new members get a 30-day free trial.

Members get:

- Free next-day delivery on every order, with no minimum spend.
- 60 days to return items instead of 30.
- Free collection when returning large items, normally £15.
- 10% off member prices on thousands of products, shown with a Plus badge.
- Early access to our sales, 24 hours before everyone else.
- A priority phone line with shorter waiting times.

The member discount does not apply to gift cards or to clearance items marked Final sale, and it cannot be combined with a promo code: at checkout we apply whichever saves you more.

To join, go to Account > Membership and choose Start free trial. We ask for a card, but we do not charge it until the trial ends, and we email you 3 days before it does. You can cancel at any time during the trial and pay nothing. The free trial is available once per account.

Plus benefits belong to your account and work on our website and in the app as soon as you join.`,
  }),
  article({
    slug: 'cancel-or-pause-plus',
    title: 'Cancelling or pausing Parcelwise Plus',
    category: 'Parcelwise Plus',
    tags: ['cancel membership', 'cancel subscription', 'pause', 'plus', 'refund membership', 'stop plus'],
    questions: [
      'stop my Plus subscription',
      'end my membership',
      'pause Plus for a few months',
      'get a refund for Plus',
      'turn off Plus auto-renewal',
      'how do I leave Plus',
      'I joined Plus by accident',
    ],
    body: `You can cancel Parcelwise Plus at any time in Account > Membership > Cancel membership. There is no notice period and no cancellation fee.

When you cancel, your benefits carry on until the end of the period you have already paid for, and then stop. You will not be charged again. If you cancel during your free trial, the trial ends straight away and you pay nothing.

Refunds depend on your plan:

- Monthly plan: we do not refund part of a month, but you keep your benefits until the month ends.
- Yearly plan: cancel within 14 days of a payment and we refund it in full, as long as you have not used any Plus benefit in that time. After that, you keep your benefits until the year ends, without a refund.

If you just need a break, you can pause a monthly plan instead of cancelling. Choose Pause membership and pick 1, 2 or 3 months. You are not charged while paused, and your membership restarts automatically afterwards. You can pause once in any 12 months.

Returns you started while you were a member keep the 60-day return window, even if your membership ends before you send them.`,
  }),
];

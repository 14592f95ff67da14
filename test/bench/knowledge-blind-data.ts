// A blind set for the knowledge-base evaluation: written on 2026-11-29 from the site's articles
// alone, by someone who had not read the offline model's retrieval code, its synonym tables or
// the other question sets, so nothing here was shaped by what the model handles. It measures
// generalization and is reported on its own rows; no test holds it to a threshold. Do not tune
// retrieval on it: once a question here has been used to fix a miss, the set is no longer blind.
import type { KnowledgeDocument } from '@attune/core/offline';
import type { KnowledgeQuestion, SmallBase } from './knowledge-data';

/** Every blind question is held out: none was ever used while tuning. */
const blind = (rows: ReadonlyArray<readonly [string, ...string[]]>): KnowledgeQuestion[] =>
  rows.map(([question, ...answers]) => ({ question, answers, heldOut: true }));

/**
 * Blind questions for the Parcelwise help centre, each with the article slugs that answer it
 * (the better article first; a second one is an acceptable answer too).
 */
export const blindSiteQuestions: readonly KnowledgeQuestion[] = blind([
  ['forgotten password', 'reset-your-password'],
  ['I cant remember my pasword and the reset email never showed up, checked spam too', 'reset-your-password'],
  ['tl;dr: how long does the password reset link last?', 'reset-your-password'],
  ['ELI5 two factor authentication, how do i set it up', 'two-step-verification'],
  [
    "Lost my phone so I can't get the login code. Are there backup codes or something?",
    'two-step-verification',
  ],
  ['Can I stop it asking for a code every single time I log in on my own laptop?', 'two-step-verification'],
  ['account locked cant login', 'cannot-sign-in'],
  ['I signed up through Google and now it keeps saying my password is wrong??', 'cannot-sign-in'],
  [
    'Got an email saying my account was suspended because of suspicious activity. What do I do now?',
    'cannot-sign-in',
  ],
  ['how do i update my email adress', 'change-email-or-details'],
  ['I recently got married. How can I change my surname on my account?', 'change-email-or-details'],
  ['I accidentally made two accounts, can you merge them into one?', 'change-email-or-details'],
  ['wheres my order', 'track-your-order'],
  ['What does it mean when my order says Preparing?', 'track-your-order'],
  [
    'The dispatch email came an hour ago but the tracking link shows no info at all, is something wrong?',
    'track-your-order',
  ],
  ['cancel order', 'change-or-cancel-order'],
  [
    'Hi, I placed an order about 20 minutes ago and put my old flat by mistake. Can I still change where it goes?',
    'change-or-cancel-order',
  ],
  ['ordered 3 cushions, the box only had 2 in it', 'missing-items'],
  ['you sent me the wrong item, I ordered a blue throw and got a grey rug', 'missing-items'],
  ['how much is nextday delivery', 'delivery-options-and-costs'],
  ['Do you deliver on Sundays?', 'delivery-options-and-costs'],
  ['whats the minimum spend for free shipping', 'delivery-options-and-costs'],
  ['Do you guys assemble wardrobes or do I have to do it myself?', 'large-item-delivery'],
  ['sofa delivary cost', 'large-item-delivery'],
  ['short answer please - do you ship to france', 'delivery-areas'],
  ['Can I get an order sent to my sister in Dublin?', 'delivery-areas'],
  [
    "The app says it was dropped off at 2pm but nothing recieved, it's not at my door and the neighbours haven't got it",
    'delivered-but-not-received',
  ],
  ['I think somebody swiped my package off the porch', 'delivered-but-not-received'],
  ['My wine glasses arrived shattered. Do I have to post the pieces back?', 'item-arrived-damaged'],
  [
    'Really disappointed. The coffee table has a big gouge in one leg, it came out of the box like that',
    'item-arrived-damaged',
  ],
  [
    'The delivery team is at my door right now and the wardrobe box is ripped open, can I say no to it?',
    'item-arrived-damaged',
  ],
  ['parcel stuck at the depot, no update for 4 days', 'delivery-is-late'],
  ['I paid extra for next day and it came two days later. Do I get that money back?', 'delivery-is-late'],
  [
    "This is the third time I'm asking. Where is my parcel?! I ordered 8 days ago with standard delivery and it still hasn't come.",
    'delivery-is-late',
    'track-your-order',
  ],
  ['changed my mind about the rug, can I give it back?', 'return-an-item'],
  ["Do I need a printer for the return label? I don't have one", 'return-an-item'],
  ['returns policy', 'return-an-item'],
  ['refund status', 'refund-timing'],
  ['when do i get my money back if i paid with paypal', 'refund-timing'],
  [
    "I'm honestly fed up. I sent a parcel back two weeks ago, it still says Sent and I've had no refnd. What's going on?",
    'refund-timing',
  ],
  ['If I send back the whole order, do you refund the delivery charge too?', 'refund-timing'],
  ['Can I return drapes that were custom made to fit my windows?', 'non-returnable-items'],
  ["I lit the candle once and don't like the smell, can I return it", 'non-returnable-items'],
  ["Can I send back a personalized mug with my kid's name on it?", 'non-returnable-items'],
  ['swap for a bigger size', 'exchange-an-item'],
  [
    'The pillow covers are the wrong color for my couch. Can I swap them for the blue ones instead?',
    'exchange-an-item',
  ],
  ['kettle stopped heating after 8 months, is that under warrenty?', 'warranty-claim'],
  ['In one sentence: how long is the guarantee on your furniture?', 'warranty-claim'],
  ['explain simply: the chair I bought last year has gone wobbly, what can I do?', 'warranty-claim'],
  ['can i put a wooden spoon in the dishwasher', 'care-wooden-boards'],
  ['What oil should I use on my chopping board? Is olive oil ok?', 'care-wooden-boards'],
  ['my skillet has gone rusty', 'care-cast-iron'],
  [
    'How do I re-season my Hearth pan? Please give me the full detail, temperatures and all.',
    'care-cast-iron',
  ],
  ['can I tumble dry the linen sheets', 'care-linen-bedding'],
  ['My duvet cover shrank in the wash, is that normal?', 'care-linen-bedding'],
  ['app keeps crashing on my iphone', 'app-crashes-or-will-not-load'],
  [
    "Getting really annoyed now. Every time I open the app I just get a white screen. I've already restarted my phone. Any ideas?",
    'app-crashes-or-will-not-load',
  ],
  ['not getting push notifications', 'app-notifications'],
  ['My phone used to buzz when an order shipped but it stopped doing that', 'app-notifications'],
  ['is plus worth it? what are the perks', 'what-is-parcelwise-plus'],
  ['cancell plus membership', 'cancel-or-pause-plus'],
  ["Can I put my membership on hold for a couple of months while I'm travelling?", 'cancel-or-pause-plus'],
  ['I canceled my annual membership a week after it renewed, do I get a refund?', 'cancel-or-pause-plus'],
  ['when will i be billed for plus after the trial', 'plus-billing', 'what-is-parcelwise-plus'],
  ['My membership payment failed. Will I lose free delivery?', 'plus-billing'],
  ['doublecharged on my card', 'charged-twice'],
  ['Why are there 2 payments on my bank statement for one order? I only ordered once.', 'charged-twice'],
  ['can I pay by cheque or cash on delivery?', 'payment-methods'],
  ['This is so embarrassing, my card keeps getting declined at checkout', 'payment-declined'],
  ['can I split the payment into installments', 'pay-with-klarna', 'payment-methods'],
  ['discount code not working', 'gift-cards-and-promo-codes'],
  ['giftcard balance', 'gift-cards-and-promo-codes'],
  [
    "I bought a desk lamp for work. Where can I get a receipt for it? It's for my expenses.",
    'download-vat-invoice',
  ],
  ['can you put my company name on the invoice', 'business-invoice-details'],
  ['how do i delete my account permanantly', 'download-or-delete-your-data'],
  ['GDPR request - what personal data do you hold on me?', 'download-or-delete-your-data'],
  ['stop sending me newsletters', 'marketing-and-cookies'],
  ['How do I turn off advertising cookies?', 'marketing-and-cookies'],
  ['can I speak to a real person', 'contact-us'],
  ['I want to make a complaint about how my issue was handled', 'contact-us'],
]);

/** Blind questions the help centre does not answer: each must get the no-answer reply. */
export const blindOffTopicQuestions: readonly string[] = [
  'cancel my gym membership',
  "what's the shipping time for a cargo ship across the Atlantic",
  "What's Zara's return policy?",
  "hi, how's your day going?",
  'tell me a joke',
  'How do I reverse a linked list in Python?',
  'write a SQL query that counts orders per customer',
  "TypeError: cannot read properties of undefined (reading 'map'), how do I fix this in React?",
  'I have chest pain and my left arm feels numb, what should I do?',
  'Is it safe to take ibuprofen and paracetamol together?',
  'Can my landlord keep my deposit if I move out early?',
  'how long does a tax refund from HMRC take',
  'how do I track a flight from Heathrow',
  "my Netflix password isn't working",
  'Royal Mail opening hours on Saturday',
  'Does Amazon Prime include free next-day delivery?',
  'how do i change a flat tyre on my car',
  'I need to return an overdue library book, will I get a fine?',
  "What's the weather like in Manchester tomorrow?",
  'recommend a good laptop under £500',
];

const yogaClasses: KnowledgeDocument = {
  id: 'booking-classes',
  title: 'Booking and cancelling classes',
  body: `Classes at Lotus Yoga Studio are booked in the Lotus app or on our website, up to 7 days ahead. Each booking uses one credit from your class pass; a pass of 10 credits costs £90 and is valid for 6 months.

You can cancel a booking up to 12 hours before the class starts and the credit goes back on your pass. Later cancellations and no-shows use up the credit.

When a class is full, join the waiting list. If a place opens up, we book you in automatically and send you a text, up to 2 hours before the class.

Mats, blocks and straps are free to borrow at the studio, but you are welcome to bring your own. Please arrive 10 minutes early so you have time to settle in.

New to yoga? Our Gentle Flow classes on Monday and Wednesday at 18:30 are made for complete beginners, and your first class is free.`,
};

const bikeServicing: KnowledgeDocument = {
  id: 'servicing-prices',
  title: 'Servicing and repair prices',
  body: `Spoke & Chain offers three levels of service. A safety check costs £25: we check and adjust brakes, gears and tyre pressures. A standard service costs £55 and adds cleaning and lubricating the drivetrain and truing the wheels. A full service costs £110: we strip the bike down, clean every part, and replace cables and brake pads.

Puncture repairs cost £12 per wheel and are done while you wait, usually in 20 minutes. Bleeding hydraulic brakes costs £35 per brake.

We service electric bikes too: add £20 to any service for the motor and battery check. Parts are charged on top of the service price, and we always ask before fitting anything over £30.`,
};

const bikeBooking: KnowledgeDocument = {
  id: 'booking-and-collection',
  title: 'Booking a repair and collecting your bike',
  body: `Book a service online or drop your bike in at the workshop, Tuesday to Saturday from 9:00 to 17:30. We are closed on Sunday and Monday.

Most services are finished within 2 to 3 working days; we text you when your bike is ready to collect. We keep finished bikes for 14 days free of charge, after which storage costs £3 a day.

We can pick up your bike and bring it back for £10 if you live within 5 miles of the workshop. Pay when you collect, by card or cash.`,
};

const invoicingDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'create-invoice',
    title: 'Creating and sending an invoice',
    body: `In Ledgerly, choose New invoice, pick a client or add a new one, and add line items with a description, quantity and price. Tax is calculated for each line. Choose Send to email the invoice as a PDF with a payment link, or Download to save the PDF.

Upload your company logo and choose your brand colour in Settings > Branding; they appear on every invoice. Invoice numbers follow on automatically, and you can change the prefix in Settings > Numbering.`,
  },
  {
    id: 'recurring-invoices',
    title: 'Recurring invoices',
    body: `For clients you bill the same amount on a schedule, such as a monthly retainer, open an invoice and choose Make recurring. Pick how often it repeats (weekly, monthly, quarterly or yearly), the start date and, if you like, an end date.

Ledgerly creates and sends each invoice on its date. To stop the series, open it under Invoices > Recurring and choose End series; invoices already sent are not affected.`,
  },
  {
    id: 'payment-reminders',
    title: 'Automatic payment reminders',
    body: `Ledgerly can chase unpaid invoices for you. Turn on reminders in Settings > Reminders and choose when they go out, for example 3 days before the due date, on the due date and 7 days after it.

Each reminder is a polite email to your client with the invoice attached and the payment link. Reminders stop automatically as soon as the invoice is paid, and you can switch them off for a single client.`,
  },
  {
    id: 'plans-and-pricing',
    title: 'Plans and pricing',
    body: `The Starter plan is free for up to 5 clients and 10 invoices a month. Pro costs £12 a month for unlimited clients and invoices, recurring invoices and automatic reminders. Team costs £29 a month and adds up to 5 users with their own logins.

Paying yearly gives you 2 months free. You can upgrade or downgrade at any time in Settings > Billing, and the change is pro-rated.`,
  },
  {
    id: 'accounting-export',
    title: 'Connecting Xero or QuickBooks',
    body: `Ledgerly syncs with Xero and QuickBooks Online. Go to Settings > Integrations, choose your accounting software and sign in to allow the connection.

From then on, every invoice and payment is copied to your accounting software within a few minutes, matched to the same client. If you use other software, export your invoices as a CSV file from Invoices > Export.`,
  },
];

/** Blind bases of 1, 2 and 5 documents about other businesses, written by the same author. */
export const blindSmallBases: readonly SmallBase[] = [
  {
    name: 'one document (yoga studio)',
    documents: [yogaClasses],
    questions: blind([
      ['how do I book a class', 'booking-classes'],
      ['what happens if I cancel last minute', 'booking-classes'],
      ['do i need to bring my own mat', 'booking-classes'],
      ["I've never done yoga before, is there anything for total beginners?", 'booking-classes'],
      ['the class is full, can I get on a waitlist?', 'booking-classes'],
      ['tl;dr how late can I cancel without losing my credit', 'booking-classes'],
    ]),
    offTopic: [
      "what's a good stretch for lower back pain",
      'book a table for two at an italian restaurant tonight',
      'how do I cancel my Netflix subscription',
    ],
  },
  {
    name: 'two documents (bike repair shop)',
    documents: [bikeServicing, bikeBooking],
    questions: blind([
      ['how much is a full service', 'servicing-prices'],
      ['can you fix a puncture while I wait?', 'servicing-prices'],
      ['do you work on e-bikes', 'servicing-prices'],
      ['when are you open', 'booking-and-collection'],
      ['How long will my bike be with you?', 'booking-and-collection'],
      ["I don't have a car. Can you pick the bike up from my house?", 'booking-and-collection'],
      [
        "I'm away for three weeks and can't collect it until I'm back, is that a problem?",
        'booking-and-collection',
      ],
    ]),
    offTopic: [
      'which bike is best for commuting to work',
      'where can I rent a bike in Amsterdam',
      'how do i fix a puncture in my car tyre',
    ],
  },
  {
    name: 'five documents (invoicing app)',
    documents: invoicingDocuments,
    questions: blind([
      ['how do i send my first invoice', 'create-invoice'],
      ['can I put my logo on the invoices', 'create-invoice'],
      ['I want to bill a client the same amount every month without doing it by hand', 'recurring-invoices'],
      ['stop a repeating invoice', 'recurring-invoices'],
      ["my client still hasn't paid, can ledgerly nag them for me?", 'payment-reminders'],
      ['how much is pro', 'plans-and-pricing'],
      ['is there a free version', 'plans-and-pricing'],
      ['explain simply: how do I get my invoices into quickbooks', 'accounting-export'],
    ]),
    offTopic: [
      'how do I file my self-assessment tax return',
      "what's the VAT rate in Germany",
      'write me a cover letter for an accountant job',
    ],
  },
];

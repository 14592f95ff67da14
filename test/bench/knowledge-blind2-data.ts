// The second blind knowledge-base evaluation set of the offline model (issue #16).
// Written on 2026-11-29 by a helper session that had never seen how retrieval works: it did not
// open the offline model's sources, its README or tests, the style code, or any earlier question
// set (only their exported types). It read the site's article titles, bodies, tags and slugs
// (not their `questions`), the help-centre categories and the benchmark harness, and wrote every
// question below before running the offline model even once.
// Measured only until the eighth round of retrieval changes, which read its misses and worked on them:
// since then it is a dev set, no longer blind (see packages/core/src/offline/EVALUATION.md).
// Measured once on 2026-11-29 (`npm run bench -- --only knowledge-base`, rows "blind 2"): site 94/128 (73.4 %),
// off-topic 27/33 declined; dental clinic 6/8 and 4/4, coworking space 8/9 and 4/4, invoicing app 11/11 and 4/4,
// city library 10/12 and 4/4. Later measurements after each round of retrieval changes (the rounds before
// the eighth never looked at this set) are in the root README.
import { heldOutRows, type KnowledgeQuestion, type SmallBase } from './knowledge-data';

/**
 * Questions for the support site as shoppers type them, with the article slugs that answer them
 * (best first; a second slug only where that article answers too). Comments name the article a
 * question is easily confused with.
 */
export const blind2SiteQuestions: readonly KnowledgeQuestion[] = heldOutRows([
  // Billing: charged twice
  ['why have you taken money off me twice for one order', 'charged-twice'],
  ['2 payments of £64.99 on my barclays app both pending same order wtf', 'charged-twice'],
  [
    'I changed the card at checkout because the first one was about to expire and now my bank shows two reservations for the same order. Will I actually pay twice?',
    'charged-twice',
  ],
  ['what is PARCELWISE PREAUTH on my statement', 'charged-twice'],
  // Billing: Plus billing (price alone is answered by both Plus articles)
  ['when does the monthly plus fee actually come out', 'plus-billing'],
  ['my plus payment bounced do i lose free next day delivery now', 'plus-billing'],
  ['switch plus from monthly to annual', 'plus-billing'],
  ['how much is plus a year', 'what-is-parcelwise-plus', 'plus-billing'],
  // Payments: methods
  ['do you take amex', 'payment-methods'],
  ['can i pay cash to the driver when it comes', 'payment-methods'],
  ['is it ok to pay with a virtual card from my monzo app?', 'payment-methods'],
  ['I live in Toronto, will my Canadian credit card work on your site?', 'payment-methods'],
  // Payments: declined
  [
    'card keeps getting declined at checkout even though theres plenty of money in the account',
    'payment-declined',
  ],
  ['what does PW-PAY-AVS mean', 'payment-declined'],
  [
    "This is ridiculous. Tried my card three times and now it says I can't check out for 30 minutes?! I just want to buy a lamp",
    'payment-declined',
  ],
  // Payments: Klarna (returns with Klarna are answered by the refund article too)
  ['can i spread the cost of a bed over a few months', 'pay-with-klarna'],
  ['does klarna do a credit check, dont want it affecting my score', 'pay-with-klarna'],
  [
    'I sent back half my order but Klarna still wants the full next instalment, what happens now?',
    'pay-with-klarna',
    'refund-timing',
  ],
  ['buy now pay later options??', 'pay-with-klarna', 'payment-methods'],
  // Payments: gift cards and promo codes
  ['discount code says invalid', 'gift-cards-and-promo-codes'],
  ['how long is a gift voucher valid for', 'gift-cards-and-promo-codes'],
  [
    'can I use my newsletter 15% off code on top of my Plus member discount',
    'gift-cards-and-promo-codes',
    'what-is-parcelwise-plus',
  ],
  ['lost the gift card my nan gave me, can it be replaced', 'gift-cards-and-promo-codes'],
  // Invoices: download
  ['need a receipt for my expenses claim at work', 'download-vat-invoice'],
  ['where do i download the invoice pdf', 'download-vat-invoice'],
  ["why can't I get an invoice yet? I only ordered this morning", 'download-vat-invoice'],
  // Invoices: company details (not payment-methods, which says no bank transfers)
  ['can you put my company name on an invoice from last month', 'business-invoice-details'],
  ['our company name is spelt wrong on the invoice, can you fix it', 'business-invoice-details'],
  [
    "We're kitting out a new office: about 30 chairs and 10 desks, roughly £6k. Can we be invoiced and pay by bank transfer?",
    'business-invoice-details',
  ],
  // Account: password
  ['forgot pasword', 'reset-your-password'],
  ['the reset link says it has expired', 'reset-your-password'],
  ['new password rejected AUTH-422', 'reset-your-password'],
  [
    "my account is under an old hotmail address I can't get into any more so I can't reset anything. how do I get back in",
    'reset-your-password',
  ],
  // Account: two-step verification
  ['how do i set up 2fa with google authenticator', 'two-step-verification'],
  ['lost my phone and cant get the login code, what now', 'two-step-verification'],
  ['stop asking me for a code every single time I log in on my own laptop', 'two-step-verification'],
  // Account: cannot sign in
  ['account locked after too many tries', 'cannot-sign-in'],
  ['i signed up with apple and now its asking me for a password i never made', 'cannot-sign-in'],
  ['got an email saying my account was suspended for suspicious activity?', 'cannot-sign-in'],
  // Account: details
  ['I got married, how do I change my surname on the account', 'change-email-or-details'],
  ['can i merge my two accounts into one', 'change-email-or-details'],
  [
    'can my partner use my plus membership from his own account',
    'change-email-or-details',
    'what-is-parcelwise-plus',
  ],
  ['how many delivery addresses can I save', 'change-email-or-details'],
  // Orders: tracking
  ['wheres my stuff', 'track-your-order'],
  ['tracking link shows nothing at all, it was dispatched an hour ago', 'track-your-order'],
  ['what does preparing mean on my order', 'track-your-order'],
  ['which courier do you use?', 'track-your-order', 'delivery-options-and-costs'],
  // Orders: change or cancel
  ['cancel my order pls', 'change-or-cancel-order'],
  ['put the wrong address on my order 10 mins ago, can I change it', 'change-or-cancel-order'],
  ['can I add a cushion to the order I placed this morning?', 'change-or-cancel-order'],
  ['need to move my sofa delivery to a different day', 'large-item-delivery', 'change-or-cancel-order'],
  // Orders: missing items (not exchanges: the wrong item was sent, not the wrong size chosen)
  ['only got 2 of the 3 things i ordered', 'missing-items'],
  ['You sent me the wrong lamp. I ordered the brass one and got a white one.', 'missing-items'],
  ['box came but the mugs werent in it', 'missing-items'],
  // Shipping: options and costs
  ['how much is postage', 'delivery-options-and-costs'],
  ['whats the cut off time for next day delivery', 'delivery-options-and-costs'],
  ['do you deliver on sundays', 'delivery-options-and-costs'],
  ['minimum spend for free shipping?', 'delivery-options-and-costs'],
  // Shipping: large items
  ['will the delivery guys carry the sofa upstairs and take the cardboard away', 'large-item-delivery'],
  ['can you put the wardrobe together for me', 'large-item-delivery'],
  ['how much to deliver a bed', 'large-item-delivery'],
  ["what if the couch won't fit through my front door", 'large-item-delivery'],
  // Shipping: areas
  ['do you ship to france', 'delivery-areas'],
  ['delivery to belfast?', 'delivery-areas'],
  ['can I send my order to my parcel forwarding address', 'delivery-areas'],
  ['will I have to pay customs if I order to Dublin', 'delivery-areas'],
  // Delivery problems: delivered but not received
  ['says delivered but nothing here', 'delivered-but-not-received'],
  ['pretty sure someone nicked my parcel off the porch', 'delivered-but-not-received'],
  ["the photo on the tracking shows a door that isn't mine", 'delivered-but-not-received'],
  // Delivery problems: damaged
  ['the vase arrived in pieces', 'item-arrived-damaged'],
  ['mirror smashed in the box, do I have to post the broken glass back?', 'item-arrived-damaged'],
  [
    'Unpacked the new table tonight and one of the legs has a big scratch straight out of the box. Really disappointed tbh. What can you do?',
    'item-arrived-damaged',
  ],
  // Delivery problems: late (not large-item-delivery: the slot was booked and missed)
  [
    "I'm so fed up. Ordered over a week ago, the tracking hasn't moved in days and nobody tells me anything",
    'delivery-is-late',
  ],
  ['paid for next day and it came 2 days later, do I get the delivery fee back', 'delivery-is-late'],
  ['the two men with my sofa never showed up in my slot', 'delivery-is-late'],
  // Returns: how to return (collection of a large return is described in both)
  ['want to send back a throw I dont like', 'return-an-item'],
  ["I don't have a printer, how do I do a return", 'return-an-item'],
  ['how many days do i have to return stuff', 'return-an-item'],
  ['how much do you charge to collect a sofa I am returning', 'return-an-item', 'large-item-delivery'],
  ['can I drop my return at a parcel locker?', 'return-an-item'],
  // Returns: refund timing
  ['still waiting on my refund its been ages', 'refund-timing'],
  ['do I get the postage back if I return the whole order', 'refund-timing'],
  ['paid with paypal, when will i see the money after my return', 'refund-timing'],
  ['tl;dr how long till the refund hits my account', 'refund-timing'],
  // Returns: non-returnable items
  ['can I return a pillow I took out of the plastic', 'non-returnable-items'],
  ['can i send back made to measure curtains', 'non-returnable-items'],
  ['bought a candle in the final sale and hate the smell, refund?', 'non-returnable-items'],
  ['I bought from a marketplace seller, whose returns policy applies?', 'non-returnable-items'],
  // Exchanges
  ['towels are the wrong colour for my bathroom, want the grey ones instead', 'exchange-an-item'],
  ['too small, can i get the bigger size', 'exchange-an-item'],
  ['swap the double duvet cover for a king size', 'exchange-an-item'],
  ['if the bigger size costs more do I pay the difference', 'exchange-an-item'],
  // Warranty (the Hearth guarantee length is in the cast-iron article too)
  ['kettle stopped heating after 8 months', 'warranty-claim'],
  ['my dining chair has gone all wobbly, is that covered', 'warranty-claim'],
  ['how many years guarantee on the hearth frying pan', 'warranty-claim', 'care-cast-iron'],
  ["got it as a present so I don't have the receipt. can I still claim on the warranty?", 'warranty-claim'],
  // Product care: wooden boards
  ['can i put my acacia board in the dishwasher', 'care-wooden-boards'],
  ['chopping board stinks of garlic', 'care-wooden-boards'],
  ['in simple words: what oil do I put on a wooden board, is olive oil ok?', 'care-wooden-boards'],
  // Product care: cast iron
  ['my skillet has gone rusty', 'care-cast-iron'],
  ['does the hearth pan work on an induction hob', 'care-cast-iron'],
  ['step by step please, how do I re-season my cast iron pan', 'care-cast-iron'],
  // Product care: bedding
  ['what temp should i wash linen sheets at', 'care-linen-bedding'],
  ['can I use Lenor on the linen duvet cover', 'care-linen-bedding'],
  ['can linen sheets go in the tumble dryer', 'care-linen-bedding'],
  // App: crashes
  ['app keeps crashing on my samsung', 'app-crashes-or-will-not-load'],
  ['white screen when I open the app', 'app-crashes-or-will-not-load'],
  ['error APP-426', 'app-crashes-or-will-not-load'],
  ['will the app work on my old iphone with ios 15', 'app-crashes-or-will-not-load'],
  // App: notifications (not marketing-and-cookies: these are the app's own switches)
  ['not getting push notifications anymore', 'app-notifications'],
  ['how do I turn off back in stock alerts but keep the delivery ones', 'app-notifications'],
  ['no alerts from the app since I started using sleep focus mode', 'app-notifications'],
  // Plus: what it includes
  ['is plus worth it, what do I actually get', 'what-is-parcelwise-plus'],
  ['free trial for plus?', 'what-is-parcelwise-plus'],
  ['do plus members get early access to the sale', 'what-is-parcelwise-plus'],
  // Plus: cancel or pause
  ['cancel my plus', 'cancel-or-pause-plus'],
  ["can I pause my membership while I'm travelling for two months", 'cancel-or-pause-plus'],
  [
    'I signed up for yearly plus by accident yesterday and have not used it. Can I get my £79 back?',
    'cancel-or-pause-plus',
  ],
  // Privacy: data
  ['close my account permanently', 'download-or-delete-your-data'],
  ['subject access request', 'download-or-delete-your-data'],
  ['what happens to my gift card balance if I delete my account', 'download-or-delete-your-data'],
  // Privacy: marketing and cookies
  ['stop sending me newsletters', 'marketing-and-cookies'],
  ['how do I reject advertising cookies on your site', 'marketing-and-cookies'],
  ['do you sell my data to other companies', 'marketing-and-cookies'],
  // Contact
  ['phone number?', 'contact-us'],
  ['i want to speak to a real human not a bot', 'contact-us'],
  ['are you open on boxing day', 'contact-us'],
  ["I'd like to make a formal complaint about how my problem was handled", 'contact-us'],
]);

/**
 * Questions no article answers, to be declined: general ones first, then ones in the shop's own
 * vocabulary (products, jobs, other shops, stores) that no article covers.
 */
export const blind2OffTopicQuestions: readonly string[] = [
  // General
  "what's the capital of australia",
  'write a python function that reverses a linked list',
  'who won the world cup in 2018',
  'weather in manchester tomorrow',
  'recipe for banana bread',
  'how do I fix a merge conflict in git',
  "translate 'good morning' into spanish",
  'what are mortgage rates like at the moment',
  'how many calories are in a banana',
  'tell me a joke about cats',
  'is bitcoin going to go up',
  'how do I renew my passport',
  'explain quantum entanglement in simple words',
  'how do I cancel my Netflix subscription',
  'what time does tesco close today',
  'best series to watch this weekend',
  // The shop's vocabulary, not answered by any article
  'what are the dimensions of the oak dining table',
  'is the linen duvet cover available in sage green',
  'are you hiring warehouse staff, how do I apply',
  "what's IKEA's return policy",
  'when does the black friday sale start',
  'do you have a shop I can visit in Leeds',
  'how do I become a seller on the Parcelwise marketplace',
  "do you price match if it's cheaper at John Lewis",
  'is the cast iron pan made in the UK',
  'how many watts is your electric kettle',
  'do you do a student discount',
  'how do I write a review of a product I bought',
  'do you offer gift wrapping',
  'is there a refer a friend scheme',
  'how do I return a parcel to Argos',
  // The late-delivery article covers Parcelwise orders only, not another shop's parcel.
  'my Swiftline parcel from another shop is late, can you chase it',
  'does the velvet sofa come in a three-seater',
];

/** A dental clinic whose whole help centre is one page. */
const dentalDocuments = [
  {
    id: 'practice-information',
    title: 'Brightside Dental: visiting the practice',
    tags: ['dentist', 'appointments', 'opening hours', 'prices', 'emergency'],
    body: `Brightside Dental is a family dental practice at 14 Mill Street. We are open Monday to Friday 8:00 to 18:00 and Saturday 9:00 to 13:00. We are closed on Sundays and bank holidays.

Book, move or cancel an appointment online through the patient portal or by phoning reception on 0161 555 0182. Please give us at least 24 hours' notice if you cannot come: appointments missed or cancelled with less notice are charged £25, because the time could have gone to another patient.

A check-up with a dentist costs £55 and a visit to the hygienist for a scale and polish costs £65. White fillings start at £120 and a crown at £550; your dentist gives you a written treatment plan with the exact price before any treatment starts. We take all major cards and you can spread treatment over £500 across 10 monthly payments with no interest.

If you are in pain, have a swollen face or have knocked out a tooth, phone us as early as possible in the morning: we keep emergency slots free every day for registered and new patients. Out of hours, call NHS 111, or go to A&E if the swelling makes it hard to breathe or swallow.

New patients are welcome: fill in the medical history form on the portal before your first visit and arrive 10 minutes early. Children under 18 have free check-ups when they come with a parent who is a patient. There is free parking behind the practice and step-free access to every surgery.`,
  },
];

/** A coworking space with a page on memberships and one on the building. */
const coworkingDocuments = [
  {
    id: 'memberships',
    title: 'Membership plans and prices',
    tags: ['hot desk', 'fixed desk', 'private office', 'day pass', 'cancel'],
    body: `The Loom has four ways to work with us. A day pass costs £20 and gives you a hot desk from 9:00 to 18:00 on the day you choose. A hot desk membership costs £180 a month and lets you use any free desk on the open floor. A fixed desk costs £260 a month: the desk is yours, with a lockable pedestal, and you can leave your screen set up. Private offices for 2 to 8 people start at £650 a month.

Every membership includes fast Wi-Fi, tea and coffee, and 4 hours of meeting-room time a month. Fixed desk and office members also get a registered business address and mail handling.

Memberships run month to month. To cancel, give one full calendar month's notice by emailing hello@theloom.example before the 1st of the month; your membership then ends on the last day of the following month. You can upgrade at any time, and the price changes from the next month. Pausing a membership is not possible, but you can switch to day passes.`,
  },
  {
    id: 'building-and-facilities',
    title: 'Using the building: access, meeting rooms and facilities',
    tags: ['access', 'key fob', 'meeting room', 'wifi', 'printing', 'guests', 'bikes'],
    body: `Members have access 24 hours a day, 7 days a week with their key fob. Reception is staffed Monday to Friday 8:30 to 17:30. If you lose your fob, tell reception so we can block it; a replacement costs £10.

Meeting rooms are booked in the members' app. The small room seats 4 and the boardroom seats 12 with a screen and video-conferencing kit. Time beyond your monthly allowance costs £15 an hour. Please cancel a booking you do not need at least 2 hours ahead so someone else can use the room.

You are welcome to bring guests: sign them in at reception or in the app, and they can stay for the day for free. Printing and scanning are on the first floor; the first 100 pages a month are included and further pages cost 10p each.

There is secure bike storage and showers in the basement. We do not have car parking, but the Hill Street car park is two minutes away. Dogs are welcome on Fridays if they are calm and on a lead. The kitchen has a fridge, dishwasher and microwave; please label your food and take it home by Friday evening.`,
  },
];

/** An invoicing app for freelancers, with five help articles. */
const invoicingDocuments = [
  {
    id: 'create-an-invoice',
    title: 'Creating and sending your first invoice',
    tags: ['invoice', 'send', 'client', 'pdf', 'logo'],
    body: `To create an invoice, choose New invoice on the dashboard, pick a client or add a new one, and add a line for each piece of work with its quantity and price. Tallybook numbers invoices automatically, starting from 0001, and you can change the prefix and next number in Settings > Invoices.

Choose Send to email the invoice to your client as a PDF with a link to pay online, or choose Download PDF to send it yourself. You can see whether the client has opened the email on the invoice's timeline.

To add your logo and brand colour, go to Settings > Branding. Your business name, address and bank details are taken from Settings > Business profile and printed at the bottom of every invoice. A sent invoice can still be edited; the client's link always shows the latest version.`,
  },
  {
    id: 'recurring-invoices',
    title: 'Recurring invoices for retainers and subscriptions',
    tags: ['recurring', 'repeat', 'schedule', 'retainer', 'automatic'],
    body: `If you bill a client the same amount regularly, make the invoice recurring instead of copying it by hand. Open an invoice, choose Make recurring and pick how often: every week, every 2 weeks, every month, every quarter or every year.

Tallybook creates each new invoice on its date and, if you switch on Send automatically, emails it to the client straight away. Otherwise it waits as a draft for you to check. Each invoice in a series gets its own number.

You can change the amount or lines of a series at any time; changes apply to invoices created afterwards, not to ones already sent. To stop a series, open it under Invoices > Recurring and choose End series. Recurring invoices are included in the Pro and Business plans.`,
  },
  {
    id: 'reminders-and-late-payments',
    title: 'Payment reminders and late payment fees',
    tags: ['reminder', 'overdue', 'late fee', 'chase', 'unpaid'],
    body: `Tallybook can chase unpaid invoices for you. In Settings > Reminders, switch on automatic reminders and choose when they go out: for example 3 days before the due date, on the due date and 7 days after it. You can edit the wording of each reminder.

An invoice is marked Overdue the day after its due date. You can add a late payment fee as a fixed amount or a percentage, which Tallybook adds as a new line when the invoice becomes overdue. Check that your contract with the client allows it before switching it on.

Reminders stop as soon as the invoice is paid online or you mark it as paid. To mark a bank transfer or cash payment, open the invoice and choose Record payment with the date and amount; part payments are allowed and the balance stays on the invoice.`,
  },
  {
    id: 'online-payments',
    title: 'Getting paid online by card with Stripe',
    tags: ['stripe', 'card payments', 'pay online', 'fees', 'payout'],
    body: `Connect a Stripe account in Settings > Payments to let clients pay your invoices by card, Apple Pay or Google Pay from the invoice link. If you do not have a Stripe account, you can create one during the connection in about 5 minutes.

Stripe charges its own fee on each card payment, which is taken before the money reaches you; Tallybook adds no fee of its own. You can choose to pass the fee on to the client as a surcharge where your local rules allow it.

Payments reach your bank account on Stripe's payout schedule, usually 2 to 7 days after the client pays. When a client pays online, the invoice is marked as paid automatically and any reminders stop. Refunds are made from your Stripe dashboard.`,
  },
  {
    id: 'plans-and-billing',
    title: 'Tallybook plans, prices and your subscription',
    tags: ['plans', 'pricing', 'upgrade', 'cancel', 'free plan', 'subscription'],
    body: `Tallybook has three plans. Free lets you send up to 5 invoices a month to 2 clients. Pro costs £9 a month for unlimited invoices and clients, recurring invoices and automatic reminders. Business costs £24 a month and adds up to 5 team members, expense tracking and your own domain for invoice links. Paying yearly saves two months.

You can upgrade or downgrade in Settings > Subscription. Upgrades start straight away and we charge the difference for the rest of the month; downgrades take effect at your next billing date. If you cancel, your account returns to the Free plan at the end of the period you have paid for, and every invoice you have sent stays available.

We send a receipt for every subscription payment to your account email, and you can download them from Settings > Subscription > Billing history.`,
  },
];

/** A city library's help pages, twelve of them. */
const libraryDocuments = [
  {
    id: 'join-the-library',
    title: 'Joining the library and getting a card',
    tags: ['library card', 'join', 'membership', 'free'],
    body: `Anyone who lives, works or studies in the city can join the library for free. Join online and pick up your card at any branch within 30 days, or join in person at any branch. Bring a photo ID and something with your address on it, such as a utility bill or a bank statement from the last 3 months.

Children under 16 can join with a parent or carer, who signs the form. Your card number and a 4-digit PIN give you access to the online catalogue, e-books and computers. If you lose your card, a replacement costs £2; tell us straight away so nobody else can use it.`,
  },
  {
    id: 'borrowing-and-renewing',
    title: 'Borrowing and renewing items',
    tags: ['borrow', 'renew', 'loan period', 'due date', 'how many'],
    body: `You can borrow up to 20 items at a time. Books and audiobooks are lent for 3 weeks and DVDs for 1 week. Your due dates are on your receipt and in My account.

You can renew an item up to 3 times, online in My account, in the library app, or by phoning any branch, as long as nobody else has reserved it. We email you 3 days before items are due. Return items to any branch, including through the after-hours return slot at the Central Library.`,
  },
  {
    id: 'fines-and-lost-items',
    title: 'Late returns, lost and damaged items',
    tags: ['fines', 'overdue', 'lost book', 'damaged', 'charges'],
    body: `We do not charge fines for late returns. However, if an item is more than 6 weeks overdue we treat it as lost, charge its replacement cost and block your card until it is returned or paid for. If you return it later, we refund the charge.

If you lose or damage an item, tell staff at any branch. We charge the cost of a replacement copy, and you can pay by card at any branch or online in My account. Minor damage, such as a bent corner, is not charged.`,
  },
  {
    id: 'reservations',
    title: 'Reserving books and collecting them',
    tags: ['reserve', 'hold', 'request', 'collect'],
    body: `If a book is on loan or at another branch, reserve it in the online catalogue or the app and choose the branch where you want to collect it. Reservations are free for items in our own stock.

We email or text you when your item is ready. It is kept for you on the reservations shelf for 7 days; after that it goes to the next person in the queue. You can have up to 15 reservations at a time and see your place in each queue in My account.`,
  },
  {
    id: 'ebooks-and-audiobooks',
    title: 'E-books, e-audiobooks and digital magazines',
    tags: ['ebooks', 'audiobooks', 'libby', 'kindle', 'digital', 'magazines'],
    body: `With your library card you can borrow e-books and e-audiobooks free in the Libby app, and read digital magazines and newspapers in the PressReader app. Sign in with your card number and PIN.

You can borrow up to 10 digital titles at a time for 21 days; they return themselves automatically, so there are never late charges. E-books can be sent to a Kindle in the UK through Libby. If a title is on loan you can place a hold on it in the app.`,
  },
  {
    id: 'opening-hours-and-branches',
    title: 'Opening hours and branches',
    tags: ['opening hours', 'branches', 'address', 'holidays', 'open'],
    body: `The Central Library on Victoria Square is open Monday to Friday 9:00 to 20:00, Saturday 9:00 to 17:00 and Sunday 11:00 to 16:00. Our eight neighbourhood branches are open Tuesday to Saturday 10:00 to 17:00 and closed on Sundays and Mondays.

All libraries are closed on bank holidays. Opening hours for each branch and any temporary closures are on the branch's page of our website.`,
  },
  {
    id: 'computers-wifi-and-printing',
    title: 'Computers, Wi-Fi and printing',
    tags: ['computers', 'wifi', 'printing', 'scanning', 'internet'],
    body: `Free Wi-Fi is available in every library; connect to CityLibraries-Free and accept the terms, no password is needed. Members can book a public computer for up to 2 hours a day free of charge, online or at the help desk; visitors without a card can use one for 30 minutes with a guest pass.

You can print from our computers or from your own device using the web printing page. Printing costs 15p a page in black and white and 50p in colour, and scanning to email is free.`,
  },
  {
    id: 'study-spaces-and-rooms',
    title: 'Study spaces and meeting rooms',
    tags: ['study', 'quiet room', 'meeting room', 'book a room', 'hire'],
    body: `Every library has free study tables on a first-come basis, and the Central Library has a silent study floor on level 3.

Group study rooms for up to 6 people can be booked free for up to 3 hours by members. Community groups and businesses can hire the larger meeting rooms at the Central Library from £18 an hour; book online or ask at the help desk. Food is not allowed in study areas, but covered drinks are.`,
  },
  {
    id: 'events-and-childrens-activities',
    title: "Events, story times and children's activities",
    tags: ['events', 'story time', 'children', 'rhyme time', 'reading challenge', 'clubs'],
    body: `Our branches run free rhyme times for babies and toddlers and story times for under-5s every week; you do not need to book. Older children can join the Lego club and the summer reading challenge.

For adults we run book groups, computer help sessions and author talks. Most events are free, some talks charge a small fee, and places for popular events are booked on our events page.`,
  },
  {
    id: 'interlibrary-loans',
    title: 'Requesting books we do not have',
    tags: ['interlibrary loan', 'request', 'suggest a purchase', 'not in catalogue'],
    body: `If we do not have a book, you can suggest that we buy it using the Suggest a purchase form in My account. If we decide not to buy it, we can usually borrow it from another library through the interlibrary loan service.

An interlibrary loan costs £4 per item and usually takes 2 to 4 weeks to arrive. The lending library sets the loan period, and interlibrary loans often cannot be renewed.`,
  },
  {
    id: 'donating-books',
    title: 'Donating books and other items',
    tags: ['donate', 'donations', 'give books', 'second-hand'],
    body: `Thank you for thinking of us. We accept donations of books in good condition that were published in the last 5 years, at the help desk of any branch, up to one bag at a time.

We cannot take textbooks, encyclopaedias, magazines, or anything damp or damaged. Donated books that we do not add to our stock are sold at our book sales, and the money buys new books.`,
  },
  {
    id: 'home-library-service',
    title: 'Home library service and accessibility',
    tags: ['home delivery', 'housebound', 'accessibility', 'large print', 'wheelchair'],
    body: `If you cannot get to a library because of illness, disability or caring responsibilities, our volunteers can bring books, audiobooks and large-print books to your home every 3 weeks, free of charge. Ask for the home library service by phone or by email and we will arrange a visit to hear what you like to read.

All our libraries have step-free access and accessible toilets. Hearing loops are fitted at every help desk, and the Central Library has a magnifier and screen-reading software on two of its computers.`,
  },
];

/** Small knowledge bases of other businesses, with their own questions and off-topic ones. */
export const blind2SmallBases: readonly SmallBase[] = [
  {
    name: 'dental clinic (1 document)',
    documents: dentalDocuments,
    questions: heldOutRows([
      ['what time do you open on saturday', 'practice-information'],
      ['how much is a check up', 'practice-information'],
      ['I have terrible toothache and my cheek is swollen, can I be seen today?', 'practice-information'],
      ['is there a fee if I cancel my appointment last minute', 'practice-information'],
      ['do you take new patients', 'practice-information'],
      ['where can I park', 'practice-information'],
      ['can i pay for a crown in instalments', 'practice-information'],
      ['are kids check-ups free', 'practice-information'],
    ]),
    offTopic: [
      'which electric toothbrush should I buy',
      'do you do botox or lip fillers',
      'can I take ibuprofen with alcohol',
      'what is the capital of peru',
    ],
  },
  {
    name: 'coworking space (2 documents)',
    documents: coworkingDocuments,
    questions: heldOutRows([
      ['how much is a day pass', 'memberships'],
      ['difference between a hot desk and a fixed desk', 'memberships'],
      ['how much notice to cancel my membership', 'memberships'],
      ['can I use you as my registered business address', 'memberships'],
      ['can I get in at the weekend', 'building-and-facilities'],
      ['lost my fob', 'building-and-facilities'],
      ['how do I book the boardroom', 'building-and-facilities'],
      ['can I bring my dog', 'building-and-facilities'],
      ['is there anywhere to leave my bike and have a shower', 'building-and-facilities'],
    ]),
    offTopic: [
      'what is the best laptop for programming',
      'how do I register a limited company',
      'is there a good sandwich shop nearby',
      'can you recommend an accountant',
    ],
  },
  {
    name: 'invoicing app (5 documents)',
    documents: invoicingDocuments,
    questions: heldOutRows([
      ['how do I put my logo on invoices', 'create-an-invoice'],
      ['can I change the invoice numbering', 'create-an-invoice'],
      ['bill a client the same amount every month automatically', 'recurring-invoices'],
      ['how do I stop a recurring invoice', 'recurring-invoices'],
      ['client hasnt paid, can it send reminders', 'reminders-and-late-payments'],
      ['add a late fee to overdue invoices', 'reminders-and-late-payments'],
      ['client paid by bank transfer, how do i mark the invoice paid', 'reminders-and-late-payments'],
      ['let clients pay by card', 'online-payments'],
      ['what fees do you take on card payments', 'online-payments'],
      ['how much is the pro plan', 'plans-and-billing'],
      ['if I cancel will I lose my old invoices', 'plans-and-billing'],
    ]),
    offTopic: [
      'how do I file my self assessment tax return',
      'what is the VAT threshold this year',
      'how do I open a business bank account',
      'write me a cover letter for a design job',
    ],
  },
  {
    name: 'city library (12 documents)',
    documents: libraryDocuments,
    questions: heldOutRows([
      ['how do I get a library card, what do I need to bring', 'join-the-library'],
      ['how long can I keep a book', 'borrowing-and-renewing'],
      ['my dog chewed a library book what now', 'fines-and-lost-items'],
      ['the book I want is out, can I reserve it', 'reservations'],
      ['can I read ebooks on my kindle', 'ebooks-and-audiobooks'],
      ['is the central library open on sunday', 'opening-hours-and-branches'],
      ['wifi password?', 'computers-wifi-and-printing'],
      ['toddler story time, do I need to book', 'events-and-childrens-activities'],
      ['can you get a book you dont have from another library', 'interlibrary-loans'],
      ['I have boxes of old books, can I give them to you', 'donating-books'],
      ['my mum is housebound, can someone bring her books', 'home-library-service'],
      ['can I book a room to study with friends', 'study-spaces-and-rooms'],
    ]),
    offTopic: [
      'who wrote pride and prejudice',
      'how do I get a parking permit from the council',
      'when are the bins collected on my street',
      'recommend a good thriller to read',
    ],
  },
];

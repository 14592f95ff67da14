// The fourth blind set of the knowledge-base evaluation (issue 16, item 5: "questions that no one
// here has seen"). Written on 2026-11-29 by an engineer who had never seen how the offline model
// retrieves, as shoppers and customers of the Parcelwise help centre type: typos, lower case, slang,
// long angry messages with the question buried inside, style requests, feelings, situations instead
// of topic names, products and brands, British and American spellings, non-native English.
//
// Read while writing it: issue 16; the titles, slugs, categories, tags and bodies of the site's
// articles (`examples/support-site/knowledge/*.ts`, dumped without their `questions:` arrays); the
// types and the `heldOutRows` helper of `knowledge-data.ts`; how the harness imports and reports the
// third blind set (`knowledge-base.ts`); `run.ts`; the `KnowledgeDocument` shape in the API report.
// Not opened: the offline model's code, README and EVALUATION.md (`packages/core/src/offline/`),
// `packages/core/src/style/`, any other question set, the articles' `questions:` arrays,
// `test/knowledge-base.test.ts`, or the README's knowledge-base figures.
// Every question was written before the offline model was run even once, and none was edited after.
//
// Measure only, never tune on it: it is reported as "blind 4" rows (shares and counts, never which
// question missed). Once anyone reads its misses or tunes retrieval on it, it is a dev set.
//
// Measured once (`npm run bench -- --only knowledge-base`, 2026-11-29 23:38 UTC, main at 7ee048e), counts only:
// - support site (36 articles): 159 of 192 answered from a right article first (82.8 %), 35 of 43 off-topic
//   questions declined (81.4 %);
// - dental practice (2 docs): 8 of 10 answered (80 %), 5 of 5 off-topic declined;
// - bike repair shop (4 docs): 9 of 12 answered (75 %), 4 of 5 off-topic declined (80 %);
// - public library (8 docs): 15 of 16 answered (93.8 %), 4 of 5 off-topic declined (80 %);
// - online course platform (20 docs): 15 of 18 answered (83.3 %), 6 of 6 off-topic declined.
import type { KnowledgeDocument } from '@attune/core/offline';
import { heldOutRows, type KnowledgeQuestion, type SmallBase } from './knowledge-data';

/** Customer questions for the help centre's articles, with the slugs that answer them (best first). */
export const blind4SiteQuestions: readonly KnowledgeQuestion[] = heldOutRows([
  // Parcel marked delivered but never received
  ['tracking says delivered at 2pm but theres nothing at my door??', 'delivered-but-not-received'],
  [
    "Swiftline claims they dropped my parcel off yesterday. I've checked the porch, the bins and asked next door. Nothing. What now?",
    'delivered-but-not-received',
  ],
  ['i think someone nicked my package off the doorstep', 'delivered-but-not-received'],
  ["tl;dr what do i do if the app says it arrived but it didn't", 'delivered-but-not-received'],
  ["the delivery photo shows a front door that isn't even mine", 'delivered-but-not-received'],
  [
    "Honestly so annoyed right now. I needed this for my mum's birthday on Saturday, the order shows as delivered and I never got a thing. How do I sort this out?",
    'delivered-but-not-received',
  ],
  ['package marked delivered, not here. do i have to chase the courier myself', 'delivered-but-not-received'],
  [
    'how many days have i got to tell you a parcel never showed up even tho it says delivered',
    'delivered-but-not-received',
  ],
  [
    'Order is showing delivered but I never receive it, please what I should do',
    'delivered-but-not-received',
  ],

  // Arrived damaged
  ['the vase turned up in three pieces', 'item-arrived-damaged'],
  [
    'the driver left it out in the rain, the box is soaked through and the lampshade inside is ruined',
    'item-arrived-damaged',
  ],
  [
    'opened the box and the mirror is cracked. do i have to post the broken glass back to you?',
    'item-arrived-damaged',
  ],
  [
    'New dining table has a nasty scratch on one leg. Could I just get some money off instead of sending the whole thing back?',
    'item-arrived-damaged',
  ],
  ["explain like I'm five: my mug came chipped, what happens now", 'item-arrived-damaged'],
  [
    'only spotted the dent in the kettle a week after it came, is it too late to report it',
    'item-arrived-damaged',
  ],
  ['plates smashed in transit. absolutely gutted, they were a wedding present', 'item-arrived-damaged'],
  [
    'the delivery guys brought the sofa in and the arm is ripped. can I just say no and make them take it away?',
    'item-arrived-damaged',
  ],

  // Late delivery
  ['where is my parcel its been 8 working days on standard', 'delivery-is-late'],
  [
    "I'm really fed up. Tracking hasn't moved since Monday and nobody tells me anything. Is it lost or what?",
    'delivery-is-late',
  ],
  [
    'paid extra for next day and it came two days later, do I get the delivery money back',
    'delivery-is-late',
  ],
  ['parcel stuck in transit for ages', 'delivery-is-late'],
  ['quickly - after how long do you treat a late parcel as lost?', 'delivery-is-late'],
  [
    'ordered on the 3rd, still nothing, standard said 3-5 days. is it normal around christmas?',
    'delivery-is-late',
  ],
  ['the home delivery team never showed up in my 4 hour slot', 'delivery-is-late'],
  [
    'My order is overdue. In detail please: what will you actually do about it, and when?',
    'delivery-is-late',
  ],

  // Tracking
  ['how do i track my order', 'track-your-order'],
  ['wheres my stuff at', 'track-your-order'],
  ['the tracking link shows no info, I only got the dispatch email an hour ago', 'track-your-order'],
  ["what does 'preparing' mean on my order", 'track-your-order'],
  ['which courier do you use? I want to follow the parcel on their website', 'track-your-order'],
  ['why does my order have two different tracking numbers', 'track-your-order', 'missing-items'],
  ['Can I see where my sofa is? All I have is a code starting HD', 'track-your-order'],

  // Returning an item
  ['want to send this rug back, the colour looks totally different in my living room', 'return-an-item'],
  ["how do I return something? I don't own a printer", 'return-an-item'],
  [
    'can i still return stuff i bought 5 weeks ago? im a plus member',
    'return-an-item',
    'what-is-parcelwise-plus',
  ],
  ['where can I drop off a return', 'return-an-item'],
  ['do i have to pay for return postage', 'return-an-item'],
  ['I need to return a wardrobe, will you come and pick it up?', 'return-an-item', 'large-item-delivery'],
  ["in short, what's your returns policy", 'return-an-item'],
  [
    'Bought a set of bath towels, changed my mind, still in the wrapper. How do I get them back to you?',
    'return-an-item',
  ],
  ['how long do i have to send something back', 'return-an-item'],

  // Refund timing
  ['how long till i get my money back', 'refund-timing'],
  [
    'Returned a chair TWO WEEKS ago and still no refund. This is ridiculous, I want my money.',
    'refund-timing',
  ],
  ['I paid with PayPal, when will the refund land?', 'refund-timing'],
  ['Do I get the shipping cost back when I return things?', 'refund-timing'],
  ["my return says Received but it's not Refunded yet, whats going on", 'refund-timing'],
  ['paid with a gift card and sent it back, how do i get refunded', 'refund-timing'],
  ['tl;dr when does the money go back on my card after a return', 'refund-timing'],
  [
    "Hi, I dropped my parcel at the Swiftline shop 12 working days ago and it still isn't showing as received. Please help.",
    'refund-timing',
  ],
  ["refund says completed but my bank doesn't show it", 'refund-timing'],

  // Items that cannot be returned
  ["can I return a candle I've lit once?", 'non-returnable-items'],
  ['are personalised things returnable? the board came engraved with the wrong name', 'non-returnable-items'],
  [
    'I took the pillow out of the plastic to try it and hate it, can it still go back',
    'non-returnable-items',
  ],
  ['final sale stuff - can those be returned', 'non-returnable-items'],
  ['I measured wrong for my made to measure blinds, can I return them?', 'non-returnable-items'],

  // Exchanges
  ['the duvet cover is the wrong size, can i swap it for a king', 'exchange-an-item'],
  ["I'd like the same cushion but in green instead", 'exchange-an-item'],
  ['Do I have to wait for you to get my return before you send the bigger size?', 'exchange-an-item'],
  ['can I exchange my sofa for another color', 'exchange-an-item'],
  ['the colour i want to swap to is more expensive, do i pay the difference', 'exchange-an-item'],

  // Guarantee and warranty claims
  ['my kettle stopped working after 8 months', 'warranty-claim'],
  ['how long is the guarantee on Hearth pans', 'warranty-claim', 'care-cast-iron'],
  ['chair joint has gone wobbly, bought it last year, is that covered', 'warranty-claim'],
  ['the non-stick coating is peeling off my frying pan', 'warranty-claim'],
  ["it was a present so I don't have the receipt, can I still claim on the guarantee?", 'warranty-claim'],

  // Product care
  ['my chopping board stinks of garlic, how do i get rid of it', 'care-wooden-boards'],
  ['can I use olive oil on my wooden spoons?', 'care-wooden-boards'],
  [
    "put my cutting board through the dishwasher and now it's split, will you replace it?",
    'care-wooden-boards',
    'warranty-claim',
  ],
  ['my skillet has gone all rusty', 'care-cast-iron'],
  ['how do I re-season a cast iron pan? step by step please', 'care-cast-iron'],
  ['is it ok to simmer tomato sauce in the cast iron', 'care-cast-iron'],
  ['what temperature should i wash linen sheets at', 'care-linen-bedding'],
  ['can I use fabric conditioner on the linen duvet cover?', 'care-linen-bedding'],
  ['my new sheets shrank after the first wash, is that normal??', 'care-linen-bedding'],

  // The app
  ['app keeps crashing on my iphone', 'app-crashes-or-will-not-load'],
  ['the app just shows a white screen when I open it', 'app-crashes-or-will-not-load'],
  ['error APP-426 what does it mean', 'app-crashes-or-will-not-load'],
  ["I don't get any push alerts when my order ships", 'app-notifications'],
  [
    'how do I turn off the offers notifications but keep the delivery ones',
    'app-notifications',
    'marketing-and-cookies',
  ],
  ['notifications stopped working on my samsung', 'app-notifications'],

  // Parcelwise Plus
  ['is plus worth it, what do i actually get', 'what-is-parcelwise-plus'],
  ['how much does the membership cost per year', 'what-is-parcelwise-plus', 'plus-billing'],
  ['is there a free trial of plus', 'what-is-parcelwise-plus'],
  ['explain like im five what this Parcelwise Plus thing is', 'what-is-parcelwise-plus'],
  ['how do i stop my plus subscription', 'cancel-or-pause-plus'],
  ['can I take a break from my membership for a couple of months', 'cancel-or-pause-plus'],
  ['I paid for the yearly plan 5 days ago by mistake, can I get that back?', 'cancel-or-pause-plus'],
  [
    'if I cancel plus do I lose the 60 day returns on stuff I already started sending back',
    'cancel-or-pause-plus',
  ],
  ['when will you charge me for Plus after the trial', 'plus-billing'],
  ['my plus payment failed, do i lose free delivery?', 'plus-billing'],
  ['can I switch from monthly to annual billing', 'plus-billing'],
  ['where are the receipts for my membership fee', 'plus-billing', 'download-vat-invoice'],

  // Charged twice
  ["you've taken the money twice from my account!!!", 'charged-twice'],
  ['why are there two PARCELWISE PREAUTH lines on my statement', 'charged-twice'],
  ['I edited my order and now there are 2 payments pending', 'charged-twice'],
  ['charged double wtf', 'charged-twice'],
  [
    'Hello, I was billed 2 times for the same order, I am very worry about this. Please what I should do?',
    'charged-twice',
  ],
  [
    'my bank still shows a pending payment for an order I cancelled',
    'change-or-cancel-order',
    'charged-twice',
  ],

  // Paying
  ['do you take amex', 'payment-methods'],
  ['can I pay by bank transfer', 'payment-methods'],
  ['is cash on delivery possible?', 'payment-methods'],
  ['how many cards can i save on my account', 'payment-methods'],
  ["my card keeps getting declined at checkout but there's definitely money on it", 'payment-declined'],
  ['what does PW-PAY-051 mean', 'payment-declined'],
  ["checkout says too many attempts and won't let me pay", 'payment-declined'],
  ['payment failed, did you still take the money?', 'payment-declined'],
  ["my bank app asked me to approve it and I missed it, now the payment's been refused", 'payment-declined'],
  ['can I split the payment into 3', 'pay-with-klarna'],
  ['does Klarna do a credit check', 'pay-with-klarna'],
  [
    'I returned part of a Klarna order, what happens to the rest of my payments?',
    'pay-with-klarna',
    'refund-timing',
  ],
  ["my discount code isn't working", 'gift-cards-and-promo-codes'],
  ['how do I check my gift card balance', 'gift-cards-and-promo-codes'],
  ['can I use two promo codes on one order', 'gift-cards-and-promo-codes'],
  ['do gift vouchers expire?', 'gift-cards-and-promo-codes'],
  [
    'can i use my 15% off code on top of the plus discount',
    'gift-cards-and-promo-codes',
    'what-is-parcelwise-plus',
  ],

  // Invoices
  ['need a receipt for my expenses, where do I get one', 'download-vat-invoice'],
  ['where is the invoice pdf', 'download-vat-invoice'],
  ["why can't I download an invoice for the order I placed this morning?", 'download-vat-invoice'],
  ['I got 2 invoices for one order, is that a mistake', 'download-vat-invoice'],
  ['can you put my company name on the invoice', 'business-invoice-details'],
  ['the invoice has my company name spelt wrong', 'business-invoice-details'],
  ['can my business pay by bank transfer for a big order', 'business-invoice-details'],

  // Signing in and the account
  ['forgot my password', 'reset-your-password'],
  ['the reset email never came', 'reset-your-password'],
  ['password reset link says expired', 'reset-your-password'],
  ['new password keeps getting rejected with AUTH-422', 'reset-your-password'],
  ['how long does my new password need to be', 'reset-your-password'],
  ['i cant remember my pasword and i dont have access to that email anymore', 'reset-your-password'],
  ['how do I set up 2FA', 'two-step-verification'],
  ["lost my phone so I can't get the security code to log in", 'two-step-verification'],
  ['can I use Google Authenticator with my account', 'two-step-verification'],
  ['my account is locked', 'cannot-sign-in'],
  ['it says AUTH-423 when I try to log in', 'cannot-sign-in'],
  ['cant log in, ive tried everything, so frustrating', 'cannot-sign-in'],
  ["I signed up with Apple and now there's no password, how do I get in", 'cannot-sign-in'],
  [
    "got an email saying my account was suspended for suspicious activity?? I'm scared someone's been using it",
    'cannot-sign-in',
  ],
  ["keeps saying wrong password but I'm sure it's right", 'cannot-sign-in'],
  ['how do I change my email address', 'change-email-or-details'],
  ['I got married and need to update my surname on my account', 'change-email-or-details'],
  ['can I merge my two accounts', 'change-email-or-details'],
  ['how do I add another address to my address book', 'change-email-or-details'],
  ['can my husband use my Plus membership on his own account', 'change-email-or-details'],

  // Changing, cancelling and missing items
  ['cancel my order pls', 'change-or-cancel-order'],
  ['I put the wrong address on my order, can I still fix it?', 'change-or-cancel-order'],
  ['can I add something to an order I already placed', 'change-or-cancel-order'],
  ['ordered by mistake an hour ago and it says preparing, can i stop it', 'change-or-cancel-order'],
  ['I want to move the delivery day for my bed', 'change-or-cancel-order', 'large-item-delivery'],
  ['Can I remove one item from my order before it ships?', 'change-or-cancel-order'],
  ['half my order is missing', 'missing-items'],
  ['only got 2 of the 3 things I ordered', 'missing-items'],
  ['you sent me the wrong colour towels', 'missing-items'],
  ['box arrived with no candle inside, just the packaging', 'missing-items'],
  ["received someone else's item instead of mine", 'missing-items'],
  ["the bowls I ordered weren't in the parcel, what now", 'missing-items'],

  // Delivery options, large items and where we deliver
  ['how much is delivery', 'delivery-options-and-costs'],
  ['do you do next day delivery', 'delivery-options-and-costs'],
  ["what's the minimum spend for free shipping", 'delivery-options-and-costs'],
  ['do you deliver on sundays', 'delivery-options-and-costs'],
  ['can I pick a specific day for my delivery', 'delivery-options-and-costs'],
  ['how much to deliver a sofa', 'large-item-delivery'],
  ['will the delivery guys carry the wardrobe upstairs for me', 'large-item-delivery'],
  ['do you assemble beds', 'large-item-delivery'],
  ["what happens if the sofa won't fit through my front door", 'large-item-delivery'],
  ['do u ship to france', 'delivery-areas'],
  ['Can you deliver to Northern Ireland?', 'delivery-areas'],
  ['do you ship to the US', 'delivery-areas'],
  ['can I have it delivered to my PO box', 'delivery-areas'],

  // Contact, data and marketing
  ['I want to talk to a real person', 'contact-us'],
  ["what's your customer service number", 'contact-us'],
  ['are you open on boxing day', 'contact-us'],
  ['how do i make a complaint', 'contact-us'],
  ['what time does live chat close on a sunday', 'contact-us'],
  ['delete my account', 'download-or-delete-your-data'],
  ['I want a copy of all the data you hold on me (GDPR)', 'download-or-delete-your-data'],
  ['if I close my account what happens to my gift card balance', 'download-or-delete-your-data'],
  ['Please erase all my personal information from your systems.', 'download-or-delete-your-data'],
  ['stop sending me emails', 'marketing-and-cookies'],
  ['unsubscribe me from the newsletter', 'marketing-and-cookies'],
  ['how do I reject cookies', 'marketing-and-cookies'],
  ['do you sell my data to advertisers', 'marketing-and-cookies'],

  // Mixed: buried questions, brands, short answers wanted
  [
    "Your company is a joke. Third time I'm writing. I ordered a Hearth casserole dish, it came with a massive crack down the side, and nobody has replied. Do you actually replace broken stuff or not?",
    'item-arrived-damaged',
  ],
  ['can you give me the short answer: does Apple Pay work on your site', 'payment-methods'],
  ['Do you guys accept Visa debit?', 'payment-methods'],
  [
    'my toddler got hold of my phone and I think ordered 4 lampshades, how do I undo that',
    'change-or-cancel-order',
  ],
  ['yo can i get stuff sent to my uni halls in dublin', 'delivery-areas'],
  ['How long will it take for an order to get to Shetland?', 'delivery-areas'],
  [
    'bit embarrassed but I think I unsubscribed from your emails by accident, will I still hear when my order ships?',
    'marketing-and-cookies',
    'app-notifications',
  ],
  ['the app freezes every time I open my basket, driving me mad', 'app-crashes-or-will-not-load'],
  [
    "In simple words please: why does my bank show a hold from you when I haven't been charged yet?",
    'charged-twice',
  ],
  ['got a coupon in your newsletter, where do I type it in', 'gift-cards-and-promo-codes'],
  [
    'my grandma gave me one of your gift cards for christmas two years ago, is it still any good',
    'gift-cards-and-promo-codes',
  ],
  [
    "I'm moving house next week and my order hasn't shipped yet, can you send it to the new place?",
    'change-or-cancel-order',
  ],
]);

/** Questions the help centre does not answer, including ones in the shop's own words: each must be declined. */
export const blind4OffTopicQuestions: readonly string[] = [
  // In the shop's own words, but no article answers them
  'do you price match if I find it cheaper somewhere else',
  'when does your black friday sale start',
  'do you have an actual shop I can visit in person',
  'are your chopping boards FSC certified',
  'can I place an order over the phone',
  'are you hiring at the warehouse? how do I apply',
  'do you have a student discount',
  'do you offer gift wrapping',
  'how do I leave a review for something I bought',
  'where are your products made',
  'how do I become a seller on Parcelwise Marketplace',
  'when will the green velvet armchair be back in stock',
  'how heavy is the Hearth 26cm skillet',
  'does the linen duvet cover come in super king',
  'can you recommend a sofa for a small flat',
  'is your packaging plastic free',
  'do you have a refer a friend scheme',
  'do you do wedding gift lists',
  'what wattage are your kettles',
  'who owns Parcelwise',
  // Other companies
  'how do I return something to amazon',
  'what time does ikea close today',
  'how do I cancel my netflix',
  'is royal mail on strike this week',
  'how do I track a DHL parcel',
  'how do I return something I bought on ebay',
  // General knowledge
  'what is the capital of australia',
  'who won the world cup in 2018',
  'how many calories are in a banana',
  'what is the boiling point of water in fahrenheit',
  'convert 5 miles to km',
  'who wrote pride and prejudice',
  // Coding
  'write a python function that reverses a string',
  'how do I center a div in css',
  'what is the difference between let and const in javascript',
  'how do I join two tables in SQL',
  // Weather
  'will it rain in london tomorrow',
  "what's the weather like in manchester this weekend",
  // Chit-chat
  'hi how are you',
  'tell me a joke',
  'are you a robot',
  "what's your favourite film",
  'good morning!',
];

const dentalDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'appointments',
    title: 'Booking, changing and cancelling appointments',
    tags: [
      'appointment',
      'booking',
      'cancel',
      'reschedule',
      'emergency',
      'missed appointment',
      'new patient',
    ],
    body: `Book check-ups and hygienist visits online at any time, or call reception on 01632 960 118, Monday to Friday 8:00 to 18:00 and Saturday 9:00 to 13:00.

New patients start with a 40-minute first examination, which includes X-rays if the dentist needs them. Please arrive 10 minutes early for your first visit to fill in your medical history.

If you need to change or cancel, give us at least 24 hours' notice by phone, online or by replying C to the text reminder we send 2 days before. Private patients are charged £25 for an appointment missed or cancelled with less notice. NHS patients who miss two appointments in a year may be asked to register with another practice.

We keep same-day emergency slots every weekday morning for toothache, swelling or a broken tooth: call from 8:00 and we will see you that day. When we are closed, call NHS 111 for urgent dental advice.`,
  },
  {
    id: 'fees',
    title: 'NHS and private treatment fees',
    tags: ['fees', 'prices', 'nhs', 'private', 'band', 'payment plan', 'free treatment'],
    body: `We see both NHS and private patients.

NHS charges in England are set by the government in three bands, and you pay one band charge per course of treatment:

- Band 1, £27.40: examination, X-rays, scale and polish, and advice.
- Band 2, £75.30: everything in Band 1 plus fillings, root canal treatment and extractions.
- Band 3, £326.70: everything in Bands 1 and 2 plus crowns, dentures and bridges.

NHS treatment is free if you are under 18, under 19 and in full-time education, pregnant or have had a baby in the last 12 months, or receive certain benefits. Bring proof to your appointment.

Private fees: check-up £55, 30-minute hygienist visit £70, white fillings from £120, teeth whitening £350. Before any treatment starts you get a written plan with its cost.

Pay by card or cash at reception. Private treatment over £500 can be spread over 6 months, interest-free, with our payment plan.`,
  },
];

const bikeDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'servicing',
    title: 'Service packages and prices',
    tags: ['service', 'tune-up', 'overhaul', 'price', 'e-bike'],
    body: `We offer three service levels. Parts are charged on top, and we always ask before fitting any.

- Safety check, £35: brakes and gears adjusted, tyres pumped, every bolt checked to the right torque.
- Standard service, £75: the safety check plus a full drivetrain clean, wheels trued and bearings adjusted.
- Full overhaul, £150: the bike is stripped down, deep cleaned, bearings regreased and all cables and housings replaced.

E-bikes are welcome: add £20 to any service for motor diagnostics and a firmware update on Bosch, Shimano Steps and Yamaha systems.

For most riders we recommend a standard service every 6 months or 2,000 miles, whichever comes first, and a full overhaul every two years.`,
  },
  {
    id: 'booking',
    title: 'Booking a repair and turnaround times',
    tags: ['booking', 'drop off', 'turnaround', 'quote', 'how long', 'estimate'],
    body: `Book a service or repair on our website, or just bring your bike in. Drop it off before 10:00, Tuesday to Saturday, so we can look at it the same day.

When you drop it off we give you an estimate. If we find more work that would add more than £20 to it, we call you for your OK before doing anything.

Most bikes are ready within 3 working days. From April to August, our busiest months, it can take up to 7 working days. We text you as soon as your bike is ready.`,
  },
  {
    id: 'punctures',
    title: 'Punctures and while-you-wait repairs',
    tags: ['puncture', 'flat tyre', 'inner tube', 'tubeless', 'walk-in', 'while you wait', 'brake pads'],
    body: `Punctures, brake pad swaps and chain replacements are done while you wait, usually within 30 minutes. No booking needed: walk in Tuesday to Saturday, 9:00 to 17:30.

Puncture repair costs £12, plus £8 if you need a new inner tube. Topping up tubeless sealant costs £15 a wheel.

Rear wheels with a hub motor on e-bikes take longer to remove, so please book those instead of walking in.`,
  },
  {
    id: 'collection',
    title: 'Collecting your bike, storage and our workmanship guarantee',
    tags: ['collection', 'pick up', 'storage fee', 'guarantee', 'warranty', 'payment'],
    body: `Please collect your bike within 7 days of our text saying it is ready. After that we charge £5 a day for storage, because space in the workshop is tight.

You pay when you collect, by card or phone. We do not take cash. Bring your repair ticket or the text we sent.

Our work is guaranteed for 30 days: if anything we adjusted comes loose or goes out of tune in that time, bring the bike back and we put it right for free. Parts we fit carry their manufacturer's warranty. If you would like your old parts back, tell us when you drop the bike off.`,
  },
];

const libraryDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'joining',
    title: 'Joining the library',
    tags: ['join', 'library card', 'membership', 'sign up', 'register'],
    body: `Joining Millbrook Libraries is free for anyone who lives, works or studies in Millbrook.

Bring photo ID and a proof of address dated in the last 3 months, such as a bank statement or council tax bill, to any branch and we will give you a card straight away. Children under 16 can join with a parent or carer's signature.

You can also join online: you get a digital card at once for eBooks and eAudiobooks, and collect your plastic card at a branch when you next visit.`,
  },
  {
    id: 'borrowing',
    title: 'Borrowing: how many items and for how long',
    tags: ['borrow', 'loan period', 'how long', 'dvd', 'items', 'self-service'],
    body: `With an adult card you can borrow up to 15 items at a time.

- Books and audiobooks on CD: 3 weeks.
- Children's books: 4 weeks.
- DVDs: 1 week.

Use the self-service machines in any branch with your card, or with the digital card in the Millbrook Libraries app. You can return items to any of our branches, not only the one you borrowed from.`,
  },
  {
    id: 'renewals',
    title: 'Renewing your loans',
    tags: ['renew', 'renewal', 'extend', 'loan'],
    body: `Renew your loans online, in the app, or on our 24-hour phone line, 01632 960 400. You need your card number and PIN.

Each item can be renewed up to 3 times, unless another member has reserved it; then it must come back by its due date. A renewed item is due 3 weeks from the day you renew it, not from its old due date.`,
  },
  {
    id: 'fines',
    title: 'Overdue charges, lost and damaged items',
    tags: ['fine', 'late fee', 'overdue', 'lost', 'damaged', 'charges'],
    body: `Adult items returned late are charged 25p a day each, up to £5 per item. Children, and members aged 60 or over, never pay overdue charges.

If you lose or damage an item, we charge its replacement cost plus a £2 administration fee. If you find a lost item within 3 months and return it in good condition, we refund the replacement cost.

You cannot borrow while you owe more than £10. Pay at any branch or online.`,
  },
  {
    id: 'reservations',
    title: 'Reserving items and inter-library loans',
    tags: ['reserve', 'reservation', 'request', 'inter-library loan', 'waiting list'],
    body: `Reserve any item in our catalogue, even one that is on loan, online or in the app. Reservations cost 60p, and are free for children's items.

We email or text you when it is ready, and keep it for 7 days at the branch you chose.

If we do not have a book at all, ask us for an inter-library loan: we borrow it from another library service for £3.`,
  },
  {
    id: 'elibrary',
    title: 'eBooks, eAudiobooks and digital magazines',
    tags: ['ebook', 'eaudiobook', 'digital', 'libby', 'magazines', 'kindle'],
    body: `Your library card gives you free eBooks and eAudiobooks through the Libby app. Sign in with your card number and PIN.

You can borrow 10 titles at a time for 21 days. They return themselves on the due date, so there are never overdue charges.

Digital magazines and newspapers are unlimited through PressReader, with the same card.`,
  },
  {
    id: 'computers',
    title: 'Computers, Wi-Fi and printing',
    tags: ['computer', 'wifi', 'internet', 'printing', 'scanning', 'photocopying'],
    body: `Free Wi-Fi is available in every branch: connect to MillbrookLibraries-Free, no password needed.

Members can use our public computers free for up to 2 hours a day; book a session at the desk or online.

Printing and photocopying cost 15p a page in black and white and 50p in colour, for A4. To print from your own device, email the file to print@millbrook-libraries.example and release it at the printer with your card. Scanning to email is free.`,
  },
  {
    id: 'hours',
    title: 'Opening hours and branches',
    tags: ['opening hours', 'open', 'closed', 'branches', 'book drop', 'address'],
    body: `Central Library, Market Square: Monday to Friday 9:00 to 19:00, Saturday 9:00 to 17:00, Sunday 11:00 to 15:00.

Eastgate and Riverside branches: Tuesday to Saturday 10:00 to 17:00.

All branches are closed on bank holidays. The book drop outside Central Library is open 24 hours a day, so you can return items when we are closed.`,
  },
];

const courseDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'create-account',
    title: 'Creating your Learnwell account',
    tags: ['sign up', 'register', 'account', 'google', 'apple'],
    body: `Create a free account at learnwell.example with your email address, or continue with Google or Apple. We send a confirmation link to your email; it works for 48 hours.

You must be at least 16 to have your own account. Younger learners can use Learnwell through a school that uses Learnwell for Teams.

One account works on the website and in the mobile apps, and your progress follows you between them.`,
  },
  {
    id: 'enrol',
    title: 'Enrolling in a course',
    tags: ['enrol', 'enroll', 'join course', 'start course', 'sign up for course'],
    body: `Open a course page and choose Enrol. Free courses start straight away; for paid courses you pay at checkout, or the course is included if you have Learnwell Unlimited.

Your courses are listed in My learning. You can be enrolled in as many courses as you like at the same time, and you can leave a course at any time from its settings.`,
  },
  {
    id: 'free-vs-paid',
    title: 'Free courses and paid courses',
    tags: ['free', 'audit', 'paid', 'price', 'cost'],
    body: `Many courses can be taken for free in audit mode: you watch every video and read every lesson, but graded assignments and the certificate are not included.

To get graded work and a certificate, buy the course (most cost between £29 and £99) or subscribe to Learnwell Unlimited. You can upgrade from audit mode at any time and keep your progress.`,
  },
  {
    id: 'subscription',
    title: 'Learnwell Unlimited subscription',
    tags: ['unlimited', 'subscription', 'price', 'monthly', 'annual', 'plan'],
    body: `Learnwell Unlimited gives you every course on Learnwell, with graded work and certificates, for £19 a month or £149 a year. New subscribers get 7 days free.

Manage or cancel your subscription in Settings > Billing. When you cancel, you keep access until the end of the period you have paid for. Certificates you earned stay yours after the subscription ends.`,
  },
  {
    id: 'refunds',
    title: 'Refunds for courses and subscriptions',
    tags: ['refund', 'money back', 'cancel purchase'],
    body: `Single courses: ask for a refund within 14 days of buying, as long as you have completed less than 30% of the course. Choose Request a refund in Settings > Purchases.

Yearly Unlimited subscriptions are refunded in full within 14 days of payment. Monthly subscriptions are not refunded, but you keep access until the month ends.

Refunds go back to the original payment method within 5 to 10 working days. Purchases made in the iPhone app are refunded by Apple; request them through Apple.`,
  },
  {
    id: 'certificates',
    title: 'Getting your certificate',
    tags: ['certificate', 'completion', 'linkedin', 'name on certificate'],
    body: `You earn a certificate when you finish every lesson of a paid or Unlimited course and pass its final quiz with at least 70%.

Download it as a PDF from My learning > Certificates, or add it to your LinkedIn profile with one click. Every certificate has a verification link that employers can open.

The name on your certificates comes from your profile. You can correct it once in Settings > Profile, and your certificates are reissued with the new name.`,
  },
  {
    id: 'offline',
    title: 'Watching lessons offline',
    tags: ['download', 'offline', 'no internet', 'travel'],
    body: `In the Learnwell app for iPhone, iPad and Android, tap the download icon next to a lesson or a whole section. Downloaded lessons play without an internet connection for 30 days; connect once in that time to keep them.

Downloads are not available on the website. Quiz answers you give offline are sent when you are back online.`,
  },
  {
    id: 'playback',
    title: "Videos won't play or keep buffering",
    tags: ['video', 'buffering', 'playback', 'not loading', 'black screen', 'error'],
    body: `If a video does not start or keeps stopping:

1. Check your connection; lessons need about 3 Mbps for HD.
2. Lower the quality in the player's settings.
3. Turn off browser extensions, especially ad blockers, and reload the page.
4. Use the latest version of Chrome, Firefox, Safari or Edge.

Error VID-403 means you are signed out or your access has ended; sign in again. VID-500 is a problem on our side: wait a few minutes and try again.`,
  },
  {
    id: 'login',
    title: 'Signing in and resetting your password',
    tags: ['sign in', 'log in', 'password', 'forgot password', 'reset'],
    body: `Choose Forgot password on the sign-in page and enter your email address. The reset link we send works for 1 hour.

If you created your account with Google or Apple, use that button to sign in instead; there is no Learnwell password to reset.

After 10 wrong passwords your account is locked for 30 minutes. Resetting your password unlocks it straight away.`,
  },
  {
    id: 'teams',
    title: 'Learnwell for Teams',
    tags: ['business', 'company', 'team', 'seats', 'admin', 'invoice', 'school'],
    body: `Learnwell for Teams gives your organisation Unlimited for everyone you invite, for £240 per seat a year, from 5 seats.

Admins add and remove people, assign courses and see progress reports in the admin dashboard. Seats can be moved from one person to another at any time.

We invoice yearly, and you can pay by card or bank transfer. For more than 100 seats, contact our sales team for a quote.`,
  },
  {
    id: 'quizzes',
    title: 'Quizzes, assignments and grading',
    tags: ['quiz', 'exam', 'assignment', 'grade', 'retake', 'peer review'],
    body: `Quizzes are marked instantly. If you do not pass, you can try again after 8 hours, up to 3 attempts in any 24 hours. Your highest score counts.

Some courses have peer-reviewed assignments: you submit your work, review the work of 3 other learners, and get your grade when 3 reviews of yours are in, usually within a week.`,
  },
  {
    id: 'deadlines',
    title: 'Deadlines and switching sessions',
    tags: ['deadline', 'late', 'session', 'reset deadlines', 'self-paced', 'cohort'],
    body: `Self-paced courses have no deadlines. Cohort courses run in sessions with weekly deadlines, so you learn alongside other people.

If you fall behind in a cohort course, move to a later session from the course settings. It is free, your completed work is kept, and you can switch as often as you need. Late work in your current session loses 10% of its grade per day.`,
  },
  {
    id: 'captions',
    title: 'Captions, transcripts and accessibility',
    tags: ['captions', 'subtitles', 'transcript', 'accessibility', 'screen reader', 'playback speed'],
    body: `Every video has captions in English, and most have captions in 12 more languages, including Spanish, French, German, Arabic and Hindi. Choose them with the CC button in the player.

A full transcript is below each video, and you can search it. Playback speed goes from 0.5x to 2x.

The website and apps work with screen readers and keyboard navigation. If you need extra time on quizzes, contact support and we will set it up for all your courses.`,
  },
  {
    id: 'q-and-a',
    title: 'Asking questions and contacting the instructor',
    tags: ['question', 'instructor', 'teacher', 'q&a', 'discussion', 'forum'],
    body: `Each course has a Q&A tab where you can ask about the material. Instructors and teaching assistants answer within 5 working days, and other learners often answer sooner.

Instructors cannot be messaged privately. For questions about your account, payments or certificates, contact Learnwell support instead: instructors cannot help with those.`,
  },
  {
    id: 'teach',
    title: 'Becoming an instructor',
    tags: ['teach', 'instructor', 'create course', 'earnings', 'revenue share', 'payouts'],
    body: `Apply to teach from Teach on Learnwell at the bottom of any page. We review applications within 2 weeks and look for real experience in the subject.

Instructors earn 50% of the price of every sale of their course, and a share of Unlimited revenue based on minutes watched. Payouts are made monthly by PayPal or bank transfer once your balance is above £50.`,
  },
  {
    id: 'gift',
    title: 'Gifting a course',
    tags: ['gift', 'present', 'buy for someone', 'gift card'],
    body: `On any paid course, choose Buy as a gift, enter the recipient's name and email, and pick the date the gift email should arrive. You can add a personal message.

The recipient has 12 months to redeem it. Gifts cannot be refunded once they are redeemed; before that, the buyer can ask for a refund within 14 days.

You can also give Learnwell Unlimited as a gift for 3, 6 or 12 months.`,
  },
  {
    id: 'coupons',
    title: 'Coupons and student discounts',
    tags: ['coupon', 'discount', 'promo code', 'student', 'voucher'],
    body: `Enter a coupon code in the Coupon field at checkout. Only one coupon can be used per purchase, and coupons cannot be applied after you have paid.

Students get 40% off Learnwell Unlimited. Verify your student status with your university email address or through UNiDAYS, and the discount is applied for 12 months at a time.`,
  },
  {
    id: 'mobile-app',
    title: 'The Learnwell mobile app',
    tags: ['app', 'iphone', 'android', 'ipad', 'in-app purchase'],
    body: `The Learnwell app runs on iPhone and iPad with iOS 15 or later, and on Android 9 or later. Your progress syncs with the website whenever you are online.

Courses and subscriptions bought in the iPhone app are billed by Apple, and prices can differ from the website. To cancel a subscription you started in the iPhone app, go to Settings > your name > Subscriptions on the device; we cannot cancel it for you.`,
  },
  {
    id: 'progress',
    title: "My progress isn't saving",
    tags: ['progress', 'not saving', 'complete', 'ticked', 'tracking'],
    body: `A video lesson is marked complete when you have watched 90% of it. Reading lessons are marked complete when you scroll to the end, or you can choose Mark as complete.

If progress does not save, make sure you are signed in and not in a private or incognito window, which can block the cookies we use to save it. In the app, pull down on My learning to sync.`,
  },
  {
    id: 'delete-account',
    title: 'Closing your account and your data',
    tags: ['delete account', 'close account', 'data', 'privacy', 'gdpr'],
    body: `To close your account, go to Settings > Privacy > Delete account. Cancel any subscription first, or it will keep renewing.

When your account is deleted you lose access to all your courses. Certificates you earned can still be verified through their links.

You can download your data, including your progress and certificates, from Settings > Privacy > Download my data before you delete.`,
  },
];

/** Small bases of four businesses not used before (2, 4, 8 and 20 documents). */
export const blind4SmallBases: readonly SmallBase[] = [
  {
    name: 'dental practice (2 docs)',
    documents: dentalDocuments,
    questions: heldOutRows([
      ["how much is a check up if i'm private", 'fees'],
      ['need to cancel tomorrows appointment, will I be charged', 'appointments'],
      ['toothache is killing me, can I be seen today?', 'appointments'],
      ["is NHS dental treatment free when you're pregnant", 'fees'],
      ['what does band 2 cover', 'fees'],
      ['can i pay for my crown in instalments', 'fees'],
      ["I'm a new patient, how long is the first appointment", 'appointments'],
      ['what time are you open on saturdays', 'appointments'],
      ['how much is whitening', 'fees'],
      ['broke a tooth on a sunday evening, who do I call', 'appointments'],
    ]),
    offTopic: [
      'do you do braces or invisalign',
      'is there parking near the practice',
      'is the practice wheelchair accessible',
      'what is the best electric toothbrush',
      'how do I reset my wifi router',
    ],
  },
  {
    name: 'bike repair shop (4 docs)',
    documents: bikeDocuments,
    questions: heldOutRows([
      ['how much for a full service', 'servicing'],
      ['back tyre is flat, can you fix it while I wait?', 'punctures'],
      ['how long will you have my bike for', 'booking'],
      ['do you work on ebikes', 'servicing'],
      ['gears slipping again a week after you serviced it, do i have to pay', 'collection'],
      ["can't pick my bike up until next month, is that ok", 'collection'],
      ['do I need an appointment to get my brake pads changed', 'punctures'],
      ['will you tell me the price before doing extra work?', 'booking'],
      ['how often should a bike be serviced', 'servicing'],
      ['tubeless sealant top up price', 'punctures'],
      ['can I pay cash when I collect', 'collection'],
      ['what time do I need to drop my bike off by', 'booking'],
    ]),
    offTopic: [
      'do you sell second hand bikes',
      'do you rent out bikes',
      'can you do a professional bike fit',
      "what's the best cycle route to the coast",
      'how do I fix a leaking tap',
    ],
  },
  {
    name: 'public library (8 docs)',
    documents: libraryDocuments,
    questions: heldOutRows([
      ['how do i get a library card', 'joining'],
      ['what do I need to bring to sign up', 'joining'],
      ['how long can I keep a dvd', 'borrowing'],
      ['how many books can i take out at once', 'borrowing'],
      ['can I renew my books online', 'renewals'],
      ["why won't it let me renew this book again", 'renewals'],
      ['how much is the late fee', 'fines'],
      ['my dog chewed up a library book, what do I owe you', 'fines'],
      ["I'm 65, do I still pay overdue fines?", 'fines'],
      ["can i put a hold on a book that's checked out", 'reservations'],
      ["the book I want isn't in your catalogue at all", 'reservations'],
      ['do you have ebooks', 'elibrary'],
      ["what's the wifi password", 'computers'],
      ['how much to print a page in colour', 'computers'],
      ['are you open on sunday', 'hours'],
      ['can I return books when the library is shut', 'hours'],
    ]),
    offTopic: [
      'can I book a meeting room at the library',
      'do you run toddler story time',
      'can I donate my old books to you',
      'who wrote the hunger games',
      'what is the population of canada',
    ],
  },
  {
    name: 'online course platform (20 docs)',
    documents: courseDocuments,
    questions: heldOutRows([
      ["can I get my money back for a course I don't like", 'refunds'],
      ['how do i get a certificate', 'certificates'],
      ['my name is spelled wrong on my certificate', 'certificates'],
      ['can i download the videos to watch on the plane', 'offline'],
      ['video keeps buffering', 'playback'],
      ['how much is unlimited', 'subscription'],
      ['can I do courses for free', 'free-vs-paid'],
      ['failed the final quiz, when can I try again', 'quizzes'],
      ["I'm away on holiday and will miss the deadlines, can I move to the next session?", 'deadlines'],
      ['are there subtitles in spanish', 'captions'],
      ['how do i ask the teacher a question', 'q-and-a'],
      ['I want to teach a course on here, how much would I earn', 'teach'],
      ["I'd like to buy a course for my brother's birthday", 'gift'],
      ['is there a student discount', 'coupons'],
      ['I subscribed through the iPhone app, how do I cancel', 'mobile-app'],
      ["finished the lesson but it's not ticked as done", 'progress'],
      ['we need 25 seats for our company', 'teams'],
      ['how do I delete my learnwell account', 'delete-account'],
    ]),
    offTopic: [
      'are your courses accredited by universities',
      'are there live classes with the instructor',
      'can I transfer a course I bought to my friend',
      "what's the best programming language to learn first",
      'how do I make sourdough bread',
      "what's the weather in paris this week",
    ],
  },
];

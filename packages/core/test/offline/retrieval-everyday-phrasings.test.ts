import { describe, expect, it } from 'vitest';
import { createOfflineModel, type KnowledgeDocument } from '../../src/offline';
import { createPassageIndex } from '../../src/offline/passage-index';
import { createSynonymTable, searchTerms } from '../../src/offline/search-terms';
import { splitPassages } from '../../src/offline/split-passages';
import { answeredFrom } from './helpers';

/** A homeware shop's own articles, none of them from the support site, each in its own words. */
const shop: KnowledgeDocument[] = [
  {
    id: 'missing',
    title: 'Part of my order is missing',
    tags: ['missing item', 'incomplete order'],
    body: 'If something you ordered is not in your parcel, check for a second parcel first, then tell us and we send it.',
  },
  {
    id: 'late',
    title: 'My delivery is late',
    tags: ['late', 'stuck in transit'],
    body: 'If your tracking shows no movement for 3 working days, report it. If you paid for express delivery and it arrived late, we refund the delivery charge.',
  },
  {
    id: 'costs',
    title: 'Delivery options and costs',
    tags: ['express delivery', 'standard delivery'],
    body: 'Standard delivery costs £3.95 and express delivery £6.95; both are free over £50.',
  },
  {
    id: 'large',
    title: 'Delivery of furniture',
    tags: ['sofa', 'furniture'],
    body: 'Please measure doorways and stairs before you order a sofa; if it does not fit, we take it back and refund it.',
  },
  {
    id: 'methods',
    title: 'Payment methods we accept',
    tags: ['cards', 'paypal'],
    body: 'We accept Visa, Mastercard, American Express and PayPal. Debit and credit cards issued in the UK, the EU and Canada work. Gift cards can be combined with PayPal.',
  },
  {
    id: 'declined',
    title: 'Why was my payment declined?',
    tags: ['declined', 'failed payment'],
    body: 'A declined payment was stopped by your bank. Check the card has not expired and try again.',
  },
  {
    id: 'twice',
    title: 'Why have I been charged twice?',
    tags: ['double charge'],
    body: 'A second payment for one order is usually a pending hold that your bank releases within 5 working days.',
  },
  {
    id: 'contact',
    title: 'Contacting us',
    tags: ['contact', 'opening hours'],
    body: 'Call 0100 200 300, Monday to Saturday 9 to 5. We are closed on Christmas Day and bank holidays.',
  },
  {
    id: 'data',
    title: 'Your personal data',
    tags: ['gdpr', 'privacy'],
    body: 'Ask for a copy of the personal data we hold about you under GDPR, or ask us to delete it.',
  },
  {
    id: 'klarna',
    title: 'Paying in three instalments',
    tags: ['klarna', 'pay later'],
    body: 'Klarna splits an order into three payments, one a month.',
  },
  {
    id: 'areas',
    title: 'Where we deliver',
    tags: ['countries', 'abroad'],
    body: 'We deliver across the UK and to Ireland, and you pay the same price.\n\nThere are no customs charges on orders to Ireland, which ship from our Dublin warehouse.',
  },
  {
    id: 'exchange',
    title: 'Exchanging an item for another size',
    tags: ['exchange', 'swap', 'size'],
    body: 'Choose Exchange on the order and pick the size you want; we send it when your return arrives.',
  },
];

const model = createOfflineModel({ knowledge: shop, pacing: 0 });

describe('offline retrieval of everyday phrasings in any base', () => {
  it('reads what a box did not hold or came without as missing, and tracking that has not moved as stuck', async () => {
    expect(await answeredFrom(model, 'box came but the mugs werent in it')).toBe('missing');
    expect(await answeredFrom(model, 'my order came without the screws')).toBe('missing');
    expect(await answeredFrom(model, 'the tracking hasnt moved in days and nobody tells me anything')).toBe(
      'late',
    );
  });

  it('reads days later as late, and a fee asked back as a refund', async () => {
    expect(
      await answeredFrom(model, 'paid for express and it came 2 days later, do I get the delivery fee back'),
    ).toBe('late');
  });

  it('reads a bounced payment as failed and two payments as a double charge', async () => {
    expect(await answeredFrom(model, 'my payment bounced, what now')).toBe('declined');
    expect(await answeredFrom(model, '2 payments on my statement for the same order')).toBe('twice');
  });

  it('knows a couch is a sofa, a king size is a size, Amex is American Express and a Canadian card is about Canada', async () => {
    expect(await answeredFrom(model, "what if the couch won't fit through my front door")).toBe('large');
    expect(await answeredFrom(model, 'swap my double for a king size')).toBe('exchange');
    expect(await answeredFrom(model, 'do you take amex')).toBe('methods');
    expect(await answeredFrom(model, 'can I use a gift card and paypal together')).toBe('methods');
    expect(await answeredFrom(model, 'I live in Toronto, will my Canadian credit card work?')).toBe(
      'methods',
    );
  });

  it('reads public holidays by name, a bare phone number as the business, a subject access request as GDPR', async () => {
    expect(await answeredFrom(model, 'are you open on boxing day')).toBe('contact');
    expect(await answeredFrom(model, 'phone number?')).toBe('contact');
    expect(await answeredFrom(model, 'subject access request')).toBe('data');
  });

  it('answers from a document that covers the question alone when the first by title covers little', async () => {
    expect(await answeredFrom(model, 'will I have to pay customs if I order to Dublin')).toBe('areas');
  });

  it('reads getting in as access, and open every day as open at the weekend', async () => {
    const space = createOfflineModel({
      knowledge: [
        {
          id: 'building',
          title: 'Using the building',
          tags: ['access', 'key fob'],
          body: 'Members have access 24 hours a day, 7 days a week with their key fob.',
        },
        { id: 'plans', title: 'Membership plans', body: 'A desk costs £200 a month; a day pass £20.' },
      ],
      pacing: 0,
    });
    expect(await answeredFrom(space, 'can I get in at the weekend')).toBe('building');
  });

  it('counts words of one meaning as one word shared with a document', async () => {
    // "product" and "bought" both mean the item: the question is about reviews, which no article covers.
    expect(await answeredFrom(model, 'how do I write a review of a product I bought')).toBeUndefined();
  });

  it('reads on hold as paused, dropped off as delivered, saying no as refusing, an app that will not let me as cannot, and more', async () => {
    const mixed = createOfflineModel({
      knowledge: [
        { id: 'pause', title: 'Pausing your membership', body: 'Pause your membership for up to 3 months.' },
        {
          id: 'alerts',
          title: 'Not getting notifications',
          body: 'Turn on notifications for your phone in Settings > Alerts.',
        },
        {
          id: 'custom',
          title: 'Items that cannot be returned',
          body: 'Made-to-measure curtains cannot be returned.',
        },
        {
          id: 'power',
          title: 'What to do in a power cut',
          body: 'Call 105 to report a power cut in your area.',
        },
        {
          id: 'neutering',
          title: 'Neutering your pet',
          body: 'We neuter cats and dogs from 6 months of age. Your pet needs a check-up 3 days after.',
        },
        {
          id: 'vaccinations',
          title: 'Vaccinations',
          body: 'Puppies and kittens have their first vaccinations at 8 and 12 weeks old.',
        },
        {
          id: 'refuse',
          title: 'Checking a delivery at the door',
          body: 'If the box looks damaged when it arrives, you can refuse the delivery.',
        },
        {
          id: 'locked',
          title: 'Signing in',
          body: 'If you cannot sign in with the right password, your account may be locked for 15 minutes. We also lock it when we see suspicious activity.',
        },
        {
          id: 'received',
          title: 'My parcel says delivered but I have not received it',
          body: 'Check your safe place and ask your neighbours first.',
        },
      ],
      pacing: 0,
    });
    for (const [question, id] of [
      ['can I put my membership on hold for a while', 'pause'],
      ['my phone stopped buzzing', 'alerts'],
      ['can I return curtains that were custom made', 'custom'],
      ['the electricity has gone off in my street', 'power'],
      ['my dog gets castrated next week, what do I do', 'neutering'],
      ['my parcel was dropped off but I never got it', 'received'],
      ['the delivery box is ripped, can I say no to it', 'refuse'],
      ["the app won't let me sign in", 'locked'],
      ['my account has been hacked', 'locked'],
      // "needs" says nothing about what is asked; jabs are vaccinations.
      ['my kitten needs her jabs', 'vaccinations'],
    ] as const)
      expect(await answeredFrom(mixed, question), question).toBe(id);
  });

  it('counts a word a phrasing was rewritten to, which the base does not know, as naming nothing', async () => {
    const dentist = createOfflineModel({
      knowledge: [
        {
          id: 'practice',
          title: 'Practice information',
          body: 'We are open Monday to Friday and welcome new patients; we take all major cards.',
        },
      ],
      pacing: 0,
    });
    // "do you take" is also read as accept, a word this base never uses.
    expect(await answeredFrom(dentist, 'do you take new patients')).toBe('practice');
  });

  it('keeps apart the synonym groups of two words Porter stems alike', () => {
    const table = createSynonymTable([
      ['instalment', 'split'],
      ['assemble', 'install'],
    ]);
    const [instal = '', split = '', assemble = ''] = searchTerms('instalment split assemble');
    expect(searchTerms('install')).toEqual([instal]);
    expect([...(table.get(instal, ['instalment']) ?? [])]).toEqual([[split, ['split']]]);
    expect([...(table.get(instal, ['install']) ?? [])]).toEqual([[assemble, ['assemble']]]);
    // Without the written word, both groups; a synonym comes with the word its group writes it as.
    expect([...(table.get(instal)?.keys() ?? [])]).toEqual([split, assemble]);
    expect(table.get(assemble)?.get(instal)).toEqual(['install']);
  });

  it('reads a mate as a friend, charities as nonprofits, an hourly rate, a child by age, 2x, a cut-off and another day', async () => {
    const club = createOfflineModel({
      pacing: 0,
      knowledge: [
        { id: 'guests', title: 'Bringing a friend', body: 'Members can bring a guest twice a month.' },
        {
          id: 'juniors',
          title: 'Juniors',
          body: "Juniors aged 12 to 15 can join with a parent's consent and use the pool until 7pm.",
        },
        { id: 'rates', title: 'Our prices', body: 'Our labour rate is £50 for the first hour of work.' },
        { id: 'discounts', title: 'Discounts', body: 'Nonprofits and schools get 30% off every plan.' },
        { id: 'rebook', title: 'Rebooking a visit', body: 'You can reschedule a visit up to a day before.' },
        {
          id: 'double',
          title: 'Why have I been charged twice?',
          body: 'A second payment for one booking is a pending hold your bank releases.',
        },
        {
          id: 'next-day',
          title: 'Next-day delivery of equipment',
          body: 'Order by 8pm on a weekday and the equipment arrives the next day.',
        },
        {
          id: 'materials',
          title: 'The materials we use',
          body: 'Our mats and towels are made of recycled materials.',
        },
      ],
    });
    expect(await answeredFrom(club, 'can I bring my mate along')).toBe('guests');
    expect(await answeredFrom(club, 'can my 13 year old daughter come')).toBe('juniors');
    expect(await answeredFrom(club, "what's your hourly rate")).toBe('rates');
    expect(await answeredFrom(club, 'any discount for charities?')).toBe('discounts');
    expect(await answeredFrom(club, 'I need to move my visit to another day')).toBe('rebook');
    expect(await answeredFrom(club, 'my card was charged 2x for one booking')).toBe('double');
    expect(await answeredFrom(club, "what's the cut off for next day")).toBe('next-day');
  });

  it('reads what a business will not take as its exceptions, what was meant to come as late, a share off as a discount, and more', async () => {
    const base = createOfflineModel({
      pacing: 0,
      knowledge: [
        {
          id: 'exceptions',
          title: 'Items we cannot take back',
          body: 'We cannot take back opened earrings or furniture made to order.',
        },
        { id: 'returns', title: 'Returning an item', body: 'Return any item within 30 days for a refund.' },
        {
          id: 'late',
          title: 'My parcel is late',
          body: 'If your parcel has not arrived within 5 working days, tell us and we trace it.',
        },
        {
          id: 'two-step',
          title: 'Two-step verification',
          body: 'We text a login code to your phone each time you sign in on a new device.',
        },
        { id: 'contact', title: 'Contact us', body: 'Email help@example.com or call us on weekdays.' },
        { id: 'email', title: 'Changing your email address', body: 'Change your email address in Account.' },
        {
          id: 'leaks',
          title: 'Emergency call-outs',
          body: 'Call us at once for a burst water pipe or a leak.',
        },
        { id: 'plans', title: 'Plans and billing', body: 'Schools get 40% off every plan.' },
        {
          id: 'vat',
          title: 'Downloading a VAT invoice',
          body: 'Download a VAT invoice for any order in Orders.',
        },
      ],
    });
    expect(await answeredFrom(base, "are there things you won't take back")).toBe('exceptions');
    expect(await answeredFrom(base, 'my parcel was meant to come on tuesday')).toBe('late');
    expect(await answeredFrom(base, 'where do I find the sign-in code')).toBe('two-step');
    expect(await answeredFrom(base, 'email address for customer service')).toBe('contact');
    expect(await answeredFrom(base, 'water pouring through the ceiling')).toBe('leaks');
    expect(await answeredFrom(base, 'do you do a discount for schools')).toBe('plans');
    expect(await answeredFrom(base, 'what do I download for work expenses')).toBe('vat');
  });

  it('finds a short synonym as itself or with an ending, not as the start of a longer word', () => {
    // "mate" means a friend; "materials" is no friend.
    const index = (body: string) =>
      createPassageIndex(
        splitPassages({ title: 'About us', body }, 'about'),
        createSynonymTable([['friend', 'mate']]),
      );
    expect(index('Our mats are made of recycled materials.').match(['friend']).matches).toEqual([]);
    expect(index('Bring your mates along.').match(['friend']).matches).toHaveLength(1);
  });
});

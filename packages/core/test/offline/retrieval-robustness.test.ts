import { describe, expect, it } from 'vitest';
import { createOfflineModel, type KnowledgeDocument } from '../../src/offline';
import { namingPairs } from '../../src/offline/another-kind';
import { normalizeSpelling } from '../../src/offline/spelling';
import { splitJoinedWords } from '../../src/offline/split-joined-words';
import { answeredFrom as firstSource, supportModel } from './helpers';

/** A small shop's own articles, none of them from the support site. */
const shop: KnowledgeDocument[] = [
  {
    id: 'damaged',
    title: 'My item arrived damaged',
    body: 'If an item arrives broken, send us a photo within 7 days and we send a replacement or refund it.',
  },
  {
    id: 'password',
    title: 'Resetting your password',
    body: 'Choose Forgot password on the sign-in page and follow the link we email you.',
  },
  {
    id: 'membership',
    title: 'Cancelling Club membership',
    tags: ['membership', 'cancel'],
    body: 'You can cancel your Club membership at any time in Account > Club; it runs to the end of the month.',
  },
  {
    id: 'contact',
    title: 'Contacting us',
    body: 'Write to hello@shop.example or call 0100 200 300, weekdays 9 to 5.',
  },
  {
    id: 'email',
    title: 'Changing your email address',
    body: 'Change the email address on your account in Account > Details and confirm the new address.',
  },
  {
    id: 'colours',
    title: 'Choosing a colour',
    body: 'Every cushion comes in six colours; the colour chart on each product page shows them in daylight.',
  },
  {
    id: 'tracking',
    title: 'Tracking your order',
    body: 'Open Orders and choose Track to see where your order is and when it arrives.',
  },
];

const model = createOfflineModel({ knowledge: shop, pacing: 0 });

/** The document the reply to a question drew on first, or undefined when it found no answer. */
const answeredFrom = (question: string, documents = model) => firstSource(documents, question);

describe('offline retrieval on questions in everyday words', () => {
  it('writes British and American spellings one way', () => {
    for (const [british, american] of [
      ['colour', 'color'],
      ['cancelled', 'canceled'],
      ['personalised', 'personalized'],
      ['centre', 'center'],
      ['jewellery', 'jewelry'],
      ['analyse', 'analyze'],
    ] as const) {
      expect(normalizeSpelling(british)).toBe(normalizeSpelling(american));
    }
    for (const word of ['hour', 'four', 'your', 'size', 'rise']) expect(normalizeSpelling(word)).toBe(word);
  });

  it('writes the commonest misspellings as the word', async () => {
    for (const [misspelt, word] of [
      ['recieved', 'received'],
      ['reciept', 'receipt'],
      ['seperate', 'separate'],
    ] as const)
      expect(normalizeSpelling(misspelt)).toBe(word);
    // Two letters off a six-letter stem: more than a typo is forgiven.
    expect(await answeredFrom('I never recieved the seperate email to confirm the new adress')).toBe('email');
  });

  it('finds a British article for an American question', async () => {
    expect(await answeredFrom('what color options are there?')).toBe('colours');
  });

  it('splits a known word run together with a short one, and leaves real words alone', () => {
    const known = new Set(['track', 'order', 'cancel', 'wear', 'home', 'work']);
    const knows = (term: string) => known.has(term);
    expect(splitJoinedWords('trackmy order', knows)).toBe('track my order');
    expect(splitJoinedWords('how do i cancelmy myorder', knows)).toBe('how do i cancel my my order');
    expect(splitJoinedWords('underwear and homework', knows)).toBe('underwear and homework');
  });

  it('answers a question typed without a space', async () => {
    expect(await answeredFrom('trackmy order')).toBe('tracking');
  });

  it('reads an unknown thing as an item when the article is about items', async () => {
    expect(await answeredFrom('the teapot came in pieces')).toBe('damaged');
    expect(await answeredFrom('How do I reset my router?')).toBeUndefined();
  });

  it('covers a question surely only with what the document says, not with a word read as an item', async () => {
    // "hiring", unknown, is read as an item in "Exchanging an item", which mentions the warehouse.
    expect(await firstSource(supportModel(), 'are you hiring at your warehouse')).toBeUndefined();
    expect(await firstSource(supportModel(), 'the vase came smashed')).toBe('item-arrived-damaged');
    expect(await firstSource(supportModel(), 'can I swap my lamp for a different colour')).toBe(
      'exchange-an-item',
    );
  });

  it('declines another kind of a thing the base knows, and answers the base’s own kind', async () => {
    expect(namingPairs('how do I cancel my gym membership?')).toContainEqual(['gym', 'membership']);
    expect(namingPairs('my teapot arrived, broken')).not.toContainEqual(['teapot', 'arriv']);
    expect(namingPairs('how do I read a parking meter')).toContainEqual(['park', 'meter']);
    expect(await answeredFrom('how do I cancel my gym membership')).toBeUndefined();
    expect(await answeredFrom('how do I cancel my membership')).toBe('membership');
  });

  it('reads "your email address" as the shop’s and "my email address" as the customer’s', async () => {
    expect(await answeredFrom("what's your email address?")).toBe('contact');
    expect(await answeredFrom('how do I change my email address?')).toBe('email');
  });

  it('finds the question inside a long, angry message', async () => {
    const message =
      "Honestly I'm done. Third email. Nobody replies to my emails and this is the worst service I've had. " +
      'The cushion I ordered arrived completely smashed and I want a replacement or my money back.';
    expect(await answeredFrom(message)).toBe('damaged');
  });

  it('searches the ways customers ask for a document, and checks them', async () => {
    const faq = createOfflineModel({
      pacing: 0,
      knowledge: [
        { id: 'hours', title: 'Opening hours', body: 'We are open Monday to Friday, 9am to 5pm.' },
        {
          id: 'chat',
          title: 'Live chat',
          body: 'Start a chat from the bubble at the bottom of any page.',
          questions: ['can I talk to a human online'],
        },
      ],
    });
    expect(await answeredFrom('talk to a human online', faq)).toBe('chat');
    expect(() =>
      createOfflineModel({
        knowledge: [{ title: 'A', body: 'B', questions: 'why?' as unknown as string[] }],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-list',
        message: 'Offline model: knowledge[0].questions must be an array of strings.',
      }),
    );
  });
});

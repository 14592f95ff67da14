import type { LanguageModelV4 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createOfflineModel, type KnowledgeDocument } from '../../src/offline';
import { sameWord, searchTerm } from '../../src/offline/search-terms';
import { answeredFrom, callFor, supportModel } from './helpers';

const site = supportModel();

/** The document a reply drew on first, after earlier user questions, or undefined for no answer. */
async function answeredAfter(
  model: LanguageModelV4,
  question: string,
  earlier: readonly string[],
): Promise<string | undefined> {
  const history = earlier.flatMap((text) => [
    { role: 'user' as const, text },
    { role: 'assistant' as const, text: 'Here is what I found.' },
  ]);
  const result = await model.doGenerate(callFor(question, {}, history));
  return result.content.find((part) => part.type === 'source')?.id;
}

/** A bakery's help pages, written for these tests. */
const bakery: KnowledgeDocument[] = [
  { id: 'hours', title: 'Opening hours', body: 'The shop is open from 7am to 6pm, Monday to Saturday.' },
  {
    id: 'delivery',
    title: 'Delivery',
    body: 'Delivery costs £3 within 5 miles and is free on orders over £30. We deliver cakes from 9am; allow two hours.',
  },
  {
    id: 'allergens',
    title: 'Allergens',
    body: 'Every cake lists its allergens. Ask us about nuts and gluten.',
  },
];

describe('offline retrieval ranking', () => {
  it('reads a short new question as new, not as a follow-up of the previous one', async () => {
    const model = createOfflineModel({ knowledge: bakery, pacing: 0 });
    expect(await answeredAfter(model, 'when are you open?', ['how much is delivery'])).toBe('hours');
    expect(await answeredAfter(site, 'when are you open?', ['how much is delivery'])).toBe('contact-us');
    // A question that refers back still leans on the previous one.
    expect(await answeredAfter(site, 'and what about furniture?', ['how much is delivery'])).toBe(
      'large-item-delivery',
    );
  });

  it('tells words that Porter stems alike but are not one word apart ("install", "instalment")', async () => {
    expect(searchTerm('install')).toBe(searchTerm('instalments'));
    expect(sameWord('install', 'instalments')).toBe(false);
    for (const [left, right] of [
      ['install', 'installing'],
      ['damaged', 'damaging'],
      ['delivery', 'deliveries'],
      ['replace', 'replacement'],
    ] as const)
      expect(sameWord(left, right), `${left} ~ ${right}`).toBe(true);
    expect(await answeredFrom(site, 'how do I install the app')).toBe('app-crashes-or-will-not-load');
    const shop = createOfflineModel({
      pacing: 0,
      knowledge: [
        { id: 'klarna', title: 'Paying in instalments', body: 'Split your payment into three instalments.' },
        { id: 'app', title: 'Our app', body: 'Install the app from the App Store. It works on any phone.' },
      ],
    });
    expect(await answeredFrom(shop, 'how do I install it on my tablet')).not.toBe('klarna');
    expect(await answeredFrom(shop, 'can I pay in instalments')).toBe('klarna');
  });

  it('reads a longer stem as the same word only through an English ending ("count" is not "countries")', async () => {
    // With any letters allowed as an ending, "Where we deliver" answered this through a price and a country.
    expect(await answeredFrom(site, 'how much is a rental car in Spain')).toBeUndefined();
    expect(await answeredFrom(site, 'do you deliver to Spain')).toBe('delivery-areas');
    expect(await answeredFrom(site, 'my card was declined')).toBe('payment-declined');
    expect(await answeredFrom(site, 'is delivery faster if I pay more')).toBe('delivery-options-and-costs');
  });

  it('prefers the document whose title, tags and ways of asking name the question over one shared word', async () => {
    expect(await answeredFrom(site, "lost my phone and can't get the login code")).toBe(
      'two-step-verification',
    );
    expect(await answeredFrom(site, 'where do I enter a promo code')).toBe('gift-cards-and-promo-codes');
  });
});

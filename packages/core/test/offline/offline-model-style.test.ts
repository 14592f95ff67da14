import { describe, expect, it } from 'vitest';
import { createOfflineModel } from '../../src/offline';
import { PHRASES } from '../../src/offline/phrases';
import type { Style } from '../../src/style/style';
import {
  callFor,
  contractions,
  listLines,
  readingGrade,
  replyText,
  sentences,
  supportModel,
  syllablesPerWord,
  words,
  wordsPerSentence,
} from './helpers';

const model = supportModel();
const reply = (question: string, style: Style) => replyText(model, callFor(question, style));

const QUESTIONS = [
  'How do I reset my password?',
  'How do I return an item?',
  'Why was my payment declined?',
  'How do I set up two-step verification?',
];

describe('offline model style conditioning', () => {
  it.each(QUESTIONS)('detail sets the length: %s', async (question) => {
    const terse = await reply(question, { detail: -1 });
    const detailed = await reply(question, { detail: 1 });
    expect(words(detailed).length).toBeGreaterThan(words(terse).length * 2);
    expect(sentences(detailed).length).toBeGreaterThan(sentences(terse).length);
  });

  it('a short reply keeps the sentences that answer the question, not merely the first ones', async () => {
    const bikes = createOfflineModel({
      pacing: 0,
      knowledge: [
        {
          id: 'bikes',
          title: 'Electric bikes',
          body: 'Our bikes have a blue frame and a basket. You find them at every station. They cost 30p a minute, plus £1 to unlock.',
        },
        { id: 'docks', title: 'Docking a bike', body: 'Push the bike into a free dock until it clicks.' },
      ],
    });
    const short = await replyText(bikes, callFor('how much are the electric bikes?', { detail: -1 }));
    expect(short).toContain('30p a minute');
    expect(short).not.toContain('every station');
  });

  it.each(QUESTIONS)('structure sets bullets versus prose: %s', async (question) => {
    const prose = await reply(question, { structure: -1 });
    const bullets = await reply(question, { structure: 1 });
    expect(listLines(prose)).toBe(0);
    expect(listLines(bullets)).toBeGreaterThanOrEqual(3);
    expect(bullets).toMatch(/^\*\*.+\*\*$/m);
  });

  it.each([...QUESTIONS, 'When will I get my refund?', 'Why have I been charged twice?'])(
    'expertise sets the reading level (Flesch-Kincaid grade): %s',
    async (question) => {
      for (const detail of [-1, 0, 1]) {
        const plain = await reply(question, { expertise: -1, detail });
        const expert = await reply(question, { expertise: 1, detail });
        expect(readingGrade(plain)).toBeLessThan(readingGrade(expert));
      }
    },
  );

  it.each([
    ['How do I reset my password?', 'AUTH-422'],
    ['Why was my payment declined?', 'PW-PAY-054'],
    ['How do I set up two-step verification?', 'TOTP'],
    ['The app keeps crashing', 'Clear cache'],
  ])('expertise high adds the technical passage, low leaves it out: %s', async (question, detail) => {
    const plain = await reply(question, { expertise: -1 });
    const expert = await reply(question, { expertise: 1 });
    expect(expert).toMatch(/Technical details|exact settings/);
    expect(expert).toContain(detail);
    expect(plain).not.toMatch(/Technical details|exact settings/);
    expect(plain).not.toContain(detail);
    expect(syllablesPerWord(plain)).toBeLessThan(syllablesPerWord(expert));
  });

  it('expertise low explains jargon in plain words', async () => {
    const plain = await reply('How do I set up two-step verification?', { expertise: -1 });
    expect(plain).toContain('Two-step verification means a second check, like a code sent to your phone.');
  });

  it.each(QUESTIONS)('formality sets greeting, contractions and sign-off: %s', async (question) => {
    const casual = await reply(question, { formality: -1, warmth: 1 });
    const formal = await reply(question, { formality: 1, warmth: 1 });
    expect(casual).toMatch(/^(Hey|Hi)\b/);
    expect(contractions(casual)).toBeGreaterThan(0);
    expect(contractions(formal)).toBe(0);
    expect(formal).toMatch(/(Kind regards|Yours sincerely|With best regards),\nThe support team$/);
    expect(casual).not.toMatch(/regards|sincerely/i);
  });

  it.each(QUESTIONS)('warmth adds a friendly opener and closer, or none: %s', async (question) => {
    const curt = await reply(question, { warmth: -1 });
    const warm = await reply(question, { warmth: 1 });
    const neutral = await reply(question, {});
    expect(warm).toMatch(/happy|glad|thanks|pleasure/i);
    expect(words(warm).length).toBeGreaterThan(words(neutral).length);
    expect(curt).not.toMatch(/happy to|glad|hope that helps|pleasure/i);
    expect(curt).not.toMatch(/\bplease\b/i);
  });

  it('humour adds one quip, the same for the same question', async () => {
    const question = 'How do I return an item?';
    const dry = await reply(question, { humour: -1 });
    const playful = await reply(question, { humour: 1 });
    const extra = playful.split('\n\n').filter((section) => !dry.includes(section));
    expect(extra).toHaveLength(1);
    expect(await reply(question, { humour: 1 })).toBe(playful);
  });

  it('makes no joke for someone who sounds upset, whatever the profile says about humour', async () => {
    for (const question of [
      'My lamp arrived smashed, how do I return it?',
      'How do I return an item? This is ridiculous!',
    ]) {
      const dry = await reply(question, { humour: -1 });
      expect(await reply(question, { humour: 1 })).toBe(dry);
    }
  });

  it('frames replies with phrases of no one domain, since the knowledge base is the app’s (a bakery’s, say)', () => {
    const phrases = Object.values(PHRASES).flat();
    expect(phrases.length).toBeGreaterThan(20);
    for (const phrase of phrases)
      expect(phrase).not.toMatch(/parcel|tracking|shipping|deliver|courier|order/i);
  });

  it('empathy acknowledges frustration', async () => {
    const question = 'My parcel says delivered but it is not here, this is ridiculous!';
    const matterOfFact = await reply(question, { empathy: -1 });
    const caring = await reply(question, { empathy: 1 });
    expect(caring).toMatch(/sorry|frustrat/i);
    expect(matterOfFact).not.toMatch(/sorry|frustrat/i);
  });

  it('a feeling in the message acknowledges it in this very reply, unless the app asked for no empathy', async () => {
    const upset = "I'm really frustrated. How do I return an item?";
    expect(await reply(upset, {})).toMatch(/sorry|frustrat/i);
    expect(await reply('How do I return an item?', {})).not.toMatch(/sorry|frustrat/i);
    expect(await reply(upset, { empathy: -1 })).not.toMatch(/sorry|frustrat/i);
  });

  it('two opposite personas get visibly different replies to the same question', async () => {
    const question = 'Why was my payment declined?';
    const brisk = await reply(question, {
      detail: -1,
      formality: -1,
      warmth: -1,
      humour: 1,
      expertise: -1,
      structure: -1,
      empathy: -1,
    });
    const thorough = await reply(question, {
      detail: 1,
      formality: 1,
      warmth: 1,
      humour: -1,
      expertise: 1,
      structure: 1,
      empathy: 1,
    });
    expect(words(thorough).length).toBeGreaterThan(words(brisk).length * 3);
    expect(listLines(thorough)).toBeGreaterThan(listLines(brisk));
    expect(wordsPerSentence(brisk)).toBeLessThan(wordsPerSentence(thorough));
    expect(thorough).toContain('PW-PAY-051');
    expect(brisk).not.toContain('PW-PAY-051');
  });

  it('a missing style block gives the neutral reply', async () => {
    const question = 'How do I return an item?';
    const unstyled = await replyText(model, {
      prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
    });
    expect(unstyled).toBe(await reply(question, {}));
  });
});

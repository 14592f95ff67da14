import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createLlmDetector, detectAttributes, detectStyle } from '../../src/detectors';
import { alignxSpace } from '../../src/persona/alignx-space';
import { createPersona } from '../../src/persona/persona';

describe('local detectors', () => {
  it('read detail, structure, expertise, warmth, humour and formality from the text', () => {
    const short = 'Use the blue cable.';
    const long = `${'Connect the blue cable to the port on the back, then wait for the light to turn green before you continue. '.repeat(6)}`;
    expect(detectStyle(long).detail).toBeGreaterThan(detectStyle(short).detail as number);

    const bullets = '## Steps\n- Open settings\n- Choose privacy\n- Save';
    expect(detectStyle(bullets).structure).toBeGreaterThan(
      detectStyle('Open settings, choose privacy and save.').structure as number,
    );

    const plain = 'The sun gives plants light. They use it to make food.';
    const technical =
      'Photosynthetic organisms convert electromagnetic radiation into chemical potential energy via chlorophyll-mediated electron transport.';
    expect(detectStyle(technical).expertise).toBeGreaterThan(detectStyle(plain).expertise as number);

    const warm = 'Thank you so much, you are wonderful! I love helping you with this.';
    const cold = 'That is wrong. Your request is stupid and annoying.';
    expect(detectStyle(warm).warmth).toBeGreaterThan(detectStyle(cold).warmth as number);

    const playful = "Haha, that's hilarious 😂 you nailed it!";
    expect(detectStyle(playful).humour).toBeGreaterThan(
      detectStyle('The report is attached.').humour as number,
    );
    expect(detectStyle("hey, don't worry, we'll sort it out lol").formality).toBeLessThan(
      detectStyle('Consequently, the committee has determined the appropriate procedure.')
        .formality as number,
    );
  });

  it('keeps every level in [-1, 1], also for empty and odd input', () => {
    for (const text of [
      '',
      '!!!!!!!!',
      '😂😂😂',
      '- \n- \n#',
      '日本語のテキストです。とても良い。',
      'a'.repeat(10000),
    ]) {
      for (const level of Object.values(detectAttributes(text, alignxSpace))) {
        expect(Number.isFinite(level) && level >= -1 && level <= 1).toBe(true);
      }
    }
  });

  it('reads safety, helpfulness and topics of the space', () => {
    const careful = 'Please be careful: this is dangerous, consult a professional and avoid any risk.';
    expect(detectAttributes(careful).safety).toBeGreaterThan(
      detectAttributes('Sure, go ahead.').safety as number,
    );
    const topics = detectAttributes('My dog loves the new video game.', alignxSpace);
    expect(topics['topic:pets']).toBeGreaterThan(0);
    expect(topics['topic:gaming']).toBeGreaterThan(0);
    expect(topics['topic:finance']).toBe(0);
  });
});

describe('LLM detector', () => {
  const reply = (json: unknown) =>
    new MockLanguageModelV4({
      doGenerate: {
        content: [{ type: 'text', text: JSON.stringify(json) }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 10, text: 10, reasoning: 0 },
        },
        warnings: [],
      },
    });

  it('turns structured output into attributes, dropping topics the space lacks', async () => {
    const model = reply({
      detail: -0.5,
      formality: 0.2,
      warmth: 0.9,
      humour: 0.7,
      expertise: 0,
      structure: 0,
      empathy: 0.4,
      safety: 0,
      helpfulness: 0.8,
      sentiment: 0.6,
      topics: ['pets', 'unknown_topic'],
    });
    const attributes = await createLlmDetector({ model }).detect('Your puppy sounds adorable!');
    expect(attributes).toMatchObject({ warmth: 0.9, humour: 0.7, 'topic:pets': 1 });
    expect(attributes['topic:unknown_topic']).toBeUndefined();
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('reads a self-description into explicit settings a persona can observe', async () => {
    const model = reply({
      dimensions: [
        { id: 'communication_concise', direction: 1 },
        { id: 'not_a_dimension', direction: 0 },
      ],
    });
    const settings = await createLlmDetector({ model }).describe({
      kind: 'description',
      at: 5,
      text: 'I like short answers.',
    });
    expect(settings).toEqual([
      { kind: 'explicit', at: 5, weight: undefined, dimension: 'communication_concise', direction: 1 },
    ]);
    const persona = createPersona();
    for (const setting of settings) persona.observe(setting);
    expect(persona.profile()).toBe('Concise communication style');
  });
});

import { describe, expect, it } from 'vitest';
import { detectAttributes, TONE_ATTRIBUTES } from '../../src/detectors';
import { alignxSpace } from '../../src/persona/alignx-space';
import { createPersona } from '../../src/persona/persona';

const level = (text: string, attribute: string) => detectAttributes(text)[attribute] as number;

describe('tone attributes', () => {
  it('reads each tone mark separately from the others', () => {
    expect(level('What a day! We did it!', 'exclamation')).toBeGreaterThan(
      level('What a day. We did it.', 'exclamation'),
    );
    expect(level('Is it ready? Can we go?', 'question')).toBeGreaterThan(
      level('It is ready. We can go.', 'question'),
    );
    expect(level('A wonderful, lovely, great plan.', 'positive-words')).toBeGreaterThan(
      level('A plan for the week.', 'positive-words'),
    );
    expect(level('A terrible, awful, stupid plan.', 'negative-words')).toBeGreaterThan(
      level('A plan for the week.', 'negative-words'),
    );
    expect(level('You should check your settings.', 'second-person')).toBeGreaterThan(
      level('I should check my settings.', 'second-person'),
    );
    expect(level('I should check my settings.', 'first-person')).toBeGreaterThan(
      level('You should check your settings.', 'first-person'),
    );
    expect(level("No, it isn't there and never was.", 'negation')).toBeGreaterThan(
      level('Yes, it is there and always was.', 'negation'),
    );
    expect(level('He said "wait" and "stop".', 'quotation')).toBeGreaterThan(
      level('He said wait and stop.', 'quotation'),
    );
    expect(level('Considerable administrative complications.', 'word-length')).toBeGreaterThan(
      level('The cat sat on a mat.', 'word-length'),
    );
    // Positive and negative words are counted apart: a mixed text is high on both.
    const mixed =
      level('Great food, terrible service.', 'positive-words') > 0 &&
      level('Great food, terrible service.', 'negative-words') > 0;
    expect(mixed).toBe(true);
  });

  it('keeps every tone level in [-1, 1] and neutral for empty text', () => {
    for (const text of ['', '!!!!!!!!!!', '??? ??? ???', '"""""""', 'you you you you']) {
      const attributes = detectAttributes(text);
      for (const name of TONE_ATTRIBUTES) {
        expect(Math.abs(attributes[name] as number)).toBeLessThanOrEqual(1);
        if (text === '') expect(attributes[name]).toBe(0);
      }
    }
  });

  it('maps every tone mark onto an AlignX dimension, so a persona learns and reads it out', () => {
    for (const name of TONE_ATTRIBUTES) expect(alignxSpace.attributes).toContain(name);
    const persona = createPersona();
    for (let i = 0; i < 6; i += 1)
      persona.observe({
        kind: 'comparison',
        at: i,
        prompt: 'p',
        chosen: 'The report is finished! It is on your desk!',
        rejected: 'The report is finished. It is on your desk.',
      });
    const extraversion = persona.directions().find((d) => d.id === 'extraversion');
    expect(extraversion?.mean).toBeGreaterThan(0);
    expect(extraversion?.direction).toBe(1);
  });
});

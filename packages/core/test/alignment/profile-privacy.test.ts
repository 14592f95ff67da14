import { describe, expect, it } from 'vitest';
import { createPersonalization } from '../../src/alignment/create-personalization';
import { PROFILE_HEADING } from '../../src/alignment/profile-block';
import { parseStyleBlock } from '../../src/alignment/style-block';
import { alignxSpace } from '../../src/persona/alignx-space';
import { turn } from './personalization-fixtures';

const labels = new Set(
  alignxSpace.dimensions.flatMap((dimension) => [dimension.positive, dimension.negative]),
);

describe('the PBA profile never carries raw user text', () => {
  it('is built only from pole labels, fixed guidance and the style block', () => {
    const personalization = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    const secrets = [
      'My name is Zebediah Quarrington and my card number is 4111 1111 1111 1111, lol haha this is so fun!!! 😂',
      'I feel so stressed and worried, my order ZX-99812 never came, please help me, I am really upset.',
      'Honestly I love jokes, haha, make it playful please! My email is zeb@example.org 😜',
    ];
    secrets.forEach((text, index) => {
      personalization.observe({ kind: 'user-text', at: index, text });
    });
    personalization.observe({
      kind: 'rating',
      at: 10,
      rating: 'up',
      text: 'Haha, sure thing Zebediah! 😂 Your parcel is dancing its way to you!',
      prompt: secrets[0],
    });
    personalization.observe({
      kind: 'comparison',
      at: 11,
      prompt: secrets[1] ?? '',
      chosen: 'I am so sorry, Zebediah, that sounds stressful.',
      rejected: 'Order ZX-99812: in transit.',
    });
    personalization.observe({ kind: 'explicit', at: 12, dimension: 'humor', direction: 1, pinned: true });

    const instructions = personalization.plan(turn).conditioning.instructions ?? '';
    expect(instructions).toContain(PROFILE_HEADING);
    for (const word of [
      'Zebediah',
      'Quarrington',
      '4111',
      'ZX-99812',
      'zeb@example.org',
      'stressed',
      'parcel',
      '😂',
    ]) {
      expect(instructions).not.toContain(word);
    }
    const lines = instructions.split('\n');
    for (const line of lines) {
      if (line === PROFILE_HEADING || line.startsWith('Shape the reply')) continue;
      if (line.startsWith('<attune-style')) {
        expect(line).toMatch(/^<attune-style( [a-z]+="-?\d+(\.\d+)?")* ?\/>$/);
        expect(Object.keys(parseStyleBlock(line)).length).toBeGreaterThan(0);
        continue;
      }
      const listed = line.replace(/^The user prefers: /, '').replace(/\.$/, '');
      // Pole labels may contain ", " themselves: every label must be consumed from the start.
      let rest = listed;
      while (rest.length > 0) {
        const label = [...labels]
          .filter((candidate) => rest.startsWith(candidate))
          .sort((a, b) => b.length - a.length)[0];
        expect(label, `unexpected text in profile: "${rest}"`).toBeDefined();
        rest = rest.slice(label?.length ?? rest.length).replace(/^, /, '');
      }
    }
  });
});

import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { inferStyle } from '../../src/offline/infer-style';
import type { Style } from '../../src/style/style';
import { callFor, listLines, replyText, supportModel } from './helpers';

const model = supportModel();
const EXAMPLE_QUESTION = 'How do I reset my password?';
const QUESTION = 'How do I return an item?';

/** A prompt with no style block: one in-context example, then the question. */
function withExample(example: string): LanguageModelV4CallOptions {
  return {
    prompt: [
      { role: 'user', content: [{ type: 'text', text: EXAMPLE_QUESTION }] },
      { role: 'assistant', content: [{ type: 'text', text: example }] },
      { role: 'user', content: [{ type: 'text', text: QUESTION }] },
    ],
  };
}

describe('offline model in-context examples', () => {
  it('without a style block, follows the style of the example replies', async () => {
    const shown: Style = { structure: 1, formality: 1, humour: 1, warmth: 1 };
    const example = await replyText(model, callFor(EXAMPLE_QUESTION, shown));
    const reply = await replyText(model, withExample(example));
    expect(reply).toBe(await replyText(model, callFor(QUESTION, inferStyle([example]))));
    expect(listLines(reply)).toBeGreaterThanOrEqual(3);
    expect(reply).toMatch(/regards|sincerely/i);
    expect(reply).not.toBe(await replyText(model, callFor(QUESTION)));
  });

  it('reads each marked axis from the examples and leaves the rest neutral', async () => {
    const example = await replyText(
      model,
      callFor(EXAMPLE_QUESTION, { detail: -1, formality: -1, empathy: 1 }),
    );
    const style = inferStyle([example]);
    expect(style.detail).toBeLessThan(-0.33);
    expect(style.formality).toBeLessThan(-0.33);
    expect(style.empathy).toBeGreaterThan(0.33);
    expect(style.structure).toBeUndefined();
    expect(style.humour).toBeUndefined();
  });

  it('a neutral earlier reply does not change the next one', async () => {
    const neutral = await replyText(model, callFor(EXAMPLE_QUESTION, { detail: 0.2 }));
    expect(await replyText(model, withExample(neutral))).toBe(await replyText(model, callFor(QUESTION)));
  });

  it('a style block wins over the examples', async () => {
    const example = await replyText(model, callFor(EXAMPLE_QUESTION, { structure: 1 }));
    const call = withExample(example);
    const blocked = {
      prompt: [{ role: 'system' as const, content: '<attune-style structure="-1"/>' }, ...call.prompt],
    };
    expect(listLines(await replyText(model, blocked))).toBe(0);
  });
});

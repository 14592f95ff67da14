import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { callFor, replyText, supportModel } from './helpers';

const file = {
  type: 'file' as const,
  mediaType: 'image/png',
  data: { type: 'data' as const, data: 'iVBORw0KGgo=' },
  filename: 'vase.png',
};

/** A call whose last user message carries `files` (and the text, when given). */
function withFiles(text: string | undefined, files = [file]): LanguageModelV4CallOptions {
  const call = callFor(text ?? 'placeholder');
  const last = call.prompt.at(-1);
  if (last?.role !== 'user') throw new Error('expected a user message');
  last.content = [...files, ...(text === undefined ? [] : [{ type: 'text' as const, text }])];
  return call;
}

describe('the offline model and attachments', () => {
  it('says politely that it cannot open files, and still answers the question', async () => {
    const text = await replyText(supportModel(), withFiles('How long do refunds take?'));
    expect(text).toMatch(
      /^I'm sorry, I can't open attachments here, so I haven't read the file you attached\./,
    );
    const plain = await replyText(supportModel(), callFor('How long do refunds take?'));
    expect(text.endsWith(plain)).toBe(true);
  });

  it('asks for the question in words when files come alone, without answering an earlier question', async () => {
    const call = withFiles(undefined, [file, { ...file, filename: 'box.png' }]);
    call.prompt.splice(1, 0, {
      role: 'user',
      content: [{ type: 'text', text: 'How long do refunds take?' }],
    });
    const result = await supportModel().doGenerate(call);
    const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
    expect(text).toContain("I haven't read the 2 files you attached.");
    expect(text).toContain('Could you tell me in a few words what you need help with?');
    expect(text).not.toMatch(/refund/i);
    expect(result.content.some((part) => part.type === 'source')).toBe(false);
  });

  it('says nothing about files when none were sent', async () => {
    expect(await replyText(supportModel(), callFor('How long do refunds take?'))).not.toMatch(/attach/i);
  });
});

import { jsonSchema, type UIMessageChunk } from 'ai';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkDataChunk, checkMetadata } from '../../src/chat/reply-schemas';

const progress: UIMessageChunk = { type: 'data-progress', id: 'p', data: { step: 'looking' } };
const finish = (messageMetadata: unknown): UIMessageChunk => ({ type: 'finish', messageMetadata });

describe('reply schemas', () => {
  it.each([
    ['zod', z.object({ step: z.string() }), z.object({ step: z.number() })],
    ['valibot', v.object({ step: v.string() }), v.object({ step: v.number() })],
    [
      "the AI SDK's jsonSchema with validate",
      jsonSchema<{ step: string }>(
        { type: 'object' },
        {
          validate: (value) =>
            typeof (value as { step?: unknown }).step === 'string'
              ? { success: true, value: value as { step: string } }
              : { success: false, error: new Error('step must be text') },
        },
      ),
      jsonSchema<{ step: number }>(
        { type: 'object' },
        { validate: () => ({ success: false, error: new Error('step must be a number') }) },
      ),
    ],
  ])('checks a data part by its name with %s', async (_name, passing, failing) => {
    await expect(
      checkDataChunk({ dataPartSchemas: { progress: passing } }, progress),
    ).resolves.toBeUndefined();
    await expect(checkDataChunk({ dataPartSchemas: { progress: failing } }, progress)).rejects.toMatchObject({
      name: 'ChatRequestError',
      code: 'invalid-chunk',
      message: expect.stringContaining('data-progress'),
    });
  });

  it('takes a lazy schema, as the AI SDK does', async () => {
    const lazy = () =>
      jsonSchema(
        { type: 'object' },
        { validate: () => ({ success: false, error: new Error('lazily refused') }) },
      );
    await expect(checkDataChunk({ dataPartSchemas: { progress: lazy } }, progress)).rejects.toThrow(
      /lazily refused/,
    );
  });

  it('leaves data parts without a schema alone, inherited names included', async () => {
    const schemas = { dataPartSchemas: { other: z.number() } };
    await expect(checkDataChunk(schemas, progress)).resolves.toBeUndefined();
    await expect(
      checkDataChunk(schemas, { type: 'data-constructor', data: 1 } as UIMessageChunk),
    ).resolves.toBeUndefined();
  });

  it("checks the app's metadata merged so far, without Attune's own keys", async () => {
    const schemas = { messageMetadataSchema: z.strictObject({ totalTokens: z.number() }) };
    const receipt = { conditioning: { source: 'none' }, style: {}, personalization: 'paused' };
    // A chunk with only Attune's receipt is not checked, even against a strict schema.
    await expect(checkMetadata(schemas, finish(receipt), receipt)).resolves.toBeUndefined();
    await expect(
      checkMetadata(schemas, finish({ totalTokens: 2 }), { ...receipt, totalTokens: 2 }),
    ).resolves.toBeUndefined();
    await expect(
      checkMetadata(schemas, finish({ totalTokens: '2' }), { ...receipt, totalTokens: '2' }),
    ).rejects.toMatchObject({ code: 'invalid-chunk', message: expect.stringContaining('totalTokens') });
    await expect(
      checkMetadata(schemas, { type: 'text-delta', id: 't', delta: 'x' }, {}),
    ).resolves.toBeUndefined();
  });
});

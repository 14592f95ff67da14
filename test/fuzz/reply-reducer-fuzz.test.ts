/**
 * Attune's reply reducer against the AI SDK's own stream processing (`readUIMessageStream`) on
 * seeded random streams of the UI message stream protocol: steps of interleaved text and
 * reasoning, static and dynamic tool calls (streamed input, outputs, errors, approvals,
 * denials), sources, files, data parts (replaced by id, transient), metadata and reset steps.
 * After every chunk both must hold the same message.
 */
import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { createReplyReducer } from '../../packages/core/src/chat/reply-reducer';
import { type SeededRandom, seededRandom } from './support/seeded-random';

const SEEDS = 150;

/** One random, well-formed reply stream. */
function randomStream(random: SeededRandom): UIMessageChunk[] {
  const chunks: UIMessageChunk[] = [
    { type: 'start', messageId: 'reply', messageMetadata: { seed: random.int(9) } },
  ];
  let next = 0;
  const id = (prefix: string) => `${prefix}${next++}`;
  for (let step = random.int(3) + 1; step > 0; step--) {
    chunks.push({ type: 'start-step' });
    const open: Array<{ kind: 'text' | 'reasoning'; id: string }> = [];
    for (let action = random.int(8) + 1; action > 0; action--) {
      const roll = random.int(10);
      if (roll < 3) {
        const kind = random.pick(['text', 'reasoning'] as const);
        const part = { kind, id: id('p') };
        open.push(part);
        chunks.push({ type: `${kind}-start`, id: part.id });
      } else if (roll < 5 && open.length > 0) {
        const part = random.pick(open);
        chunks.push({ type: `${part.kind}-delta`, id: part.id, delta: random.pick(['a', 'bc ', 'é', '\n']) });
      } else if (roll < 7) {
        const toolCallId = id('call');
        const toolName = random.pick(['lookup', 'cancel']);
        const dynamic = random.chance(0.3);
        const input = { order: random.int(100), note: random.pick(['x', 'y "z"']) };
        chunks.push({ type: 'tool-input-start', toolCallId, toolName, dynamic });
        const text = JSON.stringify(input);
        const cut = random.int(text.length);
        chunks.push({ type: 'tool-input-delta', toolCallId, inputTextDelta: text.slice(0, cut) });
        chunks.push({ type: 'tool-input-delta', toolCallId, inputTextDelta: text.slice(cut) });
        chunks.push({ type: 'tool-input-available', toolCallId, toolName, input, dynamic });
        const outcome = random.int(5);
        if (outcome === 0) chunks.push({ type: 'tool-output-available', toolCallId, output: { ok: true } });
        if (outcome === 1) chunks.push({ type: 'tool-output-error', toolCallId, errorText: 'failed' });
        if (outcome >= 2) chunks.push({ type: 'tool-approval-request', approvalId: id('ap'), toolCallId });
        if (outcome === 3) chunks.push({ type: 'tool-output-denied', toolCallId });
      } else if (roll < 8) {
        chunks.push(
          random.pick<UIMessageChunk>([
            { type: 'source-url', sourceId: id('s'), url: 'https://example.com' },
            { type: 'file', url: 'data:text/plain;base64,eA==', mediaType: 'text/plain' },
            { type: 'data-progress', id: 'progress', data: { at: random.int(10) } },
            { type: 'data-note', data: 'note' },
            { type: 'data-note', data: 'passing', transient: true },
          ]),
        );
      } else if (roll < 9) {
        chunks.push({ type: 'message-metadata', messageMetadata: { step, nested: { [id('k')]: 1 } } });
      } else if (random.chance(0.2)) {
        chunks.push({ type: 'reset-step' });
        open.length = 0;
      }
    }
    for (const part of open) chunks.push({ type: `${part.kind}-end`, id: part.id });
    chunks.push({ type: 'finish-step' });
  }
  chunks.push({ type: 'finish', finishReason: 'stop', messageMetadata: { done: true } });
  return chunks;
}

/** The AI SDK's message after each chunk that changed it. */
async function aiSdkStates(chunks: readonly UIMessageChunk[]): Promise<unknown[]> {
  const states: unknown[] = [];
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for await (const message of readUIMessageStream<UIMessage>({ stream })) {
    states.push(JSON.parse(JSON.stringify(message)));
  }
  return states;
}

describe('the reply reducer on random streams', () => {
  it(`assembles what the AI SDK assembles, chunk by chunk, on ${SEEDS} seeded streams`, async () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const chunks = randomStream(seededRandom(seed));
      const reply = createReplyReducer();
      const ours: unknown[] = [];
      for (const chunk of chunks) {
        if (reply.apply(chunk) !== 'none') ours.push(JSON.parse(JSON.stringify(reply.message)));
      }
      const theirs = await aiSdkStates(chunks);
      // Partial tool input is read by two different parsers (the AI SDK's repairs more); all else matches.
      const comparable = (states: unknown[]) =>
        JSON.parse(JSON.stringify(states), (_key, value) => {
          if (value?.state !== 'input-streaming') return value;
          const { input: _input, ...rest } = value;
          return rest;
        }) as unknown[];
      expect(comparable(ours), `seed ${seed}`).toEqual(comparable(theirs));
    }
  });
});

import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import type { SeededRandom } from './seeded-random';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

const words = ['Sure', 'your', 'parcel', 'ships', 'today', 'and', 'arrives', 'soon', 'in', 'a', 'box', '.'];

/**
 * A model whose replies come from the seeded source: 1-8 deltas, each after a macrotask (so
 * actions interleave with streaming), failing before or during the stream now and then, and
 * stopping at once when aborted.
 */
export function fuzzModel(random: SeededRandom): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    doStream: async ({ abortSignal }) => {
      if (random.chance(0.06)) throw new Error('model unavailable');
      const count = 1 + random.int(8);
      const deltas = Array.from({ length: count }, () => `${random.pick(words)} `);
      const failAt = random.chance(0.08) ? random.int(count) : -1;
      let index = 0;
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            controller.enqueue({ type: 'stream-start', warnings: [] });
            controller.enqueue({ type: 'text-start', id: 't' });
          },
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (abortSignal?.aborted) return;
            if (index === failAt) {
              controller.error(new Error('connection reset'));
              return;
            }
            const delta = deltas[index++];
            if (delta !== undefined) {
              controller.enqueue({ type: 'text-delta', id: 't', delta });
              return;
            }
            controller.enqueue({ type: 'text-end', id: 't' });
            controller.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage });
            controller.close();
          },
        }),
      };
    },
  });
}

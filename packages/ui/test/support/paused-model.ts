import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A model whose replies the test streams by hand, chunk by chunk. */
export interface HandModel {
  model: MockLanguageModelV4;
  /** Resolves when a reply was requested and its stream is open. */
  requested(): Promise<void>;
  /** Streams a text chunk of the current reply. */
  chunk(text: string): void;
  /** Finishes the current reply. */
  finish(): void;
}

/** Creates a {@link HandModel}. */
export function handModel(): HandModel {
  let controller: ReadableStreamDefaultController<LanguageModelV4StreamPart> | undefined;
  let onRequest: (() => void) | undefined;
  let pending = new Promise<void>((resolve) => {
    onRequest = resolve;
  });
  const model = new MockLanguageModelV4({
    doStream: async () => ({
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        start(c) {
          controller = c;
          c.enqueue({ type: 'stream-start', warnings: [] });
          c.enqueue({ type: 'text-start', id: 't' });
          onRequest?.();
        },
      }),
    }),
  });
  const current = () => {
    if (!controller) throw new Error('No reply was requested yet.');
    return controller;
  };
  return {
    model,
    requested: () => pending,
    chunk: (delta) => current().enqueue({ type: 'text-delta', id: 't', delta }),
    finish: () => {
      const c = current();
      c.enqueue({ type: 'text-end', id: 't' });
      c.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage });
      c.close();
      controller = undefined;
      pending = new Promise<void>((resolve) => {
        onRequest = resolve;
      });
    },
  };
}

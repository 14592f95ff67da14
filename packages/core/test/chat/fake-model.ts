import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** The stream parts of a reply made of `deltas`. */
export function replyParts(deltas: string[]): LanguageModelV4StreamPart[] {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    ...deltas.map((delta): LanguageModelV4StreamPart => ({ type: 'text-delta', id: 't', delta })),
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ];
}

/** A mock model answering each call with the next reply in `replies` (the last one repeats). */
export function scriptedModel(replies: Array<string[] | Error>): MockLanguageModelV4 {
  let call = 0;
  return new MockLanguageModelV4({
    doStream: async () => {
      const reply = replies[Math.min(call++, replies.length - 1)] ?? ['…'];
      if (reply instanceof Error) throw reply;
      return { stream: simulateReadableStream({ chunks: replyParts(reply), chunkDelayInMs: null }) };
    },
  });
}

/** A gate a test opens to let a paused stream continue. */
export interface Gate {
  open(): void;
  opened: Promise<void>;
}

/** Creates a closed gate. */
export function gate(): Gate {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/**
 * A model that streams `before`, signals `paused`, then waits for `resume` (or the abort
 * signal) before streaming `after`; with `fail`, it errors instead of continuing.
 */
export function pausingModel(options: {
  before: string[];
  after: string[];
  paused: Gate;
  resume: Gate;
  fail?: Error;
}): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    doStream: async ({ abortSignal }: LanguageModelV4CallOptions) => {
      const parts = replyParts([...options.before, ...options.after]);
      const head = parts.slice(0, 2 + options.before.length);
      const tail = parts.slice(2 + options.before.length);
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          for (const part of head) controller.enqueue(part);
          options.paused.open();
          await Promise.race([
            options.resume.opened,
            new Promise<void>((resolve) => abortSignal?.addEventListener('abort', () => resolve())),
          ]);
          if (abortSignal?.aborted) return;
          if (options.fail) {
            controller.error(options.fail);
            return;
          }
          for (const part of tail) controller.enqueue(part);
          controller.close();
        },
      });
      return { stream };
    },
  });
}

/** The system (instructions) text of a model call. */
export function systemText(call: LanguageModelV4CallOptions): string {
  return call.prompt.flatMap((message) => (message.role === 'system' ? [message.content] : [])).join('\n');
}

/** The conversation of a model call as `role: text` lines. */
export function promptLines(call: LanguageModelV4CallOptions): string[] {
  return call.prompt.flatMap((message) => {
    if (message.role === 'system') return [];
    const text = Array.isArray(message.content)
      ? message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('')
      : String(message.content);
    return [`${message.role}: ${text}`];
  });
}

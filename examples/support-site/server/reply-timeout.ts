import type { LanguageModelV4, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';

/** How long a reply may take, in ms: each call to the model (a retry of the AI SDK is a new call). */
export interface ReplyTimeout {
  /** Until the model's first chunk. */
  firstChunkMs: number;
  /** Between two chunks once it streams. */
  chunkMs: number;
  /** The whole reply. */
  totalMs: number;
}

/**
 * The default {@link ReplyTimeout}: 30 s to the first chunk and between chunks, 2 minutes in all,
 * so a provider that hangs ends the reply with an error instead of holding the connection.
 */
export const DEFAULT_REPLY_TIMEOUT: ReplyTimeout = {
  firstChunkMs: 30_000,
  chunkMs: 30_000,
  totalMs: 120_000,
};

/** The error a reply ends with when its model took too long. */
export class ReplyTimeoutError extends Error {
  readonly code = 'reply-timeout';
  constructor(message: string) {
    super(message);
    this.name = 'ReplyTimeoutError';
  }
}

/**
 * The deadline of one model call. Past it the provider call is cancelled (through `abortSignal`,
 * which also follows the caller's signal) and `expired` rejects, or once `onExpire` is given,
 * that runs instead (a stream that already started ends with an error part).
 */
function startDeadline(timeout: ReplyTimeout, callerSignal: AbortSignal | undefined) {
  const cancel = new AbortController();
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expire: (error: ReplyTimeoutError) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  return {
    abortSignal: callerSignal ? AbortSignal.any([callerSignal, cancel.signal]) : cancel.signal,
    expired,
    onExpire(handler: (error: ReplyTimeoutError) => void) {
      expire = handler;
    },
    /** Expires after `ms`, or sooner when the total budget runs out first. */
    arm(ms: number, waitingFor: string) {
      clearTimeout(timer);
      const left = timeout.totalMs - (Date.now() - started);
      const message =
        left <= ms
          ? `The model did not finish the reply within ${timeout.totalMs} ms.`
          : `The model sent nothing for ${ms} ms (waiting for ${waitingFor}).`;
      timer = setTimeout(
        () => {
          const error = new ReplyTimeoutError(message);
          cancel.abort(error);
          expire(error);
        },
        Math.max(0, Math.min(ms, left)),
      );
    },
    clear: () => clearTimeout(timer),
  };
}

/**
 * `model` with a deadline on every call: no chunk within `firstChunkMs` of the start or `chunkMs`
 * of the previous one, or no end within `totalMs`, cancels the provider call and ends the reply
 * with a {@link ReplyTimeoutError} (the chat shows its usual "could not finish" error).
 * @throws RangeError when a duration is not a positive number.
 */
export function withReplyTimeout(model: LanguageModelV4, timeout: ReplyTimeout): LanguageModelV4 {
  for (const [name, ms] of Object.entries(timeout)) {
    if (!(Number.isFinite(ms) && ms > 0))
      throw new RangeError(`replyTimeout.${name} must be a positive number of ms, got ${ms}.`);
  }
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: 'v4',
      wrapGenerate: async ({ params, model: inner }) => {
        const deadline = startDeadline(timeout, params.abortSignal);
        deadline.arm(timeout.totalMs, 'the reply');
        try {
          return await Promise.race([
            inner.doGenerate({ ...params, abortSignal: deadline.abortSignal }),
            deadline.expired,
          ]);
        } finally {
          deadline.clear();
        }
      },
      wrapStream: async ({ params, model: inner }) => {
        // Until the stream exists, a timeout rejects the call; afterwards it ends the stream.
        const deadline = startDeadline(timeout, params.abortSignal);
        deadline.arm(timeout.firstChunkMs, 'the first chunk');
        let result: Awaited<ReturnType<LanguageModelV4['doStream']>>;
        try {
          result = await Promise.race([
            inner.doStream({ ...params, abortSignal: deadline.abortSignal }),
            deadline.expired,
          ]);
        } catch (error) {
          deadline.clear();
          throw error;
        }
        let started = false;
        const stream = result.stream.pipeThrough(
          new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
            start(controller) {
              // The AI SDK reads a provider's failure from an error part: send one, then end.
              deadline.onExpire((error) => {
                controller.enqueue({ type: 'error', error });
                controller.terminate();
              });
            },
            transform(part, controller) {
              if (part.type !== 'stream-start' && part.type !== 'response-metadata') {
                started = true;
                deadline.arm(timeout.chunkMs, 'the next chunk');
              } else if (!started) deadline.arm(timeout.firstChunkMs, 'the first chunk');
              controller.enqueue(part);
            },
            flush: () => deadline.clear(),
          }),
        );
        return { ...result, stream };
      },
    },
  });
}

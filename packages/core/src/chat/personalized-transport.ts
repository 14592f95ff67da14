import type { ChatTransport, UIMessageChunk } from 'ai';
import { errorMessage } from '../errors/error-message';
import type { AttuneMessage, AttuneMessageMetadata, Comparison } from '../message/message';
import type { StyleAxis } from '../style/style';
import { userTextSignal } from './feedback-signals';
import { injectMetadata } from './inject-metadata';
import type { Learner } from './learning-queue';
import type { Conditioning, Personalization, TurnContext } from './personalization';
import { readReply, replayChunks } from './read-reply';
import { repliesDiffer } from './replies-differ';
import type { ReplySource } from './reply-source';

/** Options of `createPersonalizedTransport`. */
export interface PersonalizedTransportOptions {
  /** Produces one reply stream for a conditioning. */
  source: ReplySource;
  /** Picks up a reply still streaming on the server (none for an in-process model). */
  reconnect?: ChatTransport<AttuneMessage>['reconnectToStream'];
  personalization: Personalization;
  learner: Learner;
  /** Reports a non-fatal problem. */
  warn: (warning: string) => void;
  /** Ids for comparisons. */
  generateId: () => string;
  /** The style axes the reply model declares it realizes, passed to `plan` (see `TurnContext`). */
  styleAxes?: readonly StyleAxis[];
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The reply was stopped.', 'AbortError');
}

/** The metadata a reply generated with `conditioning` records. */
export function conditioningMetadata(conditioning: Conditioning): AttuneMessageMetadata {
  return {
    ...(conditioning.style ? { style: conditioning.style } : {}),
    ...(conditioning.shapedBy ? { shapedBy: conditioning.shapedBy } : {}),
  };
}

/**
 * The `ChatTransport` the session's `AbstractChat` talks to. Each turn it learns (the
 * queued feedback signals, then the user's message as `user-text`), plans, and requests
 * the reply from the source: one conditioned reply, an active comparison (two candidates;
 * candidate 0 streams, both land in `metadata.comparison` unless they read the same, when
 * candidate 0 stays a plain reply) or best-of-n (n candidates, `personalization.pick` keeps
 * one). A continuation after tool results is always one reply, and `resumeStream()`
 * reconnects through the source's transport.
 */
export function createPersonalizedTransport(
  options: PersonalizedTransportOptions,
): ChatTransport<AttuneMessage> {
  const { source, personalization, learner, warn, generateId } = options;

  return {
    async sendMessages({ chatId, trigger, messageId, messages, abortSignal, body, headers }) {
      const last = messages.at(-1);
      const signal = trigger === 'submit-message' && last?.role === 'user' ? userTextSignal(last) : undefined;
      await (signal ? learner.learn(signal) : learner.settled());
      throwIfAborted(abortSignal);
      const turn: TurnContext = {
        sessionId: chatId,
        messages,
        trigger,
        ...(options.styleAxes ? { styleAxes: options.styleAxes } : {}),
      };
      const plan = await personalization.plan(turn);
      throwIfAborted(abortSignal);
      const request = (conditioning: Conditioning) =>
        source({ chatId, trigger, messageId, messages, conditioning, body, headers, abortSignal });

      // A continuation (after tool results or approvals) finishes one reply: never two candidates.
      const continuation = last?.role === 'assistant';
      if (plan.compare && !continuation) return compare(plan.compare, request);
      if (!continuation && plan.candidates !== undefined && plan.candidates > 1) {
        return bestOf(plan.candidates, plan.conditioning, request, turn);
      }
      return injectMetadata(await request(plan.conditioning), conditioningMetadata(plan.conditioning));
    },
    reconnectToStream: async (request) => (options.reconnect ? options.reconnect(request) : null),
  };

  async function compare(
    conditionings: readonly [Conditioning, Conditioning],
    request: (conditioning: Conditioning) => Promise<ReadableStream<UIMessageChunk>>,
  ): Promise<ReadableStream<UIMessageChunk>> {
    const [first, second] = conditionings;
    const [firstStream, secondStream] = await Promise.allSettled([request(first), request(second)]);
    if (firstStream.status === 'rejected') {
      if (secondStream.status === 'fulfilled') await secondStream.value.cancel().catch(() => {});
      throw firstStream.reason;
    }
    const [live, copy] = firstStream.value.tee();
    const texts = Promise.allSettled([
      readReply(copy),
      secondStream.status === 'fulfilled'
        ? readReply(secondStream.value)
        : Promise.reject(secondStream.reason),
    ]);
    const skipComparison = (error: unknown): undefined => {
      warn(`A comparison candidate failed, so this reply is not a comparison: ${errorMessage(error)}`);
      return undefined;
    };
    const comparisonMetadata = async (): Promise<AttuneMessageMetadata | undefined> => {
      const [firstReply, secondReply] = await texts;
      if (firstReply.status === 'rejected') return skipComparison(firstReply.reason);
      if (secondReply.status === 'rejected') return skipComparison(secondReply.reason);
      // Two replies that read the same (a no-answer reply, say) are one reply, not a choice.
      if (!repliesDiffer(firstReply.value.text, secondReply.value.text)) return undefined;
      const comparison: Comparison = {
        id: generateId(),
        candidates: [
          { text: firstReply.value.text, ...conditioningMetadata(first) },
          { text: secondReply.value.text, ...conditioningMetadata(second) },
        ],
      };
      return { comparison };
    };
    return injectMetadata(live, conditioningMetadata(first), comparisonMetadata);
  }

  async function bestOf(
    count: number,
    conditioning: Conditioning,
    request: (conditioning: Conditioning) => Promise<ReadableStream<UIMessageChunk>>,
    turn: TurnContext,
  ): Promise<ReadableStream<UIMessageChunk>> {
    const results = await Promise.allSettled(
      Array.from({ length: count }, async () => readReply(await request(conditioning))),
    );
    const replies = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failure = results.find((result) => result.status === 'rejected');
    if (replies.length === 0 && failure?.status === 'rejected') throw failure.reason;
    if (failure?.status === 'rejected') {
      warn(
        `${count - replies.length} of ${count} best-of-n candidates failed: ${errorMessage(failure.reason)}`,
      );
    }
    const texts = replies.map((reply) => reply.text);
    let index = personalization.pick ? personalization.pick(texts, turn) : 0;
    if (!Number.isInteger(index) || index < 0 || index >= replies.length) {
      warn(`personalization.pick returned ${index} for ${replies.length} candidates; keeping the first.`);
      index = 0;
    }
    const chosen = replies[index] ?? replies[0];
    if (!chosen) throw new Error('No best-of-n candidate was generated.');
    return injectMetadata(replayChunks(chosen.chunks), conditioningMetadata(conditioning));
  }
}

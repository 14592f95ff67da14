import type { ChatTransport, UIMessageChunk } from 'ai';
import { errorMessage } from '../errors/error-message';
import type {
  AttuneMessage,
  AttuneMessageMetadata,
  Comparison,
  ComparisonCandidate,
  ConditioningReceipt,
} from '../message/message';
import type { StyleAxis } from '../style/style';
import { NOT_CONDITIONED, sameConditioning } from './conditioning-receipt';
import { userTextSignal } from './feedback-signals';
import { injectMetadata } from './inject-metadata';
import type { Learner } from './learning-queue';
import {
  type Conditioning,
  noPersonalization,
  type Personalization,
  type TurnContext,
} from './personalization';
import { type ReadReply, readReply, replayChunks } from './read-reply';
import { receiptAmong, receiptMetadata, withReceiptMetadata } from './receipt-stream';
import { repliesDiffer } from './replies-differ';
import type { ReplySource } from './reply-source';
import { signalsUndelivered } from './signal-outbox';

/** Options of `createPersonalizedTransport`. */
export interface PersonalizedTransportOptions {
  /** Produces one reply stream for a conditioning. */
  source: ReplySource;
  /** Where the source's requests go: a model the session runs, or a server over HTTP. */
  transport: 'in-process' | 'http';
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

/** Said once when a server's replies carry no conditioning receipt. */
export const NO_RECEIPT_WARNING =
  'The chat server sent no conditioning receipt, so its replies count as not personalized and no comparisons are offered (createChatHandler from @attune/core/server sends one; an own route sends conditioningReceipt from @attune/core/server as start metadata).';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The reply was stopped.', 'AbortError');
}

/** A comparison candidate as its receipt describes it. */
function candidate(reply: ReadReply): ComparisonCandidate {
  return {
    text: reply.text,
    ...(reply.sources.length > 0 && { sources: reply.sources }),
    ...receiptMetadata(receiptAmong(reply.chunks) ?? NOT_CONDITIONED),
  };
}

/**
 * The `ChatTransport` the session's chat engine talks to. Each turn it learns (the
 * queued feedback signals, then the user's message as `user-text`), plans, and requests
 * the reply from the source: one conditioned reply, an active comparison (two candidates;
 * candidate 0 streams, both land in `metadata.comparison` unless they read the same, when
 * candidate 0 stays a plain reply) or best-of-n (n candidates, `personalization.pick` keeps
 * one). A continuation after tool results is always one reply, and `resumeStream()`
 * reconnects through the source's transport. What a reply records about its conditioning
 * (`style`, `shapedBy`, `conditioning`) comes only from its receipt. A comparison runs only
 * against a producer that sends receipts, and is kept only when the two receipts differ.
 */
export function createPersonalizedTransport(
  options: PersonalizedTransportOptions,
): ChatTransport<AttuneMessage> {
  const { source, transport, personalization, learner, warn, generateId } = options;
  /** Whether the producer sends receipts: known at once in-process, after the first reply over HTTP. */
  let sendsReceipts: boolean | undefined = transport === 'in-process' ? true : undefined;
  const noteReceipt = (receipt: ConditioningReceipt | undefined) => {
    if (receipt) {
      sendsReceipts = true;
    } else if (sendsReceipts !== false) {
      sendsReceipts = false;
      // Only a session that personalizes has something to be told.
      if (personalization === noPersonalization) return;
      console.warn(`Attune: ${NO_RECEIPT_WARNING}`);
      warn(NO_RECEIPT_WARNING);
    }
  };
  const receipted = (stream: ReadableStream<UIMessageChunk>) => withReceiptMetadata(stream, noteReceipt);

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
        transport,
        ...(options.styleAxes ? { styleAxes: options.styleAxes } : {}),
      };
      const plan = await personalization.plan(turn);
      throwIfAborted(abortSignal);
      const signals = transport === 'http' ? learner.unsent() : [];
      const request = (conditioning: Conditioning) =>
        source({ chatId, trigger, messageId, messages, conditioning, body, headers, signals, abortSignal });

      // A continuation (after tool results or approvals) finishes one reply: never two candidates.
      const continuation = last?.role === 'assistant';
      try {
        if (plan.compare && sendsReceipts && !continuation) return await compare(plan.compare, request);
        if (!continuation && plan.candidates !== undefined && plan.candidates > 1) {
          return await bestOf(plan.candidates, plan.conditioning, request, turn);
        }
        return receipted(await request(plan.conditioning));
      } catch (error) {
        // Signals a server never recorded wait for the next request again.
        if (signals.length > 0 && signalsUndelivered(error)) learner.putBack(signals);
        throw error;
      }
    },
    async reconnectToStream(request) {
      const resumed = await options.reconnect?.(request);
      return resumed ? receipted(resumed) : null;
    },
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
    const skipComparison = (reason: string): undefined => {
      warn(`This reply is not a comparison: ${reason}`);
      return undefined;
    };
    const comparisonMetadata = async (): Promise<AttuneMessageMetadata | undefined> => {
      const [firstReply, secondReply] = await texts;
      if (firstReply.status === 'rejected') {
        return skipComparison(`a candidate failed: ${errorMessage(firstReply.reason)}`);
      }
      if (secondReply.status === 'rejected') {
        return skipComparison(`a candidate failed: ${errorMessage(secondReply.reason)}`);
      }
      const candidates: Comparison['candidates'] = [
        candidate(firstReply.value),
        candidate(secondReply.value),
      ];
      if (
        sameConditioning(
          candidates[0].conditioning ?? NOT_CONDITIONED,
          candidates[1].conditioning ?? NOT_CONDITIONED,
        )
      ) {
        return skipComparison('both candidates got the same conditioning, so they differ only by chance.');
      }
      // Two replies that read the same (a no-answer reply, say) are one reply, not a choice.
      if (!repliesDiffer(firstReply.value.text, secondReply.value.text)) return undefined;
      return { comparison: { id: generateId(), candidates } };
    };
    return injectMetadata(receipted(live), {}, comparisonMetadata);
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
    return receipted(replayChunks(chosen.chunks));
  }
}

import type { Signal } from '../persona/signals';
import { toChatRequestError } from './chat-request-error';

/** How many learned signals wait for the next request at most (the handler's default `maxSignals`). */
export const SIGNAL_OUTBOX_SIZE = 20;

/**
 * The feedback signals the session learned that no server has received yet (their texts are
 * already clipped to the signal limit). They travel with the next HTTP turn (every request of
 * that turn carries the same ones; the server records them deduplicated). A request that never
 * reached the server (see {@link signalsUndelivered}) puts them back; one the server refused
 * does not, so a refused signal does not make the next request fail again. The session saves the waiting ones with the
 * conversation, so a rating given just before the visitor leaves travels with the next visit's
 * first request.
 */
export interface SignalOutbox {
  /** Queues a learned signal (the user's own messages travel as messages, not here); past {@link SIGNAL_OUTBOX_SIZE} the oldest go. */
  add(signal: Signal): void;
  /** Takes every waiting signal, oldest first. */
  take(): Signal[];
  /** The waiting signals, oldest first, left waiting (what the session saves). */
  waiting(): readonly Signal[];
  /** Puts saved signals back ahead of any queued since; past {@link SIGNAL_OUTBOX_SIZE} the oldest go. */
  restore(signals: readonly Signal[]): void;
}

/** Creates an empty {@link SignalOutbox}; `onChange` hears what waits after each change. */
export function createSignalOutbox(onChange?: (waiting: readonly Signal[]) => void): SignalOutbox {
  let waiting: Signal[] = [];
  const queue = (signals: readonly Signal[]) => {
    waiting = signals.filter((signal) => signal.kind !== 'user-text').slice(-SIGNAL_OUTBOX_SIZE);
    onChange?.(waiting);
  };
  return {
    add(signal) {
      queue([...waiting, signal]);
    },
    take() {
      const taken = waiting;
      queue([]);
      return taken;
    },
    waiting: () => waiting,
    restore(signals) {
      queue([...signals, ...waiting]);
    },
  };
}

/** The codes of a server that received a request and recorded none of its signals: wait and send again. */
const RECORDED_NOTHING = new Set(['rate-limited', 'store-unavailable']);

/**
 * Whether a failed request left its signals unrecorded, so they may go with the next one: it never
 * reached a server (a network failure, or it was stopped before an answer) or the server said it
 * recorded nothing (`rate-limited`, `store-unavailable`). Any other refusal (an `invalid-signal`,
 * say) keeps them from going again. A signal that does arrive twice is learned once.
 */
export function signalsUndelivered(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (error instanceof Error && error.name === 'AbortError') return true;
  return RECORDED_NOTHING.has(toChatRequestError(error).code);
}

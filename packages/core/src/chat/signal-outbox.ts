import type { Signal } from '../persona/signals';

/** How many learned signals wait for the next request at most (the handler's default `maxSignals`). */
export const SIGNAL_OUTBOX_SIZE = 20;

/**
 * The feedback signals the session learned that no server has received yet (their texts are
 * already clipped to the signal limit). They travel with the next HTTP turn (every request of
 * that turn carries the same ones; the server records them deduplicated), at most once: a failed
 * request does not make the next one fail again. The session saves the waiting ones with the
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

/** Creates an empty {@link SignalOutbox}. */
export function createSignalOutbox(): SignalOutbox {
  let waiting: Signal[] = [];
  const queue = (signals: readonly Signal[]) =>
    signals.filter((signal) => signal.kind !== 'user-text').slice(-SIGNAL_OUTBOX_SIZE);
  return {
    add(signal) {
      waiting = queue([...waiting, signal]);
    },
    take() {
      const taken = waiting;
      waiting = [];
      return taken;
    },
    waiting: () => waiting,
    restore(signals) {
      waiting = queue([...signals, ...waiting]);
    },
  };
}

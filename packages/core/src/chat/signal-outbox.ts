import type { Signal } from '../persona/signals';

/** How many learned signals wait for the next request at most (the handler's default `maxSignals`). */
export const SIGNAL_OUTBOX_SIZE = 20;

/**
 * The feedback signals the session learned that no server has received yet (their texts are
 * already clipped to the signal limit). They travel with the next HTTP turn (every request of
 * that turn carries the same ones; the server records them deduplicated), at most once: a failed
 * request does not make the next one fail again.
 */
export interface SignalOutbox {
  /** Queues a learned signal (the user's own messages travel as messages, not here); past {@link SIGNAL_OUTBOX_SIZE} the oldest go. */
  add(signal: Signal): void;
  /** Takes every waiting signal, oldest first. */
  take(): Signal[];
}

/** Creates an empty {@link SignalOutbox}. */
export function createSignalOutbox(): SignalOutbox {
  let waiting: Signal[] = [];
  return {
    add(signal) {
      if (signal.kind === 'user-text') return;
      waiting = [...waiting, signal].slice(-SIGNAL_OUTBOX_SIZE);
    },
    take() {
      const taken = waiting;
      waiting = [];
      return taken;
    },
  };
}

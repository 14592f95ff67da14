import { errorMessage } from '../errors/error-message';
import type { Signal } from '../persona/signals';
import type { Personalization } from './personalization';
import type { SignalOutbox } from './signal-outbox';

/** Serializes what the session learns: each signal is observed after the earlier ones. */
export interface Learner {
  /** Queues a signal; resolves once it (and everything before it) was observed. */
  learn(signal: Signal): Promise<void>;
  /** Resolves once every queued signal was observed. */
  settled(): Promise<void>;
  /** Takes the learned feedback signals no server has received yet (see `SignalOutbox`). */
  unsent(): Signal[];
  /** Puts back signals `unsent()` gave to a request that never reached the server (see `signalsUndelivered`). */
  putBack(signals: readonly Signal[]): void;
}

/**
 * A {@link Learner} feeding `personalization` (after its `ready()`), one signal at a time. A
 * signal it cannot learn becomes a warning (through `warn`), never a rejection; one it learned
 * waits in `outbox` for the next request to a server (a session on an in-process model gives
 * none: nothing is sent anywhere).
 */
export function createLearningQueue(
  personalization: Personalization,
  warn: (warning: string) => void,
  outbox?: SignalOutbox,
): Learner {
  let learning: Promise<void> = Promise.resolve();
  return {
    learn(signal) {
      learning = learning
        .then(() => personalization.ready?.())
        .then(() => personalization.observe(signal))
        .then(() => outbox?.add(signal))
        .catch((error: unknown) =>
          warn(`Could not learn from a ${signal.kind} signal: ${errorMessage(error)}`),
        );
      return learning;
    },
    settled: () => learning,
    unsent: () => outbox?.take() ?? [],
    putBack: (signals) => outbox?.restore(signals),
  };
}

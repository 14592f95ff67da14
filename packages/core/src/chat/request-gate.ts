import { ChatSessionError } from './chat-session-error';

/** Lets one request run at a time and stops it on demand. */
export interface RequestGate {
  /** Rejects with `destroyed` once closed; otherwise resolves once the session is ready. */
  begin(): Promise<void>;
  /**
   * Runs `run` as the one request in progress; rejects with `busy` while another runs. Claimed at
   * call time, so a `settle()` right after always stops this request.
   */
  exclusive(run: () => Promise<void>): Promise<void>;
  /** Stops the request in progress, if any, and waits until it has written its last chunk. */
  settle(): Promise<void>;
  /** Whether `settle()` was called since the current request was claimed (it stops once it starts). */
  readonly stopRequested: boolean;
  /** Whether the gate was closed (the session destroyed). */
  readonly closed: boolean;
  /** Closes the gate for good; `false` when it was already closed. */
  close(): boolean;
}

/** What {@link createRequestGate} works with. */
export interface RequestGateOptions {
  /** Resolves once the session may run actions (its saved state was restored). */
  ready: Promise<void>;
  /** Whether a reply is streaming (the store's status), as a request also counts as busy. */
  isBusy(): boolean;
  /** Stops the reply streaming now, if any. */
  stop(): Promise<void> | undefined;
}

/** A {@link RequestGate} over the session's readiness, its busy status and its engine's stop. */
export function createRequestGate(options: RequestGateOptions): RequestGate {
  let closed = false;
  let stopRequested = false;
  /** The request in progress (send, regenerate, retry, edit), settled either way. */
  let inFlight: Promise<void> | undefined;

  const begin = async (): Promise<void> => {
    if (closed) throw new ChatSessionError('destroyed', 'This chat session was destroyed.');
    await options.ready;
  };

  return {
    begin,
    async exclusive(run) {
      if (inFlight || options.isBusy()) {
        throw new ChatSessionError('busy', 'A reply is still in progress; call stop() first.');
      }
      stopRequested = false;
      const running = begin().then(run);
      const settled = running.then(
        () => {},
        () => {},
      );
      inFlight = settled;
      void settled.then(() => {
        if (inFlight === settled) inFlight = undefined;
      });
      await running;
    },
    async settle() {
      stopRequested = true;
      await options.stop();
      while (inFlight) {
        await inFlight;
        await options.stop();
      }
    },
    get stopRequested() {
      return stopRequested;
    },
    get closed() {
      return closed;
    },
    close() {
      if (closed) return false;
      closed = true;
      return true;
    },
  };
}

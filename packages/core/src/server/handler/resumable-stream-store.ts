/**
 * Keeps the replies that are still streaming, so a client that lost its connection (a reload, a
 * network switch) picks its reply up again with `GET {api}/{chatId}/stream` (the AI SDK's
 * `resumeStream()`, `useChat({ resume: true })`). Keys are opaque strings the handler builds from
 * the user and the chat id. Implement it over Redis (e.g. with the `resumable-stream` package) to
 * resume across server instances; {@link createMemoryResumableStreamStore} serves one process.
 */
export interface ResumableStreamStore {
  /**
   * Records `stream` (the reply's server-sent-event text) as the active stream of `key`, replacing
   * any earlier one, and reads it to its end whether or not a client is still listening. Resolves
   * once recording has started; when the stream ends, `key` has no active stream any more.
   */
  publish(key: string, stream: ReadableStream<string>): Promise<void>;
  /**
   * The active stream of `key` from its first chunk, then live until it ends; `null` when nothing
   * is streaming for `key` (the handler answers 204).
   */
  resume(key: string): Promise<ReadableStream<string> | null>;
}

/** Options of {@link createMemoryResumableStreamStore}. */
export interface MemoryResumableStreamStoreOptions {
  /** Most replies kept at once; past it the oldest is dropped (its listeners end). Default 1000. */
  maxStreams?: number;
}

interface ActiveStream {
  chunks: string[];
  listeners: Set<ReadableStreamDefaultController<string>>;
}

/**
 * A {@link ResumableStreamStore} in this process's memory: each active reply's chunks so far and
 * the clients following it. A reply is forgotten as soon as it ends, so memory holds only the
 * replies in progress (at most `maxStreams`, default 1000; `RangeError` below 1).
 */
export function createMemoryResumableStreamStore(
  options: MemoryResumableStreamStoreOptions = {},
): ResumableStreamStore {
  const maxStreams = options.maxStreams ?? 1000;
  if (!Number.isInteger(maxStreams) || maxStreams < 1) {
    throw new RangeError(`maxStreams must be a whole number of at least 1, got ${maxStreams}.`);
  }
  const active = new Map<string, ActiveStream>();

  const end = (key: string, entry: ActiveStream) => {
    if (active.get(key) === entry) active.delete(key);
    for (const listener of entry.listeners) {
      try {
        listener.close();
      } catch {
        // The listener already went away.
      }
    }
    entry.listeners.clear();
  };

  const record = async (key: string, entry: ActiveStream, stream: ReadableStream<string>) => {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        entry.chunks.push(value);
        for (const listener of entry.listeners) {
          try {
            listener.enqueue(value);
          } catch {
            entry.listeners.delete(listener);
          }
        }
      }
    } catch {
      // A failed reply ends like a finished one: its listeners have what was sent.
    } finally {
      end(key, entry);
    }
  };

  return {
    async publish(key, stream) {
      const previous = active.get(key);
      if (previous) end(key, previous);
      const entry: ActiveStream = { chunks: [], listeners: new Set() };
      active.set(key, entry);
      if (active.size > maxStreams) {
        const [oldestKey, oldest] = active.entries().next().value as [string, ActiveStream];
        end(oldestKey, oldest);
      }
      void record(key, entry, stream);
    },
    async resume(key) {
      const entry = active.get(key);
      if (!entry) return null;
      let self: ReadableStreamDefaultController<string> | undefined;
      return new ReadableStream<string>({
        start(controller) {
          self = controller;
          for (const chunk of entry.chunks) controller.enqueue(chunk);
          entry.listeners.add(controller);
        },
        cancel() {
          if (self) entry.listeners.delete(self);
        },
      });
    },
  };
}

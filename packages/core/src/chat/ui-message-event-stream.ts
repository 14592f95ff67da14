import type { UIMessageChunk } from 'ai';
import { ChatRequestError } from './chat-request-error';
import { parseUIMessageChunk } from './ui-message-chunk';

/** The most characters one server-sent event may hold (a file chunk carries its data URL). */
const MAX_EVENT_CHARS = 32_000_000;

/** Where an `error` chunk made by {@link readUIMessageEventStream} keeps the error it stands for. */
const FAILURE = Symbol('attune.stream-failure');

type ErrorChunk = Extract<UIMessageChunk, { type: 'error' }> & { [FAILURE]?: Error };

/** The error an `error` chunk stands for: the reader's own (with its code), else one with its text. */
export function chunkError(chunk: Extract<UIMessageChunk, { type: 'error' }>): Error {
  return (chunk as ErrorChunk)[FAILURE] ?? new Error(chunk.errorText);
}

const isAbortError = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * Reads a UI message stream response body: server-sent events whose `data:` lines hold one JSON
 * UI message chunk each (the AI SDK's wire format), ending with `data: [DONE]`. Comments and
 * other fields are skipped. A failure (text that is not JSON, a value that is not a chunk, an
 * event over {@link MAX_EVENT_CHARS}: a `ChatRequestError` coded `invalid-chunk`; or the
 * connection breaking) ends the stream with an `error` chunk after every chunk before it, so
 * nothing received is lost on the way; {@link chunkError} gives the failure back. Aborting
 * errors the stream with the abort.
 */
export function readUIMessageEventStream(body: ReadableStream<Uint8Array>): ReadableStream<UIMessageChunk> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let size = 0;
  /** Chunks delivered so far. */
  let delivered = 0;

  const dispatch = (controller: ReadableStreamDefaultController<UIMessageChunk>) => {
    const text = data.join('\n');
    data = [];
    size = 0;
    if (text === '' || text === '[DONE]') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ChatRequestError(`The chat server sent an event that is not JSON: ${text.slice(0, 80)}`, {
        code: 'invalid-chunk',
      });
    }
    controller.enqueue(parseUIMessageChunk(value));
    delivered++;
  };

  /** Where in `buffer` the search for the next line break resumes (text before it has none). */
  let scanFrom = 0;
  const readLines = (controller: ReadableStreamDefaultController<UIMessageChunk>, final: boolean) => {
    const breaks = /\r\n|\r|\n/g;
    breaks.lastIndex = scanFrom;
    let start = 0;
    let found = breaks.exec(buffer);
    for (; found; found = breaks.exec(buffer)) {
      // A \r that ends the text so far may be the first half of a \r\n.
      if (!final && found[0] === '\r' && found.index === buffer.length - 1) break;
      const line = buffer.slice(start, found.index);
      start = found.index + found[0].length;
      if (line === '') {
        dispatch(controller);
      } else if (line.startsWith('data:')) {
        const value = line.slice(line.startsWith('data: ') ? 6 : 5);
        size += value.length;
        data.push(value);
      }
    }
    scanFrom = (found ? found.index : buffer.length) - start;
    buffer = buffer.slice(start);
    if (buffer.length + size > MAX_EVENT_CHARS) {
      throw new ChatRequestError(`The chat server sent an event over ${MAX_EVENT_CHARS} characters.`, {
        code: 'invalid-chunk',
      });
    }
  };

  return new ReadableStream<UIMessageChunk>({
    async pull(controller) {
      try {
        // Reads on until an event is complete: a pull that gives nothing is not pulled again.
        for (const before = delivered; delivered === before; ) {
          const { done, value } = await reader.read();
          buffer += done ? `${decoder.decode()}\n` : decoder.decode(value, { stream: true });
          readLines(controller, done);
          if (done) {
            dispatch(controller);
            controller.close();
            return;
          }
        }
      } catch (error) {
        if (isAbortError(error)) {
          controller.error(error);
          return;
        }
        const failure = error instanceof Error ? error : new Error(String(error));
        const chunk: ErrorChunk = { type: 'error', errorText: failure.message, [FAILURE]: failure };
        controller.enqueue(chunk);
        controller.close();
        await reader.cancel().catch(() => {});
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

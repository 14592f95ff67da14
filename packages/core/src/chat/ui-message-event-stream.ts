import type { UIMessageChunk } from 'ai';
import { ChatRequestError } from './chat-request-error';
import { parseUIMessageChunk } from './ui-message-chunk';

/** The most characters one server-sent event may hold (a file chunk carries its data URL). */
export const MAX_EVENT_CHARS = 32_000_000;

/**
 * Reads a UI message stream response body: server-sent events whose `data:` lines hold one JSON
 * UI message chunk each (the AI SDK's wire format), ending with `data: [DONE]`. Comments and
 * other fields are skipped. Text that is not JSON, a value that is not a chunk
 * (`parseUIMessageChunk`) or an event over {@link MAX_EVENT_CHARS} errors the stream with a
 * `ChatRequestError` coded `invalid-chunk`; the chunks before it were delivered.
 */
export function readUIMessageEventStream(body: ReadableStream<Uint8Array>): ReadableStream<UIMessageChunk> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let size = 0;

  const dispatch = (controller: TransformStreamDefaultController<UIMessageChunk>) => {
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
  };

  const readLines = (controller: TransformStreamDefaultController<UIMessageChunk>, final: boolean) => {
    const breaks = /\r\n|\r|\n/g;
    let start = 0;
    for (let found = breaks.exec(buffer); found; found = breaks.exec(buffer)) {
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
    buffer = buffer.slice(start);
    if (buffer.length + size > MAX_EVENT_CHARS) {
      throw new ChatRequestError(`The chat server sent an event over ${MAX_EVENT_CHARS} characters.`, {
        code: 'invalid-chunk',
      });
    }
  };

  return body.pipeThrough(
    new TransformStream<Uint8Array, UIMessageChunk>({
      transform(bytes, controller) {
        buffer += decoder.decode(bytes, { stream: true });
        readLines(controller, false);
      },
      flush(controller) {
        buffer += `${decoder.decode()}\n`;
        readLines(controller, true);
        dispatch(controller);
      },
    }),
  );
}

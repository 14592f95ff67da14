import { HandlerError } from './handler-error';

/**
 * Reads a request body as JSON without buffering more than `maxBytes`: a `Content-Length` over the
 * limit is refused before reading, and a streamed body is cut off as soon as it passes the limit
 * (413 `body-too-large`). A non-JSON content type is a 415, unparsable JSON a 400 `invalid-json`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HandlerError(
      415,
      'unsupported-media-type',
      'The body must be JSON (Content-Type: application/json).',
    );
  }
  const tooLarge = () =>
    new HandlerError(413, 'body-too-large', `The body is larger than the limit of ${maxBytes} bytes.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (request.body === null)
    throw new HandlerError(400, 'invalid-json', 'The body is empty; send a JSON object.');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HandlerError(400, 'invalid-json', 'The body is not valid UTF-8.');
  }
  if (text.trim() === '')
    throw new HandlerError(400, 'invalid-json', 'The body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch {
    throw new HandlerError(400, 'invalid-json', 'The body is not valid JSON.');
  }
}

/**
 * The AI SDK's own transport over a fetch handler called in-process (no socket), recording each
 * request, and a reply the first page asked for and then left mid-stream, for resume tests.
 */
import { DefaultChatTransport, type UIMessage } from 'ai';

/** Where the transport says it posts (the handler is called directly). */
export const HANDLER_API = 'http://localhost/api/chat';

/** `DefaultChatTransport` to `handle`, recording `METHOD /path` of each request in `requests`. */
export function transportTo(handle: (request: Request) => Promise<Response>, requests: string[]) {
  return new DefaultChatTransport<UIMessage>({
    api: HANDLER_API,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return handle(request);
    },
  });
}

/** Posts `user` as chat `chatId` and goes away without reading the reply (a reload mid-reply). */
export async function askAndLeave(
  handle: (request: Request) => Promise<Response>,
  chatId: string,
  user: UIMessage,
): Promise<void> {
  const first = await handle(
    new Request(HANDLER_API, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: chatId, messages: [user], trigger: 'submit-message' }),
    }),
  );
  await first.body?.cancel();
}

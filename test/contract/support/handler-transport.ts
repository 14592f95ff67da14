/**
 * The AI SDK's own transport over a fetch handler called in-process (no socket), recording each
 * request, and a reply the first page asked for and then left mid-stream, for resume tests.
 */
import { createChatHandler, createMemoryResumableStreamStore } from '@attune/core/server';
import { DefaultChatTransport, type UIMessage } from 'ai';
import { scriptedModel } from './scripted-model';

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

/**
 * A handler with resumable streams where chat `chatId` asked for a slow reply and the page went
 * away before it ended (a reload mid-reply): the handler and the user's message.
 */
export async function leftMidReply(chatId: string) {
  const handle = createChatHandler({
    model: scriptedModel(),
    resumableStreams: createMemoryResumableStreamStore(),
  });
  const user: UIMessage = {
    id: 'u1',
    role: 'user',
    parts: [{ type: 'text', text: 'Tell me something slow' }],
  };
  const first = await handle(
    new Request(HANDLER_API, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: chatId, messages: [user], trigger: 'submit-message' }),
    }),
  );
  await first.body?.cancel();
  return { handle, user };
}

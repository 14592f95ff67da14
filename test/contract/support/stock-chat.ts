/**
 * The stock AI SDK 7 client, as an app on `ai` alone uses it: `AbstractChat` over a plain
 * `ChatState` and `DefaultChatTransport`, plus a loopback HTTP server for a fetch handler.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import {
  AbstractChat,
  type ChatInit,
  type ChatState,
  type ChatStatus,
  DefaultChatTransport,
  type UIMessage,
} from 'ai';

/** A `ChatState` over a plain array, as the AI SDK's framework bindings keep one. */
class ArrayChatState implements ChatState<UIMessage> {
  status: ChatStatus = 'ready';
  error: Error | undefined = undefined;
  messages: UIMessage[];

  constructor(messages: UIMessage[] = []) {
    this.messages = messages;
  }

  pushMessage = (message: UIMessage) => {
    this.messages = [...this.messages, message];
  };

  popMessage = () => {
    this.messages = this.messages.slice(0, -1);
  };

  replaceMessage = (index: number, message: UIMessage) => {
    this.messages = this.messages.map((current, at) => (at === index ? message : current));
  };

  snapshot = <T>(thing: T): T => structuredClone(thing);
}

/** The AI SDK's chat with a plain state: what `useChat` drives, without React. */
export class StockChat extends AbstractChat<UIMessage> {
  constructor(
    init: Omit<ChatInit<UIMessage>, 'transport'> & {
      api: string;
      headers?: Record<string, string>;
      /** Sends only the last message with the chat id, as the AI SDK's persistence docs teach. */
      lastMessageOnly?: boolean;
    },
  ) {
    const { api, headers, lastMessageOnly, ...rest } = init;
    super({
      ...rest,
      transport: new DefaultChatTransport({
        api,
        ...(headers ? { headers } : {}),
        ...(lastMessageOnly
          ? {
              prepareSendMessagesRequest: ({ messages, id }) => ({
                body: { message: messages.at(-1), id },
              }),
            }
          : {}),
      }),
      state: new ArrayChatState(rest.messages),
    });
  }
}

/** A fetch handler served on a free loopback port. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 at a free port (through the Node adapter the support site uses). */
export async function serveLoopback(
  handler: (request: Request) => Promise<Response>,
): Promise<LoopbackServer> {
  const server: Server = createServer(getRequestListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until `condition` holds, polling every 10 ms; fails after `timeoutMs` (default 5 s). */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The text of a message's text parts. */
export function textOf(message: UIMessage | undefined): string {
  return (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');
}

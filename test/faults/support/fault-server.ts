import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one chat request. */
export type Behaviour =
  /** Streams `text` in `deltas` pieces, after an optional wait before the first byte. */
  | { kind: 'reply'; text: string; deltas?: number; firstByteDelayMs?: number }
  /** Streams the first `deltas` pieces of `text`, then destroys the socket. */
  | { kind: 'cut'; text: string; deltas: number }
  /** Answers 500 with a JSON error body. */
  | { kind: 'status'; status: number; body: string }
  /** Streams some text, then a line that is not a UI message chunk (`raw`), then more text. */
  | { kind: 'malformed'; text: string; raw: string }
  /** Streams the first `deltas` pieces of `text`, then holds the response open until the client goes. */
  | { kind: 'hang'; text: string; deltas: number };

/** What the server saw of one request. */
export interface SeenRequest {
  body: { trigger?: string; messages?: unknown[] } & Record<string, unknown>;
  /** Resolves when the client closed the connection before the response ended (an abort). */
  aborted: Promise<void>;
  /** True once the response was completed normally. */
  completed: boolean;
}

/** A real HTTP chat endpoint on 127.0.0.1 that misbehaves on purpose. */
export interface FaultServer {
  /** The chat endpoint URL. */
  api: string;
  /** Queues how the next requests are answered (in order; `reply` when the queue is empty). */
  next(...behaviours: Behaviour[]): void;
  /** Every request so far. */
  requests: SeenRequest[];
  close(): Promise<void>;
}

const sse = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;

function pieces(text: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  return text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<SeenRequest['body']> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  return JSON.parse(raw) as SeenRequest['body'];
}

/**
 * Starts a UI message stream with a conditioning receipt, as an Attune server sends it: a
 * request's `candidate` body field (a comparison's) shows as the detail level it applied.
 */
function startStream(response: ServerResponse, body: SeenRequest['body']): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'x-vercel-ai-ui-message-stream': 'v1',
  });
  const detail = body.candidate === 1 ? 1 : -1;
  const conditioning = { mode: 'pba', source: 'payload', style: { detail } };
  response.write(sse({ type: 'start', messageMetadata: { conditioning } }));
  response.write(sse({ type: 'start-step' }));
  response.write(sse({ type: 'text-start', id: 't' }));
}

async function writeDeltas(response: ServerResponse, deltas: readonly string[]): Promise<void> {
  for (const delta of deltas) {
    if (response.destroyed) return;
    response.write(sse({ type: 'text-delta', id: 't', delta }));
    await pause(2);
  }
}

function finishStream(response: ServerResponse): void {
  response.write(sse({ type: 'text-end', id: 't' }));
  response.write(sse({ type: 'finish-step' }));
  response.write(sse({ type: 'finish', finishReason: 'stop' }));
  response.end('data: [DONE]\n\n');
}

/** Starts a fault server on a free port of 127.0.0.1. */
export async function startFaultServer(): Promise<FaultServer> {
  const queue: Behaviour[] = [];
  const requests: SeenRequest[] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    let markAborted = () => {};
    const seen: SeenRequest = {
      body: await readBody(request),
      aborted: new Promise<void>((resolve) => {
        markAborted = resolve;
      }),
      completed: false,
    };
    requests.push(seen);
    response.on('close', () => {
      if (!response.writableFinished) markAborted();
    });
    const behaviour = queue.shift() ?? { kind: 'reply', text: 'All good.' };
    switch (behaviour.kind) {
      case 'reply': {
        if (behaviour.firstByteDelayMs) await pause(behaviour.firstByteDelayMs);
        if (response.destroyed) return;
        startStream(response, seen.body);
        await writeDeltas(response, pieces(behaviour.text, behaviour.deltas ?? 4));
        if (response.destroyed) return;
        finishStream(response);
        seen.completed = true;
        return;
      }
      case 'cut': {
        startStream(response, seen.body);
        await writeDeltas(response, pieces(behaviour.text, 8).slice(0, behaviour.deltas));
        await pause(20);
        response.socket?.destroy();
        return;
      }
      case 'status': {
        response.writeHead(behaviour.status, { 'content-type': 'application/json' }).end(behaviour.body);
        return;
      }
      case 'malformed': {
        startStream(response, seen.body);
        await writeDeltas(response, pieces(behaviour.text, 2));
        response.write(`data: ${behaviour.raw}\n\n`);
        await writeDeltas(response, ['never shown']);
        finishStream(response);
        return;
      }
      case 'hang': {
        startStream(response, seen.body);
        await writeDeltas(response, pieces(behaviour.text, 8).slice(0, behaviour.deltas));
        await seen.aborted;
        return;
      }
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api/chat`,
    next: (...behaviours) => queue.push(...behaviours),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

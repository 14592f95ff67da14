/**
 * A tiny OpenAI-compatible chat completions server on 127.0.0.1 for tests: it answers
 * `POST /v1/chat/completions` with `stream: true` in the OpenAI SSE format (a role chunk, one chunk
 * per word, a finish chunk, a usage chunk, `[DONE]`) and records every request body it received.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat completions request as the fake server received it. */
export interface FakeOpenAIRequest {
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    stream?: boolean;
    messages?: Array<{ role: string; content: unknown }>;
    [key: string]: unknown;
  };
}

/** A running fake server. */
export interface FakeOpenAIServer {
  /** Base URL to give as `OPENAI_BASE_URL`, e.g. `http://127.0.0.1:41234/v1`. */
  baseURL: string;
  /** Every chat completions request received, oldest first. */
  requests: FakeOpenAIRequest[];
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

function streamReply(response: ServerResponse, model: string, reply: string): void {
  const id = 'chatcmpl-fake';
  const created = Math.floor(Date.now() / 1000);
  const send = (payload: unknown) => response.write(`data: ${JSON.stringify(payload)}\n\n`);
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  send(chunk({ role: 'assistant', content: '' }));
  for (const word of reply.split(/(?<= )/)) send(chunk({ content: word }));
  send(chunk({}, 'stop'));
  send({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices: [],
    usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
  });
  response.end('data: [DONE]\n\n');
}

/** Starts the fake server on an ephemeral port; every request is answered with `reply`. */
export async function startFakeOpenAIServer(reply: string): Promise<FakeOpenAIServer> {
  const requests: FakeOpenAIRequest[] = [];
  const server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'Not found', type: 'invalid_request_error' } }));
      return;
    }
    const body = JSON.parse(await readBody(request)) as FakeOpenAIRequest['body'];
    requests.push({ headers: request.headers, body });
    if (body.stream !== true) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
        }),
      );
      return;
    }
    streamReply(response, body.model ?? 'fake', reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

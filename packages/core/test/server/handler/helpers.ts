import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A mock model streaming `deltas` on every call; its calls are in `doStreamCalls`. */
export function streamingModel(
  deltas: string[],
  settings: Pick<NonNullable<ConstructorParameters<typeof MockLanguageModelV4>[0]>, 'supportedUrls'> = {},
): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    ...settings,
    doStream: async () => ({
      stream: simulateReadableStream<LanguageModelV4StreamPart>({
        chunks: [
          { type: 'stream-start', warnings: [] },
          { type: 'text-start', id: 't' },
          ...deltas.map((delta): LanguageModelV4StreamPart => ({ type: 'text-delta', id: 't', delta })),
          { type: 'text-end', id: 't' },
          { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
        ],
        chunkDelayInMs: null,
      }),
    }),
  });
}

/** The system instructions a model call received (empty when none). */
export function instructionsOf(call: LanguageModelV4CallOptions | undefined): string {
  return (call?.prompt ?? [])
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n');
}

/** A user message as the AI SDK client sends it. */
export function userMessage(text: string, id = 'u1') {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

/** A JSON POST request. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Reads an SSE UI message stream response into its JSON chunks. */
export async function readChunks(response: Response): Promise<Array<Record<string, unknown>>> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
}

/** The reply text of a UI message stream response. */
export async function replyText(response: Response): Promise<string> {
  return (await readChunks(response))
    .filter((chunk) => chunk.type === 'text-delta')
    .map((chunk) => chunk.delta)
    .join('');
}

/**
 * A mock `LanguageModelV4` that behaves like a tool-calling model, decided by the prompt: after
 * tool results it reports them; otherwise it calls the tool a user message asks for (`order 42`
 * → `lookupOrder`, `confirm` → `askConfirmation`, `cancel 42` → `cancelOrder`) or answers in text
 * (`slow` → many small deltas; `think` → reasoning first; `explode` → the call fails).
 */
import type { LanguageModelV4Prompt, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { replyParts } from '../../../packages/core/test/chat/fake-model';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** The reasoning a model shows before it answers a message asking it to `think`. */
export const REASONING = 'The user wants a considered answer; check the order history first.';

/** The words of a `slow` reply. */
export const SLOW_REPLY = Array.from({ length: 40 }, (_, index) => `word${index} `);

/** Options of {@link scriptedModel}. */
export interface ScriptedModelOptions {
  /** Delay between the chunks of a `slow` reply, in ms. Default 20. */
  slowDelayMs?: number;
}

function lastUserText(prompt: LanguageModelV4Prompt): string {
  const last = prompt.findLast((message) => message.role === 'user');
  if (last?.role !== 'user') return '';
  return last.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

function toolCallChunks(call: number, toolName: string, input: unknown): LanguageModelV4StreamPart[] {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'tool-call', toolCallId: `call-${call}`, toolName, input: JSON.stringify(input) },
    { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
  ];
}

/** What the model does for a prompt, as stream parts. */
function respond(prompt: LanguageModelV4Prompt, call: number): LanguageModelV4StreamPart[] {
  const last = prompt.at(-1);
  if (last?.role === 'tool') {
    const results = last.content.flatMap((part) =>
      part.type === 'tool-result'
        ? [
            `${part.toolName}: ${part.output.type === 'execution-denied' ? 'denied' : JSON.stringify('value' in part.output ? part.output.value : null)}`,
          ]
        : [],
    );
    return replyParts([`Results. `, results.join('; ')]);
  }
  const text = lastUserText(prompt);
  const order = /order (\d+)/.exec(text)?.[1];
  if (/cancel/.test(text)) return toolCallChunks(call, 'cancelOrder', { orderId: order ?? '0' });
  if (order) return toolCallChunks(call, 'lookupOrder', { orderId: order });
  if (/confirm/.test(text)) return toolCallChunks(call, 'askConfirmation', { question: 'Go ahead?' });
  if (/explode/.test(text)) throw new Error('The provider is down.');
  if (/slow/.test(text)) return replyParts(SLOW_REPLY);
  if (/think/.test(text)) {
    const [start, ...reply] = replyParts([`Reply ${call}`, ` to: ${text}`]);
    return [
      ...(start ? [start] : []),
      { type: 'reasoning-start', id: 'r' },
      { type: 'reasoning-delta', id: 'r', delta: REASONING },
      { type: 'reasoning-end', id: 'r' },
      ...reply,
    ];
  }
  return replyParts([`Reply ${call}`, ` to: ${text}`]);
}

/** A scripted tool-calling mock model; its calls are in `doStreamCalls`. */
export function scriptedModel(options: ScriptedModelOptions = {}): MockLanguageModelV4 {
  let calls = 0;
  return new MockLanguageModelV4({
    doStream: async ({ prompt }) => {
      calls += 1;
      const chunks = respond(prompt, calls);
      return {
        stream: simulateReadableStream<LanguageModelV4StreamPart>({
          chunks,
          chunkDelayInMs:
            /slow/.test(lastUserText(prompt)) && prompt.at(-1)?.role !== 'tool'
              ? (options.slowDelayMs ?? 20)
              : null,
        }),
      };
    },
  });
}

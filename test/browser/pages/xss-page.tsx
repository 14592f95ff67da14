// Test page: <Chat> over an in-process model whose replies are the XSS corpus.

import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { type ChatSession, createChatSession, type Personalization } from '@attune/core';
import { Chat } from '@attune/ui';
import { MockLanguageModelV4 } from 'ai/test';
import { createRoot } from 'react-dom/client';
import { xssPayloads } from '../xss-payloads';

declare global {
  interface Window {
    /** The page's session, driven by the test. */
    attuneXss: { session: ChatSession };
  }
}

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

function lastUserText(options: LanguageModelV4CallOptions): string {
  const user = options.prompt.findLast((message) => message.role === 'user');
  if (!user) return '';
  return user.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
}

function systemText(options: LanguageModelV4CallOptions): string {
  return options.prompt.flatMap((message) => (message.role === 'system' ? [message.content] : [])).join('\n');
}

/** `payload:<id>` answers with that payload; `pair:<a>:<b>` answers candidate 0 with a, 1 with b. */
function replyFor(options: LanguageModelV4CallOptions): string {
  const [kind, first, second] = lastUserText(options).split(':');
  const id = kind === 'pair' && systemText(options).includes('candidate-1') ? second : first;
  const payload = xssPayloads.find((candidate) => candidate.id === Number(id));
  if (!payload) throw new Error(`No payload ${id}`);
  return payload.text;
}

/** Streams a reply in 5-character deltas, so partial markdown and HTML pass through the renderer. */
const model = new MockLanguageModelV4({
  doStream: async (options) => {
    const text = replyFor(options);
    const deltas = text.match(/[\s\S]{1,5}/g) ?? [];
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' },
      ...deltas.map((delta): LanguageModelV4StreamPart => ({ type: 'text-delta', id: 't', delta })),
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
    ];
    return {
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          const part = parts.shift();
          if (!part) {
            controller.close();
            return;
          }
          controller.enqueue(part);
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      }),
    };
  },
});

/** Plans an active comparison for `pair:` prompts, so both candidates render side by side. */
const personalization: Personalization = {
  observe() {},
  plan(turn) {
    const last = turn.messages.at(-1);
    const text = last?.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('') ?? '';
    if (!text.startsWith('pair:')) return { conditioning: {} };
    // The candidates differ in what is applied (their receipts), or they would be one reply.
    return {
      conditioning: {},
      compare: [
        { instructions: 'candidate-0', style: { humour: 1 } },
        { instructions: 'candidate-1', style: { humour: -1 } },
      ],
    };
  },
};

const session = createChatSession({ id: 'xss', model, personalization });
window.attuneXss = { session };
const container = document.getElementById('root');
if (container) createRoot(container).render(<Chat session={session} title="XSS corpus" />);

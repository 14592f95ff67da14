import {
  type AttuneMessage,
  type ChatSession,
  createChatSession,
  createPersona,
  createPersonalization,
  type Persona,
  type Signal,
} from '@attune/core';
import { detectAttributes } from '@attune/core/detectors';
import { createOfflineModel } from '@attune/core/offline';
import { articles } from '../../examples/support-site/knowledge/articles';

/** Options of {@link storySession}. */
export interface StorySessionOptions {
  /** The starting conversation. */
  messages?: AttuneMessage[];
  /** Delay between streamed chunks in ms (default 25: lively but quick). */
  chunkDelayMs?: number;
  /** The persona replies adapt to (a fresh one by default). */
  persona?: Persona;
}

/** A live session on the offline model over the support site's help-centre articles: no server needed. */
export function storySession({
  messages,
  chunkDelayMs = 25,
  persona = createPersona(),
}: StorySessionOptions = {}): {
  session: ChatSession;
  persona: Persona;
} {
  const model = createOfflineModel({
    knowledge: articles,
    pacing: { chunkDelayMs, firstChunkDelayMs: chunkDelayMs * 4, wordsPerChunk: 2 },
    signature: 'Parcelwise support',
    supportContact: 'help@parcelwise.example',
  });
  const personalization = createPersonalization({ persona, mode: 'pba', compare: { policy: 'never' } });
  const session = createChatSession({ model, personalization, messages });
  return { session, persona };
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/** A user message. */
export function userMessage(text: string): AttuneMessage {
  return { id: nextId('u'), role: 'user', parts: [{ type: 'text', text }], metadata: { createdAt: 0 } };
}

/** An assistant message with optional metadata. */
export function assistantMessage(text: string, metadata: AttuneMessage['metadata'] = {}): AttuneMessage {
  return {
    id: nextId('a'),
    role: 'assistant',
    parts: text ? [{ type: 'text', text, state: 'done' }] : [],
    metadata: { createdAt: 0, ...metadata },
  };
}

const SAMPLE_SHAPED_BY = [
  { id: 'agreeableness', label: 'High Agreeableness', direction: 1, confidence: 0.82 },
  { id: 'conscientiousness', label: 'High Conscientiousness', direction: 1, confidence: 0.64, pinned: true },
];

/** A short, realistic exchange from the help centre. */
export function sampleConversation(): AttuneMessage[] {
  return [
    userMessage('My parcel says delivered but it is not here. What should I do?'),
    assistantMessage(
      "Sorry about that, it's frustrating when a parcel goes missing. A few things usually solve it:\n\n" +
        '1. **Check around your home**: porches, bins, and with neighbours.\n' +
        '2. **Look at the delivery photo** in your order page under *Track parcel*.\n' +
        '3. Wait until the end of the next working day; carriers sometimes mark parcels early.\n\n' +
        'If it still has not turned up, [report it here](https://parcelwise.example/help/missing) and we will send a replacement or refund.',
      {
        rating: 'up',
        shapedBy: SAMPLE_SHAPED_BY,
        conditioning: { mode: 'pba', source: 'stored', shapedBy: SAMPLE_SHAPED_BY },
      },
    ),
    userMessage('How do I check the tracking from the command line? I have the API key.'),
    assistantMessage(
      'You can call the tracking endpoint with `curl`:\n\n```bash\ncurl -H "Authorization: Bearer $PARCELWISE_KEY" \\\n  https://api.parcelwise.example/v1/parcels/PW123456/events\n```\n\nThe response lists every scan with a timestamp and location.',
    ),
  ];
}

/** A thread of `count` messages, for the long-thread and virtualization stories. */
export function longThread(count: number): AttuneMessage[] {
  const messages: AttuneMessage[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length];
    if (!article) continue;
    if (i % 2 === 0) messages.push(userMessage(`Question ${i / 2 + 1}: ${article.title}?`));
    else
      messages.push(
        assistantMessage(
          article.body
            .split('\n\n')
            .slice(0, 1 + (i % 3))
            .join('\n\n'),
        ),
      );
  }
  return messages;
}

/** A persona that has learned from a few signals only. */
export function personaWithLittleEvidence(): Persona {
  // Built synchronously at render time, so with the detectors imported directly.
  const persona = createPersona({ detect: detectAttributes });
  const at = 0;
  const signals: Signal[] = [
    { kind: 'user-text', text: 'hi, quick question about my order', at },
    { kind: 'rating', rating: 'up', text: 'Sure! Your order ships tomorrow.', at },
  ];
  for (const signal of signals) persona.observe(signal);
  return persona;
}

/** A persona with much evidence: many comparisons and ratings, and two dimensions set by the user. */
export function personaWithMuchEvidence(): Persona {
  const persona = createPersona({ detect: detectAttributes });
  const concise = 'Refunds take 3-5 working days. Track it under Orders > Refunds.';
  const verbose =
    'Thank you so much for reaching out! I completely understand how important this is to you. ' +
    'Refunds can sometimes take a little while, and I want to walk you through every step of the process in detail so nothing is unclear...';
  for (let i = 0; i < 24; i++) {
    persona.observe({
      kind: 'comparison',
      prompt: 'When will I get my refund?',
      chosen: concise,
      rejected: verbose,
      chosenStyle: { detail: -0.8, warmth: -0.2, structure: 0.4 },
      rejectedStyle: { detail: 0.9, warmth: 0.8, empathy: 0.8 },
      at: i,
    });
    persona.observe({
      kind: 'rating',
      rating: 'down',
      text: verbose,
      style: { detail: 0.9, empathy: 0.9 },
      at: i,
    });
  }
  persona.set('conscientiousness', 1, { pinned: true });
  persona.set('investment_aggressive', 0, { pinned: true });
  return persona;
}

/**
 * A stock AI SDK 7 server, as an existing `useChat` app has one: `streamText` with tools (a server
 * tool, a client-side tool, a tool that needs approval) answered with
 * `toUIMessageStreamResponse` (a message asking for `progress` gets the app's own data parts too), plus a resume endpoint where chat `reloaded` has a reply in
 * progress and every other chat has none (204). It records what each request carried.
 */
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  tool,
  type UIMessage,
} from 'ai';
import { Hono } from 'hono';
import * as z from 'zod';
import { scriptedModel } from './scripted-model';

/** One request the stock server received. */
export interface ReceivedRequest {
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** The text of the reply chat `reloaded` resumes. */
export const RESUMED_TEXT = 'Picked up where it left off.';

/** Creates the stock server: its Hono app, model, what it received and the orders it cancelled. */
export function createStockServer() {
  const model = scriptedModel();
  const cancelled: string[] = [];
  const received: ReceivedRequest[] = [];
  const tools = {
    lookupOrder: tool({
      inputSchema: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => ({ orderId, status: 'shipped' }),
    }),
    askConfirmation: tool({ inputSchema: z.object({ question: z.string() }), outputSchema: z.string() }),
    cancelOrder: tool({
      inputSchema: z.object({ orderId: z.string() }),
      needsApproval: true,
      execute: async ({ orderId }) => {
        cancelled.push(orderId);
        return { orderId, cancelled: true };
      },
    }),
  };
  const app = new Hono();
  app.post('/api/chat', async (context) => {
    const body = (await context.req.json()) as Record<string, unknown> & { messages: UIMessage[] };
    received.push({ body, authorization: context.req.header('authorization') });
    const result = streamText({
      model,
      tools,
      stopWhen: stepCountIs(5),
      messages: await convertToModelMessages(body.messages, { tools }),
    });
    const last = body.messages.at(-1);
    if (!last?.parts.some((part) => part.type === 'text' && part.text.includes('progress'))) {
      return result.toUIMessageStreamResponse({ originalMessages: body.messages });
    }
    // An app's own chunks around the reply: a data part, a transient one (only for onData) and metadata.
    const stream = createUIMessageStream({
      originalMessages: body.messages,
      execute: ({ writer }) => {
        writer.write({ type: 'data-progress', id: 'progress', data: { step: 'looking' } });
        writer.write({ type: 'data-toast', data: 'Working on it', transient: true });
        writer.merge(
          result.toUIMessageStream({
            messageMetadata: ({ part }) => (part.type === 'finish' ? { totalTokens: 2 } : undefined),
          }),
        );
      },
    });
    return createUIMessageStreamResponse({ stream });
  });
  app.get('/api/chat/:id/stream', (context) => {
    if (context.req.param('id') !== 'reloaded') return context.body(null, 204);
    const stream = createUIMessageStream({
      execute: ({ writer }) => {
        writer.write({ type: 'start', messageId: 'resumed-reply' });
        writer.write({ type: 'text-start', id: 't' });
        writer.write({ type: 'text-delta', id: 't', delta: RESUMED_TEXT });
        writer.write({ type: 'text-end', id: 't' });
        writer.write({ type: 'finish' });
      },
    });
    return createUIMessageStreamResponse({ stream });
  });
  return { app, model, tools, received, cancelled };
}

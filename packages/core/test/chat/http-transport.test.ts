import { type AttuneMessage, createChatSession, messageText } from '@attune/core';
import { convertToModelMessages, createUIMessageStreamResponse, streamText, toUIMessageStream } from 'ai';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, serveOnLoopback } from '../support/serve-on-loopback';
import { scriptedModel, systemText } from './fake-model';
import { conditioning, recordingPersonalization } from './recording-personalization';

const bodies: Array<Record<string, unknown>> = [];
const model = scriptedModel([['From ', 'the ', 'server'], new Error('upstream failed'), ['second try']]);
let server: LoopbackServer;
let api = '';

beforeAll(async () => {
  const app = new Hono();
  app.post('/api/chat', async (context) => {
    const body = (await context.req.json()) as Record<string, unknown> & { messages: AttuneMessage[] };
    bodies.push(body);
    const result = streamText({
      model,
      instructions: 'Server instructions.',
      messages: await convertToModelMessages(body.messages),
      onError: () => {},
    });
    return createUIMessageStreamResponse({
      stream: toUIMessageStream({
        stream: result.stream,
        onError: (error) => (error instanceof Error ? error.message : String(error)),
      }),
    });
  });
  server = await serveOnLoopback(app.fetch);
  api = `${server.origin}/api/chat`;
});

afterAll(async () => {
  await server.close();
});

describe('the HTTP transport', () => {
  it('streams the server reply and sends only the persona payload under `attune`, never instructions', async () => {
    const recorder = recordingPersonalization(() => ({ conditioning: conditioning('friendly', 0.4) }));
    const warnings: string[] = [];
    const session = createChatSession({
      id: 'http-1',
      api,
      instructions: 'Client instructions must not travel.',
      personalization: recorder.personalization,
      onWarning: (warning) => warnings.push(warning),
    });
    await session.send('Hello server');
    const { messages, status } = session.getState();
    expect(status).toBe('ready');
    expect(messages.map((message) => `${message.role}: ${messageText(message)}`)).toEqual([
      'user: Hello server',
      'assistant: From the server',
    ]);
    // A stock server sends no receipt: nothing is claimed about the reply's conditioning.
    expect(messages[1]?.metadata?.style).toBeUndefined();
    expect(messages[1]?.metadata?.shapedBy).toBeUndefined();
    expect(messages[1]?.metadata?.conditioning).toEqual({ source: 'none' });
    expect(warnings).toEqual([expect.stringMatching(/no conditioning receipt/)]);

    const body = bodies.at(-1) ?? {};
    expect(body.attune).toEqual({ persona: 'friendly' });
    expect(body.persona).toBeUndefined();
    expect(body.id).toBe('http-1');
    expect(body.trigger).toBe('submit-message');
    const raw = JSON.stringify(body);
    expect(raw).not.toContain('attune-style');
    expect(raw).not.toContain('Client instructions');
    expect(Object.keys(body)).not.toContain('instructions');
    const lastCall = model.doStreamCalls.at(-1);
    if (!lastCall) throw new Error('the model was not called');
    expect(systemText(lastCall)).toBe('Server instructions.');
  });

  it('a server error sets status error, keeps the user message, and retry() recovers', async () => {
    const session = createChatSession({ api });
    await session.send('Will fail');
    expect(session.getState().status).toBe('error');
    expect(session.getState().error?.message).toMatch(/upstream failed/);
    expect(session.getState().messages.map(messageText)).toEqual(['Will fail']);
    await session.retry();
    expect(session.getState().status).toBe('ready');
    expect(session.getState().messages.map(messageText)).toEqual(['Will fail', 'second try']);
    expect(bodies.at(-1)?.trigger).toBe('regenerate-message');
  });

  it('an unreachable server is an error state, not an unhandled rejection', async () => {
    const session = createChatSession({ api: 'http://127.0.0.1:9/api/chat' });
    await expect(session.send('anyone?')).resolves.toBeUndefined();
    expect(session.getState().status).toBe('error');
    expect(session.getState().messages.map(messageText)).toEqual(['anyone?']);
  });
});

import { type AttuneMessage, createChatSession, createPersonalization } from '@attune/core';
import {
  alignxSpace,
  conditionFromPayload,
  linksFromSpace,
  parsePersonaPayload,
} from '@attune/core/alignment';
import { conditioningReceipt } from '@attune/core/server';
import { convertToModelMessages, streamText } from 'ai';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptedModel, systemText } from '../chat/fake-model';
import { type LoopbackServer, serveOnLoopback } from '../support/serve-on-loopback';

/**
 * An app's own AI SDK route (not `createChatHandler`) that conditions its model on the persona
 * payload with the public `@attune/core/alignment` entry, as the alignment README shows.
 */
const model = scriptedModel([['Ride ', 'prices.']]);
const dimensions = alignxSpace.dimensions.map((dimension) => dimension.id);
const links = linksFromSpace(alignxSpace);
let server: LoopbackServer;
let api = '';

beforeAll(async () => {
  const app = new Hono();
  app.post('/api/chat', async (context) => {
    const body = (await context.req.json()) as { messages: AttuneMessage[]; attune?: { persona?: unknown } };
    const conditioning = body.attune?.persona
      ? conditionFromPayload(parsePersonaPayload(body.attune.persona, { dimensions }), {
          space: alignxSpace,
          links,
        })
      : {};
    const result = streamText({
      model,
      instructions: ['You are the bike-share assistant.', conditioning.instructions]
        .filter(Boolean)
        .join('\n\n'),
      messages: await convertToModelMessages(body.messages),
    });
    const receipt = conditioningReceipt(conditioning, 'payload');
    return result.toUIMessageStreamResponse({
      originalMessages: body.messages,
      messageMetadata: ({ part }) => (part.type === 'start' ? { conditioning: receipt } : undefined),
    });
  });
  server = await serveOnLoopback(app.fetch);
  api = `${server.origin}/api/chat`;
});

afterAll(async () => {
  await server.close();
});

describe("an app's own streamText route", () => {
  it('conditions on the payload and sends a receipt the session reads as personalized', async () => {
    const warnings: string[] = [];
    const session = createChatSession({
      id: 'own-route',
      api,
      personalization: createPersonalization({ compare: { policy: 'never' } }),
      onWarning: (warning) => warnings.push(warning),
    });
    await session.send('How do I unlock a bike?');
    const first = session.getState().messages.at(-1);
    expect(first?.metadata?.conditioning).toEqual({ source: 'none' });

    await session.send('tl;dr what does a day pass cost?');
    const reply = session.getState().messages.at(-1);
    expect(reply?.metadata?.conditioning).toMatchObject({
      mode: 'pba',
      source: 'payload',
      style: { detail: -1 },
    });
    expect(reply?.metadata?.style).toEqual({ detail: -1 });
    const call = model.doStreamCalls.at(-1);
    if (!call) throw new Error('the route never called the model');
    const system = systemText(call);
    expect(system).toContain('You are the bike-share assistant.');
    expect(system).toContain('<attune-style detail="-1"/>');
    expect(warnings).toEqual([]);
    session.destroy();
  });
});

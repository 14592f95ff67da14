import { tmpdir } from 'node:os';
import { createPersona } from '@attune/core';
import { toPersonaPayload } from '@attune/core/alignment';
import { createMemoryPersonaStore } from '@attune/core/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../../test/support/fake-openai-server';
import { articles } from '../knowledge/articles';
import { chooseModel } from '../server/choose-model';
import { ASSISTANT_INSTRUCTIONS, createSiteApp } from '../server/create-site-app';

const REPLY = 'Returns are free within 30 days of delivery.';
/** The heading of the preference block the server writes into the system prompt. */
const PROFILE_HEADING = '## User Preferences';

describe('the site on an OpenAI-compatible endpoint', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer(REPLY);
  });
  afterAll(async () => {
    await fake.close();
  });

  it('streams the endpoint reply through /api/chat, with the key, the model and the conditioned instructions', async () => {
    const { model, description } = chooseModel({
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_API_KEY: 'test-key',
      ATTUNE_MODEL: 'support-model-1',
    });
    expect(description).toContain('support-model-1');
    const app = createSiteApp({ model, store: createMemoryPersonaStore(), distDir: tmpdir() });
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'chat',
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Can I return a rug?' }] }],
        attune: { persona: { v: 1, mode: 'pba', directions: {}, vary: { axis: 'detail', level: -0.8 } } },
      }),
    });
    expect(response.status).toBe(200);
    const text = (await response.text())
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => JSON.parse(line.slice(6)) as { type: string; delta?: string })
      .filter((chunk) => chunk.type === 'text-delta')
      .map((chunk) => chunk.delta)
      .join('');
    expect(text).toBe(REPLY);

    const request = fake.requests.at(-1);
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body.model).toBe('support-model-1');
    expect(request?.body.stream).toBe(true);
    const system = request?.body.messages?.find((message) => message.role === 'system');
    expect(String(system?.content)).toContain(ASSISTANT_INSTRUCTIONS);
    expect(String(system?.content)).toContain('detail="-0.8"');
    expect(request?.body.messages?.at(-1)).toMatchObject({ role: 'user', content: 'Can I return a rug?' });
  });

  describe('the system prompt the upstream receives', () => {
    /** A fresh site and one visitor on it, who keeps the signed cookie the site gives them. */
    const site = () => {
      const { model } = chooseModel({ OPENAI_BASE_URL: fake.baseURL, ATTUNE_MODEL: 'support-model-1' });
      const app = createSiteApp({ model, store: createMemoryPersonaStore(), distDir: tmpdir() });
      let cookie = '';
      return async (path: string, method: string, body: unknown) => {
        const response = await app.request(path, {
          method,
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify(body),
        });
        const set = response.headers.get('set-cookie');
        if (set) cookie = set.split(';')[0] ?? '';
        return response;
      };
    };
    /** A browser persona with "concise" pinned, as its compact payload. */
    const concise = () => {
      const persona = createPersona();
      persona.set('communication_concise', 1, { pinned: true });
      return toPersonaPayload(persona.directions(), { mode: 'pba' });
    };
    /** Sends one chat turn as the visitor and returns the system prompt the upstream got. */
    const turn = async (visitor: ReturnType<typeof site>, text: string, attune?: unknown) => {
      const response = await visitor('/api/chat', 'POST', {
        id: 'chat',
        messages: [{ id: `u-${text}`, role: 'user', parts: [{ type: 'text', text }] }],
        ...(attune === undefined ? {} : { attune }),
      });
      expect(response.status).toBe(200);
      const receipt = response.headers.get('x-attune-conditioning');
      await response.text();
      const system = fake.requests.at(-1)?.body.messages?.find((message) => message.role === 'system');
      return { system: String(system?.content ?? ''), receipt };
    };

    it('a fresh visitor with a payload: the preference block from the payload', async () => {
      const { system, receipt } = await turn(site(), 'Can I return a rug?', { persona: concise() });
      expect(system).toContain(ASSISTANT_INSTRUCTIONS);
      expect(system).toContain(PROFILE_HEADING);
      expect(system).toContain('Concise communication style');
      expect(receipt).toMatch(/^mode=pba; source=payload; .*dimensions=communication_concise/);
    });

    it('a returning visitor: the preference block from the stored persona', async () => {
      const visitor = site();
      const stored = createPersona();
      stored.set('communication_concise', 0, { pinned: true });
      const put = await visitor('/api/persona', 'PUT', { state: stored.toJSON() });
      expect(put.status).toBe(200);
      const { system, receipt } = await turn(visitor, 'Where is my parcel?');
      expect(system).toContain(PROFILE_HEADING);
      expect(system).toContain('Detailed communication style');
      expect(receipt).toMatch(/^mode=pba; source=stored; /);
    });

    it('an empty stored persona plus a payload: the payload is applied, not masked', async () => {
      const visitor = site();
      // A first thumb creates the visitor's stored persona: it has learned, but nothing sure yet.
      const rating = { kind: 'rating', at: Date.now(), rating: 'up', text: 'Thanks, that helps.' };
      const first = await turn(visitor, 'Hello', { signals: [rating] });
      expect(first.system).not.toContain(PROFILE_HEADING);
      const { system, receipt } = await turn(visitor, 'Can I return a rug?', { persona: concise() });
      expect(system).toContain(PROFILE_HEADING);
      expect(system).toContain('Concise communication style');
      expect(receipt).toMatch(/source=payload/);
    });

    it('personalization off: no preference block and a `none` receipt', async () => {
      const { system, receipt } = await turn(site(), 'Can I return a rug?');
      expect(system.startsWith(`${ASSISTANT_INSTRUCTIONS}\n\nHelp-centre articles`)).toBe(true);
      expect(system).not.toContain(PROFILE_HEADING);
      expect(system).not.toContain('attune-style');
      expect(receipt).toBe('none');
    });
  });

  it('gives the endpoint the articles for the question, and for a follow-up those of the question before', async () => {
    const { model } = chooseModel({ OPENAI_BASE_URL: fake.baseURL, ATTUNE_MODEL: 'support-model-1' });
    const app = createSiteApp({ model, store: createMemoryPersonaStore(), distDir: tmpdir() });
    const late = articles.find((article) => article.slug === 'delivery-is-late');
    const systemFor = async (messages: Array<{ role: 'user' | 'assistant'; text: string }>) => {
      const response = await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'chat',
          messages: messages.map(({ role, text }, index) => ({
            id: `m${index}`,
            role,
            parts: [{ type: 'text', text }],
          })),
        }),
      });
      await response.text();
      const system = fake.requests.at(-1)?.body.messages?.find((message) => message.role === 'system');
      return String(system?.content ?? '');
    };
    const question = 'My parcel never arrived and the tracking has not moved for days';
    const first = await systemFor([{ role: 'user', text: question }]);
    expect(first).toContain(ASSISTANT_INSTRUCTIONS);
    expect(first).toContain(`### ${late?.title}\nPage: /articles/delivery-is-late`);
    expect(first).toContain(late?.body.trim().split('\n')[0]);
    // A few articles, not the whole help centre.
    expect(first.match(/^### /gm)?.length).toBeLessThanOrEqual(4);
    const followUp = await systemFor([
      { role: 'user', text: question },
      { role: 'assistant', text: REPLY },
      { role: 'user', text: 'tl;dr' },
    ]);
    expect(followUp).toContain(`### ${late?.title}`);
  });

  it('refuses an incomplete configuration with a clear error', () => {
    expect(() => chooseModel({ OPENAI_BASE_URL: fake.baseURL })).toThrow(/ATTUNE_MODEL/);
    expect(() => chooseModel({ OPENAI_BASE_URL: 'not a url', ATTUNE_MODEL: 'm' })).toThrow(/not a URL/);
    expect(() => chooseModel({ ATTUNE_OFFLINE_PACING_MS: 'fast' })).toThrow(/milliseconds/);
  });

  it('uses the offline model when no endpoint is configured', () => {
    expect(chooseModel({}).model.provider).toBe('attune.offline');
  });
});

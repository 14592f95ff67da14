import { tmpdir } from 'node:os';
import { createMemoryPersonaStore } from '@attune/core/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../../test/support/fake-openai-server';
import { chooseModel } from '../server/choose-model';
import { ASSISTANT_INSTRUCTIONS, createSiteApp } from '../server/create-site-app';

const REPLY = 'Returns are free within 30 days of delivery.';

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
        persona: { v: 1, mode: 'pba', directions: {}, vary: { axis: 'detail', level: -0.8 } },
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

  it('refuses an incomplete configuration with a clear error', () => {
    expect(() => chooseModel({ OPENAI_BASE_URL: fake.baseURL })).toThrow(/ATTUNE_MODEL/);
    expect(() => chooseModel({ OPENAI_BASE_URL: 'not a url', ATTUNE_MODEL: 'm' })).toThrow(/not a URL/);
    expect(() => chooseModel({ ATTUNE_OFFLINE_PACING_MS: 'fast' })).toThrow(/milliseconds/);
  });

  it('uses the offline model when no endpoint is configured', () => {
    expect(chooseModel({}).model.provider).toBe('attune.offline');
  });
});

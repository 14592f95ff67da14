import { createMemoryPersonaStore, createPersonaHandlers, type PersonaStore } from '@attune/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPersona } from '../../../src/persona/persona';
import { post } from './helpers';

const URL = 'http://localhost/api/persona';
const USER = 'visitor-2';

interface Answer {
  persona: { state: { version: number; signals: number } } | null;
  profile: string;
  signalCount: number;
}

describe('createPersonaHandlers', () => {
  let store: PersonaStore;
  let handlers: ReturnType<typeof createPersonaHandlers>;
  beforeEach(() => {
    store = createMemoryPersonaStore();
    handlers = createPersonaHandlers({ store, getUserId: () => USER });
  });

  const comparison = () => ({
    kind: 'comparison',
    at: Date.now(),
    prompt: 'How do I return a rug? Call me on +44 20 7946 0958.',
    chosen: 'Book a collection from your orders page.',
    rejected:
      'Thanks for asking! Returning a rug is easy. First, roll it up tightly and wrap it. Then book a collection from your orders page, choose a date, print the label and tape it on. Our courier will pick it up, and your refund follows within five working days.',
    chosenStyle: { detail: -0.8 },
    rejectedStyle: { detail: 0.8 },
  });

  it('stores posted signals scrubbed, learns them and answers with the persona', async () => {
    const response = await handlers.signals(post(URL, { signals: [comparison()] }));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.signalCount).toBe(1);
    expect(answer.persona?.state.signals).toBe(1);
    const exported = await store.export(USER);
    expect(exported.signals).toHaveLength(1);
    expect(JSON.stringify(exported.signals)).toContain('[phone]');
    expect(JSON.stringify(exported.signals)).not.toContain('7946');

    const persona = createPersona();
    persona.load(answer.persona?.state);
    const concise = persona.directions().find((dimension) => dimension.id === 'communication_concise');
    expect(concise?.mean).toBeGreaterThan(0);
  });

  it('reads the persona back, and null before anything is stored', async () => {
    expect(((await (await handlers.get(new Request(URL))).json()) as Answer).persona).toBeNull();
    await handlers.signals(post(URL, { signals: [comparison(), comparison()] }));
    const answer = (await (await handlers.get(new Request(URL))).json()) as Answer;
    expect(answer.signalCount).toBe(2);
  });

  it('exports everything held for the user as a download', async () => {
    await handlers.signals(post(URL, { signals: [comparison()] }));
    const response = await handlers.export(new Request(`${URL}/export`));
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const exported = (await response.json()) as { userId: string; signals: unknown[]; persona: unknown };
    expect(exported.userId).toBe(USER);
    expect(exported.signals).toHaveLength(1);
    expect(exported.persona).not.toBeNull();
  });

  it('forgets every row of the user and nobody else', async () => {
    const other = createPersonaHandlers({ store, getUserId: () => 'someone-else' });
    await handlers.signals(post(URL, { signals: [comparison()] }));
    await other.signals(post(URL, { signals: [comparison()] }));
    const response = await handlers.forget(new Request(URL, { method: 'DELETE' }));
    expect(await response.json()).toEqual({ forgotten: { personas: 1, signals: 1 } });
    const exported = await store.export(USER);
    expect(exported.persona).toBeNull();
    expect(exported.signals).toHaveLength(0);
    expect((await store.export('someone-else')).signals).toHaveLength(1);
  });

  it('replaces the persona with valid engine state and refuses anything else', async () => {
    const persona = createPersona();
    persona.set('humor', 1, { pinned: true });
    const ok = await handlers.replace(
      new Request(URL, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ state: persona.toJSON() }),
      }),
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Answer).profile).toContain('Likes humor');
    const bad = await handlers.replace(
      new Request(URL, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ state: { version: 1 } }),
      }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-persona');
    expect((await store.get(USER))?.revision).toBe(1);
  });

  it.each([
    ['no signals', {}, 400, 'invalid-body'],
    ['a signal of an unknown kind', { signals: [{ kind: 'mood', at: 1 }] }, 400, 'invalid-signal'],
    [
      'an unknown dimension',
      { signals: [{ kind: 'explicit', at: 1, dimension: 'nope', direction: 1 }] },
      400,
      'invalid-signal',
    ],
    [
      'extra fields',
      { signals: [{ kind: 'user-text', at: 1, text: 'hi', admin: true }] },
      400,
      'invalid-signal',
    ],
    [
      'too many signals',
      { signals: Array.from({ length: 21 }, () => ({ kind: 'user-text', at: 1, text: 'hi' })) },
      413,
      'body-too-large',
    ],
  ])('refuses %s and stores nothing', async (_name, body, status, code) => {
    const response = await handlers.signals(post(URL, body));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    const exported = await store.export(USER);
    expect(exported.signals).toHaveLength(0);
    expect(exported.persona).toBeNull();
  });

  it('answers a request without a user with a 401, and a wrong method with a 405', async () => {
    const anonymous = createPersonaHandlers({ store, getUserId: () => undefined });
    expect((await anonymous.get(new Request(URL))).status).toBe(401);
    const wrong = await handlers.forget(new Request(URL));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('DELETE');
  });
});

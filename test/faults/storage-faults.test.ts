import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  type ChatSession,
  createChatSession,
  createLocalStorage,
  createPersonalization,
  messageText,
} from '@attune/core';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { QuotaStorage } from './support/quota-storage';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A model that always answers `text`. */
function answering(text: string): MockLanguageModelV4 {
  const parts: LanguageModelV4StreamPart[] = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: text },
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ];
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    }),
  });
}

/** A session over `storage` with the real persona, as an app would start one. */
async function start(storage: Storage, text = 'Stored answer.') {
  const warnings: string[] = [];
  const personalization = createPersonalization({ mode: 'both' });
  const session: ChatSession = createChatSession({
    id: 'returning-user',
    model: answering(text),
    personalization,
    storage: createLocalStorage({ storage }),
    onWarning: (warning) => warnings.push(warning),
  });
  await session.ready;
  return { session, warnings, personalization };
}

/** A clean start: no messages, a fresh persona, and the session works and saves. */
async function expectCleanStartThatWorks(storage: Storage, session: ChatSession) {
  expect(session.getState().messages).toEqual([]);
  await session.send('Do you ship to Norway?');
  expect(session.getState().status).toBe('ready');
  const again = await start(storage);
  expect(again.warnings).toEqual([]);
  expect(again.session.getState().messages.map(messageText)).toEqual([
    'Do you ship to Norway?',
    'Stored answer.',
  ]);
}

describe('storage faults', () => {
  it('corrupted JSON starts clean with a warning, and the next save repairs it', async () => {
    const storage = new QuotaStorage(5_000_000);
    storage.setItem('attune:returning-user', '{"version":1,"messages":[{"id":"u1","role":"user",');
    const { session, warnings, personalization } = await start(storage);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be read.*not valid JSON/);
    expect(personalization.persona.signalCount).toBe(0);
    await expectCleanStartThatWorks(storage, session);
  });

  it('a wrong version starts clean with a warning', async () => {
    for (const version of [2, 0, '1', null]) {
      const storage = new QuotaStorage(5_000_000);
      storage.setItem(
        'attune:returning-user',
        JSON.stringify({
          version,
          messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'old' }] }],
        }),
      );
      const { session, warnings } = await start(storage);
      expect(warnings, String(version)).toHaveLength(1);
      expect(warnings[0]).toMatch(/version/);
      await expectCleanStartThatWorks(storage, session);
    }
  });

  it('a persona snapshot of another version keeps the messages and starts the persona fresh, with a warning', async () => {
    const storage = new QuotaStorage(5_000_000);
    storage.setItem(
      'attune:returning-user',
      JSON.stringify({
        version: 1,
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'kept' }] }],
        persona: { v: 99, persona: 'from the future' },
      }),
    );
    const { session, warnings, personalization } = await start(storage);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/persona could not be restored/);
    expect(session.getState().messages.map(messageText)).toEqual(['kept']);
    expect(personalization.persona.signalCount).toBe(0);
  });

  it('an exceeded quota is a warning; the conversation stays in memory and the session goes on', async () => {
    const storage = new QuotaStorage(6_000);
    const { session, warnings } = await start(storage, 'x'.repeat(4_000));
    await session.send('First question');
    expect(session.getState().status).toBe('ready');
    expect(warnings.some((warning) => /could not be saved.*quota/i.test(warning))).toBe(true);
    await session.send('Second question');
    expect(session.getState().status).toBe('ready');
    expect(session.getState().messages.map(messageText)).toEqual([
      'First question',
      'x'.repeat(4_000),
      'Second question',
      'x'.repeat(4_000),
    ]);
    // Each distinct problem is listed once, and nothing half-written was left behind.
    expect(new Set(session.getState().warnings).size).toBe(session.getState().warnings.length);
    expect(storage.getItem('attune:returning-user')).toBeNull();
    const next = await start(storage);
    expect(next.warnings).toEqual([]);
    expect(next.session.getState().messages).toEqual([]);
  });
});

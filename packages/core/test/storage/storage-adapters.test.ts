import {
  type AttuneMessage,
  createChatSession,
  createLocalStorage,
  createMemoryStorage,
  messageText,
  type StorageAdapter,
} from '@attune/core';
import { describe, expect, it, vi } from 'vitest';
import { scriptedModel } from '../chat/fake-model';

/** A Web Storage in memory that can be told to fail like a full quota. */
class FakeStorage implements Storage {
  private readonly items = new Map<string, string>();
  quotaExceeded = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.quotaExceeded) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const saved: AttuneMessage[] = [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'kept' }] }];

async function startWith(storage: StorageAdapter) {
  const onWarning = vi.fn();
  const session = createChatSession({ id: 'chat', model: scriptedModel([['reply']]), storage, onWarning });
  await session.ready;
  return { session, onWarning };
}

describe('storage adapters', () => {
  it('memory storage round-trips copies', async () => {
    const storage = createMemoryStorage();
    await storage.save('k', { version: 1, messages: saved, persona: { a: 1 } });
    const loaded = await storage.load('k');
    expect(loaded).toEqual({ version: 1, messages: saved, persona: { a: 1 } });
    expect(loaded?.messages).not.toBe(saved);
    await storage.remove('k');
    expect(await storage.load('k')).toBeUndefined();
  });

  it('local storage saves under the prefix and restores the session', async () => {
    const fake = new FakeStorage();
    const storage = createLocalStorage({ storage: fake, prefix: 'test:' });
    await storage.save('chat', { version: 1, messages: saved });
    expect(JSON.parse(fake.getItem('test:chat') ?? 'null')).toEqual({ version: 1, messages: saved });
    const { session, onWarning } = await startWith(storage);
    expect(session.getState().messages.map(messageText)).toEqual(['kept']);
    expect(onWarning).not.toHaveBeenCalled();
    await session.send('more');
    const stored = JSON.parse(fake.getItem('test:chat') ?? 'null');
    expect(stored.messages.map((message: AttuneMessage) => messageText(message))).toEqual([
      'kept',
      'more',
      'reply',
    ]);
  });

  it('corrupted JSON starts clean with a warning', async () => {
    const fake = new FakeStorage();
    fake.setItem('attune:chat', '{"version":1,"messages":[');
    const { session, onWarning } = await startWith(createLocalStorage({ storage: fake }));
    expect(session.getState().messages).toEqual([]);
    expect(session.getState().warnings).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(onWarning).toHaveBeenCalledTimes(1);
    await session.send('still works');
    expect(session.getState().status).toBe('ready');
  });

  it('a wrong version starts clean with a warning', async () => {
    const fake = new FakeStorage();
    fake.setItem('attune:chat', JSON.stringify({ version: 2, messages: saved }));
    const { session } = await startWith(createLocalStorage({ storage: fake }));
    expect(session.getState().messages).toEqual([]);
    expect(session.getState().warnings).toEqual([expect.stringMatching(/version 2; expected 1/)]);
  });

  it('a quota error on save is a warning and the conversation stays in memory', async () => {
    const fake = new FakeStorage();
    fake.quotaExceeded = true;
    const { session, onWarning } = await startWith(createLocalStorage({ storage: fake }));
    await expect(session.send('hello')).resolves.toBeUndefined();
    expect(session.getState().messages.map(messageText)).toEqual(['hello', 'reply']);
    expect(session.getState().warnings).toEqual([expect.stringMatching(/could not be saved.*quota/)]);
    expect(onWarning).toHaveBeenCalled();
  });

  it('a missing localStorage starts clean with a warning', async () => {
    expect((globalThis as { localStorage?: Storage }).localStorage).toBeUndefined();
    const storage = createLocalStorage();
    const { session } = await startWith(storage);
    expect(session.getState().messages).toEqual([]);
    expect(session.getState().warnings).toEqual([expect.stringMatching(/localStorage is not available/)]);
    await expect(session.send('hi')).resolves.toBeUndefined();
  });

  it('a persona that fails to restore is a warning; the messages still load', async () => {
    const storage = createMemoryStorage();
    await storage.save('chat', { version: 1, messages: saved, persona: 'garbage' });
    const session = createChatSession({
      id: 'chat',
      model: scriptedModel([['x']]),
      storage,
      personalization: {
        observe() {},
        plan: () => ({ conditioning: {} }),
        restore() {
          throw new Error('not a persona');
        },
      },
    });
    await session.ready;
    expect(session.getState().messages.map(messageText)).toEqual(['kept']);
    expect(session.getState().warnings).toEqual([
      expect.stringMatching(/persona could not be restored: not a persona/),
    ]);
  });
});

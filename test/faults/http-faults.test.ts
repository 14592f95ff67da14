import {
  type AttuneMessage,
  type ChatSession,
  createChatSession,
  messageText,
  type Personalization,
} from '@attune/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from './support/fault-server';
import { trackUnhandledRejections } from './support/unhandled-rejections';

let server: FaultServer;
const rejections = trackUnhandledRejections();

beforeAll(async () => {
  server = await startFaultServer();
});

afterAll(async () => {
  rejections.stop();
  await server.close();
});

afterEach(async () => {
  // Give a stray rejection from the turn just finished the time to surface.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(rejections.list).toEqual([]);
});

/** Resolves once `predicate` holds for the session state. */
function waitFor(session: ChatSession, predicate: (messages: AttuneMessage[]) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(session.getState().messages)) return resolve();
    const unsubscribe = session.subscribe((state) => {
      if (!predicate(state.messages)) return;
      unsubscribe();
      resolve();
    });
  });
}

const lines = (session: ChatSession) =>
  session.getState().messages.map((message) => `${message.role}: ${messageText(message)}`);

const assistantText = (messages: AttuneMessage[]) =>
  messages.findLast((message) => message.role === 'assistant')?.parts.length
    ? messageText(messages.findLast((message) => message.role === 'assistant') as AttuneMessage)
    : '';

/** After a failed turn: the user's message is kept and a retry answers it. */
async function expectRetryRecovers(session: ChatSession, question: string): Promise<void> {
  server.next({ kind: 'reply', text: 'Recovered answer.' });
  await session.retry();
  expect(session.getState().status).toBe('ready');
  expect(session.getState().error).toBeUndefined();
  expect(lines(session)).toEqual([`user: ${question}`, 'assistant: Recovered answer.']);
  const reply = session.getState().messages[1];
  expect(reply?.metadata?.error).toBeUndefined();
  expect(reply?.metadata?.stopped).toBeUndefined();
  expect(server.requests.at(-1)?.body.trigger).toBe('regenerate-message');
}

describe('HTTP faults', () => {
  it('a network cut mid-stream marks the reply failed, keeps the question, and retry works', async () => {
    const session = createChatSession({ api: server.api });
    server.next({ kind: 'cut', text: 'This answer will be cut off in the middle.', deltas: 3 });
    await expect(session.send('Where is my parcel?')).resolves.toBeUndefined();
    const { status, error, messages } = session.getState();
    expect(status).toBe('error');
    expect(error).toBeInstanceOf(Error);
    expect(messages[0]?.role).toBe('user');
    expect(messageText(messages[0] as AttuneMessage)).toBe('Where is my parcel?');
    const reply = messages[1];
    expect(reply?.role).toBe('assistant');
    expect(messageText(reply as AttuneMessage).length).toBeGreaterThan(0);
    expect(reply?.metadata?.error).toEqual(expect.any(String));
    await expectRetryRecovers(session, 'Where is my parcel?');
  });

  it('a server 500 is an error state with the question kept, and retry works', async () => {
    const session = createChatSession({ api: server.api });
    server.next({ kind: 'status', status: 500, body: '{"error":"upstream exploded"}' });
    await session.send('Can I return shoes?');
    expect(session.getState().status).toBe('error');
    expect(session.getState().error?.message).toMatch(/upstream exploded/);
    expect(lines(session)).toEqual(['user: Can I return shoes?']);
    await expectRetryRecovers(session, 'Can I return shoes?');
  });

  it('malformed stream chunks fail the reply instead of corrupting it, and retry works', async () => {
    for (const raw of ['{this is not json', '{"type":"text-delta"}', '{"type":"no-such-chunk","x":1}']) {
      const session = createChatSession({ api: server.api });
      server.next({ kind: 'malformed', text: 'Partial answer', raw });
      await session.send('Tell me about refunds');
      const { status, messages } = session.getState();
      expect(status, raw).toBe('error');
      expect(messageText(messages[0] as AttuneMessage)).toBe('Tell me about refunds');
      expect(messages.some((message) => messageText(message).includes('never shown'))).toBe(false);
      const reply = messages[1];
      if (reply) expect(reply.metadata?.error, raw).toEqual(expect.any(String));
      await expectRetryRecovers(session, 'Tell me about refunds');
    }
  });

  it('a slow first byte waits in `submitted`, then streams the whole reply', async () => {
    const session = createChatSession({ api: server.api });
    server.next({ kind: 'reply', text: 'Worth the wait.', firstByteDelayMs: 600 });
    const statuses = new Set<string>();
    const unsubscribe = session.subscribe((state) => statuses.add(state.status));
    await session.send('Hello?');
    unsubscribe();
    expect([...statuses]).toContain('submitted');
    expect(session.getState().status).toBe('ready');
    expect(lines(session)).toEqual(['user: Hello?', 'assistant: Worth the wait.']);
  });

  it('stop() during a slow first byte ends the turn cleanly and keeps the question', async () => {
    const session = createChatSession({ api: server.api });
    server.next({ kind: 'reply', text: 'Too late.', firstByteDelayMs: 800 });
    const sending = session.send('Are you there?');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.getState().status).toBe('submitted');
    await session.stop();
    await sending;
    expect(session.getState().status).toBe('ready');
    expect(lines(session)[0]).toBe('user: Are you there?');
    expect(lines(session).some((line) => line.includes('Too late'))).toBe(false);
    await server.requests.at(-1)?.aborted;
    await expectRetryRecovers(session, 'Are you there?');
  });

  it('stop() mid-stream keeps the partial reply marked stopped, aborts the request, and retry works', async () => {
    const session = createChatSession({ api: server.api });
    server.next({ kind: 'hang', text: 'A long answer that never finishes on its own.', deltas: 3 });
    const sending = session.send('Explain customs duties');
    await waitFor(session, (messages) => assistantText(messages).length > 0);
    await session.stop();
    await sending;
    const { status, messages } = session.getState();
    expect(status).toBe('ready');
    expect(messageText(messages[0] as AttuneMessage)).toBe('Explain customs duties');
    expect(messages[1]?.metadata?.stopped).toBe(true);
    expect(messageText(messages[1] as AttuneMessage).length).toBeGreaterThan(0);
    await server.requests.at(-1)?.aborted;
    await expectRetryRecovers(session, 'Explain customs duties');
  });

  it('stop() during a comparison turn aborts both candidates and leaves no half comparison', async () => {
    let compareNext = false;
    const personalization: Personalization = {
      observe() {},
      plan: () => {
        if (!compareNext) return { conditioning: {} };
        compareNext = false;
        return {
          conditioning: {},
          compare: [{ body: { candidate: 0 } }, { body: { candidate: 1 } }],
        };
      },
    };
    const session = createChatSession({ api: server.api, personalization });
    // Comparisons run only once the server has shown it sends receipts.
    await session.send('Hello');
    await session.clear();
    compareNext = true;
    const before = server.requests.length;
    server.next(
      { kind: 'hang', text: 'Candidate zero streams slowly.', deltas: 3 },
      { kind: 'hang', text: 'Candidate one streams slowly.', deltas: 3 },
    );
    const sending = session.send('Which plan suits me?');
    await waitFor(session, (messages) => assistantText(messages).length > 0);
    const candidates = server.requests.slice(before);
    expect(candidates.map((request) => request.body.candidate).sort()).toEqual([0, 1]);
    await session.stop();
    await sending;
    const { status, messages } = session.getState();
    expect(status).toBe('ready');
    expect(messageText(messages[0] as AttuneMessage)).toBe('Which plan suits me?');
    expect(messages[1]?.metadata?.stopped).toBe(true);
    expect(messages[1]?.metadata?.comparison).toBeUndefined();
    await Promise.all(candidates.map((request) => request.aborted));
    await expectRetryRecovers(session, 'Which plan suits me?');
  });
});

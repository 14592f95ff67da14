import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  type AttuneMessage,
  ChatSessionError,
  type ChatSessionErrorCode,
  createChatSession,
  createMemoryStorage,
  messageText,
} from '@attune/core';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it, vi } from 'vitest';
import { gate, pausingModel, promptLines, replyParts, scriptedModel, systemText } from './fake-model';
import { conditioning, recordingPersonalization } from './recording-personalization';

/** Asserts that `action` rejects with a {@link ChatSessionError} of `code`. */
async function expectRefusal(action: Promise<unknown>, code: ChatSessionErrorCode): Promise<void> {
  const error = await action.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ChatSessionError);
  expect((error as ChatSessionError).code).toBe(code);
}

const texts = (messages: readonly AttuneMessage[]) => messages.map((m) => `${m.role}: ${messageText(m)}`);

describe('createChatSession', () => {
  it('needs exactly one of model, transport or api', () => {
    expect(() => createChatSession({})).toThrow(RangeError);
    expect(() => createChatSession({ model: scriptedModel([['x']]), api: '/api/chat' })).toThrow(RangeError);
    expect(() => createChatSession({ api: ' ' })).toThrow(RangeError);
  });

  it('refuses actions with nothing to act on, each with its code', async () => {
    const session = createChatSession({ model: scriptedModel([['x']]) });
    await expectRefusal(session.regenerate(), 'not-found');
    await expectRefusal(session.retry(), 'not-found');
    await expectRefusal(session.rate('missing', 'up'), 'not-found');
    await expectRefusal(session.choose('missing', 0), 'not-found');
    await expectRefusal(session.edit('missing', '  '), 'empty');
    expect(session.getState().messages).toEqual([]);
  });

  it('streams a reply into the store and ends ready', async () => {
    const session = createChatSession({
      model: scriptedModel([['Hel', 'lo', '!']]),
      instructions: 'Be kind.',
    });
    const statuses: string[] = [];
    session.subscribe(
      (state) => state.status,
      (status) => statuses.push(status),
    );
    await session.send('Hi');
    const state = session.getState();
    expect(texts(state.messages)).toEqual(['user: Hi', 'assistant: Hello!']);
    expect(state.status).toBe('ready');
    expect(statuses).toEqual(['submitted', 'streaming', 'ready']);
    expect(state.messages[0]?.metadata?.createdAt).toEqual(expect.any(Number));
  });

  it('keeps other message objects while the reply streams', async () => {
    const paused = gate();
    const resume = gate();
    const model = pausingModel({ before: ['a', 'b'], after: ['c'], paused, resume });
    const session = createChatSession({ model });
    session.getState();
    const sending = session.send('first');
    await paused.opened;
    const firstUser = session.getState().messages[0];
    const changes: AttuneMessage[][] = [];
    session.subscribe(
      (state) => state.messages,
      (messages) => changes.push(messages),
    );
    resume.open();
    await sending;
    expect(changes.length).toBeGreaterThan(0);
    for (const messages of changes) expect(messages[0]).toBe(firstUser);
    expect(messageText(session.getState().messages[1] as AttuneMessage)).toBe('abc');
  });

  it('stop() keeps the partial reply marked stopped', async () => {
    const paused = gate();
    const model = pausingModel({ before: ['Par', 'tial'], after: [' rest'], paused, resume: gate() });
    const session = createChatSession({ model });
    const sending = session.send('Tell me');
    await paused.opened;
    await vi.waitFor(() => expect(session.getState().messages).toHaveLength(2));
    await session.stop();
    await sending;
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(messageText(reply)).toBe('Partial');
    expect(reply.metadata?.stopped).toBe(true);
    expect(session.getState().status).toBe('ready');
  });

  it('a model error keeps the user message, sets error, and retry() works', async () => {
    const onError = vi.fn();
    const session = createChatSession({
      model: scriptedModel([new Error('model is down'), ['Recovered']]),
      onError,
    });
    await session.send('Help');
    let state = session.getState();
    expect(state.status).toBe('error');
    expect(state.error?.message).toMatch(/model is down/);
    expect(texts(state.messages)).toEqual(['user: Help']);
    expect(onError).toHaveBeenCalledTimes(1);
    await session.retry();
    state = session.getState();
    expect(state.status).toBe('ready');
    expect(state.error).toBeUndefined();
    expect(texts(state.messages)).toEqual(['user: Help', 'assistant: Recovered']);
  });

  it('an error mid-stream marks the partial reply with metadata.error', async () => {
    const paused = gate();
    const resume = gate();
    const model = pausingModel({
      before: ['Half'],
      after: [],
      paused,
      resume,
      fail: new Error('connection reset'),
    });
    const session = createChatSession({ model });
    const sending = session.send('Go');
    await paused.opened;
    await vi.waitFor(() => expect(session.getState().messages).toHaveLength(2));
    resume.open();
    await sending;
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(session.getState().status).toBe('error');
    expect(messageText(reply)).toBe('Half');
    expect(reply.metadata?.error).toMatch(/connection reset/);
  });

  it('edit() replaces the user message and every later turn', async () => {
    const model = scriptedModel([['one'], ['two'], ['edited answer']]);
    const session = createChatSession({ model });
    await session.send('first question');
    await session.send('second question');
    const firstId = session.getState().messages[0]?.id as string;
    await session.edit(firstId, 'better question');
    expect(texts(session.getState().messages)).toEqual(['user: better question', 'assistant: edited answer']);
    expect(session.getState().messages[0]?.id).toBe(firstId);
    await expectRefusal(session.edit('missing', 'x'), 'not-found');
    const replyId = session.getState().messages[1]?.id as string;
    await expectRefusal(session.edit(replyId, 'x'), 'wrong-role');
  });

  it("send() with metadata and messageId: the app's metadata on the user message, an edit with files drops later turns", async () => {
    const model = scriptedModel([['one'], ['two'], ['edited answer']]);
    const session = createChatSession({ model });
    await session.send('first question', { metadata: { source: 'voice' } });
    await session.send('second question', { metadata: ['not', 'an', 'object'] });
    const [first, , second] = session.getState().messages;
    expect(first?.metadata).toEqual({ createdAt: expect.any(Number), source: 'voice' });
    expect(second?.metadata).toEqual(['not', 'an', 'object']);
    const note = { type: 'file' as const, mediaType: 'text/plain', url: 'data:text/plain;base64,aGk=' };
    await session.send('better question', {
      messageId: first?.id as string,
      files: [note],
      metadata: { source: 'keyboard' },
    });
    const [edited, reply] = session.getState().messages;
    expect(texts(session.getState().messages)).toEqual(['user: better question', 'assistant: edited answer']);
    expect(edited).toMatchObject({ id: first?.id, metadata: { source: 'keyboard' } });
    expect(edited?.parts.map((part) => part.type)).toEqual(['file', 'text']);
    await expectRefusal(session.send('x', { messageId: 'missing' }), 'not-found');
    await expectRefusal(session.send('x', { messageId: reply?.id as string }), 'wrong-role');
    expect(session.getState().messages).toHaveLength(2);
  });

  it('regenerate() replaces the reply and learns a mild negative from it', async () => {
    const recorder = recordingPersonalization(() => ({ conditioning: conditioning('first', 0.5) }));
    const session = createChatSession({
      model: scriptedModel([['first try'], ['second try']]),
      personalization: recorder.personalization,
    });
    await session.send('Question');
    await session.regenerate();
    expect(texts(session.getState().messages)).toEqual(['user: Question', 'assistant: second try']);
    const negative = recorder.signals.find((signal) => signal.kind === 'rating');
    expect(negative).toMatchObject({
      kind: 'rating',
      rating: 'down',
      weight: 0.5,
      text: 'first try',
      prompt: 'Question',
      style: { detail: 0.5 },
    });
    expect(recorder.calls).toEqual(['observe:user-text', 'plan', 'observe:rating', 'plan']);
  });

  it('rate() stores the thumb and emits a rating signal; null removes it silently', async () => {
    const recorder = recordingPersonalization();
    const storage = createMemoryStorage();
    const session = createChatSession({
      id: 's1',
      model: scriptedModel([['Answer']]),
      personalization: recorder.personalization,
      storage,
    });
    await session.send('Ask');
    const replyId = session.getState().messages[1]?.id as string;
    await session.rate(replyId, 'up');
    expect(session.getState().messages[1]?.metadata?.rating).toBe('up');
    expect(recorder.signals.at(-1)).toMatchObject({
      kind: 'rating',
      rating: 'up',
      text: 'Answer',
      prompt: 'Ask',
    });
    const count = recorder.signals.length;
    await session.rate(replyId, null);
    expect(session.getState().messages[1]?.metadata?.rating).toBeNull();
    expect(recorder.signals).toHaveLength(count);
    const saved = await storage.load('s1');
    expect(saved?.messages[1]?.metadata?.rating).toBeNull();
    expect(saved?.persona).toEqual({ learned: count });
    const userId = session.getState().messages[0]?.id as string;
    await expectRefusal(session.rate(userId, 'up'), 'wrong-role');
  });

  it('learns, then plans, then requests with the conditioned instructions and examples', async () => {
    const model = scriptedModel([['ok']]);
    const recorder = recordingPersonalization(() => ({
      conditioning: {
        ...conditioning('terse', -0.8),
        examples: [{ prompt: 'past question', chosen: 'past chosen', rejected: 'past rejected' }],
      },
    }));
    const order: string[] = recorder.calls;
    const doStream = model.doStream;
    model.doStream = async (options) => {
      order.push('request');
      return doStream(options);
    };
    const session = createChatSession({
      model,
      instructions: 'You are a support agent.',
      personalization: recorder.personalization,
    });
    await session.send('How do I reset my password?');
    expect(order).toEqual(['observe:user-text', 'plan', 'request']);
    expect(recorder.signals[0]).toMatchObject({ kind: 'user-text', text: 'How do I reset my password?' });
    const call = model.doStreamCalls[0];
    if (!call) throw new Error('the model was not called');
    expect(systemText(call)).toBe('You are a support agent.\n\n<attune-style detail="-0.8"/> terse');
    expect(promptLines(call)).toEqual([
      'user: past question',
      'assistant: past chosen',
      'user: How do I reset my password?',
    ]);
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(reply.metadata?.style).toEqual({ detail: -0.8 });
    expect(reply.metadata?.shapedBy?.[0]?.id).toBe('dim-terse');
  });

  it('an active comparison shows candidate 0, then choose() swaps in the chosen text and learns', async () => {
    const model = scriptedModel([['Short.'], ['A much longer and detailed answer.']]);
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('terse', -1), conditioning('detailed', 1)],
    }));
    const session = createChatSession({ model, personalization: recorder.personalization });
    await session.send('Explain');
    const reply = session.getState().messages[1] as AttuneMessage;
    const comparison = reply.metadata?.comparison;
    expect(messageText(reply)).toBe('Short.');
    expect(comparison?.chosen).toBeUndefined();
    expect(comparison?.candidates.map((candidate) => candidate.text)).toEqual([
      'Short.',
      'A much longer and detailed answer.',
    ]);
    expect(model.doStreamCalls.map(systemText)).toEqual([
      '<attune-style detail="-1"/> terse',
      '<attune-style detail="1"/> detailed',
    ]);
    await session.choose(comparison?.id as string, 1);
    const chosen = session.getState().messages[1] as AttuneMessage;
    expect(messageText(chosen)).toBe('A much longer and detailed answer.');
    expect(chosen.metadata?.comparison?.chosen).toBe(1);
    expect(chosen.metadata?.style).toEqual({ detail: 1 });
    expect(recorder.signals.at(-1)).toMatchObject({
      kind: 'comparison',
      prompt: 'Explain',
      chosen: 'A much longer and detailed answer.',
      rejected: 'Short.',
      chosenStyle: { detail: 1 },
      rejectedStyle: { detail: -1 },
    });
    await expectRefusal(session.choose(comparison?.id as string, 0), 'already-decided');
  });

  it("keeps each candidate's sources, and choose() makes the chosen one's the reply's", async () => {
    const cited = (text: string, title: string): LanguageModelV4StreamPart[] => {
      const [start, ...rest] = replyParts([text]);
      return [
        start as LanguageModelV4StreamPart,
        { type: 'source', sourceType: 'url', id: title, url: `/articles/${title}`, title },
        ...rest,
      ];
    };
    const replies = [cited('Short.', 'refunds'), cited('A much longer and detailed answer.', 'returns')];
    let call = 0;
    const model = new MockLanguageModelV4({
      doStream: async () => ({
        stream: simulateReadableStream({ chunks: replies[call++] ?? [], chunkDelayInMs: null }),
      }),
    });
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('terse', -1), conditioning('detailed', 1)],
    }));
    const session = createChatSession({ model, personalization: recorder.personalization });
    await session.send('Explain');
    const titles = (parts: readonly { type: string; title?: string }[] = []) =>
      parts.filter((part) => part.type.startsWith('source-')).map((part) => part.title);
    const comparison = (session.getState().messages[1] as AttuneMessage).metadata?.comparison;
    expect(comparison?.candidates.map((candidate) => titles(candidate.sources))).toEqual([
      ['refunds'],
      ['returns'],
    ]);
    await session.choose(comparison?.id as string, 1);
    const chosen = session.getState().messages[1] as AttuneMessage;
    expect(messageText(chosen)).toBe('A much longer and detailed answer.');
    expect(titles(chosen.parts)).toEqual(['returns']);
  });

  it('offers no comparison when both candidates got the same conditioning (by their receipts)', async () => {
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('same', 0.5), conditioning('same', 0.5)],
    }));
    const warnings: string[] = [];
    const session = createChatSession({
      model: scriptedModel([['one sample'], ['another sample']]),
      personalization: recorder.personalization,
      onWarning: (warning) => warnings.push(warning),
    });
    await session.send('Q');
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(reply.metadata?.comparison).toBeUndefined();
    expect(reply.metadata?.conditioning).toMatchObject({ source: 'in-process', style: { detail: 0.5 } });
    expect(warnings).toEqual([expect.stringMatching(/same conditioning/)]);
  });

  it("choose(id, 'none') keeps candidate 0 and emits nothing", async () => {
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('a', -1), conditioning('b', 1)],
    }));
    const session = createChatSession({
      model: scriptedModel([['zero'], ['one']]),
      personalization: recorder.personalization,
    });
    await session.send('Q');
    const count = recorder.signals.length;
    const id = session.getState().messages[1]?.metadata?.comparison?.id as string;
    await session.choose(id, 'none');
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(messageText(reply)).toBe('zero');
    expect(reply.metadata?.comparison?.chosen).toBe('none');
    expect(recorder.signals).toHaveLength(count);
  });

  it('best-of-n generates n candidates and keeps the one pick() prefers', async () => {
    const model = scriptedModel([['mid length'], ['the longest candidate of all'], ['short']]);
    const recorder = recordingPersonalization(() => ({
      conditioning: conditioning('x', 0.5),
      candidates: 3,
    }));
    const session = createChatSession({ model, personalization: recorder.personalization });
    await session.send('Q');
    expect(model.doStreamCalls).toHaveLength(3);
    expect(recorder.calls).toContain('pick:3');
    expect(texts(session.getState().messages)).toEqual([
      'user: Q',
      'assistant: the longest candidate of all',
    ]);
    expect(session.getState().messages[1]?.metadata?.style).toEqual({ detail: 0.5 });
  });

  it('a failing personalization.observe becomes a warning, not a failed turn', async () => {
    const onWarning = vi.fn();
    const session = createChatSession({
      model: scriptedModel([['fine']]),
      onWarning,
      personalization: {
        observe() {
          throw new Error('estimator broke');
        },
        plan: () => ({ conditioning: {} }),
      },
    });
    await session.send('Hi');
    expect(session.getState().status).toBe('ready');
    expect(session.getState().warnings).toEqual([expect.stringMatching(/user-text signal: estimator broke/)]);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('rejects an empty message and a send while a reply is in progress', async () => {
    const paused = gate();
    const session = createChatSession({
      model: pausingModel({ before: ['x'], after: [], paused, resume: gate() }),
    });
    await expectRefusal(session.send('   '), 'empty');
    const sending = session.send('first');
    await paused.opened;
    await expectRefusal(session.send('second'), 'busy');
    await session.stop();
    await sending;
  });

  it('clear() and load() replace the conversation; resetPersona() resets and saves', async () => {
    const recorder = recordingPersonalization();
    const storage = createMemoryStorage();
    const session = createChatSession({
      id: 'c',
      model: scriptedModel([['a']]),
      storage,
      personalization: recorder.personalization,
    });
    await session.send('q');
    await session.clear();
    expect(session.getState().messages).toEqual([]);
    expect((await storage.load('c'))?.messages).toEqual([]);
    const loaded: AttuneMessage[] = [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'restored' }] }];
    await session.load(loaded);
    expect(texts(session.getState().messages)).toEqual(['user: restored']);
    await expectRefusal(session.load([{ id: 1 } as unknown as AttuneMessage]), 'invalid-messages');
    expect(texts(session.getState().messages)).toEqual(['user: restored']);
    await session.resetPersona();
    expect(recorder.calls.at(-1)).toBe('reset');
    expect((await storage.load('c'))?.persona).toEqual({ learned: 0 });
  });

  it('saves after each turn and restores messages and persona from storage', async () => {
    const storage = createMemoryStorage();
    const first = createChatSession({
      id: 'p',
      model: scriptedModel([['saved answer']]),
      storage,
      personalization: recordingPersonalization().personalization,
    });
    await first.send('saved question');
    await first.destroy();
    const recorder = recordingPersonalization();
    const second = createChatSession({
      id: 'p',
      model: scriptedModel([['x']]),
      storage,
      personalization: recorder.personalization,
    });
    await second.ready;
    expect(texts(second.getState().messages)).toEqual(['user: saved question', 'assistant: saved answer']);
    expect(recorder.calls).toEqual(['restore']);
    expect(recorder.persona()).toEqual({ learned: 1 });
    await expect(second.destroy()).resolves.toBeUndefined();
    await expectRefusal(second.send('after'), 'destroyed');
  });
});

describe('degraded turns', () => {
  it('two candidates that read the same are one plain reply, not a comparison', async () => {
    const same = 'I could not find anything about that in the knowledge base.';
    const model = scriptedModel([
      [same],
      [`${same.replace('.', '!')}`],
      ['Short.'],
      ['A much longer answer.'],
    ]);
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('terse', -1), conditioning('detailed', 1)],
    }));
    const session = createChatSession({ model, personalization: recorder.personalization });
    await session.send('What is the capital of France?');
    const plain = session.getState().messages[1] as AttuneMessage;
    expect(messageText(plain)).toBe(same);
    expect(plain.metadata?.comparison).toBeUndefined();
    expect(plain.metadata?.style).toEqual({ detail: -1 });
    expect(session.getState().warnings).toEqual([]);
    await session.send('Explain');
    expect(session.getState().messages[3]?.metadata?.comparison?.candidates).toHaveLength(2);
  });

  it('passes the style axes an in-process model declares to the plan', async () => {
    const model = Object.assign(scriptedModel([['Hi.']]), { styleAxes: ['detail', 'warmth', 'bogus'] });
    const seen: unknown[] = [];
    const session = createChatSession({
      model,
      personalization: {
        observe() {},
        plan(turn) {
          seen.push(turn.styleAxes);
          return { conditioning: {} };
        },
      },
    });
    await session.send('Hello');
    expect(seen).toEqual([['detail', 'warmth']]);
  });

  it('a failed second comparison candidate leaves a plain reply and a warning', async () => {
    const recorder = recordingPersonalization(() => ({
      conditioning: {},
      compare: [conditioning('a', -1), conditioning('b', 1)],
    }));
    const session = createChatSession({
      model: scriptedModel([['only candidate'], new Error('second candidate broke')]),
      personalization: recorder.personalization,
    });
    await session.send('Q');
    const reply = session.getState().messages[1] as AttuneMessage;
    expect(session.getState().status).toBe('ready');
    expect(messageText(reply)).toBe('only candidate');
    expect(reply.metadata?.comparison).toBeUndefined();
    expect(reply.metadata?.style).toEqual({ detail: -1 });
    expect(session.getState().warnings).toEqual([expect.stringMatching(/second candidate broke/)]);
  });

  it('best-of-n keeps going when some candidates fail, and fails only when all do', async () => {
    const recorder = recordingPersonalization(() => ({ conditioning: {}, candidates: 2 }));
    const session = createChatSession({
      model: scriptedModel([new Error('one failed'), ['survivor'], new Error('all failed')]),
      personalization: recorder.personalization,
    });
    await session.send('Q');
    expect(session.getState().messages.map(messageText)).toEqual(['Q', 'survivor']);
    expect(session.getState().warnings).toEqual([
      expect.stringMatching(/1 of 2 best-of-n candidates failed/),
    ]);
    await session.send('Q2');
    expect(session.getState().status).toBe('error');
    expect(session.getState().error?.message).toMatch(/all failed/);
    expect(session.getState().messages.map(messageText)).toEqual(['Q', 'survivor', 'Q2']);
  });

  it('a failing plan() fails the turn with the error and keeps the user message', async () => {
    const session = createChatSession({
      model: scriptedModel([['x']]),
      personalization: {
        observe() {},
        plan() {
          throw new Error('no plan today');
        },
      },
    });
    await session.send('Q');
    expect(session.getState().status).toBe('error');
    expect(session.getState().error?.message).toBe('no plan today');
    expect(session.getState().messages.map(messageText)).toEqual(['Q']);
  });

  it('an async storage adapter that rejects on load starts clean with one warning', async () => {
    const session = createChatSession({
      model: scriptedModel([['x']]),
      storage: {
        load: async () => {
          throw new Error('disk unavailable');
        },
        save: async () => {
          throw new Error('disk unavailable');
        },
        remove: async () => {},
      },
    });
    await session.ready;
    await session.send('Q');
    await session.send('Q again');
    expect(session.getState().messages.map(messageText)).toEqual(['Q', 'x', 'Q again', 'x']);
    expect(session.getState().warnings).toEqual([
      expect.stringMatching(/could not be read.*disk unavailable/),
      expect.stringMatching(/could not be saved: disk unavailable/),
    ]);
  });
});

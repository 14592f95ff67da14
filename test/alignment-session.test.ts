import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import {
  createChatSession,
  createPersonalization,
  type Personalization,
  type Signal,
  type TurnContext,
} from '@attune/core';
import { parseStyleBlock } from '@attune/core/alignment';
import { createOfflineModel } from '@attune/core/offline';
import { describe, expect, it } from 'vitest';
import { articles } from '../examples/support-site/knowledge/articles';
import { pinnedConcise } from '../packages/core/test/alignment/personalization-fixtures';
import { scriptedModel } from '../packages/core/test/chat/fake-model';

/** The offline model, recording the instructions of every call. */
function recordingOfflineModel(log: string[]) {
  const model = createOfflineModel({ knowledge: articles, pacing: 0 });
  const doStream = model.doStream.bind(model);
  model.doStream = (call: LanguageModelV4CallOptions) => {
    const system = call.prompt
      .flatMap((message) => (message.role === 'system' ? [message.content] : []))
      .join('\n');
    log.push(`model ${system}`);
    return doStream(call);
  };
  return model;
}

/** Wraps a personalization so the order of the session's calls is visible. */
function tracing(inner: ReturnType<typeof createPersonalization>, log: string[]): Personalization {
  return {
    ...inner,
    observe(signal: Signal) {
      log.push(`observe ${signal.kind}`);
      inner.observe(signal);
    },
    plan(turn: TurnContext) {
      log.push('plan');
      return inner.plan(turn);
    },
  };
}

describe('personalization inside the chat session', () => {
  it('every turn learns first, then conditions, then requests; choices shape the next reply', async () => {
    const log: string[] = [];
    const personalization = createPersonalization({
      mode: 'pba',
      compare: { policy: 'when-uncertain', firstTurn: 1 },
    });
    const session = createChatSession({
      model: recordingOfflineModel(log),
      personalization: tracing(personalization, log),
    });

    await session.send('How do I reset my password?');
    expect(log.slice(0, 3).map((entry) => entry.split(' ')[0])).toEqual(['observe', 'plan', 'model']);
    expect(log[0]).toBe('observe user-text');
    const calls = log.filter((entry) => entry.startsWith('model'));
    expect(calls).toHaveLength(2);
    const [high, low] = calls.map((call) => parseStyleBlock(call));
    const axis = Object.keys(high ?? {}).find(
      (key) => high?.[key as 'detail'] !== low?.[key as 'detail'],
    ) as 'detail';
    expect(high?.[axis]).toBe(0.8);
    expect(low?.[axis]).toBe(-0.8);

    const reply = session.getState().messages[1];
    const comparison = reply?.metadata?.comparison;
    expect(comparison?.candidates[1].style?.[axis]).toBe(-0.8);
    log.length = 0;
    await session.choose(comparison?.id as string, 1);
    expect(log).toEqual(['observe comparison']);

    log.length = 0;
    await session.send('When will I get my refund?');
    expect(log.map((entry) => entry.split(' ')[0])).toEqual(['observe', 'plan', 'model']);
    const learned = parseStyleBlock(log[2] ?? '');
    expect(learned[axis]).toBeLessThan(0);
    const answer = session.getState().messages[3];
    expect(answer?.metadata?.comparison).toBeUndefined();
    expect(answer?.metadata?.style?.[axis]).toBeLessThan(0);
    expect(answer?.metadata?.shapedBy?.length).toBeGreaterThan(0);
  });

  it('the control arm learns but adds nothing to the request', async () => {
    const log: string[] = [];
    const personalization = createPersonalization({ mode: 'none' });
    const session = createChatSession({ model: recordingOfflineModel(log), personalization });
    personalization.observe(pinnedConcise());
    await session.send('How do I reset my password?');
    expect(log).toEqual(['model ']);
    expect(session.getState().messages[1]?.metadata?.shapedBy).toBeUndefined();
    expect(personalization.persona.signalCount).toBeGreaterThanOrEqual(2);
  });

  it('a pinned setting shapes the reply and reset clears it', async () => {
    const log: string[] = [];
    const personalization = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    const session = createChatSession({ model: recordingOfflineModel(log), personalization });
    personalization.observe(pinnedConcise());
    await session.send('How do I reset my password?');
    expect(log[0]).toContain('Concise communication style');
    expect(session.getState().messages[1]?.metadata?.shapedBy?.[0]).toMatchObject({
      id: 'communication_concise',
      pinned: true,
    });

    await session.resetPersona();
    log.length = 0;
    await session.send('How do I reset my password?');
    expect(log).toEqual(['model ']);
  });

  it('learns from a message and a reply longer than a signal text may be, without a warning', async () => {
    const log: string[] = [];
    const inner = createPersonalization({ mode: 'pba' });
    const seen: Signal[] = [];
    const personalization: Personalization = {
      ...tracing(inner, log),
      observe(signal: Signal) {
        seen.push(signal);
        inner.observe(signal);
      },
    };
    const session = createChatSession({ model: scriptedModel([['Sure. '.repeat(2_000)]]), personalization });
    await session.send('Please explain it all. '.repeat(500));
    const replyId = session.getState().messages[1]?.id as string;
    await session.rate(replyId, 'up');
    expect(session.getState().warnings).toEqual([]);
    expect(seen.map((signal) => signal.kind)).toEqual(['user-text', 'rating']);
    expect(seen.map((signal) => ('text' in signal ? signal.text.length : 0))).toEqual([8_000, 8_000]);
    expect(inner.snapshot().persona).toMatchObject({ signals: 2 });
  });
});

import { createPersonalization, STYLE_AXES, type Style, type TurnContext } from '@attune/core';
import { detectStyle } from '@attune/core/detectors';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../packages/core/src/numeric/seeded-random';
import { createOfflineReplyGenerator } from './sim/reply-generator';
import { createSimulatedUser } from './sim/simulated-user';

const turn: TurnContext = { sessionId: 'offline', messages: [], trigger: 'submit-message' };
const question = 'How do I reset my password?';
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('alignment with the offline model', () => {
  it('gives the same question measurably different replies for two personas', async () => {
    const generate = createOfflineReplyGenerator();
    const brief = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    brief.persona.set('communication_concise', 1, { pinned: true });
    brief.persona.set('order', 0, { pinned: true });
    const thorough = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    thorough.persona.set('communication_concise', 0, { pinned: true });
    thorough.persona.set('order', 1, { pinned: true });

    const [briefReply, thoroughReply] = await Promise.all([
      generate(brief.plan(turn).conditioning, question),
      generate(thorough.plan(turn).conditioning, question),
    ]);
    const briefStyle = detectStyle(briefReply);
    const thoroughStyle = detectStyle(thoroughReply);
    expect(words(thoroughReply)).toBeGreaterThan(words(briefReply) * 1.5);
    expect((thoroughStyle.detail ?? 0) - (briefStyle.detail ?? 0)).toBeGreaterThan(0.3);
    expect((thoroughStyle.structure ?? 0) - (briefStyle.structure ?? 0)).toBeGreaterThan(0.3);
  });

  it('moves the replies toward the user after four choices', async () => {
    const generate = createOfflineReplyGenerator();
    // The user cares about three axes and is indifferent to the rest; choices go through the detectors.
    const hidden: Style = { detail: -1, structure: 1, warmth: 1 };
    const user = createSimulatedUser({ random: seededRandom(7), hidden, noise: 0.02 });
    const personalization = createPersonalization({
      mode: 'pba',
      compare: { policy: { everyTurns: 1 }, allowConsecutive: true },
    });

    const before = await generate(personalization.plan(turn).conditioning, question);
    for (let choice = 0; choice < 4; choice++) {
      const pair = personalization.plan(turn).compare;
      if (!pair) throw new Error('expected a comparison every turn');
      const candidates = await Promise.all([generate(pair[0], question), generate(pair[1], question)]);
      const chosen = user.choose(candidates[0], candidates[1]);
      personalization.observe({
        kind: 'comparison',
        at: choice,
        prompt: question,
        chosen: candidates[chosen],
        rejected: candidates[1 - chosen] as string,
        chosenStyle: pair[chosen]?.style ?? {},
        rejectedStyle: pair[1 - chosen]?.style ?? {},
      });
    }
    const conditioning = personalization.plan(turn).conditioning;
    const after = await generate(conditioning, question);

    const measuredBefore = detectStyle(before);
    const measuredAfter = detectStyle(after);
    const cared = STYLE_AXES.filter((axis) => (hidden[axis] ?? 0) !== 0);
    const shift = Object.fromEntries(
      cared.map((axis) => [
        axis,
        ((measuredAfter[axis] ?? 0) - (measuredBefore[axis] ?? 0)) * (hidden[axis] ?? 0),
      ]),
    );
    // The measured levels moved toward the user: on the axes they care about, in total and on at least one axis clearly.
    expect(user.utility(after) - user.utility(before)).toBeGreaterThan(0.2);
    expect(Math.max(...Object.values(shift))).toBeGreaterThan(0.3);
    // What was learned about the axes the user cares about points their way.
    const learned = cared.filter((axis) => conditioning.style?.[axis] !== undefined);
    expect(learned.length).toBeGreaterThanOrEqual(1);
    for (const axis of learned) expect(Math.sign(conditioning.style?.[axis] ?? 0)).toBe(hidden[axis]);
  });
});

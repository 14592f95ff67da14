import { type AlignmentMode, createPersonalization, type TurnContext } from '@attune/core';
import { seededRandom } from '../../packages/core/src/numeric/seeded-random';
import { agreement } from './agreement';
import type { ReplyGenerator } from './reply-generator';
import { createSimulatedUser } from './simulated-user';
import { SUPPORT_QUESTIONS } from './support-questions';

/** One arm of the experiment: how replies are conditioned and how comparisons are chosen. */
export interface SimulationArm {
  /** Name shown in results. */
  name: string;
  /** Conditioning mode of the personalization. */
  mode: AlignmentMode;
  /** `'information-gain'` (active) or `'random'` comparisons. */
  strategy: 'information-gain' | 'random';
}

/** The mean over users after one turn. */
export interface TurnResult {
  /** Turn number, from 1. */
  turn: number;
  /** Mean agreement between the estimate and the hidden vector after the turn's choice. */
  agreement: number;
  /** Mean probability that the user prefers the turn's conditioned reply over an unconditioned one. */
  satisfaction: number;
}

/** The per-turn curve of one arm. */
export interface ArmCurve {
  /** The arm. */
  arm: SimulationArm;
  /** One entry per turn. */
  turns: TurnResult[];
}

/** Options of {@link runAlignmentSimulation}. */
export interface SimulationOptions {
  /** The arms to run; every arm meets the same users (same seeds). */
  arms: readonly SimulationArm[];
  /** How many simulated users per arm. */
  users: number;
  /** How many turns each user has (one comparison per turn). */
  turns: number;
  /** Makes the replies. */
  generate: ReplyGenerator;
  /** Base seed; user i uses seed + i. Default 1. */
  seed?: number;
  /** Scale of the users' logistic choice noise; default 0.3. */
  noise?: number;
}

/**
 * Runs simulated users through the real personalization loop. Each turn: the user's
 * question is observed (user text), the personalization plans the turn, the conditioned
 * reply is generated and its satisfaction measured against an unconditioned reply, then
 * the two comparison candidates are generated, the user chooses through the detectors
 * plus noise, the choice is observed as a comparison signal, and agreement is measured.
 */
export async function runAlignmentSimulation(options: SimulationOptions): Promise<ArmCurve[]> {
  const seed = options.seed ?? 1;
  const curves: ArmCurve[] = [];
  for (const arm of options.arms) {
    const sums = Array.from({ length: options.turns }, () => ({ agreement: 0, satisfaction: 0 }));
    for (let index = 0; index < options.users; index++) {
      const user = createSimulatedUser({ random: seededRandom(seed + index), noise: options.noise ?? 0.3 });
      const personalization = createPersonalization({
        mode: arm.mode,
        compare: {
          policy: { everyTurns: 1 },
          allowConsecutive: true,
          strategy: arm.strategy,
          random: seededRandom(10_000 + seed + index),
        },
      });
      await personalization.ready();
      for (let turn = 1; turn <= options.turns; turn++) {
        const question = SUPPORT_QUESTIONS[(index + turn) % SUPPORT_QUESTIONS.length] ?? '';
        personalization.observe({ kind: 'user-text', at: turn * 10, text: question });
        const context: TurnContext = { sessionId: `user-${index}`, messages: [], trigger: 'submit-message' };
        const plan = personalization.plan(context);
        const [shown, baseline] = await Promise.all([
          options.generate(plan.conditioning, question),
          options.generate({}, question),
        ]);
        const sum = sums[turn - 1] as { agreement: number; satisfaction: number };
        sum.satisfaction += user.satisfaction(shown, baseline);
        if (plan.compare) {
          const [first, second] = plan.compare;
          const candidates = await Promise.all([
            options.generate(first, question),
            options.generate(second, question),
          ]);
          const chosen = user.choose(candidates[0], candidates[1]);
          personalization.observe({
            kind: 'comparison',
            at: turn * 10 + 1,
            prompt: question,
            chosen: candidates[chosen],
            rejected: candidates[1 - chosen] as string,
            chosenStyle: plan.compare[chosen]?.style ?? {},
            rejectedStyle: plan.compare[1 - chosen]?.style ?? {},
          });
        }
        sum.agreement += agreement(personalization.persona, user.hidden, personalization.links);
      }
    }
    curves.push({
      arm,
      turns: sums.map((sum, index) => ({
        turn: index + 1,
        agreement: sum.agreement / options.users,
        satisfaction: sum.satisfaction / options.users,
      })),
    });
  }
  return curves;
}

/** The first turn at which a curve's mean agreement reaches `target`, or `undefined` if it never does. */
export function turnsToReach(curve: ArmCurve, target: number): number | undefined {
  return curve.turns.find((entry) => entry.agreement >= target)?.turn;
}

import type { Conditioning, Personalization, Signal, TurnPlan } from '@attune/core';

/** A fake personalization that records calls in order and plans what the test says. */
export function recordingPersonalization(plan: (turn: number) => TurnPlan = () => ({ conditioning: {} })) {
  const calls: string[] = [];
  const signals: Signal[] = [];
  let turns = 0;
  let persona: unknown = { learned: 0 };
  const personalization: Personalization & { pick: NonNullable<Personalization['pick']> } = {
    observe(signal) {
      calls.push(`observe:${signal.kind}`);
      signals.push(signal);
      persona = { learned: signals.length };
    },
    plan() {
      calls.push('plan');
      return plan(turns++);
    },
    pick(candidates) {
      calls.push(`pick:${candidates.length}`);
      let best = 0;
      candidates.forEach((text, index) => {
        if (text.length > (candidates[best]?.length ?? 0)) best = index;
      });
      return best;
    },
    snapshot: () => persona,
    restore(state) {
      calls.push('restore');
      persona = state;
    },
    reset() {
      calls.push('reset');
      persona = { learned: 0 };
    },
  };
  return { personalization, calls, signals, persona: () => persona };
}

/** A conditioning with a recognisable instruction and style. */
export function conditioning(tag: string, detail: number): Conditioning {
  return {
    instructions: `<attune-style detail="${detail}"/> ${tag}`,
    style: { detail },
    shapedBy: [{ id: `dim-${tag}`, label: tag, direction: 1, confidence: 0.9 }],
    persona: tag,
  };
}

import { describe, expect, it } from 'vitest';
import { createPersonalization, PersonalizationStateError } from '../../src/alignment/create-personalization';
import type { PersonaPayload } from '../../src/alignment/persona-payload';
import { PROFILE_HEADING } from '../../src/alignment/profile-block';
import { parseStyleBlock } from '../../src/alignment/style-block';
import type { TurnContext } from '../../src/chat/personalization';
import type { AttuneMessage } from '../../src/message/message';
import { alignxSpace } from '../../src/persona/alignx-space';
import { STYLE_AXES, type Style } from '../../src/style/style';
import { compareEveryTurn, pinnedConcise, turn } from './personalization-fixtures';

let clock = 0;

/** A user who always picks the candidate whose style has the higher `axis` level × `sign`. */
function answer(personalization: ReturnType<typeof createPersonalization>, axis: keyof Style, sign: 1 | -1) {
  const plan = personalization.plan(turn);
  const pair = plan.compare;
  if (!pair) return plan;
  const first = ((pair[0].style?.[axis] ?? 0) - (pair[1].style?.[axis] ?? 0)) * sign >= 0 ? 0 : 1;
  const [chosen, rejected] = first === 0 ? pair : [pair[1], pair[0]];
  personalization.observe({
    kind: 'comparison',
    at: ++clock,
    prompt: 'How do I reset my password?',
    chosen: `candidate ${first}`,
    rejected: `candidate ${1 - first}`,
    chosenStyle: chosen.style ?? {},
    rejectedStyle: rejected.style ?? {},
  });
  return plan;
}

describe('createPersonalization', () => {
  it('learns before it conditions: what was observed shapes the very next plan', () => {
    const personalization = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    expect(personalization.plan(turn).conditioning.instructions).toBeUndefined();
    personalization.observe(pinnedConcise());
    const { conditioning } = personalization.plan(turn);
    expect(conditioning.instructions).toContain(PROFILE_HEADING);
    expect(conditioning.instructions).toContain('Concise communication style');
    expect(parseStyleBlock(conditioning.instructions ?? '').detail).toBeLessThan(0);
    expect(conditioning.shapedBy?.[0]).toMatchObject({
      id: 'communication_concise',
      direction: 1,
      pinned: true,
    });
  });

  it('reads a style request in a message as an explicit setting, and a feeling as no setting', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: { policy: 'never' },
      detectStyle: false,
    });
    const direction = (id: string) =>
      personalization.persona.directions().find((readout) => readout.id === id)?.direction;
    const before = { concise: direction('communication_concise'), succorance: direction('succorance') };
    personalization.observe({ kind: 'user-text', at: 1, text: 'How long do refunds take?' });
    expect(direction('communication_concise')).toBe(before.concise);
    personalization.observe({
      kind: 'user-text',
      at: 2,
      text: "I'm really frustrated. Can you just give me the short version? How long do refunds take?",
    });
    expect(direction('communication_concise')).toBe(1);
    // The feeling is the state of this turn, not a preference: no setting of empathy's dimension.
    expect(personalization.persona.directions().find((readout) => readout.id === 'succorance')?.pinned).toBe(
      false,
    );
    expect(direction('succorance')).toBe(before.succorance);
    expect(parseStyleBlock(personalization.plan(turn).conditioning.instructions ?? '').detail).toBeLessThan(
      0,
    );
  });

  it('answers a feeling with empathy in its own turn only, while a style request keeps shaping replies', async () => {
    for (const transport of ['in-process', 'http'] as const) {
      const personalization = createPersonalization({ mode: 'pba', compare: { policy: 'never' }, transport });
      await personalization.ready();
      const messages: AttuneMessage[] = [];
      const say = (text: string) => {
        messages.push({ id: `u${messages.length}`, role: 'user', parts: [{ type: 'text', text }] });
        personalization.observe({ kind: 'user-text', at: ++clock, text });
        const { conditioning } = personalization.plan({ ...turn, messages: [...messages] });
        messages.push({
          id: `a${messages.length}`,
          role: 'assistant',
          parts: [{ type: 'text', text: 'Sure.' }],
        });
        return conditioning;
      };
      const upset = say("I'm really frustrated, my parcel is a week late. tl;dr where is it?");
      expect(upset.style).toMatchObject({ empathy: 1 });
      expect(upset.style?.detail).toBeLessThan(0);
      if (transport === 'in-process') expect(parseStyleBlock(upset.instructions ?? '').empathy).toBe(1);
      // Over HTTP the server reads the feeling from the message: the payload carries only what lasts.
      else expect((upset.persona as PersonaPayload).style?.empathy).toBeUndefined();
      say('How do I change my delivery address?');
      const calm = say('Can I pay with PayPal?');
      expect(calm.style?.empathy ?? 0).toBeLessThanOrEqual(0);
      expect(calm.shapedBy?.map((dimension) => dimension.id)).not.toContain('succorance');
      if (transport === 'in-process') {
        expect(parseStyleBlock(calm.instructions ?? '').empathy ?? 0).toBeLessThanOrEqual(0);
        expect(calm.instructions).not.toContain('Succorance');
      }
      // "tl;dr" was a request for how replies should be: it lasts.
      expect(calm.style?.detail).toBeLessThan(0);
    }
  });

  it('moves the requested style toward what the user chooses', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(['humour', 'detail']),
      detectStyle: false,
    });
    for (let index = 0; index < 6; index++) answer(personalization, 'humour', 1);
    const style = personalization.plan(turn).conditioning.style ?? {};
    expect(style.humour).toBeGreaterThan(0);
    const humour = personalization.persona.directions().find((readout) => readout.id === 'humor');
    expect(humour?.direction).toBe(1);
  });

  it('never asks for a comparison on a turn whose message asks for a style or voices a feeling', () => {
    const personalization = createPersonalization({ mode: 'pba', compare: compareEveryTurn() });
    const asking = (text: string): TurnContext => ({
      ...turn,
      messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text }] }],
    });
    // The user just said how they want this reply: answer it, do not make them choose.
    expect(personalization.plan(asking('tl;dr how much is a day pass?')).compare).toBeUndefined();
    expect(personalization.plan(asking("I'm really frustrated, the dock is broken")).compare).toBeUndefined();
    expect(personalization.plan(asking('How much is a day pass?')).compare).toBeDefined();
    // A regeneration of such a turn may still compare: only a new message says how to answer.
    expect(
      personalization.plan({ ...asking('tl;dr how much is a day pass?'), trigger: 'regenerate-message' })
        .compare,
    ).toBeDefined();
  });

  it('asks the most informative axis and moves on once an axis is learned', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(),
    });
    const asked: string[] = [];
    for (let index = 0; index < 7; index++) {
      const plan = answer(personalization, 'detail', -1);
      const pair = plan.compare;
      expect(pair).toBeDefined();
      const axis = Object.keys(pair?.[0].style ?? {}).find(
        (key) => pair?.[0].style?.[key as keyof Style] !== pair?.[1].style?.[key as keyof Style],
      );
      asked.push(axis ?? '');
    }
    expect(new Set(asked).size).toBeGreaterThanOrEqual(6);
  });

  it('stops asking about an axis the model does not realize', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(['humour', 'detail']),
    });
    const asked: Array<string | undefined> = [];
    for (let index = 0; index < 5; index++) {
      const pair = personalization.plan(turn).compare;
      const axis = pair?.[0].style?.humour !== pair?.[1].style?.humour ? 'humour' : 'detail';
      asked.push(axis);
      // The "model" ignores humour: both candidates read the same; detail is realized.
      const texts =
        axis === 'humour'
          ? ['Open Settings and choose Reset password.', 'Open Settings and choose Reset password.']
          : [
              `Open Settings. ${'Then follow the link we email you to choose a new password. '.repeat(6)}`,
              'Open Settings.',
            ];
      personalization.observe({
        kind: 'comparison',
        at: index,
        prompt: 'q',
        chosen: texts[0] as string,
        rejected: texts[1] as string,
        chosenStyle: pair?.[0].style ?? {},
        rejectedStyle: pair?.[1].style ?? {},
      });
    }
    expect(personalization.realization().humour).toBe(0);
    expect(personalization.realization().detail).toBeGreaterThan(0.3);
    expect(asked.filter((axis) => axis === 'humour')).toHaveLength(1);
  });

  it("only compares on the axes the model declares it realizes, within the app's own list", () => {
    const axisOf = (plan: ReturnType<typeof personalization.plan>) =>
      STYLE_AXES.filter(
        (axis) => (plan.compare?.[0].style?.[axis] ?? 0) !== (plan.compare?.[1].style?.[axis] ?? 0),
      );
    const personalization = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(),
      detectStyle: false,
    });
    for (let index = 0; index < 5; index++) {
      expect(axisOf(personalization.plan({ ...turn, styleAxes: ['humour'] }))).toEqual(['humour']);
    }
    expect(personalization.plan({ ...turn, styleAxes: [] }).compare).toBeUndefined();
    const narrowed = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(['detail', 'humour']),
      detectStyle: false,
    });
    expect(axisOf(narrowed.plan({ ...turn, styleAxes: ['humour', 'warmth'] }))).toEqual(['humour']);
  });

  it('by default answers the first turn plainly and never asks twice in a row; everyTurns asks on turns 1, n + 1, ...', () => {
    const whenUncertain = createPersonalization({ mode: 'pba' });
    const asks = Array.from({ length: 6 }, () => whenUncertain.plan(turn).compare !== undefined);
    expect(asks).toEqual([false, true, false, true, false, true]);

    const everyThird = createPersonalization({ mode: 'pba', compare: { policy: { everyTurns: 3 } } });
    expect(Array.from({ length: 7 }, () => everyThird.plan(turn).compare !== undefined)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);

    const never = createPersonalization({ mode: 'pba', compare: { policy: 'never' } });
    expect(Array.from({ length: 3 }, () => never.plan(turn).compare)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(createPersonalization({ mode: 'none' }).plan(turn).compare).toBeUndefined();
  });

  it('when uncertain: stops asking once a consistent user has answered enough', () => {
    const personalization = createPersonalization({ mode: 'pba', detectStyle: false });
    const asked = Array.from({ length: 40 }, (_, index) => {
      const pair = personalization.plan(turn).compare;
      if (pair) {
        personalization.observe({
          kind: 'comparison',
          at: index,
          prompt: 'q',
          chosen: 'x',
          rejected: 'y',
          chosenStyle: pair[0].style ?? {},
          rejectedStyle: pair[1].style ?? {},
        });
      }
      return pair !== undefined;
    });
    expect(asked.filter(Boolean).length).toBeGreaterThanOrEqual(7);
    expect(asked.filter(Boolean).length).toBeLessThanOrEqual(14);
    expect(asked.slice(-10).some(Boolean)).toBe(false);
  });

  it('does not compare when the user pinned every linked dimension', () => {
    const personalization = createPersonalization({ mode: 'pba' });
    for (const dimension of alignxSpace.dimensions) {
      if (dimension.measures.length > 0) personalization.persona.set(dimension.id, 1, { pinned: true });
    }
    expect(personalization.plan(turn).compare).toBeUndefined();
  });

  it('pinned settings override the estimate', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: compareEveryTurn(['detail']),
    });
    personalization.observe(pinnedConcise(0));
    for (let index = 0; index < 6; index++) {
      personalization.observe({
        kind: 'comparison',
        at: index + 2,
        prompt: 'q',
        chosen: 'short',
        rejected: 'long',
        chosenStyle: { detail: -0.8 },
        rejectedStyle: { detail: 0.8 },
      });
    }
    const { conditioning } = personalization.plan(turn);
    expect(conditioning.style?.detail).toBe(1);
    expect(conditioning.instructions).toContain('Detailed communication style');
  });

  it('modes: ica sends examples and no profile, none sends nothing, both sends both', () => {
    const modes = (['pba', 'ica', 'both', 'none'] as const).map((mode) => {
      const personalization = createPersonalization({ mode, compare: { policy: 'never' } });
      personalization.observe({ kind: 'explicit', at: 1, dimension: 'humor', direction: 1, pinned: true });
      personalization.observe({
        kind: 'comparison',
        at: 2,
        prompt: 'Where is my parcel?',
        chosen: 'On its way, and it is wearing its best bow tie!',
        rejected: 'In transit.',
      });
      return personalization.plan(turn).conditioning;
    });
    const [pba, ica, both, none] = modes;
    expect(pba?.instructions).toContain('Likes humor');
    expect(pba?.examples).toBeUndefined();
    expect(ica?.instructions).toBeUndefined();
    expect(ica?.examples).toEqual([
      {
        prompt: 'Where is my parcel?',
        chosen: 'On its way, and it is wearing its best bow tie!',
        rejected: 'In transit.',
      },
    ]);
    expect(both?.instructions).toContain('Likes humor');
    expect(both?.examples).toHaveLength(1);
    expect(none).toEqual({});
  });

  it('best-of-n asks for n candidates and picks the one the persona prefers', () => {
    const personalization = createPersonalization({ mode: 'pba', bestOfN: 3, compare: { policy: 'never' } });
    expect(personalization.plan(turn).candidates).toBe(3);
    personalization.observe(pinnedConcise());
    const long =
      'Thank you for your question. '.repeat(3) +
      'Here is a very long and detailed explanation of every step. '.repeat(8);
    expect(personalization.pick([long, 'Open Settings, then Reset.', long])).toBe(1);
  });

  it('snapshots, restores, rejects bad state without losing anything, and resets', () => {
    const personalization = createPersonalization({ mode: 'both', compare: { policy: 'never' } });
    personalization.observe({ kind: 'explicit', at: 1, dimension: 'humor', direction: 1, pinned: true });
    personalization.observe({ kind: 'comparison', at: 2, prompt: 'p', chosen: 'a', rejected: 'b' });
    const snapshot = personalization.snapshot();
    const before = personalization.plan(turn).conditioning;

    const copy = createPersonalization({ mode: 'both', compare: { policy: 'never' } });
    copy.restore(JSON.parse(JSON.stringify(snapshot)));
    expect(copy.plan(turn).conditioning).toEqual(before);

    expect(() => copy.restore({ ...snapshot, examples: 'nope' })).toThrow(PersonalizationStateError);
    expect(() => copy.restore({ ...snapshot, persona: { version: 99 } })).toThrow();
    expect(copy.plan(turn).conditioning).toEqual(before);

    copy.reset();
    expect(copy.plan(turn).conditioning).toEqual({});
    expect(copy.snapshot()).toMatchObject({ examples: [], turn: 1 });
  });

  it('rejects bad options with a clear error', () => {
    expect(() => createPersonalization({ mode: 'all' as 'pba' })).toThrow(/mode must be one of/);
    expect(() => createPersonalization({ mode: 'pba', bestOfN: 0 })).toThrow(/bestOfN/);
    expect(() => createPersonalization({ mode: 'pba', budgets: { profileTokens: -1 } })).toThrow(
      /profileTokens/,
    );
    expect(() => createPersonalization({ mode: 'pba', compare: { policy: { everyTurns: 0 } } })).toThrow(
      /everyTurns/,
    );
  });
});

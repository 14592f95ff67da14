import {
  type ChatSession,
  ChatSessionError,
  type ChatSessionErrorCode,
  createChatSession,
  createMemoryStorage,
  createPersonalization,
  type StorageAdapter,
} from '@attune/core';
import { describe, expect, it } from 'vitest';
import { fuzzModel } from './support/fuzz-model';
import { type SeededRandom, seededRandom } from './support/seeded-random';
import { sessionProblems } from './support/session-invariants';

const SEEDS = 40;
const STEPS = 40;

/** Codes an action may be refused with when it does not apply right now; anything else is a bug. */
const EXPECTED_REFUSALS: ReadonlySet<ChatSessionErrorCode> = new Set([
  'busy',
  'not-found',
  'wrong-role',
  'already-decided',
  'empty',
]);

type Action = (session: ChatSession, random: SeededRandom) => Promise<unknown>;

const assistantIds = (session: ChatSession) =>
  session
    .getState()
    .messages.filter((message) => message.role === 'assistant')
    .map((message) => message.id);

const actions: Record<string, Action> = {
  send: (session, random) =>
    session.send(
      random.pick(['Where is my order?', 'Refund please', 'Shorter please.', 'Tell me more', 'ok']),
    ),
  stop: (session) => session.stop(),
  regenerate: (session, random) => {
    const ids = assistantIds(session);
    return session.regenerate(ids.length > 0 && random.chance(0.7) ? random.pick(ids) : undefined);
  },
  retry: (session) => session.retry(),
  rate: (session, random) => {
    const ids = assistantIds(session);
    const id = ids.length > 0 ? random.pick(ids) : 'missing';
    return session.rate(id, random.pick(['up', 'down', null] as const));
  },
  choose: (session, random) => {
    const pending = session.getState().messages.flatMap((message) => {
      const comparison = message.metadata?.comparison;
      return comparison ? [comparison] : [];
    });
    const comparison = pending.length > 0 ? random.pick(pending) : undefined;
    return session.choose(comparison?.id ?? 'missing', random.pick([0, 1, 'none'] as const));
  },
  reset: (session, random) => (random.chance(0.5) ? session.clear() : session.resetPersona()),
};

const weights: Array<[string, number]> = [
  ['send', 5],
  ['stop', 2],
  ['regenerate', 2],
  ['retry', 1],
  ['rate', 2],
  ['choose', 3],
  ['reset', 1],
];

function pickAction(random: SeededRandom): string {
  let roll = random.next() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [name, weight] of weights) {
    roll -= weight;
    if (roll < 0) return name;
  }
  return 'send';
}

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs one seeded sequence; returns the problems found (empty when none). */
async function runSeed(seed: number): Promise<string[]> {
  const random = seededRandom(seed);
  const storage: StorageAdapter = createMemoryStorage();
  const personalization = createPersonalization({ mode: 'both', compare: { policy: { everyTurns: 2 } } });
  let counter = 0;
  const session = createChatSession({
    id: `fuzz-${seed}`,
    model: fuzzModel(random),
    personalization,
    storage,
    generateId: () => `id-${seed}-${counter++}`,
  });
  await session.ready;
  const seen = new WeakMap<object, string>();
  const problems: string[] = [];
  const inFlight: Promise<void>[] = [];
  const log: string[] = [];

  const check = (label: string, midTransition = false) => {
    for (const problem of sessionProblems(session.getState(), seen, midTransition)) {
      if (!problems.includes(`after ${label}: ${problem}`)) problems.push(`after ${label}: ${problem}`);
    }
  };
  session.subscribe(() => check(`${log.at(-1) ?? 'start'} (store update)`, true));

  for (let step = 0; step < STEPS && problems.length === 0; step++) {
    const name = pickAction(random);
    log.push(`${step}:${name}`);
    const run = (actions[name] as Action)(session, random).then(
      () => {},
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof ChatSessionError && EXPECTED_REFUSALS.has(error.code))) {
          problems.push(`${name} at step ${step} rejected unexpectedly: ${message}`);
        }
      },
    );
    inFlight.push(run);
    if (random.chance(0.5)) await run;
    else for (let tick = random.int(4); tick > 0; tick--) await macrotask();
    check(`step ${step} (${name})`);
  }

  await Promise.all(inFlight);
  await session.stop();
  check('settling');
  const { status, messages } = session.getState();
  if (status === 'submitted' || status === 'streaming') problems.push(`still ${status} after stop()`);
  const saved = await storage.load(`fuzz-${seed}`);
  if (saved && JSON.stringify(saved.messages) !== JSON.stringify(messages)) {
    problems.push('the saved conversation differs from the store after settling');
  }
  await session.destroy();
  return problems.map((problem) => `seed ${seed}: ${problem} [${log.join(' ')}]`);
}

describe('session fuzzing', () => {
  it(`${SEEDS} seeded sequences of ${STEPS} actions never leave the store inconsistent`, {
    timeout: 120_000,
  }, async () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) problems.push(...(await runSeed(seed)));
    expect(problems).toEqual([]);
  });
});

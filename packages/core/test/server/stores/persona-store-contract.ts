import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPersona, type Persona, type PersonaPrior } from '../../../src/persona/persona';
import type { Signal } from '../../../src/persona/signals';
import { createPopulationLoop } from '../../../src/server/population';
import {
  DEFAULT_PERSONA_RETENTION_MS,
  PERSONA_STORE_SCHEMA_VERSION,
  type PersonaStateJson,
  type PersonaStore,
  PersonaStoreError,
  type PersonaStoreOptions,
  type PopulationStore,
  PRIOR_FORMAT,
} from '../../../src/server/stores';
import { BAD_SIGNALS, GOOD_SIGNALS, malformed } from '../../signals/signal-rules';

/** Direct access to a SQL driver's tables, to check what is really stored. */
export interface StoreTables {
  /** Rows held for the user in each table. */
  count(userId: string): Promise<{ personas: number; signals: number }>;
  /** The raw `body` column of the user's signal rows. */
  signalBodies(userId: string): Promise<string[]>;
  /** Personas held for every user. */
  personaCount(): Promise<number>;
}

/** What the contract suite needs from a driver. */
export interface StoreHarness {
  /** Opens a store on the harness's database; every store opened shares the data when `shared`. */
  open(options?: PersonaStoreOptions): Promise<PersonaStore & PopulationStore>;
  /** Whether two opened stores see the same data (false for the in-memory driver). */
  shared: boolean;
  tables?: StoreTables;
  /** Releases the database. */
  dispose(): Promise<void>;
}

interface CounterState extends PersonaStateJson {
  version: 1;
  count: number;
  seen: string[];
}

const counterState = (count: number, seen: string[]): CounterState => ({ version: 1, count, seen });

/** Adds one to the counter and records `token`: the read-update-write that must not lose updates. */
export const increment = (token: string) => (current: { state: PersonaStateJson } | null) => {
  const state = (current?.state as CounterState | undefined) ?? counterState(0, []);
  return { state: counterState(state.count + 1, [...state.seen, token]) };
};

/** A recent time, so default retention (90 days) keeps the signal. */
const NOW = Date.now();
const text = (value: string, at = NOW): Signal => ({ kind: 'user-text', text: value, at });

async function expectStoreError(
  promise: Promise<unknown>,
  code: PersonaStoreError['code'],
): Promise<PersonaStoreError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PersonaStoreError);
  expect((error as PersonaStoreError).code).toBe(code);
  return error as PersonaStoreError;
}

/** Runs the persona-store contract against one driver. */
export function describePersonaStoreContract(name: string, createHarness: () => Promise<StoreHarness>): void {
  describe(`${name} persona store contract`, () => {
    let harness: StoreHarness;
    let store: PersonaStore & PopulationStore;
    const user = () => `user-${randomUUID()}`;

    beforeAll(async () => {
      harness = await createHarness();
      store = await harness.open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await harness?.dispose();
    });

    it('returns null for a user without a persona', async () => {
      expect(await store.get(user())).toBeNull();
    });

    it('creates, reads and updates a persona, counting revisions', async () => {
      const id = user();
      const created = await store.update(id, increment('a'));
      expect(created.state).toEqual(counterState(1, ['a']));
      expect(created.revision).toBe(1);
      const updated = await store.update(id, increment('b'));
      expect(updated.revision).toBe(2);
      const read = await store.get(id);
      expect(read?.state).toEqual(counterState(2, ['a', 'b']));
      expect(read?.revision).toBe(2);
    });

    it('passes the current persona to the updater and ignores store-managed fields it returns', async () => {
      const id = user();
      await store.update(id, increment('a'));
      const seen: unknown[] = [];
      const written = await store.update(id, (current) => {
        seen.push(current?.state);
        return { state: { version: 1, count: 7, seen: [] }, revision: 999, updatedAt: -5 };
      });
      expect(seen).toEqual([counterState(1, ['a'])]);
      expect(written.revision).toBe(2);
      expect((await store.get(id))?.revision).toBe(2);
    });

    it('keeps stored state apart from the objects callers hold', async () => {
      const id = user();
      const state = counterState(1, ['a']);
      const written = await store.update(id, () => ({ state }));
      state.seen.push('mutated');
      written.state.count = 99;
      expect((await store.get(id))?.state).toEqual(counterState(1, ['a']));
    });

    it('loses no update under 100 concurrent writers for one user', async () => {
      const id = user();
      const tokens = Array.from({ length: 100 }, (_, index) => `w${index}`);
      const results = await Promise.all(tokens.map((token) => store.update(id, increment(token))));
      const final = (await store.get(id))?.state as CounterState;
      expect(final.count).toBe(100);
      expect([...final.seen].sort()).toEqual([...tokens].sort());
      expect(results.map((result) => result.revision).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        tokens.map((_, index) => index + 1),
      );
    });

    it('lets several store instances on one database share one persona per user', async (context) => {
      if (!harness.shared) context.skip();
      const id = user();
      const other = await harness.open();
      try {
        const writes = Array.from({ length: 60 }, (_, index) =>
          (index % 2 === 0 ? store : other).update(id, increment(`i${index}`)),
        );
        await Promise.all(writes);
        const mine = (await store.get(id))?.state as CounterState;
        const theirs = (await other.get(id))?.state as CounterState;
        expect(mine.count).toBe(60);
        expect(theirs).toEqual(mine);
        expect(new Set(mine.seen).size).toBe(60);
      } finally {
        await other.close();
      }
    });

    it('writes nothing when the updater throws', async () => {
      const id = user();
      await store.update(id, increment('a'));
      await expect(
        store.update(id, () => {
          throw new Error('engine failed');
        }),
      ).rejects.toThrow('engine failed');
      const read = await store.get(id);
      expect(read?.state).toEqual(counterState(1, ['a']));
      expect(read?.revision).toBe(1);
    });

    describe('rejects malformed personas and leaves the stored one unchanged', () => {
      const cases: Array<[string, unknown, PersonaStoreError['code']]> = [
        ['not a stored persona', 'nope', 'invalid-persona'],
        ['state missing', {}, 'invalid-persona'],
        ['state an array', { state: [1, 2] }, 'invalid-persona'],
        ['version missing', { state: { count: 1 } }, 'invalid-persona'],
        ['version a string', { state: { version: '1' } }, 'invalid-persona'],
        ['version zero', { state: { version: 0 } }, 'invalid-persona'],
        ['a non-finite number', { state: { version: 1, count: Number.NaN } }, 'invalid-persona'],
        ['a function inside', { state: { version: 1, f: () => 1 } }, 'invalid-persona'],
        ['a date inside', { state: { version: 1, when: new Date(0) } }, 'invalid-persona'],
        ['an unknown (newer) version', { state: { version: 2 } }, 'unsupported-persona-version'],
        ['an oversized state', { state: { version: 1, blob: 'x'.repeat(70_000) } }, 'persona-too-large'],
      ];
      for (const [label, returned, code] of cases) {
        it(label, async () => {
          const id = user();
          await store.update(id, increment('a'));
          const before = await store.get(id);
          await expectStoreError(
            store.update(id, () => returned as never),
            code,
          );
          expect(await store.get(id)).toEqual(before);
        });
      }

      it('a cyclic state', async () => {
        const id = user();
        await store.update(id, increment('a'));
        const before = await store.get(id);
        const cyclic: Record<string, unknown> = { version: 1 };
        cyclic.self = cyclic;
        await expectStoreError(
          store.update(id, () => ({ state: cyclic as PersonaStateJson })),
          'invalid-persona',
        );
        expect(await store.get(id)).toEqual(before);
      });
    });

    it('uses an injected validator and stores what it returns', async () => {
      const strict = await harness.open({
        validate: (state) => {
          const record = state as { version?: unknown; dims?: unknown };
          if (record.version !== 3 || !Array.isArray(record.dims)) throw new Error('not a PersonaState v3');
          return { version: 3, dims: record.dims.map(Number) };
        },
      });
      try {
        const id = user();
        const written = await strict.update(id, () => ({ state: { version: 3, dims: ['0.5', 1] } }));
        expect(written.state).toEqual({ version: 3, dims: [0.5, 1] });
        const error = await expectStoreError(
          strict.update(id, () => ({ state: { version: 1 } })),
          'invalid-persona',
        );
        expect(error.message).toContain('not a PersonaState v3');
        expect((await strict.get(id))?.state).toEqual({ version: 3, dims: [0.5, 1] });
      } finally {
        await strict.close();
      }
    });

    it('rejects bad user ids', async () => {
      for (const id of ['', 'x'.repeat(257), 42 as unknown as string]) {
        await expectStoreError(store.get(id), 'invalid-user-id');
        await expectStoreError(store.update(id, increment('a')), 'invalid-user-id');
        await expectStoreError(store.appendSignals(id, [text('hi')]), 'invalid-user-id');
      }
    });

    it('scrubs personal data from signal texts before storing them', async () => {
      const id = user();
      const signals: Signal[] = [
        text('Write to jane.doe@example.com or call (555) 123-4567.'),
        {
          kind: 'comparison',
          at: NOW + 1,
          prompt: 'Where do I ship it? 221B Baker Street',
          chosen: 'Card 4111 1111 1111 1111 is on file.',
          rejected: 'Order 1234-5678 is on its way.',
          chosenStyle: { detail: 0.5 },
        },
        {
          kind: 'rating',
          at: NOW + 2,
          text: 'Email bob@example.org',
          rating: 'up',
          prompt: '+44 20 7946 0958',
        },
        { kind: 'explicit', at: NOW + 3, dimension: 'formality', direction: 1, pinned: true },
      ];
      const result = await store.appendSignals(id, signals);
      expect(result).toEqual({ stored: 4, pruned: 0 });
      const exported = await store.export(id);
      expect(exported.signals.map((stored) => stored.signal)).toEqual([
        text('Write to [email] or call [phone].'),
        {
          kind: 'comparison',
          at: NOW + 1,
          prompt: 'Where do I ship it? [address]',
          chosen: 'Card [card] is on file.',
          rejected: 'Order 1234-5678 is on its way.',
          chosenStyle: { detail: 0.5 },
        },
        { kind: 'rating', at: NOW + 2, text: 'Email [email]', rating: 'up', prompt: '[phone]' },
        { kind: 'explicit', at: NOW + 3, dimension: 'formality', direction: 1, pinned: true },
      ]);
      if (harness.tables) {
        const bodies = (await harness.tables.signalBodies(id)).join('\n');
        expect(bodies).not.toMatch(/jane\.doe|4111 1111|Baker|20 7946|bob@|123-4567/);
      }
    });

    it('refuses fields a signal kind does not define, storing none of them', async () => {
      const id = user();
      const extra = { ...text('hello'), secret: 'jane@example.com', nested: { a: 1 } } as unknown as Signal;
      const error = await expectStoreError(store.appendSignals(id, [extra]), 'invalid-signal');
      expect(error.message).toBe('Signal 0 is malformed: secret: is not a field of this kind.');
      expect((await store.export(id)).signals).toEqual([]);
      await store.appendSignals(id, [{ ...text('hello'), weight: undefined }]);
      const [stored] = (await store.export(id)).signals;
      expect(stored?.signal).toEqual(text('hello'));
    });

    it('rejects an oversized batch and stores none of it', async () => {
      const id = user();
      await store.update(id, increment('a'));
      const before = await store.get(id);
      const batch = Array.from({ length: 101 }, (_, index) => text(`t${index}`, index));
      await expectStoreError(store.appendSignals(id, batch), 'batch-too-large');
      expect((await store.export(id)).signals).toEqual([]);
      expect(await store.get(id)).toEqual(before);
      if (harness.tables) expect((await harness.tables.count(id)).signals).toBe(0);
    });

    it('rejects a batch holding one malformed signal and stores none of it', async () => {
      const id = user();
      const malformed: unknown[] = [
        { kind: 'user-text', at: 1 },
        { kind: 'rating', at: 1, text: 'ok', rating: 'meh' },
        { kind: 'explicit', at: 1, dimension: 'x', direction: 2 },
        { kind: 'comparison', at: 1, prompt: 'p', chosen: 'c', rejected: 'r', chosenStyle: { detail: 3 } },
        { kind: 'telepathy', at: 1 },
        { kind: 'user-text', at: Number.NaN, text: 'hi' },
        { kind: 'user-text', at: 1, text: 'hi', weight: -1 },
        { kind: 'user-text', at: 1, text: 'x'.repeat(40_000) },
        null,
      ];
      for (const bad of malformed) {
        await expectStoreError(
          store.appendSignals(id, [text('fine'), bad as Signal, text('fine too')]),
          'invalid-signal',
        );
      }
      await expectStoreError(store.appendSignals(id, 'nope' as unknown as Signal[]), 'invalid-signal');
      expect((await store.export(id)).signals).toEqual([]);
    });

    it.each(BAD_SIGNALS)(
      'refuses %s with the message every entry point gives',
      async (_name, bad, problem) => {
        const id = user();
        const error = await expectStoreError(
          store.appendSignals(id, [text('fine'), bad as Signal]),
          'invalid-signal',
        );
        expect(error.message).toBe(malformed(problem, 1));
        expect((await store.export(id)).signals).toEqual([]);
      },
    );

    it.each(GOOD_SIGNALS)('accepts %s', async (_name, good) => {
      // Stored, though retention may prune it at once (a time of 0 is past the default age).
      expect((await store.appendSignals(user(), [good as Signal])).stored).toBe(1);
    });

    it('does not echo signal text in its errors', async () => {
      const error = await expectStoreError(
        store.appendSignals(user(), [
          { kind: 'rating', at: 1, text: 'jane@example.com', rating: 'meh' } as never,
        ]),
        'invalid-signal',
      );
      expect(error.message).not.toContain('jane');
    });

    it('keeps at most retention.maxCount signals, the most recent ones', async () => {
      const limited = await harness.open({ retention: { maxCount: 5, maxAgeMs: Number.POSITIVE_INFINITY } });
      try {
        const id = user();
        const first = await limited.appendSignals(
          id,
          [3, 1, 2].map((at) => text(`s${at}`, at)),
        );
        expect(first).toEqual({ stored: 3, pruned: 0 });
        const second = await limited.appendSignals(
          id,
          [8, 4, 6, 5, 7].map((at) => text(`s${at}`, at)),
        );
        expect(second).toEqual({ stored: 5, pruned: 3 });
        const exported = await limited.export(id);
        expect(exported.signals.map((stored) => stored.signal.at)).toEqual([4, 5, 6, 7, 8]);
        if (harness.tables) expect((await harness.tables.count(id)).signals).toBe(5);
      } finally {
        await limited.close();
      }
    });

    it('deletes signals received longer ago than retention.maxAgeMs, whatever their client time', async () => {
      let now = 1_000_000;
      const aging = await harness.open({ retention: { maxAgeMs: 1_000, maxCount: 100 }, now: () => now });
      try {
        const [a, b] = [user(), user()];
        // The client's `at` neither keeps a signal forever (1e300) nor prunes it at once (1).
        const appended = await aging.appendSignals(a, [text('ancient', 1), text('future', 1e300)]);
        expect(appended).toEqual({ stored: 2, pruned: 0 });
        now = 1_000_600;
        await aging.appendSignals(b, [text('fresh', 1)]);
        expect((await aging.export(a)).signals.map((stored) => stored.signal.at)).toEqual([1, 1e300]);
        now = 1_001_001;
        expect((await aging.export(a)).signals).toEqual([]);
        expect((await aging.export(b)).signals.map((stored) => stored.storedAt)).toEqual([1_000_600]);
        now = 1_001_601;
        expect(await aging.enforceRetention()).toBeGreaterThanOrEqual(1);
        if (harness.tables) expect(await harness.tables.count(b)).toEqual({ personas: 0, signals: 0 });
        else expect((await aging.export(b)).signals).toEqual([]);
      } finally {
        await aging.close();
      }
    });

    it('sweeps with a persona retention longer than any date, or not a whole number of milliseconds', async () => {
      for (const personaRetentionMs of [1e300, 1_000.5]) {
        const now = 1_000_000;
        const store = await harness.open({
          personaRetentionMs,
          retention: { maxAgeMs: 1e300 },
          now: () => now,
        });
        try {
          const id = user();
          await store.update(id, increment('a'));
          // A cutoff of -1e300 or 998,999.5 compared with a BIGINT column must not fail the sweep.
          expect(await store.enforceRetention()).toBe(0);
          expect((await store.get(id))?.revision).toBe(1);
        } finally {
          await store.close();
        }
      }
    });

    it('deletes a persona nobody wrote within personaRetentionMs, with its rows, in the retention sweep', async () => {
      let now = 1_000_000;
      const expiring = await harness.open({
        personaRetentionMs: 1_000,
        retention: { maxAgeMs: Number.POSITIVE_INFINITY },
        now: () => now,
      });
      const forever = await harness.open({
        personaRetentionMs: Number.POSITIVE_INFINITY,
        retention: { maxAgeMs: Number.POSITIVE_INFINITY },
        now: () => now,
      });
      try {
        const [stale, active] = [user(), user()];
        for (const id of [stale, active]) {
          await expiring.update(id, increment('a'));
          await expiring.appendSignals(id, [text('one', 1), text('two', 2)]);
          await expiring.appendComparisonFeatures(id, [{ at: 1, features: { humor: 1 } }]);
        }
        now = 1_000_800;
        await expiring.update(active, increment('b'));
        now = 1_001_500;
        // Nothing expires on a read or a write: only the sweep deletes.
        expect((await expiring.get(stale))?.revision).toBe(1);
        if (harness.shared) {
          // A store with persona retention off deletes none, even of a database it shares.
          expect(await forever.enforceRetention()).toBe(0);
          expect((await forever.get(stale))?.revision).toBe(1);
        }
        // The stale persona, its two signals and its comparison row.
        expect(await expiring.enforceRetention()).toBeGreaterThanOrEqual(4);
        expect(await expiring.get(stale)).toBeNull();
        expect((await expiring.export(stale)).signals).toEqual([]);
        expect((await expiring.comparisonFeatures()).has(stale)).toBe(false);
        if (harness.tables) expect(await harness.tables.count(stale)).toEqual({ personas: 0, signals: 0 });
        expect((await expiring.get(active))?.revision).toBe(2);
        expect((await expiring.export(active)).signals).toHaveLength(2);
        expect((await expiring.comparisonFeatures()).get(active)).toHaveLength(1);
      } finally {
        await expiring.close();
        await forever.close();
      }
    });

    it('keeps the most recently received signals within retention.maxBytes per user', async () => {
      const id = user();
      const one = JSON.stringify(text('x'.repeat(100))).length;
      const capped = await harness.open({ retention: { maxBytes: one * 3 } });
      try {
        for (const index of [1, 2, 3, 4, 5]) {
          await capped.appendSignals(id, [text(`${index}`.repeat(100), NOW - index)]);
        }
        // Received last, although their client times are the oldest.
        const kept = (await capped.export(id)).signals.map((stored) =>
          (stored.signal as { text: string }).text.slice(0, 1),
        );
        expect(kept).toEqual(['5', '4', '3']);
        if (harness.tables) expect((await harness.tables.count(id)).signals).toBe(3);
      } finally {
        await capped.close();
      }
    });

    it('refuses new users with store-full past maxUsers while known users go on', async () => {
      const held = (await harness.tables?.personaCount()) ?? 0;
      const full = await harness.open({ maxUsers: held + 2 });
      try {
        const [a, b] = [user(), user()];
        await full.update(a, increment('a'));
        await full.appendSignals(b, [text('first')]);
        await full.update(b, increment('b'));
        await expectStoreError(full.update(user(), increment('c')), 'store-full');
        await expectStoreError(full.appendSignals(user(), [text('new')]), 'store-full');
        expect((await full.update(a, increment('again'))).revision).toBe(2);
        expect(await full.appendSignals(a, [text('still learning')])).toEqual({ stored: 1, pruned: 0 });
        if (harness.tables) expect(await harness.tables.personaCount()).toBe(held + 2);
      } finally {
        await full.close();
      }
    });

    it('refuses a network its new users past maxNewUsersPerNetwork, counting each once, while known users and other networks go on', async () => {
      let now = Date.now();
      const options = { maxNewUsersPerNetwork: 3, newUserWindowMs: 3_000, now: () => now };
      const quota = await harness.open(options);
      try {
        const hostile = { network: `network-${randomUUID()}` };
        const [first, second, third] = [user(), user(), user()];
        // Signals then a persona for one new user: one new user.
        await quota.appendSignals(first, [text('hello')], hostile);
        await quota.update(first, increment('a'), hostile);
        await quota.update(second, increment('a'), hostile);
        await quota.appendSignals(third, [text('hi')], hostile);
        const refused = user();
        await expectStoreError(quota.update(refused, increment('a'), hostile), 'new-user-quota');
        await expectStoreError(quota.appendSignals(refused, [text('hi')], hostile), 'new-user-quota');
        expect(await quota.get(refused)).toBeNull();
        expect((await quota.export(refused)).signals).toEqual([]);
        if (harness.tables) expect(await harness.tables.count(refused)).toEqual({ personas: 0, signals: 0 });
        // Known users of the network go on; another network and an unknown one are not held back.
        expect((await quota.update(first, increment('b'), hostile)).revision).toBe(2);
        expect(await quota.appendSignals(third, [text('again')], hostile)).toEqual({ stored: 1, pruned: 0 });
        await quota.update(user(), increment('a'), { network: `network-${randomUUID()}` });
        await quota.update(user(), increment('a'));
        // An empty batch writes nothing, so it takes nothing either.
        await quota.appendSignals(user(), [], hostile);
        if (harness.shared) {
          const other = await harness.open(options);
          try {
            await expectStoreError(other.update(user(), increment('a'), hostile), 'new-user-quota');
          } finally {
            await other.close();
          }
        }
        // The quota refills evenly over the window: one new user a second here.
        now += 1_000;
        await quota.update(user(), increment('a'), hostile);
        await expectStoreError(quota.update(user(), increment('a'), hostile), 'new-user-quota');
        // Once the window has passed, pruning the count leaves the network its whole quota again.
        now += 3_000;
        await quota.enforceRetention();
        for (let index = 0; index < 3; index++) await quota.update(user(), increment('a'), hostile);
        await expectStoreError(quota.update(user(), increment('a'), hostile), 'new-user-quota');
      } finally {
        await quota.close();
      }
    });

    it('admits exactly maxNewUsersPerNetwork of 20 concurrent new users from one network', async () => {
      const quota = await harness.open({ maxNewUsersPerNetwork: 5, now: () => 1_000 });
      try {
        const network = { network: `network-${randomUUID()}` };
        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, index) =>
            index % 2 === 0
              ? quota.update(user(), increment('a'), network)
              : quota.appendSignals(user(), [text('hi')], network),
          ),
        );
        const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(outcomes.length - refused.length).toBe(5);
        for (const outcome of refused) {
          expect((outcome.reason as PersonaStoreError).code).toBe('new-user-quota');
        }
      } finally {
        await quota.close();
      }
    });

    it('enforces a tightened count limit store-wide', async (context) => {
      if (!harness.shared) context.skip();
      const id = user();
      const loose = await harness.open({ retention: { maxCount: 100 } });
      const now = Date.now();
      try {
        await loose.appendSignals(
          id,
          Array.from({ length: 10 }, (_, index) => text(`s${index}`, now + index)),
        );
      } finally {
        await loose.close();
      }
      const tight = await harness.open({ retention: { maxCount: 4 } });
      try {
        expect(await tight.enforceRetention()).toBeGreaterThanOrEqual(6);
        expect((await tight.export(id)).signals.map((stored) => stored.signal.at)).toEqual(
          [6, 7, 8, 9].map((index) => now + index),
        );
      } finally {
        await tight.close();
      }
    });

    it('exports everything held for a user', async () => {
      let now = 5_000;
      const clocked = await harness.open({ now: () => now });
      try {
        const id = user();
        const at = Date.now();
        await clocked.update(id, increment('a'));
        now = 6_000;
        await clocked.update(id, increment('b'));
        await clocked.appendSignals(id, [
          text('one', at),
          { kind: 'explicit', at: at + 1, dimension: 'd', direction: 0 },
        ]);
        now = 7_000;
        const exported = await clocked.export(id);
        expect(exported).toEqual({
          userId: id,
          persona: { state: counterState(2, ['a', 'b']), revision: 2, updatedAt: 6_000 },
          signals: [
            { signal: text('one', at), storedAt: 6_000 },
            { signal: { kind: 'explicit', at: at + 1, dimension: 'd', direction: 0 }, storedAt: 6_000 },
          ],
          metadata: {
            createdAt: 5_000,
            updatedAt: 6_000,
            revision: 2,
            signalCount: 2,
            exportedAt: 7_000,
            driver: clocked.driver,
            schemaVersion: PERSONA_STORE_SCHEMA_VERSION,
            retention: exported.metadata.retention,
            personaRetentionMs: DEFAULT_PERSONA_RETENTION_MS,
          },
        });
        expect(exported.metadata.retention.maxCount).toBe(1000);
      } finally {
        await clocked.close();
      }
    });

    it('forgets every row held for a user and nothing else', async () => {
      const [id, bystander] = [user(), user()];
      const now = Date.now();
      for (const someone of [id, bystander]) {
        await store.update(someone, increment('a'));
        await store.appendSignals(someone, [text('one', now), text('two', now + 1)]);
      }
      if (harness.tables) expect(await harness.tables.count(id)).toEqual({ personas: 1, signals: 2 });
      expect(await store.forget(id)).toEqual({ personas: 1, signals: 2 });
      if (harness.tables) expect(await harness.tables.count(id)).toEqual({ personas: 0, signals: 0 });
      expect(await store.get(id)).toBeNull();
      expect((await store.export(id)).signals).toEqual([]);
      expect(await store.forget(id)).toEqual({ personas: 0, signals: 0 });
      if (harness.tables) expect(await harness.tables.count(bystander)).toEqual({ personas: 1, signals: 2 });
    });

    it('keeps comparison feature vectors per user, oldest first, and forgets them with the user', async () => {
      const [id, bystander] = [user(), user()];
      await store.appendComparisonFeatures(id, [
        { at: 2, features: { humor: 0.5 } },
        { at: 1, features: { humor: -0.25, communication_concise: 1 } },
      ]);
      await store.appendComparisonFeatures(bystander, [{ at: 5, features: { play: 1 } }]);
      const all = await store.comparisonFeatures();
      expect(all.get(id)).toEqual([
        { at: 1, features: { humor: -0.25, communication_concise: 1 } },
        { at: 2, features: { humor: 0.5 } },
      ]);
      await store.forget(id);
      const after = await store.comparisonFeatures();
      expect(after.has(id)).toBe(false);
      expect(after.get(bystander)).toEqual([{ at: 5, features: { play: 1 } }]);
    });

    it('keeps comparison feature vectors within retention: the newest received per user, none past the age', async () => {
      let now = 1_000_000;
      const bounded = await harness.open({ retention: { maxAgeMs: 1_000, maxCount: 3 }, now: () => now });
      try {
        const [a, b] = [user(), user()];
        const rows = (ats: number[]) => ats.map((at) => ({ at, features: { humor: at } }));
        await bounded.appendComparisonFeatures(a, rows([1_000_001, 1_000_002]));
        await bounded.appendComparisonFeatures(a, rows([1_000_003, 1_000_004, 1_000_005]));
        await bounded.appendComparisonFeatures(b, rows([1_000_900]));
        expect((await bounded.comparisonFeatures()).get(a)?.map((row) => row.at)).toEqual([
          1_000_003, 1_000_004, 1_000_005,
        ]);
        now = 1_001_500;
        expect(await bounded.enforceRetention()).toBeGreaterThanOrEqual(3);
        const left = await bounded.comparisonFeatures();
        expect(left.has(a)).toBe(false);
        expect(left.get(b)?.map((row) => row.at)).toEqual([1_000_900]);
      } finally {
        await bounded.close();
      }
    });

    it('keeps the source bucket of comparison feature vectors, and refuses one that is not a 24-bit number', async () => {
      const id = user();
      await store.appendComparisonFeatures(id, [
        { at: 1, source: 0xabcdef, features: { humor: 1 } },
        { at: 2, features: { humor: -1 } },
      ]);
      expect((await store.comparisonFeatures()).get(id)).toEqual([
        { at: 1, source: 0xabcdef, features: { humor: 1 } },
        { at: 2, features: { humor: -1 } },
      ]);
      for (const source of [-1, 2 ** 24, 1.5, Number.NaN])
        await expectStoreError(
          store.appendComparisonFeatures(id, [{ at: 3, source, features: { humor: 1 } }]),
          'invalid-signal',
        );
      expect((await store.comparisonFeatures()).get(id)).toHaveLength(2);
    });

    it('refuses feature vectors that are not finite numbers and stores none of the batch', async () => {
      const id = user();
      await expectStoreError(
        store.appendComparisonFeatures(id, [
          { at: 1, features: { humor: 1 } },
          { at: 2, features: { humor: Number.NaN } },
        ]),
        'invalid-signal',
      );
      await expectStoreError(
        store.appendComparisonFeatures('', [{ at: 1, features: {} }]),
        'invalid-user-id',
      );
      expect((await store.comparisonFeatures()).has(id)).toBe(false);
    });

    it('versions the priors it saves and serves the latest', async () => {
      const first = await store.savePrior({ users: 60, types: 2, prior: { mean: { humor: 0.5 } } });
      const second = await store.savePrior({
        users: 70,
        types: 2,
        prior: { mean: { humor: 0.25 }, types: [{ weight: 1, shift: { humor: 0 } }] },
      });
      expect(second.version).toBe(first.version + 1);
      expect(await store.currentPrior()).toEqual(second);
      expect(second.prior).toEqual({ mean: { humor: 0.25 }, types: [{ weight: 1, shift: { humor: 0 } }] });
      await expectStoreError(store.savePrior({ users: 1.5, types: 2, prior: {} }), 'invalid-persona');
      expect((await store.currentPrior())?.version).toBe(second.version);
      if (harness.shared) {
        const other = await harness.open();
        try {
          expect((await other.currentPrior())?.version).toBe(second.version);
        } finally {
          await other.close();
        }
      }
    });

    it('keeps a prior with per-type variances and its validation as saved (format 2)', async () => {
      const prior: PersonaPrior = {
        mean: { humor: 0.5 },
        variance: { humor: 0.1 },
        types: [
          { weight: 0.8, shift: { humor: 0.25 } },
          { weight: 0.2, shift: { humor: -0.5 }, variance: 1 },
          { weight: 0.1, shift: {}, variance: { humor: 0.3 } },
        ],
      };
      const validation = {
        verdict: 'served' as const,
        reason: 'better than the cold start',
        heldOutUsers: 12,
        accuracy: { fitted: [0.75, 0.9], coldStart: [0.5, 0.8] },
      };
      const saved = await store.savePrior({ users: 60, types: 2, prior, validation });
      expect(saved).toMatchObject({ format: PRIOR_FORMAT, users: 60, types: 2, prior, validation });
      expect(await store.currentPrior()).toEqual(saved);
    });

    it('lets the population loop of every instance serve the latest saved prior within refreshIntervalMs', async () => {
      const other = harness.shared ? await harness.open() : store;
      const loops = [store, other].map((instance) =>
        createPopulationLoop({ store: instance, refreshIntervalMs: 20, onError: () => {} }),
      );
      try {
        for (const loop of loops) await loop.start();
        const etagOf = async (request = new Request('http://127.0.0.1/api/prior')) =>
          (await (loops[1] as (typeof loops)[number]).handler(request)).headers.get('etag');
        // The job of one instance saves a prior: every loop serves it without a restart.
        for (const types of [1, 2]) {
          const before = await etagOf();
          const saved = await store.savePrior({ users: 60, types, prior: { mean: { humor: types / 4 } } });
          await vi.waitFor(
            () => expect(loops.map((loop) => loop.current?.version)).toEqual([saved.version, saved.version]),
            { timeout: 5_000 },
          );
          const probability = (persona: Persona | undefined) =>
            persona?.preferenceProbability({ humour: 1 }, { humour: -1 });
          expect(probability(loops[1]?.createPersona())).toBe(
            probability(createPersona({ prior: saved.prior })),
          );
          expect(probability(loops[1]?.createPersona())).toBeGreaterThan(0.5);
          // A browser holding the tag of the prior served before gets the new one, then revalidates it.
          const changed = await loops[1]?.handler(
            new Request('http://127.0.0.1/api/prior', { headers: { 'if-none-match': before ?? '"none"' } }),
          );
          expect(changed?.status).toBe(200);
          expect(await changed?.json()).toEqual(saved);
          const etag = changed?.headers.get('etag') ?? '';
          expect(etag).not.toBe(before);
          const same = await loops[1]?.handler(
            new Request('http://127.0.0.1/api/prior', { headers: { 'if-none-match': etag } }),
          );
          expect(same?.status).toBe(304);
        }
      } finally {
        for (const loop of loops) loop.stop();
        if (other !== store) await other.close();
      }
    });

    it("counts the users who stored comparisons since the fitting job's last run, and lets one caller claim each run", async () => {
      const other = harness.shared ? await harness.open() : store;
      try {
        expect(await store.claimFitRun(await store.lastFitRun())).toBe(true);
        const mark = await store.lastFitRun();
        expect(mark).not.toBeNull();
        expect(await other.usersComparedSince(mark)).toBe(0);
        const [a, b] = [user(), user()];
        await store.appendComparisonFeatures(a, [{ at: NOW, features: { humor: 1 } }]);
        await other.appendComparisonFeatures(b, [{ at: NOW - 60_000, features: { humor: -1 } }]);
        await store.appendComparisonFeatures(a, [{ at: NOW, features: { play: 1 } }]);
        expect(await other.usersComparedSince(mark)).toBe(2);
        expect(await store.usersComparedSince(null)).toBeGreaterThanOrEqual(2);
        // Two instances read the same mark and race to claim the run: exactly one wins.
        const claims = await Promise.all([store.claimFitRun(mark), other.claimFitRun(mark)]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.claimFitRun(mark)).toBe(false);
        expect(await store.usersComparedSince(await other.lastFitRun())).toBe(0);
      } finally {
        if (other !== store) await other.close();
      }
    });

    it('runs the job once per fitAfterUsers users, whichever instances over the store they came through', async () => {
      const other = harness.shared ? await harness.open() : store;
      const runs: string[] = [];
      const loops = [store, other].map((instance, n) =>
        createPopulationLoop({
          store: instance,
          minUsers: 1_000,
          fitAfterUsers: 4,
          onRun: () => runs.push(`instance ${n}`),
          onError: () => {},
        }),
      );
      const persona = createPersona();
      const compared = (at: number): Signal[] => [
        {
          kind: 'comparison',
          at,
          prompt: 'q',
          chosen: 'a',
          rejected: 'b',
          chosenStyle: { humour: 1 },
          rejectedStyle: { humour: -1 },
        },
      ];
      /** Records `count` new users, alternately through each instance, one at a time. */
      const arrive = async (count: number) => {
        for (let n = 0; n < count; n += 1) await loops[n % 2]?.record(user(), compared(NOW + n), persona);
      };
      try {
        await loops[0]?.fit();
        runs.length = 0;
        await arrive(3);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(runs).toEqual([]);
        await arrive(1);
        await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5_000 });
        await arrive(3);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(runs).toHaveLength(1);
        await arrive(1);
        await vi.waitFor(() => expect(runs).toHaveLength(2), { timeout: 5_000 });
      } finally {
        if (other !== store) await other.close();
      }
    });

    it('refuses calls once closed', async () => {
      const closing = await harness.open();
      await closing.close();
      await expectStoreError(closing.get(user()), 'store-closed');
      await expectStoreError(closing.update(user(), increment('a')), 'store-closed');
      await expectStoreError(closing.currentPrior(), 'store-closed');
    });
  });
}

import type { Signal } from '../../persona/signals';
import type { BucketState } from '../rate-limit/token-bucket';
import { assembleExport, createClosedFlag, type PersonaRecord, toStoredPersona } from './driver-steps';
import type { WriteOrigin } from './new-user-quota';
import type {
  AppendSignalsResult,
  ForgetResult,
  PersonaExport,
  PersonaStore,
  PersonaStoreOptions,
  PersonaUpdater,
} from './persona-store';
import { createMemoryPopulation } from './population-memory';
import type { PopulationStore } from './population-store';
import { createStorePolicy } from './store-policy';

interface SignalRecord {
  /** Receive order. */
  id: number;
  at: number;
  body: string;
  /** Bytes of `body` as UTF-8. */
  bytes: number;
  storedAt: number;
}

const encoder = new TextEncoder();
/** Export order: earlier `at`, then earlier receipt. */
const oldestFirst = (a: SignalRecord, b: SignalRecord) => a.at - b.at || a.id - b.id;

/**
 * A persona store held in process memory, for tests and single-process demos. It keeps JSON
 * text, exactly as the SQL drivers do, so callers never share objects with it.
 */
export function createMemoryPersonaStore(options: PersonaStoreOptions = {}): PersonaStore & PopulationStore {
  const policy = createStorePolicy(options);
  const personas = new Map<string, PersonaRecord>();
  const signals = new Map<string, SignalRecord[]>();
  /** The new-user bucket of each client network that added a user within the quota window. */
  const networks = new Map<string, BucketState>();
  let nextSignalId = 1;
  const lifecycle = createClosedFlag();
  const open = lifecycle.assertOpen;
  const toStored = (record: PersonaRecord) => toStoredPersona(policy, record);
  const {
    forgetUser,
    clear,
    enforceRetention: enforceFeatures,
    ...population
  } = createMemoryPopulation(policy, open);
  /** Counts a new user against `origin.network`'s quota; throws `new-user-quota` when it is spent. */
  const admitNewUser = (origin: WriteOrigin | undefined) => {
    const quota = policy.newUserQuota;
    if (quota === undefined || origin?.network === undefined) return;
    networks.set(origin.network, quota.take(networks.get(origin.network), policy.now()));
  };
  /** Applies retention to one user's list in place; returns how many were removed. */
  const enforceFor = (userId: string): number => {
    const list = signals.get(userId);
    if (list === undefined) return 0;
    const cutoff = policy.ageCutoff();
    const { maxCount, maxBytes } = policy.retention;
    const kept: SignalRecord[] = [];
    let bytes = 0;
    // Newest received first, as the SQL drivers' ring.
    for (const record of [...list].sort((a, b) => b.id - a.id)) {
      if (record.storedAt < cutoff || kept.length >= maxCount) continue;
      bytes += record.bytes;
      if (bytes > maxBytes) break;
      kept.push(record);
    }
    kept.sort(oldestFirst);
    if (kept.length === 0) signals.delete(userId);
    else signals.set(userId, kept);
    return list.length - kept.length;
  };

  return {
    driver: 'memory',
    ...population,
    async get(userId) {
      open();
      policy.checkUserId(userId);
      const record = personas.get(userId);
      return record === undefined ? null : toStored(record);
    },
    async update(userId, fn: PersonaUpdater, origin?: WriteOrigin) {
      open();
      policy.checkUserId(userId);
      const current = personas.get(userId);
      policy.checkCapacity(current !== undefined, personas.size);
      const { state, text } = policy.encodeUpdate(fn(current === undefined ? null : toStored(current)));
      if (current === undefined && !signals.has(userId)) admitNewUser(origin);
      const now = policy.now();
      const next: PersonaRecord = {
        state: text,
        revision: (current?.revision ?? 0) + 1,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      };
      personas.set(userId, next);
      return { state, revision: next.revision, updatedAt: now };
    },
    async appendSignals(
      userId,
      batch: readonly Signal[],
      origin?: WriteOrigin,
    ): Promise<AppendSignalsResult> {
      open();
      policy.checkUserId(userId);
      const prepared = policy.prepareSignals(batch);
      const known = personas.has(userId) || signals.has(userId);
      policy.checkCapacity(known, personas.size);
      if (!known && prepared.length > 0) admitNewUser(origin);
      const storedAt = policy.now();
      const list = signals.get(userId) ?? [];
      for (const signal of prepared) {
        const bytes = encoder.encode(signal.body).length;
        list.push({ id: nextSignalId++, at: signal.at, body: signal.body, bytes, storedAt });
      }
      if (list.length > 0) signals.set(userId, list);
      const pruned = enforceFor(userId);
      return { stored: prepared.length, pruned };
    },
    async export(userId): Promise<PersonaExport> {
      open();
      policy.checkUserId(userId);
      enforceFor(userId);
      return assembleExport(policy, 'memory', userId, personas.get(userId), signals.get(userId) ?? []);
    },
    async forget(userId): Promise<ForgetResult> {
      open();
      policy.checkUserId(userId);
      const result = { personas: personas.delete(userId) ? 1 : 0, signals: signals.get(userId)?.length ?? 0 };
      signals.delete(userId);
      forgetUser(userId);
      return result;
    },
    async enforceRetention() {
      open();
      let removed = 0;
      const expiredBefore = policy.personaCutoff();
      for (const [userId, persona] of [...personas]) {
        if (persona.updatedAt >= expiredBefore) continue;
        removed += 1 + (signals.get(userId)?.length ?? 0) + forgetUser(userId);
        personas.delete(userId);
        signals.delete(userId);
      }
      for (const userId of [...signals.keys()]) removed += enforceFor(userId);
      const idleSince = policy.now() - (policy.newUserQuota?.idleMs ?? 0);
      for (const [network, bucket] of networks) if (bucket.updatedAt < idleSince) networks.delete(network);
      return removed + enforceFeatures();
    },
    async close() {
      lifecycle.close();
      personas.clear();
      signals.clear();
      networks.clear();
      clear();
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createMemoryPersonaStore } from '../../../src/server/stores';
import { loadOptionalPeer } from '../../../src/server/stores/load-optional-peer';

describe('persona store options', () => {
  it('refuses impossible limits with a RangeError', () => {
    expect(() => createMemoryPersonaStore({ maxBatchSize: 0 })).toThrow(RangeError);
    expect(() => createMemoryPersonaStore({ maxStateBytes: 1.5 })).toThrow(
      'maxStateBytes must be a positive integer',
    );
    expect(() => createMemoryPersonaStore({ retention: { maxAgeMs: 0 } })).toThrow('retention.maxAgeMs');
    expect(() => createMemoryPersonaStore({ retention: { maxCount: 2.5 } })).toThrow('retention.maxCount');
    expect(() => createMemoryPersonaStore({ retention: { maxBytes: 0 } })).toThrow('retention.maxBytes');
    expect(() => createMemoryPersonaStore({ maxUsers: -1 })).toThrow('maxUsers must be a positive integer');
    for (const personaRetentionMs of [0, -1, Number.NaN]) {
      expect(() => createMemoryPersonaStore({ personaRetentionMs })).toThrow(
        'personaRetentionMs must be a positive number of milliseconds or Infinity',
      );
    }
    expect(() => createMemoryPersonaStore({ personaRetentionMs: Number.POSITIVE_INFINITY })).not.toThrow();
    for (const maxNewUsersPerNetwork of [0, 2.5, -1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => createMemoryPersonaStore({ maxNewUsersPerNetwork })).toThrow(
        'maxNewUsersPerNetwork must be a positive integer or false',
      );
    }
    for (const newUserWindowMs of [0, -1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => createMemoryPersonaStore({ newUserWindowMs })).toThrow(
        'newUserWindowMs must be a positive finite number',
      );
    }
    expect(() => createMemoryPersonaStore({ maxNewUsersPerNetwork: false })).not.toThrow();
  });

  it('honours a smaller batch limit', async () => {
    const store = createMemoryPersonaStore({ maxBatchSize: 2 });
    const signal = { kind: 'user-text', at: Date.now(), text: 'hi' } as const;
    await expect(store.appendSignals('u', [signal, signal, signal])).rejects.toThrow(
      'A batch holds at most 2 signals; got 3.',
    );
    expect(await store.appendSignals('u', [signal, signal])).toEqual({ stored: 2, pruned: 0 });
  });
});

describe('loadOptionalPeer', () => {
  it('names the package to install when a driver dependency is missing', async () => {
    await expect(
      loadOptionalPeer('attune-missing-driver', '1', () => import('attune-missing-driver' as string)),
    ).rejects.toThrow('npm install attune-missing-driver@1');
  });

  it('says a store needs Node.js where the runtime cannot import packages (Next.js Edge)', async () => {
    // What `import()` throws in Next.js's Edge runtime.
    const edge = Object.assign(new TypeError('A dynamic import callback was not specified.'), {
      code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
    });
    const failure = loadOptionalPeer('better-sqlite3', '12', () => Promise.reject(edge));
    await expect(failure).rejects.toThrow('This persona store needs Node.js');
    await expect(failure).rejects.toMatchObject({ cause: edge });
  });

  it('passes other failures through', async () => {
    const failure = new Error('native module failed to load');
    await expect(loadOptionalPeer('pg', '8', () => Promise.reject(failure))).rejects.toBe(failure);
  });
});

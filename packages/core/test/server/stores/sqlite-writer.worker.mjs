// Runs in a worker thread: opens its own connection to the SQLite file and races the other
// workers (released together by a shared-memory barrier) to update one user's persona.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createSqlitePersonaStore } = await import('../../../src/server/stores/sqlite-store.ts');

const { filename, userId, writes, name, barrier, parties } = workerData;
const store = await createSqlitePersonaStore({ filename });
const gate = new Int32Array(barrier);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
for (let arrived = Atomics.load(gate, 0); arrived < parties; arrived = Atomics.load(gate, 0)) {
  Atomics.wait(gate, 0, arrived, 1000);
}
await Promise.all(
  Array.from({ length: writes }, (_, index) =>
    store.update(userId, (current) => {
      const state = current?.state ?? { version: 1, count: 0, seen: [] };
      return { state: { version: 1, count: state.count + 1, seen: [...state.seen, `${name}-${index}`] } };
    }),
  ),
);
await store.close();
parentPort.postMessage('done');

/**
 * The population loop at deployment scale: `npx tsx test/bench/population.ts [file.json]`.
 * - fit: fitting 100,000 users × 4 comparisons (feature rows resampled from the P-Soups file's
 *   users, as the store keeps them) with `fitMixturePriorFromRows`; target ≤ 60 s; and the
 *   job's gate (`judgeNewPrior`) on the same users.
 * - deployment: the file's users stream one at a time through the persona handlers of a server
 *   with a population loop (memory store); the fitting job runs after every 50 arrivals (its
 *   schedule, counted in arrivals; `--every 10` runs it after every 10, as the loop's
 *   `fitAfterUsers: 10` does), uses no prior before 50 users and serves a new prior only
 *   when its gate passes. Each user's 1 and 4 shots are sent, their held-out pair is predicted
 *   from the server's persona, then sent too (deployed users' choices feed the next fit); the
 *   same shots fed to a persona with no prior give each stage's cold start. Accuracy is
 *   reported for the users arriving after 0, 50, 200 and 500 others (the prior for each was
 *   fitted only from earlier users), for each 50 arrivals in turn, and every run of the job
 *   (when it ran, its verdict) is listed: how soon the job notices users of a new kind.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { detectAttributes } from '../../packages/core/src/detectors';
import { seededRandom } from '../../packages/core/src/numeric/seeded-random';
import { fitMixturePriorFromRows } from '../../packages/core/src/persona/mixture-prior';
import { createPersona } from '../../packages/core/src/persona/persona';
import { comparisonRows } from '../../packages/core/src/persona/population-prior';
import type { ComparisonSignal } from '../../packages/core/src/persona/signals';
import { createPersonaHandlers, createPersonaRecorder } from '../../packages/core/src/server/handler';
import { createPopulationLoop } from '../../packages/core/src/server/population';
import { judgeNewPrior } from '../../packages/core/src/server/population/prior-gate';
import { createMemoryPersonaStore } from '../../packages/core/src/server/stores';
import { loadPsoups, type PsoupsCase, wilson95 } from './psoups-data';

const DEV_FILE = '../shared/data/p-soups/friendly_unfriendly.json';
/** Arrivals per row of the simulation's arrival-by-arrival table. */
const WINDOW = 50;

const signalsOf = (c: PsoupsCase): ComparisonSignal[] =>
  [...c.feedback, c].map((f, i) => ({
    kind: 'comparison',
    at: Date.now() + i,
    prompt: f.prompt,
    chosen: f.chosen,
    rejected: f.rejected,
  }));

/** Seconds to fit `users` users × 4 comparisons, and what the fit chose. */
export function fitAtScale(file = DEV_FILE, users = 100_000) {
  const cases = loadPsoups(file);
  const { ids, userRows } = comparisonRows(cases.map(signalsOf), { detect: detectAttributes });
  const random = seededRandom(12345);
  const population = Array.from({ length: users }, () => {
    const own = userRows[Math.floor(random() * userRows.length)] ?? [];
    return own.slice(0, 4);
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const fitted = fitMixturePriorFromRows(population, ids, { detect: detectAttributes });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  // The job's gate on the same users (the resampled users' order stands for their arrival).
  const gateStart = performance.now();
  const gate = judgeNewPrior(population, ids, { detect: detectAttributes }, { prior: fitted.prior, users });
  return {
    users,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    gateSeconds: (performance.now() - gateStart) / 1000,
    gateVerdict: gate.verdict,
    types: fitted.types,
    kind: fitted.kind,
  };
}

/** Accuracy of users streaming through a server with the population loop, by how many arrived before them. */
export async function simulateDeployment(file = DEV_FILE, every = 50, order: 'file' | 'shuffled' = 'file') {
  const store = createMemoryPersonaStore({ retention: { maxCount: 1_000 } });
  const loop = createPopulationLoop({ store, persona: { detect: detectAttributes } });
  let userId = '';
  const handlers = createPersonaHandlers({ store, population: loop, getUserId: () => userId });
  const recorder = createPersonaRecorder(store, loop.createPersona);
  const send = async (signals: ComparisonSignal[]) => {
    const response = await handlers.signals(
      new Request('http://127.0.0.1/api/signals', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ signals }),
      }),
    );
    if (response.status !== 200) throw new Error(`signals: ${response.status} ${await response.text()}`);
  };
  const bins = [
    { from: 0, to: 50 },
    { from: 50, to: 200 },
    { from: 200, to: 500 },
    { from: 500, to: Number.POSITIVE_INFINITY },
  ].map((bin) => ({
    ...bin,
    users: 0,
    one: 0,
    four: 0,
    coldOne: 0,
    coldFour: 0,
    types: new Set<number>(),
    verdicts: new Set<string>(),
  }));
  const cases = loadPsoups(file);
  if (order === 'shuffled') {
    const random = seededRandom(99);
    for (let i = cases.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [cases[i], cases[j]] = [cases[j] as PsoupsCase, cases[i] as PsoupsCase];
    }
  }
  const windows = Array.from({ length: Math.ceil(cases.length / WINDOW) }, (_, w) => ({
    from: w * WINDOW,
    users: 0,
    one: 0,
    four: 0,
    coldOne: 0,
    coldFour: 0,
    versions: new Set<string>(),
  }));
  const runs: Array<{
    afterArrivals: number;
    verdict: string;
    types: number | null;
    version: number | null;
  }> = [];
  let fits = 0;
  for (const [arrival, c] of cases.entries()) {
    if (arrival > 0 && arrival % every === 0) {
      if (await loop.fit()) fits += 1;
      const run = loop.lastRun;
      if (run)
        runs.push({
          afterArrivals: arrival,
          verdict: run.verdict,
          types: loop.current?.types ?? null,
          version: run.version,
        });
    }
    userId = `user-${arrival}`;
    const signals = signalsOf(c);
    const bin = bins.find((b) => arrival >= b.from && arrival < b.to);
    const window = windows[Math.floor(arrival / WINDOW)];
    if (!bin || !window) continue;
    bin.users += 1;
    window.users += 1;
    window.versions.add(
      loop.current ? `${loop.current.version}${loop.current.types === 0 ? ' (cold)' : ''}` : 'none',
    );
    bin.types.add(loop.current?.types ?? -1);
    if (loop.lastRun) bin.verdicts.add(loop.lastRun.verdict);
    const score = (p: number) => (p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0);
    const hit = async () =>
      score((await recorder.read(userId))?.preferenceProbability(c.chosen, c.rejected) ?? 0.5);
    // The same user with no prior (cold start), fed the same shots: each stage's own baseline.
    const cold = createPersona({ detect: detectAttributes });
    await send(signals.slice(0, 1));
    const one = await hit();
    cold.observe(signals[0] as ComparisonSignal);
    const coldOne = score(cold.preferenceProbability(c.chosen, c.rejected));
    await send(signals.slice(1, 4));
    const four = await hit();
    for (const signal of signals.slice(1, 4)) cold.observe(signal);
    const coldFour = score(cold.preferenceProbability(c.chosen, c.rejected));
    await send(signals.slice(4));
    for (const tally of [bin, window]) {
      tally.one += one;
      tally.coldOne += coldOne;
      tally.four += four;
      tally.coldFour += coldFour;
    }
  }
  return {
    fits,
    priorVersion: loop.current?.version ?? 0,
    bins: bins
      .filter((b) => b.users > 0)
      .map((b) => ({
        arrivedAfter: b.from,
        users: b.users,
        oneShot: b.one / b.users,
        oneShotCi95: wilson95(b.one, b.users),
        fourShots: b.four / b.users,
        fourShotsCi95: wilson95(b.four, b.users),
        coldStart: { oneShot: b.coldOne / b.users, fourShots: b.coldFour / b.users },
        priorTypes: [...b.types].map((t) => (t < 0 ? 'none (cold start)' : String(t))).join('/'),
        gateVerdicts: [...b.verdicts].join('/'),
      })),
    windows: windows.map((w) => ({
      arrivals: `${w.from}–${w.from + w.users - 1}`,
      oneShot: w.one / w.users,
      fourShots: w.four / w.users,
      coldStart: { oneShot: w.coldOne / w.users, fourShots: w.coldFour / w.users },
      priorVersions: [...w.versions].join(', '),
    })),
    runs,
  };
}

/** Rows for `npm run bench`. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const scale = fitAtScale();
  const deployment = await simulateDeployment();
  return [
    {
      case: `fit ${scale.users} users × 4 comparisons`,
      seconds: Number(scale.seconds.toFixed(1)),
      gateSeconds: Number(scale.gateSeconds.toFixed(1)),
      types: scale.types,
    },
    ...deployment.bins.map((b) => ({
      case: `deployment: users after ${b.arrivedAfter} others`,
      users: b.users,
      oneShot: b.oneShot,
      fourShots: b.fourShots,
      coldStartOneShot: b.coldStart.oneShot,
      coldStartFourShots: b.coldStart.fourShots,
      priorTypes: b.priorTypes,
      gateVerdicts: b.gateVerdicts,
    })),
  ];
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--every') ?? DEV_FILE;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  if (!argv.includes('--no-scale')) {
    const scale = fitAtScale(file);
    console.log(
      `fit: ${scale.users} users × 4 comparisons in ${scale.seconds.toFixed(1)} s, ${scale.cpuSeconds.toFixed(1)} s of CPU (target ≤ 60 s); chose ${scale.kind}, K = ${scale.types} (+ the catch-all type); the job's gate took ${scale.gateSeconds.toFixed(1)} s more (${scale.gateVerdict})`,
    );
  }
  const order = argv.includes('--shuffled') ? 'shuffled' : 'file';
  const everyAt = argv.indexOf('--every');
  const every = everyAt >= 0 ? Number(argv[everyAt + 1]) : 50;
  if (!(Number.isInteger(every) && every >= 1)) throw new RangeError('--every needs a positive integer');
  const deployment = await simulateDeployment(file, every, order);
  console.log(
    `deployment (${file}, users in ${order === 'file' ? 'file order' : 'a seeded random order'}): users stream through the server one at a time; the job runs after every ${every} arrivals (no prior below 50 users) and serves a new prior only when its gate passes (a prior fitted without the newest users predicts their comparisons on pairs it never saw, and, on their own, those of the users the served prior never saw and of those who arrived since the last run, no worse than the cold start, and the prior served before), so each user's prior comes only from earlier users; ${deployment.fits} runs with a prior current after them; "cold start" is the same users with no prior`,
  );
  console.table(
    deployment.bins.map((b) => ({
      'arrived after': b.arrivedAfter,
      users: b.users,
      '1 shot': `${pct(b.oneShot)} (${pct(b.oneShotCi95[0])} – ${pct(b.oneShotCi95[1])})`,
      '4 shots': `${pct(b.fourShots)} (${pct(b.fourShotsCi95[0])} – ${pct(b.fourShotsCi95[1])})`,
      'cold start 1 / 4': `${pct(b.coldStart.oneShot)} / ${pct(b.coldStart.fourShots)}`,
      'prior K': b.priorTypes,
      'gate verdicts': b.gateVerdicts,
    })),
  );
  console.log(`by arrival, ${WINDOW} users at a time (prior version in use; "(cold)" = withdrawn):`);
  console.table(
    deployment.windows.map((w) => ({
      arrivals: w.arrivals,
      '1 / 4 shots': `${pct(w.oneShot)} / ${pct(w.fourShots)}`,
      'cold start 1 / 4': `${pct(w.coldStart.oneShot)} / ${pct(w.coldStart.fourShots)}`,
      'prior versions': w.priorVersions,
    })),
  );
  console.log(
    `runs of the job (after N arrivals: verdict, K of the prior current after it): ${deployment.runs
      .map((r) => `${r.afterArrivals}: ${r.verdict}${r.types === null ? '' : ` K=${r.types}`}`)
      .join('; ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main(process.argv.slice(2));

/**
 * P-Soups benchmark: `npm run bench:psoups -- <file.json> [--shots 1,2,4] [--folds 5]
 * [--folds-by user|pair] [--seed 1] [--json]`. For each case (one user) the earlier comparisons are fed as
 * signals, then the held-out pair is predicted. The population prior is fitted k-fold by user:
 * each fold is scored with a prior learned only from the other folds' users, from all of their
 * comparisons. With folds by pair, users who share a held-out pair share a fold (see `foldsOf`).
 * The table shows both (folds by user, then by pair) unless `--folds-by` names one; `--json`
 * prints the report of one (by user unless `--folds-by pair`). `--seed` seeds the mixture's fit
 * (type starts and inner splits; 1 by default).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createPersona } from '@attune/core';
import {
  type ComparisonSignal,
  fitMixturePrior,
  fitPopulationPrior,
  type PersonaPrior,
} from '@attune/core/alignment';
import { detectAttributes } from '../../packages/core/src/detectors';
import { type FoldsBy, foldsOf, loadPsoups, type PsoupsCase, wilson95 } from './psoups-data';

/** Accuracy at each shot count, in fractions. */
export type ShotResults = Array<{ shots: number; accuracy: number; ci95: [number, number] }>;

/** Result of one benchmark run, in fractions. `results` are the mixture prior's (the deployed prior). */
export interface PsoupsReport {
  file: string;
  cases: number;
  /** How users were split into folds (see `foldsOf`). */
  foldsBy: FoldsBy;
  results: ShotResults;
  /** The three priors side by side: none (cold start), one Gaussian, the mixture of user types. */
  priors: { coldStart: ShotResults; single: ShotResults; mixture: ShotResults };
  /** Number of user types the mixture chose in each fold (0 = cold start, 1 = single Gaussian), the catch-all type not counted. */
  typesPerFold: number[];
  baselines: { coin: number; longer: number; noHistory: number };
  timing: { updateMicros: number; updateMicrosWithoutDetection: number; predictMicros: number };
  /** Largest serialized persona state after the most shots, in bytes. */
  maxStateBytes: number;
  prior: string;
}

const comparisonsOf = (c: PsoupsCase): ComparisonSignal[] =>
  c.feedback.map((f, i) => ({
    kind: 'comparison',
    at: i,
    prompt: f.prompt,
    chosen: f.chosen,
    rejected: f.rejected,
  }));

const everyComparisonOf = (c: PsoupsCase): ComparisonSignal[] => [
  ...comparisonsOf(c),
  { kind: 'comparison', at: c.feedback.length, prompt: c.prompt, chosen: c.chosen, rejected: c.rejected },
];

interface Clock {
  update: number;
  updates: number;
  bare: number;
  bares: number;
}

const twins = new Map<PersonaPrior | undefined, ReturnType<typeof createPersona>>();

function feed(c: PsoupsCase, shots: number, prior: PersonaPrior | undefined, clock?: Clock) {
  const persona = createPersona({ prior, detect: detectAttributes });
  comparisonsOf(c)
    .slice(0, shots)
    .forEach((signal) => {
      const start = performance.now();
      persona.observe(signal);
      if (!clock) return;
      clock.update += performance.now() - start;
      clock.updates += 1;
      // The same update on a long-lived twin with both texts already detected (cached): the estimator alone.
      let twin = twins.get(prior);
      if (!twin) {
        twin = createPersona({ prior, detect: detectAttributes });
        twins.set(prior, twin);
      }
      twin.featureDifference(signal.chosen, signal.rejected);
      const bare = performance.now();
      twin.observe(signal);
      clock.bare += performance.now() - bare;
      clock.bares += 1;
    });
  return persona;
}

/** Runs the benchmark on a P-Soups file. */
export function runPsoups(
  file: string,
  shotCounts: readonly number[] = [1, 2, 4],
  folds = 5,
  foldsBy: FoldsBy = 'user',
  seed = 1,
): PsoupsReport {
  const cases = loadPsoups(file);
  const fold = foldsOf(cases, folds, foldsBy);
  const foldOf = (i: number) => fold[i] as number;
  // Per fold, priors learned only from the other folds' users, from all of their comparisons
  // (held-out pair included): other folds' users are fully known, the scored user not at all.
  const fitted = Array.from({ length: folds }, (_, k) => {
    const training = cases.filter((_, i) => foldOf(i) !== k).map(everyComparisonOf);
    return {
      single: fitPopulationPrior(training, { detect: detectAttributes }),
      mixture: fitMixturePrior(training, { detect: detectAttributes, seed }),
    };
  });
  const clock = { update: 0, updates: 0, bare: 0, bares: 0, predict: 0, predictions: 0 };
  const correct = (persona: ReturnType<typeof createPersona>, c: PsoupsCase) => {
    const start = performance.now();
    const p = persona.preferenceProbability(c.chosen, c.rejected);
    clock.predict += performance.now() - start;
    clock.predictions += 1;
    return p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0;
  };
  let maxStateBytes = 0;
  const score = (priorOf: (fold: number) => PersonaPrior | undefined, timed: boolean): ShotResults =>
    shotCounts.map((shots) => {
      let hits = 0;
      cases.forEach((c, i) => {
        const persona = feed(c, shots, priorOf(foldOf(i)), timed ? clock : undefined);
        if (timed) maxStateBytes = Math.max(maxStateBytes, JSON.stringify(persona.toJSON()).length);
        hits += correct(persona, c);
      });
      return { shots, accuracy: hits / cases.length, ci95: wilson95(hits, cases.length) };
    });
  const mixtureOf = (fold: number) => fitted[fold]?.mixture.prior;
  const priors = {
    coldStart: score(() => undefined, false),
    single: score((fold) => fitted[fold]?.single, false),
    mixture: score(mixtureOf, true),
  };
  let noHistory = 0;
  let longer = 0;
  cases.forEach((c, i) => {
    noHistory += correct(feed(c, 0, mixtureOf(foldOf(i))), c);
    longer += c.chosen.length > c.rejected.length ? 1 : c.chosen.length === c.rejected.length ? 0.5 : 0;
  });
  return {
    file,
    cases: cases.length,
    foldsBy,
    results: priors.mixture,
    priors,
    typesPerFold: fitted.map((f) => f.mixture.types),
    baselines: { coin: 0.5, longer: longer / cases.length, noHistory: noHistory / cases.length },
    timing: {
      updateMicros: (clock.update * 1000) / clock.updates,
      updateMicrosWithoutDetection: (clock.bare * 1000) / clock.bares,
      predictMicros: (clock.predict * 1000) / clock.predictions,
    },
    maxStateBytes,
    prior: `every prior fitted ${folds}-fold by user${foldsBy === 'pair' ? ' (users who share a held-out pair in the same fold, so no scored pair was seen in fitting)' : ''}: each case is scored with priors learned only from the other folds' users (all their comparisons, held-out pair included), nothing of the scored user. Cold start: no prior. Single: one Gaussian (empirical Bayes) with a population factor whose scale an inner 2-fold split chooses, scored only on comparisons whose pair its fit never saw. Mixture (results): user types fitted by classification EM (each type fitted like the single prior on its users, users assigned by the evidence of each type's own mean and variance, started along the top between-user agreement directions, EM seed ${seed}), plus a catch-all type (the cold start's mean and variance, at least 20 % of users); the number of types (0 = cold start, 1 = single) chosen by held-out likelihood on 5 random inner 2-fold splits of the training users, scored only on comparisons whose pair (feature-difference row) the fit never saw: among the candidates that, at every shot count, predict at least as many of those held-out comparisons right as the cold start on the splits pooled and fewer on at most one split, the fewest within one standard error of the best`,
  };
}

/**
 * Rows for `npm run bench` (development file): folds by user, then the memorization check with
 * users who share a held-out pair in the same fold.
 */
export function bench(): Array<Record<string, string | number>> {
  return (['user', 'pair'] as const).flatMap((foldsBy) => {
    const report = runPsoups('../shared/data/p-soups/friendly_unfriendly.json', [1, 2, 4], 5, foldsBy);
    return report.results.map((r, i) => ({
      bench: 'psoups',
      file: report.file,
      foldsBy: report.foldsBy,
      shots: r.shots,
      accuracy: r.accuracy,
      ci95: `${r.ci95[0].toFixed(3)}-${r.ci95[1].toFixed(3)}`,
      coldStart: report.priors.coldStart[i]?.accuracy ?? Number.NaN,
      singlePrior: report.priors.single[i]?.accuracy ?? Number.NaN,
      prior: `mixture (K per fold ${report.typesPerFold.join('/')}, + the catch-all type), fitted 5-fold by user${foldsBy === 'pair' ? ', users sharing a held-out pair in one fold' : ''}`,
      updateMicros: report.timing.updateMicros,
      updateMicrosWithoutDetection: report.timing.updateMicrosWithoutDetection,
    }));
  });
}

function main(argv: string[]): void {
  const file = argv.find(
    (a, i) =>
      !a.startsWith('--') && !['--shots', '--folds', '--folds-by', '--seed'].includes(argv[i - 1] ?? ''),
  );
  if (!file) {
    console.error(
      'usage: npm run bench:psoups -- <file.json> [--shots 1,2,4] [--folds 5] [--folds-by user|pair] [--seed 1] [--json]',
    );
    process.exit(2);
  }
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const shots = (option('--shots') ?? '1,2,4').split(',').map(Number);
  if (shots.some((s) => !Number.isInteger(s) || s < 0))
    throw new Error('--shots takes non-negative integers, e.g. 1,2,4');
  const named = option('--folds-by');
  if (named !== undefined && named !== 'user' && named !== 'pair')
    throw new Error('--folds-by takes user or pair');
  const foldsBy: FoldsBy | undefined = named;
  const folds = Number(option('--folds') ?? 5);
  const seed = Number(option('--seed') ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
  if (argv.includes('--json')) {
    console.log(JSON.stringify(runPsoups(file, shots, folds, foldsBy ?? 'user', seed)));
    return;
  }
  for (const by of foldsBy ? [foldsBy] : (['user', 'pair'] as const))
    printReport(runPsoups(file, shots, folds, by, seed));
}

function printReport(report: PsoupsReport): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const cell = (r: ShotResults[number] | undefined) =>
    r ? `${pct(r.accuracy)} (${pct(r.ci95[0])} – ${pct(r.ci95[1])})` : '';
  console.log(`${report.file}: ${report.cases} cases, folds by ${report.foldsBy}; ${report.prior}`);
  console.table(
    report.results.map((r, i) => ({
      shots: r.shots,
      'cold start': cell(report.priors.coldStart[i]),
      'single prior': cell(report.priors.single[i]),
      'mixture (results)': cell(r),
    })),
  );
  console.log(
    `folds by ${report.foldsBy}: user types chosen per fold ${report.typesPerFold.join(', ')} (0 = cold start, 1 = single prior; each prior also has the catch-all type)`,
  );
  console.log(
    `baselines: coin ${pct(report.baselines.coin)}, longer wins ${pct(report.baselines.longer)}, no history (mixture) ${pct(report.baselines.noHistory)}`,
  );
  console.log(
    `timing: update ${report.timing.updateMicros.toFixed(1)} µs with detection, ${report.timing.updateMicrosWithoutDetection.toFixed(1)} µs without; predict ${report.timing.predictMicros.toFixed(1)} µs; largest persona state ${report.maxStateBytes} bytes`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));

/**
 * Which number of user types the mixture's fit chooses on a P-Soups file, and what each number
 * would have scored: `npx tsx test/bench/psoups-types.ts <file.json> [--folds-by user|pair]
 * [--seed 1] [--max-types 4]`. Per outer fold (as in `bench:psoups`), the inner scores of every
 * candidate K (held-out log-likelihood, accuracy per shot count, whether the rule let it be
 * chosen), the K chosen, and the outer accuracy of the chosen prior and of a prior fitted with
 * each K fixed (`types`). So a loss can be put on the choice of K, on the mixture at a given K,
 * or on the rule. Reads only what `loadPsoups` keeps.
 */
import { pathToFileURL } from 'node:url';
import { createPersona } from '@attune/core';
import { type ComparisonSignal, fitMixturePrior, type PersonaPrior } from '@attune/core/alignment';
import { detectAttributes } from '../../packages/core/src/detectors';
import { type FoldsBy, foldsOf, loadPsoups, type PsoupsCase } from './psoups-data';

const SHOTS = [1, 2, 4];

const signalsOf = (c: PsoupsCase, withHeld: boolean): ComparisonSignal[] =>
  [...c.feedback, ...(withHeld ? [c] : [])].map((f, i) => ({
    kind: 'comparison',
    at: i,
    prompt: f.prompt,
    chosen: f.chosen,
    rejected: f.rejected,
  }));

/** Right predictions of the held-out pairs of `cases` after each shot count of `SHOTS`. */
function hitsOf(cases: readonly PsoupsCase[], prior: PersonaPrior): number[] {
  return SHOTS.map((shots) =>
    cases.reduce((hits, c) => {
      const persona = createPersona({ prior, detect: detectAttributes });
      for (const signal of signalsOf(c, false).slice(0, shots)) persona.observe(signal);
      const p = persona.preferenceProbability(c.chosen, c.rejected);
      return hits + (p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0);
    }, 0),
  );
}

function main(argv: string[]): void {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = argv[0];
  if (!file || file.startsWith('--')) {
    console.error(
      'usage: npx tsx test/bench/psoups-types.ts <file.json> [--folds-by user|pair] [--seed 1] [--max-types 4]',
    );
    process.exit(2);
  }
  const foldsBy = (option('--folds-by') ?? 'user') as FoldsBy;
  const seed = Number(option('--seed') ?? 1);
  const maxTypes = Number(option('--max-types') ?? 4);
  const folds = 5;
  const cases = loadPsoups(file);
  const fold = foldsOf(cases, folds, foldsBy);
  const pct = (hits: number, n: number) => ((hits / n) * 100).toFixed(1);
  const chosenTotal = SHOTS.map(() => 0);
  const fixedTotal = Array.from({ length: maxTypes + 1 }, () => SHOTS.map(() => 0));
  for (let k = 0; k < folds; k += 1) {
    const training = cases.filter((_, i) => fold[i] !== k).map((c) => signalsOf(c, true));
    const held = cases.filter((_, i) => fold[i] === k);
    const started = Date.now();
    const fit = fitMixturePrior(training, { detect: detectAttributes, seed });
    const seconds = (Date.now() - started) / 1000;
    const chosen = hitsOf(held, fit.prior);
    chosen.forEach((hits, s) => {
      chosenTotal[s] = (chosenTotal[s] as number) + hits;
    });
    console.log(
      `fold ${k}: ${held.length} held-out users, chose K = ${fit.types} in ${seconds.toFixed(1)} s; outer ${chosen.map((h) => pct(h, held.length)).join(' / ')} %`,
    );
    for (const score of fit.scores)
      console.log(
        `  inner K=${score.types}: ll ${score.logLikelihood.toFixed(4)}, acc ${score.accuracy.map((a) => (a * 100).toFixed(1)).join(' / ')}, eligible ${score.notWorseThanColdStart}`,
      );
    for (let types = 0; types <= maxTypes; types += 1) {
      const fixed = fitMixturePrior(training, { detect: detectAttributes, seed, types });
      const hits = hitsOf(held, fixed.prior);
      hits.forEach((h, s) => {
        const row = fixedTotal[types] as number[];
        row[s] = (row[s] as number) + h;
      });
      console.log(
        `  outer K=${types} fixed (fitted ${fixed.types}): ${hits.map((h) => pct(h, held.length)).join(' / ')} %`,
      );
    }
  }
  console.log(
    `${file}, folds by ${foldsBy}, seed ${seed}: chosen ${chosenTotal.map((h) => pct(h, cases.length)).join(' / ')} %`,
  );
  fixedTotal.forEach((row, types) => {
    console.log(`  K=${types} in every fold: ${row.map((h) => pct(h, cases.length)).join(' / ')} %`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));

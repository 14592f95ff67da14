import { readFileSync } from 'node:fs';
import { z } from 'zod';

const pair = z.object({ prompt: z.string(), chosen: z.string(), rejected: z.string() });

/** One P-Soups case: a user's earlier comparisons and the held-out pair. `ground_truth_persona` is never read. */
export interface PsoupsCase {
  prompt: string;
  chosen: string;
  rejected: string;
  feedback: Array<z.infer<typeof pair>>;
}

const caseSchema = pair.extend({ 'Pair-wise Comparative Feedback': z.array(pair) });

/** Loads a file in the P-Soups format (see shared/data/README.md), keeping only the fields an estimator may use. */
export function loadPsoups(path: string): PsoupsCase[] {
  const parsed = z.array(caseSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not in the P-Soups format at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data.map((c) => ({
    prompt: c.prompt,
    chosen: c.chosen,
    rejected: c.rejected,
    feedback: c['Pair-wise Comparative Feedback'],
  }));
}

/** How the benchmarks split users into folds: `user` (every user on their own) or `pair` (users who share a held-out pair together). */
export type FoldsBy = 'user' | 'pair';

/**
 * The fold of each case. `user`: round robin over the cases. `pair`: cases whose held-out
 * pair has the same two texts (in either order) share a fold, round robin over the distinct
 * pairs, so no scored pair was seen, with its answer, in the users a prior was fitted on.
 * Files in the P-Soups format reuse a few pairs across many users; `pair` is the check that
 * a figure does not come from remembering them.
 */
export function foldsOf(cases: readonly PsoupsCase[], folds: number, by: FoldsBy): number[] {
  if (by === 'user') return cases.map((_, i) => i % folds);
  const pairs = new Map<string, number>();
  return cases.map((c) => {
    const key = [c.chosen, c.rejected].sort().join('\u0000');
    let index = pairs.get(key);
    if (index === undefined) {
      index = pairs.size;
      pairs.set(key, index);
    }
    return index % folds;
  });
}

/** Wilson 95 % interval of a proportion. */
export function wilson95(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z95 = 1.959964;
  const p = successes / n;
  const denominator = 1 + (z95 * z95) / n;
  const centre = (p + (z95 * z95) / (2 * n)) / denominator;
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + (z95 * z95) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

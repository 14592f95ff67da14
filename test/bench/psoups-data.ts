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

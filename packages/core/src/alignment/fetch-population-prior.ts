import * as v from 'valibot';
import type { PersonaPrior } from '../persona/persona';

/** Where a browser gets the deployment's population prior (the server's `createPopulationLoop().handler`). */
export interface PopulationPriorSource {
  /** URL of the GET endpoint, e.g. `/api/prior`. */
  url: string;
  /** A prior fitted longer ago than this is stale and ignored, in ms. Default 30 days. */
  maxAgeMs?: number;
  /** The fetch to use. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

const finite = v.pipe(v.number(), v.finite());
const levels = v.record(v.string(), finite);
/**
 * The served prior (`StoredPrior` of `@attune/core/server`) in the formats this version
 * reads: 2 (types may carry their own variance) and 1 (no `format`: saved before formats
 * existed). Any other format is refused, so the persona starts cold.
 */
const priorSchema = v.object({
  format: v.optional(v.picklist([1, 2])),
  fittedAt: finite,
  prior: v.object({
    mean: v.optional(levels),
    variance: v.optional(v.union([levels, finite])),
    factors: v.optional(v.array(v.object({ loadings: levels }))),
    types: v.optional(
      v.array(v.object({ weight: finite, shift: levels, variance: v.optional(v.union([levels, finite])) })),
    ),
  }),
});

const THIRTY_DAYS = 30 * 24 * 3_600_000;

/**
 * Fetches the deployment's population prior. Resolves `undefined`, never rejects, when it is
 * missing (none fitted yet: 204; 404, network error), malformed, in a format this version cannot read, or stale:
 * the persona then starts cold.
 */
export async function fetchPopulationPrior(source: PopulationPriorSource): Promise<PersonaPrior | undefined> {
  try {
    const response = await (source.fetch ?? globalThis.fetch)(source.url, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok || response.status === 204) return undefined;
    const parsed = v.safeParse(priorSchema, await response.json());
    if (!parsed.success) return undefined;
    const age = (source.now ?? Date.now)() - parsed.output.fittedAt;
    return age <= (source.maxAgeMs ?? THIRTY_DAYS) ? parsed.output.prior : undefined;
  } catch {
    return undefined;
  }
}

import type { PersonaPrior } from '../../persona/persona';

/** One comparison as fitting needs it: the feature difference (chosen − rejected) per dimension id, never text. */
export interface ComparisonFeatures {
  /** When the server received the comparison (ms since epoch; the population loop stamps it, never the client's `at`). */
  at: number;
  /**
   * Where it came from: a bucket number (0 to 2^24 − 1) of the client address, so the fitting job
   * can count one address posing as many visitors once (see `maxUsersPerAddress`). Absent when the
   * address is unknown: the user is then its own source.
   */
  source?: number;
  /** Dimension id → level of the difference; zero dimensions left out. */
  features: Record<string, number>;
}

/**
 * The format of the priors stores save and the prior endpoint serves: 2 since user types may
 * carry their own variance (the catch-all type) and a prior records its validation. Priors
 * saved before formats existed read as format 1 (they still load: their types share the
 * prior's variance); a store refuses a prior of any other format with `unsupported-prior-format`.
 */
export const PRIOR_FORMAT = 2;

/** What the fitting job's gate found before serving a prior (see `createPopulationLoop`). */
export interface PriorValidation {
  /**
   * `served`: a prior fitted without the newest users predicted them no worse than the cold
   * start and the prior served before; `withdrawn`: neither it nor the prior served before
   * did, so this version is the cold start (an empty prior).
   */
  verdict: 'served' | 'withdrawn';
  /** Why, in a sentence. */
  reason: string;
  /** The newest users held out to judge it (a prior fitted without them was scored on them). */
  heldOutUsers: number;
  /**
   * Accuracy on the held-out users' scored comparisons (those on pairs the judged fit never saw)
   * per shot count (index = comparisons seen before): the new prior's, the cold start's and
   * (when one was served) the previous prior's, on those of them whose pair its own fit never
   * saw either, or, when it saw every pair, on the held-out users it never saw; `null` at a shot
   * count with none scored (for the previous prior, everywhere when it saw every pair and user).
   */
  accuracy: { fitted: (number | null)[]; coldStart: (number | null)[]; previous?: (number | null)[] };
}

/** A fitted population prior as stored: versioned, with how it was fitted. */
export interface StoredPrior {
  /** The format it was saved in: {@link PRIOR_FORMAT}, or 1 for priors saved before formats existed. */
  format: 1 | typeof PRIOR_FORMAT;
  /** 1 for the first prior a store saves, then one more for each. */
  version: number;
  /** When it was saved (ms since epoch). */
  fittedAt: number;
  /** Users it was fitted from. */
  users: number;
  /** User types it has (0 = cold start, 1 = one Gaussian), the catch-all type not counted. */
  types: number;
  prior: PersonaPrior;
  /** The gate's verdict on it; absent on priors saved without one. */
  validation?: PriorValidation;
}

/** What a store needs to save a prior; it assigns `format`, `version` and `fittedAt`. */
export type PriorToSave = Omit<StoredPrior, 'format' | 'version' | 'fittedAt'>;

/**
 * The population part of a persona store (memory, SQLite and PostgreSQL all have it): the
 * scrubbed feature vectors of users' comparisons that fitting needs, and the versioned priors
 * fitted from them. `forget(userId)` deletes the user's feature vectors too.
 */
export interface PopulationStore {
  /** Stores feature vectors of the user's comparisons (finite levels, at most 256 dimensions each). */
  appendComparisonFeatures(userId: string, rows: readonly ComparisonFeatures[]): Promise<void>;
  /** Every user's feature vectors, oldest first per user. */
  comparisonFeatures(): Promise<Map<string, ComparisonFeatures[]>>;
  /** Saves a fitted prior as the next version and returns it. */
  savePrior(prior: PriorToSave): Promise<StoredPrior>;
  /** The latest saved prior, or `null` before the first. */
  currentPrior(): Promise<StoredPrior | null>;
  /**
   * Where the fitting job's last run (on any instance over this store) started reading: a mark
   * of the newest comparison stored then (rows only grow past it); `null` before the first run.
   */
  lastFitRun(): Promise<number | null>;
  /**
   * How many users have stored a comparison after `mark` (every user for `null`): a range of the
   * newest rows by the store's own order, never a read of every user's vectors.
   */
  usersComparedSince(mark: number | null): Promise<number>;
  /**
   * Moves the mark to the newest comparison stored now, only if it is still `previous` (an
   * atomic compare and set): `true` when this caller claimed the run, `false` when another
   * instance claimed one meanwhile.
   */
  claimFitRun(previous: number | null): Promise<boolean>;
}

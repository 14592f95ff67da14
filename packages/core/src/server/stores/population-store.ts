import type { PersonaPrior } from '../../persona/persona';

/** One comparison as fitting needs it: the feature difference (chosen − rejected) per dimension id, never text. */
export interface ComparisonFeatures {
  /** When the comparison happened (ms since epoch). */
  at: number;
  /** Dimension id → level of the difference; zero dimensions left out. */
  features: Record<string, number>;
}

/** A fitted population prior as stored: versioned, with how it was fitted. */
export interface StoredPrior {
  /** 1 for the first prior a store saves, then one more for each. */
  version: number;
  /** When it was saved (ms since epoch). */
  fittedAt: number;
  /** Users it was fitted from. */
  users: number;
  /** User types it has (0 = cold start, 1 = one Gaussian). */
  types: number;
  prior: PersonaPrior;
}

/** What a store needs to save a prior; it assigns `version` and `fittedAt`. */
export type PriorToSave = Omit<StoredPrior, 'version' | 'fittedAt'>;

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
}

import type { PersonaPrior } from '../../persona/persona';
import { PersonaStoreError } from './persona-store-error';
import {
  type ComparisonFeatures,
  PRIOR_FORMAT,
  type PriorToSave,
  type PriorValidation,
  type StoredPrior,
} from './population-store';
import type { StorePolicy } from './store-policy';

/** Most dimensions one stored feature vector may have. */
const MAX_FEATURES = 256;
/** Sources are 24-bit bucket numbers. */
const MAX_SOURCE = 2 ** 24;

/** Validates feature vectors and encodes each as JSON text; throws `invalid-signal` and stores nothing. */
export function encodeFeatureRows(
  rows: readonly ComparisonFeatures[],
): Array<{ at: number; source: number | null; text: string }> {
  return rows.map((row, index) => {
    const entries = Object.entries(row?.features ?? {});
    const source = row?.source;
    const valid =
      Number.isFinite(row?.at) &&
      (source === undefined || (Number.isInteger(source) && source >= 0 && source < MAX_SOURCE)) &&
      entries.length <= MAX_FEATURES &&
      entries.every(([id, level]) => id.length > 0 && id.length <= 64 && Number.isFinite(level));
    if (!valid)
      throw new PersonaStoreError(
        'invalid-signal',
        `Comparison features ${index}: needs a finite "at", a source (when given) that is an integer in [0, ${MAX_SOURCE}), and at most ${MAX_FEATURES} finite levels keyed by dimension ids.`,
      );
    return { at: row.at, source: source ?? null, text: JSON.stringify(Object.fromEntries(entries)) };
  });
}

/** Groups decoded feature rows by user, in the order read (oldest first per user). */
export function groupFeatureRows(
  rows: Iterable<{ user_id: string; at: number | string; source: number | string | null; features: string }>,
): Map<string, ComparisonFeatures[]> {
  const users = new Map<string, ComparisonFeatures[]>();
  for (const row of rows) {
    const list = users.get(row.user_id) ?? [];
    list.push({
      at: Number(row.at),
      ...(row.source !== null && { source: Number(row.source) }),
      features: JSON.parse(row.features) as Record<string, number>,
    });
    users.set(row.user_id, list);
  }
  return users;
}

/** A prior row as read back. */
export interface PriorRow {
  version: number;
  fitted_at: number | string;
  users: number;
  types: number;
  body: string;
}

/**
 * The stored prior of a row. A body with a `format` is `{ format, prior, validation? }`; a body
 * without one is a bare prior saved before formats existed (format 1). Throws
 * `unsupported-prior-format` for any other format (e.g. written by a newer version).
 */
export function toStoredPrior(row: PriorRow): StoredPrior {
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const saved = {
    version: Number(row.version),
    fittedAt: Number(row.fitted_at),
    users: Number(row.users),
    types: Number(row.types),
  };
  if (!('format' in body)) return { format: 1, ...saved, prior: body as PersonaPrior };
  if (body.format !== PRIOR_FORMAT)
    throw new PersonaStoreError(
      'unsupported-prior-format',
      `Prior version ${saved.version} has format ${String(body.format).slice(0, 16)}; this version reads formats 1 and ${PRIOR_FORMAT}.`,
    );
  const { prior, validation } = body as { prior: PersonaPrior; validation?: PriorValidation };
  return { format: PRIOR_FORMAT, ...saved, prior, ...(validation && { validation }) };
}

/** Checks a prior to save and encodes its body (in {@link PRIOR_FORMAT}); throws `invalid-persona` (nothing saved) when it is not finite JSON. */
export function encodePrior(prior: PriorToSave): string {
  const finite = (value: unknown): boolean =>
    typeof value === 'number'
      ? Number.isFinite(value)
      : typeof value === 'object' && value !== null
        ? Object.values(value).every(finite)
        : true;
  if (!(Number.isInteger(prior.users) && Number.isInteger(prior.types) && finite(prior.prior)))
    throw new PersonaStoreError(
      'invalid-persona',
      'A prior needs integer users and types and finite numbers.',
    );
  return JSON.stringify({
    format: PRIOR_FORMAT,
    prior: prior.prior,
    ...(prior.validation && { validation: prior.validation }),
  });
}

/** The population statements of both SQL drivers, `?` placeholders. */
export const POPULATION_SQL = {
  insertFeatures:
    'INSERT INTO attune_comparison_features (user_id, at, source, features) VALUES (?, ?, ?, ?)',
  selectFeatures:
    'SELECT user_id, at, source, features FROM attune_comparison_features ORDER BY user_id, at, id',
  deleteFeatures: 'DELETE FROM attune_comparison_features WHERE user_id = ?',
  insertPrior: `INSERT INTO attune_priors (version, fitted_at, users, types, body)
SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ? FROM attune_priors RETURNING version`,
  selectCurrentPrior:
    'SELECT version, fitted_at, users, types, body FROM attune_priors ORDER BY version DESC LIMIT 1',
  countUsersSince: 'SELECT COUNT(DISTINCT user_id) AS users FROM attune_comparison_features WHERE id > ?',
  selectLastFitRun: 'SELECT mark FROM attune_population_runs WHERE id = 1',
  // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT.
  insertFirstFitRun: `INSERT INTO attune_population_runs (id, mark)
SELECT 1, COALESCE(MAX(id), 0) FROM attune_comparison_features WHERE true ON CONFLICT (id) DO NOTHING`,
  updateFitRun: `UPDATE attune_population_runs SET mark = (SELECT COALESCE(MAX(id), 0) FROM attune_comparison_features)
WHERE id = 1 AND mark = ?`,
  deleteFeaturesBefore: 'DELETE FROM attune_comparison_features WHERE at < ?',
  deleteUserFeaturesBeyondCount: `DELETE FROM attune_comparison_features WHERE user_id = ? AND id NOT IN (
  SELECT id FROM attune_comparison_features WHERE user_id = ? ORDER BY id DESC LIMIT ?)`,
  deleteFeaturesBeyondCount: `DELETE FROM attune_comparison_features WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC) AS position FROM attune_comparison_features
  ) ranked WHERE position > ?)`,
} as const;

/** Names of the population statements that delete feature vectors past retention. */
export type FeatureRetentionStatement =
  | 'deleteFeaturesBefore'
  | 'deleteUserFeaturesBeyondCount'
  | 'deleteFeaturesBeyondCount';

/**
 * The deletes that keep comparison feature vectors within the store's retention, as the signals
 * are: for one user (after an append) the ring of its `maxCount` most recently received rows; for
 * all users (`enforceRetention`) also the age, counted from `at` (when the server received the
 * comparison: the population loop stamps it). Each only when that limit is finite.
 */
export function featureRetentionDeletes(
  policy: StorePolicy,
  userId?: string,
): { statement: FeatureRetentionStatement; params: (string | number)[] }[] {
  const { maxAgeMs, maxCount } = policy.retention;
  const deletes: { statement: FeatureRetentionStatement; params: (string | number)[] }[] = [];
  if (userId === undefined && Number.isFinite(maxAgeMs))
    deletes.push({ statement: 'deleteFeaturesBefore', params: [policy.ageCutoff()] });
  if (Number.isFinite(maxCount))
    deletes.push(
      userId === undefined
        ? { statement: 'deleteFeaturesBeyondCount', params: [maxCount] }
        : { statement: 'deleteUserFeaturesBeyondCount', params: [userId, userId, maxCount] },
    );
  return deletes;
}

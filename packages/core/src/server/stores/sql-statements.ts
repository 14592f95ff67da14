/** The byte length of a stored signal, in SQLite's syntax ({@link toPostgresPlaceholders} rewrites it). */
const BYTES = 'LENGTH(CAST(body AS BLOB))';

/**
 * The statements both SQL drivers run, written once with `?` placeholders (SQLite's syntax);
 * {@link toPostgresPlaceholders} numbers them for PostgreSQL.
 */
export const SQL = {
  selectPersona: 'SELECT state, revision, created_at, updated_at FROM attune_personas WHERE user_id = ?',
  upsertPersona: `INSERT INTO attune_personas (user_id, state, revision, created_at, updated_at) VALUES (?, ?, 1, ?, ?)
ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, revision = attune_personas.revision + 1, updated_at = excluded.updated_at
RETURNING revision`,
  insertSignal: 'INSERT INTO attune_signals (user_id, at, kind, body, stored_at) VALUES (?, ?, ?, ?, ?)',
  deleteUserSignalsBefore: 'DELETE FROM attune_signals WHERE user_id = ? AND stored_at < ?',
  deleteUserSignalsBeyondCount: `DELETE FROM attune_signals WHERE user_id = ? AND id NOT IN (
  SELECT id FROM attune_signals WHERE user_id = ? ORDER BY id DESC LIMIT ?)`,
  deleteUserSignalsBeyondBytes: `DELETE FROM attune_signals WHERE id IN (
  SELECT id FROM (
    SELECT id, SUM(${BYTES}) OVER (ORDER BY id DESC) AS running FROM attune_signals WHERE user_id = ?
  ) ranked WHERE running > ?)`,
  deleteSignalsBefore: 'DELETE FROM attune_signals WHERE stored_at < ?',
  deleteSignalsBeyondCount: `DELETE FROM attune_signals WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY id DESC) AS position FROM attune_signals
  ) ranked WHERE position > ?)`,
  deleteSignalsBeyondBytes: `DELETE FROM attune_signals WHERE id IN (
  SELECT id FROM (
    SELECT id, SUM(${BYTES}) OVER (PARTITION BY user_id ORDER BY id DESC) AS running FROM attune_signals
  ) ranked WHERE running > ?)`,
  deleteExpiredSignals:
    'DELETE FROM attune_signals WHERE user_id IN (SELECT user_id FROM attune_personas WHERE updated_at < ?)',
  deleteExpiredFeatures:
    'DELETE FROM attune_comparison_features WHERE user_id IN (SELECT user_id FROM attune_personas WHERE updated_at < ?)',
  deleteExpiredPersonas: 'DELETE FROM attune_personas WHERE updated_at < ?',
  countPersonas: 'SELECT COUNT(*) AS n FROM attune_personas',
  userHasRows: `SELECT EXISTS (SELECT 1 FROM attune_personas WHERE user_id = ?)
  OR EXISTS (SELECT 1 FROM attune_signals WHERE user_id = ?) AS known`,
  selectSignals: 'SELECT body, stored_at FROM attune_signals WHERE user_id = ? ORDER BY at, id',
  deletePersona: 'DELETE FROM attune_personas WHERE user_id = ?',
  deleteSignals: 'DELETE FROM attune_signals WHERE user_id = ?',
  selectNewUsers: 'SELECT tokens, updated_at FROM attune_new_users WHERE network = ?',
  upsertNewUsers: `INSERT INTO attune_new_users (network, tokens, updated_at) VALUES (?, ?, ?)
ON CONFLICT (network) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at`,
  deleteIdleNewUsers: 'DELETE FROM attune_new_users WHERE updated_at < ?',
  selectSchemaVersion: 'SELECT MAX(version) AS version FROM attune_schema',
  insertSchemaVersion: 'INSERT INTO attune_schema (version, description, applied_at) VALUES (?, ?, ?)',
} as const;

/**
 * Rewrites a shared statement for PostgreSQL: `?` placeholders become `$1`, `$2`, … (none of the
 * shared statements has `?` in a literal) and SQLite's byte length becomes `OCTET_LENGTH`.
 */
export function toPostgresPlaceholders(sql: string): string {
  let position = 0;
  return sql.replaceAll(BYTES, 'OCTET_LENGTH(body)').replace(/\?/g, () => `$${++position}`);
}

/**
 * The fetch-standard chat handler and persona endpoints, persona stores (memory, SQLite,
 * PostgreSQL) and the PII scrubber.
 *
 * @module @attune/core/server
 */
export * from './handler';
export * from './privacy';
export * from './stores';

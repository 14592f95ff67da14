/**
 * The fetch-standard chat handler and persona endpoints, rate limits (memory, PostgreSQL), store
 * health, persona stores (memory, SQLite, PostgreSQL) and the PII scrubber.
 *
 * @module @attune/core/server
 */
export { networkKey } from './client-network';
export * from './handler';
export * from './population';
export * from './privacy';
export * from './rate-limit';
export * from './stores';

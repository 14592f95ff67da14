/**
 * The embedded offline model: retrieval over your documents and templates shaped by the
 * `<attune-style/>` block (not an LLM).
 *
 * @module @attune/core/offline
 */
export type { KnowledgeDocument } from './knowledge-document';
export {
  createOfflineModel,
  OFFLINE_STYLE_AXES,
  type OfflineModel,
  type OfflineModelOptions,
} from './offline-model';
export type { OfflinePacing } from './pacing';

export type { KnowledgeDocument } from './knowledge-document';
export { createOfflineModel, type OfflineModelOptions } from './offline-model';
export type { OfflinePacing } from './pacing';

/**
 * The embedded offline model: retrieval over your documents and templates shaped by the
 * `<attune-style/>` block (not an LLM).
 *
 * @module @attune/core/offline
 */
export { type HtmlArticle, htmlDocument, htmlToMarkdown } from './html-document';
export type { KnowledgeDocument } from './knowledge-document';
export { KnowledgeError, type KnowledgeErrorCode } from './knowledge-error';
export { type MarkdownDocumentDefaults, markdownDocument } from './markdown-document';
export {
  createOfflineModel,
  OFFLINE_STYLE_AXES,
  type OfflineModel,
  type OfflineModelOptions,
} from './offline-model';
export type { OfflinePacing } from './pacing';

import type { LanguageModelV4Content } from '@ai-sdk/provider';
import type { KnowledgeDocument } from './knowledge-document';

/** A source part of the AI SDK's language model output (stream part and content alike). */
export type SourcePart = Extract<LanguageModelV4Content, { type: 'source' }>;

/**
 * The AI SDK source parts of the documents a reply drew on, best first: a `url` source
 * when the document has a URL, else a `document` source (plain text), each with the
 * document's id and title.
 */
export function sourceParts(
  documentIds: readonly string[],
  documents: ReadonlyMap<string, KnowledgeDocument>,
): SourcePart[] {
  return documentIds.flatMap((id): SourcePart[] => {
    const document = documents.get(id);
    if (document === undefined) return [];
    return document.url === undefined
      ? [{ type: 'source', sourceType: 'document', id, mediaType: 'text/plain', title: document.title }]
      : [{ type: 'source', sourceType: 'url', id, url: document.url, title: document.title }];
  });
}

import type { LanguageModelV4Content } from '@ai-sdk/provider';
import type { KnowledgeDocument } from './knowledge-document';

/** A source part of the AI SDK's language model output (stream part and content alike). */
export type SourcePart = Extract<LanguageModelV4Content, { type: 'source' }>;

/** A URL pointing at one of its page's sections: its fragment replaced by the anchor. */
function withAnchor(url: string, anchor: string | undefined): string {
  return anchor === undefined ? url : `${url.replace(/#.*$/, '')}#${encodeURIComponent(anchor)}`;
}

/**
 * The AI SDK source parts of the documents a reply drew on, best first: a `url` source
 * when the document has a URL (with the anchor of the section quoted, when the document gives
 * its sections anchors), else a `document` source (plain text), each with the document's id
 * and title.
 */
export function sourceParts(
  documentIds: readonly string[],
  documents: ReadonlyMap<string, KnowledgeDocument>,
  anchors: ReadonlyMap<string, string> = new Map(),
): SourcePart[] {
  return documentIds.flatMap((id): SourcePart[] => {
    const document = documents.get(id);
    if (document === undefined) return [];
    return document.url === undefined
      ? [{ type: 'source', sourceType: 'document', id, mediaType: 'text/plain', title: document.title }]
      : [
          {
            type: 'source',
            sourceType: 'url',
            id,
            url: withAnchor(document.url, anchors.get(id)),
            title: document.title,
          },
        ];
  });
}

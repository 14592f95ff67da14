'use client';
import type { AttuneMessage } from '@attune/core';
import { useStrings } from '../provider';

/** One source a reply drew on: a document of the knowledge base, with its page when known. */
export interface MessageSource {
  /** The source's id (e.g. the document id). */
  id: string;
  /** Its title, e.g. "Resetting your password". */
  title: string;
  /** Where it can be read, for a `source-url` part. */
  url?: string;
}

/**
 * The sources of a reply, from its `source-url` and `source-document` parts, once each: a
 * message, or a comparison candidate's `{ parts: candidate.sources }`.
 */
export function messageSources(message: Pick<AttuneMessage, 'parts'>): MessageSource[] {
  const sources = new Map<string, MessageSource>();
  for (const part of message.parts) {
    if (part.type === 'source-url' && !sources.has(part.sourceId)) {
      sources.set(part.sourceId, { id: part.sourceId, title: part.title ?? part.url, url: part.url });
    } else if (part.type === 'source-document' && !sources.has(part.sourceId)) {
      sources.set(part.sourceId, { id: part.sourceId, title: part.title });
    }
  }
  return [...sources.values()];
}

/** Only web links (http, https or a path on this site) become links; anything else is text. */
const isSafeUrl = (url: string) => /^(?:https?:\/\/|\/(?!\/))/i.test(url);

/** Props of {@link MessageSources}. */
export interface MessageSourcesProps {
  /** The sources to list. */
  sources: readonly MessageSource[];
}

/**
 * The sources under a reply: "From: Resetting your password", each a link to its page when
 * the source has a web URL, plain text otherwise. Renders nothing without sources.
 */
export function MessageSources({ sources }: MessageSourcesProps) {
  const strings = useStrings();
  if (sources.length === 0) return null;
  return (
    <div className="attune-message-sources">
      <span className="attune-message-sources-label">{strings.sourcesFrom}</span>
      <ul aria-label={strings.sourcesLabel}>
        {sources.map((source) => (
          <li key={source.id}>
            {source.url !== undefined && isSafeUrl(source.url) ? (
              <a href={source.url}>{source.title}</a>
            ) : (
              <span>{source.title}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

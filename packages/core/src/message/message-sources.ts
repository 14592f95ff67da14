import type { SourceDocumentUIPart, SourceUrlUIPart } from 'ai';
import type { AttuneMessage } from './message';

/** A part naming a source a reply drew on. */
export type SourcePart = SourceUrlUIPart | SourceDocumentUIPart;

const isSourcePart = (part: AttuneMessage['parts'][number]): part is SourcePart =>
  part.type === 'source-url' || part.type === 'source-document';

/** The source parts of a message (`source-url`, `source-document`), in order. */
export function sourceParts(message: Pick<AttuneMessage, 'parts'>): SourcePart[] {
  return message.parts.filter(isSourcePart);
}

/** A copy of `message` whose source parts are `sources`, where its first one was (else at the end). */
export function withSourceParts(message: AttuneMessage, sources: readonly SourcePart[]): AttuneMessage {
  const first = message.parts.findIndex(isSourcePart);
  const others = message.parts.filter((part) => !isSourcePart(part));
  const at = first === -1 ? others.length : first;
  return { ...message, parts: [...others.slice(0, at), ...sources, ...others.slice(at)] };
}

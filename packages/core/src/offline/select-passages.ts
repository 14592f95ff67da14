import type { Style } from '../style/style';
import type { Passage } from './passage';
import type { RankedPassage } from './passage-index';
import { searchTerms } from './search-terms';
import { styleLevel } from './style-level';

/** A passage's content as it goes into a reply. */
export type SelectedBlock = Pick<Passage, 'kind' | 'intro' | 'sentences'>;

/** What a reply is built from. */
export interface Selection {
  /** Title of the best-matching document. */
  title: string;
  /** Passages for the body, in reading order, already trimmed to the wanted length. */
  body: SelectedBlock[];
  /** The technical passage, for an expert. */
  technical?: SelectedBlock;
  /** Title of a related document, for a detailed reply. */
  related?: string;
  /** Ids of the documents the reply draws on: the best first, then any other quoted or named. */
  documentIds: string[];
  /**
   * The anchor of the section a document's first quoted passage sits in, by document id, for
   * the documents that give their sections anchors.
   */
  anchors: ReadonlyMap<string, string>;
}

/**
 * How much a passage's place in its document counts: help articles answer first and
 * add detail later, and numbered steps are what a "how do I" question needs.
 */
function prior(passage: Passage): number {
  return (passage.kind === 'steps' ? 1.3 : 1) * Math.max(0.5, 1 - 0.06 * passage.position);
}

/** A passage's share of the question, to two places (a hair's difference is no difference). */
const covers = (result: RankedPassage) => Math.round(result.coverage * 100);

/** Passages scoring below this share of the best are not worth including. */
const MIN_SHARE = 0.3;
const PASSAGES = { low: 1, neutral: 2, high: 4 } as const;
const SENTENCES = { low: 2, neutral: 6, high: Number.POSITIVE_INFINITY } as const;

/**
 * The `limit` sentences of a paragraph that say most about the question (`asked`: its search
 * terms with their synonyms), in reading order: a short reply keeps the sentence that
 * answers, not merely the first ones. With no sentence about the question, the first ones.
 */
function sentencesAbout(sentences: readonly string[], limit: number, asked: ReadonlySet<string>): string[] {
  if (sentences.length <= limit) return [...sentences];
  const hits = sentences.map(
    (sentence) => new Set(searchTerms(sentence).filter((term) => asked.has(term))).size,
  );
  if (hits.every((count) => count === 0)) return sentences.slice(0, limit);
  const kept = new Set(
    hits
      .map((count, position) => ({ count, position }))
      .sort((left, right) => right.count - left.count || left.position - right.position)
      .slice(0, limit)
      .map(({ position }) => position),
  );
  return sentences.filter((_, position) => kept.has(position));
}

/**
 * Chooses what a reply says. Detail sets how many passages and sentences; expertise
 * decides whether the technical passage (exact settings, error codes) is included:
 * always for an expert, never for a beginner, and otherwise only when the question
 * itself was technical (its best match is a technical passage). `allPassages` is the
 * whole knowledge base, where the best document's technical passage is looked up. A
 * paragraph cut to fewer sentences keeps those about the question (`asked`: its search terms
 * with their synonyms; none = the first sentences).
 */
export function selectPassages(
  ranked: readonly RankedPassage[],
  style: Style,
  allPassages: readonly Passage[],
  asked: ReadonlySet<string> = new Set(),
): Selection {
  const top = ranked[0];
  if (top === undefined) throw new Error('selectPassages needs at least one ranked passage.');
  const detail = styleLevel(style, 'detail');
  const expertise = styleLevel(style, 'expertise');
  const bestDocument = top.passage.documentId;
  const technicalInBody = expertise === 'neutral' && top.passage.technical;
  const relevant = ranked.filter((result) => result.score >= top.score * MIN_SHARE);
  // The passage that says more of what was asked comes first ("Delivery addresses are kept in the
  // address book" for "can I change my delivery address", not the paragraph on email addresses).
  const preferred = [...relevant].sort(
    (left, right) =>
      Number(right.passage.documentId === bestDocument) - Number(left.passage.documentId === bestDocument) ||
      covers(right) - covers(left) ||
      right.score * prior(right.passage) - left.score * prior(left.passage),
  );
  const bodyCandidates = preferred.filter((result) => technicalInBody || !result.passage.technical);
  const chosen = (bodyCandidates.length > 0 ? bodyCandidates : preferred)
    .slice(0, PASSAGES[detail])
    .map((result) => result.passage)
    .sort(
      (left, right) =>
        Number(right.documentId === bestDocument) - Number(left.documentId === bestDocument) ||
        left.documentId.localeCompare(right.documentId) ||
        left.position - right.position,
    );
  let budget = SENTENCES[detail];
  const body = chosen.flatMap((passage) => {
    if (budget <= 0) return [];
    const sentences =
      passage.kind === 'paragraph'
        ? sentencesAbout(passage.sentences, budget, asked)
        : passage.sentences.slice(0, Math.max(budget, 4));
    budget -= sentences.length;
    return [{ kind: passage.kind, intro: passage.intro, sentences }];
  });
  const technical =
    expertise === 'high'
      ? (allPassages.find(
          (passage) => passage.documentId === bestDocument && passage.technical && !chosen.includes(passage),
        ) ??
        preferred.find((result) => result.passage.technical && !chosen.includes(result.passage))?.passage)
      : undefined;
  const related =
    detail === 'high'
      ? relevant.find((result) => result.passage.documentId !== bestDocument)?.passage
      : undefined;
  const documentIds = [
    ...new Set([
      bestDocument,
      ...chosen.map((passage) => passage.documentId),
      ...(technical ? [technical.documentId] : []),
      ...(related === undefined ? [] : [related.documentId]),
    ]),
  ];
  const anchors = new Map<string, string>();
  for (const passage of [...chosen, ...(technical ? [technical] : []), ...(related ? [related] : [])]) {
    if (passage.anchor !== undefined && !anchors.has(passage.documentId)) {
      anchors.set(passage.documentId, passage.anchor);
    }
  }
  return {
    documentIds,
    anchors,
    title: top.passage.documentTitle,
    body,
    ...(technical
      ? { technical: { kind: technical.kind, intro: technical.intro, sentences: technical.sentences } }
      : {}),
    ...(related === undefined ? {} : { related: related.documentTitle }),
  };
}

import MiniSearch from 'minisearch';
import type { Passage } from './passage';
import {
  isLightTerm,
  type SynonymTable,
  sameWord,
  searchTerm,
  stemOf,
  tokenizeDocument,
  wordForm,
} from './search-terms';

/** A passage with how well it matches a query. */
export interface RankedPassage {
  /** The passage. */
  passage: Passage;
  /** Relevance score (BM25-style, title and tags boosted; higher is better). */
  score: number;
  /**
   * The share of the question it matches (with its document's title, tags and ways of asking),
   * each word weighed by how rare it is: the passage of a document that says what was asked.
   */
  coverage: number;
}

/** How one passage matched the terms of a question. */
export interface PassageMatch {
  /** The passage. */
  passage: Passage;
  /** BM25-style score summed over the matched terms. */
  score: number;
  /**
   * The question terms it matched (by index into the question's terms) with how surely,
   * in (0, 1]: 1 for the word or a longer form of it, less for a synonym or a typo.
   */
  terms: ReadonlyMap<number, number>;
  /** The terms it matched in the document's title or tags, with how surely (as `terms`). */
  titleTerms: ReadonlyMap<number, number>;
}

/** Searches the passages of a knowledge base. */
export interface PassageIndex {
  /** Every passage, in document order. */
  readonly passages: readonly Passage[];
  /** How many documents the passages come from. */
  readonly documentCount: number;
  /**
   * Matches each question term (with its synonyms, prefixes and typos) and reports, per
   * passage, which terms it covers and its score. `documentFrequency[i]` is how many
   * documents matched term `i` surely (0 when no document knows the term as such).
   * When exactly one term matches nothing at all ("teapot") and another names something,
   * it is matched as the base's word for what it sells ("item", see `THINGS`) at a low
   * credit; `things` lists it. `unknown` lists every term that matches nothing. `written`
   * gives the forms the question wrote for a term ("install"): a passage that has the term
   * only as another word of the same stem ("instalment") does not match it.
   */
  match(
    terms: readonly string[],
    written?: ReadonlyMap<string, readonly string[]>,
  ): {
    matches: PassageMatch[];
    documentFrequency: number[];
    unknown: number[];
    things: number[];
  };
  /** A search term and the terms of its synonym groups. */
  related(term: string): readonly string[];
  /** How many documents use a search term as such (or a longer form of it). */
  documentFrequency(term: string): number;
}

/** A synonym counts a little less than the word the customer wrote. */
const SYNONYM_CREDIT = 0.9;
/**
 * A synonym in a title or tags counts less again: a title names what a document is about,
 * so "hours" in a title beats "closed" (a synonym) in another's.
 */
const TITLE_SYNONYM_CREDIT = 0.6;
/** A word in the tags counts this much of one in the title. */
const TAG_CREDIT = 0.75;
/**
 * A word in the ways customers ask for a document counts this much of one in its title:
 * enough to show what the document answers, not enough to count as its title's own word.
 */
const QUESTION_CREDIT = 0.6;
/** A title credit at least this high is the question's word itself in a title or tags, not a synonym. */
export const TITLE_AS_SUCH = TAG_CREDIT;
/** Passages per searched word that are scored (the best ones); all count for its frequency. */
const MAX_HITS = 500;
/** Forms of one term remembered (enough to tell "install" from "instalment"). */
const MAX_FORMS = 8;
/**
 * What a longer form adds to a stem and is still the same word: an English ending as Porter's
 * stemmer leaves it ("deliver" → "deliveri", "long" → "longer", "take" → "taken", "part" →
 * "partial"), not any letters ("count" is not "countri", "car" not "card").
 */
const LONGER_FORM = /^(?:|i|e|s|y|er|est|en|or|ion|al|ent|ant|ic|iv|at|li|ment|ur)$/;
/** A word that merely starts the same ("lamp" in "lampshade") counts less. */
const PREFIX_CREDIT = 0.7;
/** A compound ("workspace") stands for a word it ends with ("space") of at least this many letters... */
const COMPOUND_TAIL = 4;
/** ...after at least this many letters of its own. */
const COMPOUND_HEAD = 3;
/** A match one or two letters off (a typo, or another word) counts still less. */
const FUZZY_CREDIT = 0.6;
/**
 * The words help centres use for whatever a customer bought. A question word no document
 * knows ("teapot", "jumper") is most often one of those things, so it is matched as them
 * in titles, at this credit: "the teapot arrived in pieces" finds "My item arrived
 * damaged", while "reset my router" does not find "Resetting your password", which is
 * about no item.
 */
const THINGS = ['item', 'product'];
const THING_CREDIT = 0.5;

/** A synonym shorter than this starts too many longer words to be searched as their start. */
const SHORT_SYNONYM = 5;

/** True when a short word matched only as the start of longer words ("mate" in "materials"). */
function shortWordInside(word: string, matchedTerms: readonly string[]): boolean {
  return word.length < SHORT_SYNONYM && credit(word, matchedTerms) < 1;
}

/** How surely a search hit matches the searched term: as written, a longer form, or a near miss. */
function credit(term: string, matchedTerms: readonly string[]): number {
  if (
    matchedTerms.some((matched) => matched.startsWith(term) && LONGER_FORM.test(matched.slice(term.length)))
  ) {
    return 1;
  }
  return matchedTerms.some((matched) => matched.startsWith(term)) ? PREFIX_CREDIT : FUZZY_CREDIT;
}

/**
 * Builds the passage index with MiniSearch: it is small (no dependencies, a few KB),
 * ranks with BM25-style scoring, and supports prefix and fuzzy matching; each question
 * term is searched with its synonyms, so a match can be judged by the share of the
 * question it covers rather than by an absolute score that depends on the base's size.
 */
export function createPassageIndex(passages: readonly Passage[], synonyms: SynonymTable): PassageIndex {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  /** The base's words long enough to be compounds ("workspace"), as written. */
  const words = new Set<string>();
  /** The forms the base writes for each term ("install" and "instalment" for instal). */
  const forms = new Map<string, Set<string>>();
  const index = new MiniSearch<{
    id: string;
    title: string;
    section: string;
    text: string;
    tags: string;
    questions: string;
  }>({
    fields: ['title', 'section', 'text', 'tags', 'questions'],
    tokenize: tokenizeDocument,
    processTerm: (token) => {
      const form = wordForm(token);
      if (form === null) return null;
      const term = stemOf(form);
      if (token.length >= COMPOUND_TAIL + COMPOUND_HEAD) words.add(token.toLowerCase());
      const known = forms.get(term) ?? new Set<string>();
      if (known.size < MAX_FORMS) known.add(form);
      forms.set(term, known);
      return term;
    },
    searchOptions: {
      boost: { title: 3, tags: 2, questions: 1.5, section: 1.2 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 6 ? 1 : false),
      combineWith: 'OR',
      // Query terms are already processed (stemmed) search terms.
      tokenize: (text) => [text],
      processTerm: (term) => term,
    },
  });
  index.addAll(
    passages.map((passage) => ({
      id: passage.id,
      title: passage.documentTitle,
      section: passage.section ?? '',
      text: passage.text,
      tags: passage.tags.join(' '),
      questions: passage.questions.join(' '),
    })),
  );
  const documentCount = new Set(passages.map((passage) => passage.documentId)).size;

  // Only for a term the base writes as another word too ("instalment" beside the question's
  // "install", or beside "install" as a synonym of "assemble"): a passage that matches it only
  // through that other word does not match.
  const sameWordIn = (term: string, question: readonly string[] | undefined) => {
    const base = [...(forms.get(term) ?? [])];
    if (question === undefined || base.every((form) => question.some((asked) => sameWord(asked, form))))
      return () => true;
    return (result: { id: unknown; terms: string[] }) => {
      if (result.terms.some((matched) => matched !== term)) return true;
      const passage = byId.get(String(result.id));
      const text = [
        passage?.documentTitle,
        passage?.section,
        passage?.text,
        ...(passage?.tags ?? []),
        ...(passage?.questions ?? []),
      ].join(' ');
      return tokenizeDocument(text).some((token) => {
        const form = wordForm(token);
        return form !== null && stemOf(form) === term && question.some((asked) => sameWord(asked, form));
      });
    };
  };

  const frequencies = new Map<string, number>();
  const frequencyOf = (term: string) => {
    let frequency = frequencies.get(term);
    if (frequency === undefined) {
      const documents = new Set<string>();
      for (const result of index.search(term, { fuzzy: false })) {
        const documentId = byId.get(String(result.id))?.documentId;
        if (documentId !== undefined && credit(term, result.terms) === 1) documents.add(documentId);
      }
      frequency = documents.size;
      if (frequencies.size < MAX_HITS) frequencies.set(term, frequency);
    }
    return frequency;
  };
  // A word no document uses may end a compound that one does ("space" in "workspace", "chip" in
  // "microchip"): the compound is then searched as its synonym.
  const compounds = new Map<string, string[]>();
  const compoundsOf = (term: string) => {
    let found = compounds.get(term);
    if (found === undefined) {
      found =
        term.length < COMPOUND_TAIL || /^\d/.test(term) || frequencyOf(term) > 0
          ? []
          : [
              ...new Set(
                [...words].flatMap((word) =>
                  word.length >= term.length + COMPOUND_HEAD && word.endsWith(term)
                    ? [searchTerm(word) ?? '']
                    : [],
                ),
              ),
            ].filter((compound) => compound !== '' && compound !== term);
      if (compounds.size < MAX_HITS) compounds.set(term, found);
    }
    return found;
  };
  /** A term and its synonyms, each with the words it was written as (by the question, or by its synonym group). */
  const alternativesOf = (term: string, written?: readonly string[]) => {
    const alternatives: Array<readonly [string, readonly string[] | undefined]> = [
      [term, written],
      ...(synonyms.get(term, written) ?? []),
    ];
    return alternatives.some(([alternative]) => frequencyOf(alternative) > 0)
      ? alternatives
      : [...alternatives, ...compoundsOf(term).map((compound) => [compound, undefined] as const)];
  };
  return {
    passages,
    documentCount,
    related: (term) => alternativesOf(term).map(([alternative]) => alternative),
    documentFrequency: frequencyOf,
    match(terms, written) {
      const found = new Map<
        string,
        { score: number; terms: Map<number, number>; titleTerms: Map<number, number> }
      >();
      // Each term and its synonyms; typos are forgiven in what the customer wrote, not in the synonyms we
      // add, and a short synonym is found as itself or with an English ending, never starting a longer
      // word ("mate", a friend, is not in "materials").
      const searches = terms.map((term) =>
        alternativesOf(term, written?.get(term)).map(([alternative, forms], rank) => ({
          alternative,
          rank,
          results: index
            .search(alternative, rank === 0 ? {} : { fuzzy: false })
            .filter(sameWordIn(alternative, forms))
            .filter((result) => rank === 0 || !shortWordInside(alternative, result.terms)),
        })),
      );
      const unmatched = searches.flatMap((alternatives, position) =>
        alternatives.every(({ results }) => results.length === 0) ? [position] : [],
      );
      // Only beside a word that names something ("teapot ... in pieces"), not alone ("tell me a joke").
      const named = terms.some((term, position) => !isLightTerm(term) && !unmatched.includes(position));
      const things = unmatched.length === 1 && named ? unmatched : [];
      const documentFrequency = terms.map((_, position) => {
        const documents = new Set<string>();
        const best = new Map<string, { score: number; credit: number; titleCredit: number }>();
        const thing = things.includes(position);
        // An unknown word is an item only in documents about items: "item" in their title.
        const alternatives = thing
          ? THINGS.map((alternative) => ({
              alternative,
              rank: 0,
              results: index.search(alternative, { fuzzy: false, fields: ['title'] }),
            }))
          : (searches[position] ?? []);
        for (const { alternative, rank, results } of alternatives) {
          results.forEach((result, place) => {
            const form = credit(alternative, result.terms);
            // Only a sure match shows the term is known; "lamp" inside "lampshade" does not.
            const documentId = form === 1 && !thing ? byId.get(String(result.id))?.documentId : undefined;
            if (documentId !== undefined) documents.add(documentId);
            // A term in thousands of passages scores only its best; the rest cannot lead.
            if (place >= MAX_HITS) return;
            const sureness = thing ? THING_CREDIT : (rank === 0 ? 1 : SYNONYM_CREDIT) * form;
            const fields = Object.values(result.match).flat();
            // A title names what a document is about; its tags and the ways customers ask for it count less.
            const inTitle = fields.includes('title')
              ? 1
              : fields.includes('tags')
                ? TAG_CREDIT
                : fields.includes('questions')
                  ? QUESTION_CREDIT
                  : 0;
            const previous = best.get(String(result.id));
            best.set(String(result.id), {
              score: Math.max(previous?.score ?? 0, sureness * result.score),
              credit: Math.max(previous?.credit ?? 0, sureness),
              titleCredit: Math.max(
                previous?.titleCredit ?? 0,
                thing ? 0 : inTitle * sureness * (rank === 0 ? 1 : TITLE_SYNONYM_CREDIT),
              ),
            });
          });
        }
        for (const [id, hit] of best) {
          const passage = byId.get(id);
          if (!passage) continue;
          const entry = found.get(id) ?? {
            score: 0,
            terms: new Map<number, number>(),
            titleTerms: new Map<number, number>(),
          };
          entry.score += hit.score;
          entry.terms.set(position, hit.credit);
          if (hit.titleCredit > 0) entry.titleTerms.set(position, hit.titleCredit);
          found.set(id, entry);
        }
        return documents.size;
      });
      const matches = [...found].flatMap(([id, entry]) => {
        const passage = byId.get(id);
        return passage ? [{ passage, ...entry }] : [];
      });
      return { matches, documentFrequency, unknown: unmatched, things };
    },
  };
}

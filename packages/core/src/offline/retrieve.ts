import { actionTerms, asksAboutAnotherKind, namingPairs, namingTerms } from './another-kind';
import { namesSomethingElse, nameTerms } from './foreign-names';
import { type PassageIndex, type PassageMatch, type RankedPassage, TITLE_AS_SUCH } from './passage-index';
import { isLightTerm, rewritePhrases, searchTerms, wordForms } from './search-terms';
import { splitJoinedWords } from './split-joined-words';
import { QUESTION_PHRASES } from './synonyms';
import { askedInUnknownWords, requestedAction } from './unknown-request';

/** How much the previous question counts when the current one is a follow-up. */
const CONTEXT_WEIGHT = 0.5;
/**
 * How much a word used about anything ("waiting", "week"; see `LIGHT_WORDS`) counts,
 * and it never weighs more than a word half the documents use, however few use it here.
 */
const LIGHT_WEIGHT = 0.5;
const COMMON_RARITY = Math.log(3);
/**
 * A term no document knows weighs like one used by this share of the documents, or like the
 * question's most common known word if that weighs less: the same in a base of 36 or 10,000
 * documents (weighing it like the rarest known term would let an unknown word outweigh the
 * question's known words more the larger the base grows).
 */
const UNKNOWN_SHARE = 0.5;
/** A word at least this share of the documents use is the base's background... */
const BACKGROUND_SHARE = 0.5;
/** ...in a base of at least this many documents (in one or two, every word is some document's own)... */
const BACKGROUND_BASE = 3;
/** ...and counts this much as covered by any document. */
const BACKGROUND_CREDIT = 1;
/** How many words a question names at most; a longer message is mostly context around them. */
const NAMED_TERMS = 6;
/** Rank bonus for the share of the question matched in a document's title or tags. */
const TITLE_BONUS = 0.4;
/** Rank bonus for the best passage's score, relative to the best document's. */
const SCORE_BONUS = 0.8;
/** Rank penalty for the share of a document's title words that are distinctive and not asked about. */
const TITLE_PENALTY = 0.2;
/** How many of the best-ranked documents are checked for title words the question does not name. */
const CLOSE_RIVALS = 8;
/**
 * Without a title or tag match, a document must cover this much of the question (words read as
 * an item aside: "hiring" read as an item is no match for "are you hiring at your warehouse")...
 */
const SURE_COVERAGE = 0.75;
/**
 * ...or, for the best document, this many times what any other covers (some other document
 * must cover something: with no rival the comparison says nothing): the base's own documents
 * say the question is about this one, whatever its title is worded like...
 */
const DOMINANCE = 2;
/** ...matching at least this many of the question's words as written (light words aside). */
const DOMINANT_WORDS = 2;
/**
 * A title word used by at most this share of the documents is distinctive: it names what
 * the document is about ("password"), unlike words many documents share ("item").
 */
const DISTINCTIVE_SHARE = 0.2;
const FOLLOW_UP = /^(?:and|also|what about|how about|so)\b|\b(?:it|that|this|those|them|they|there|one)\b/i;

/** What a question is matched with: its text and, for a follow-up, the previous question. */
export interface RetrievalQuery {
  /** The question, without style requests or feelings. */
  question: string;
  /** The user's previous question, for follow-ups. */
  previousQuestion?: string;
}

/** A document's match: what share of the question it covers, and its passages. */
interface DocumentMatch {
  /** The document's id. */
  documentId: string;
  coverage: number;
  /** The coverage without words read as an item ("teapot" as item): what the document itself says. */
  ownCoverage: number;
  /** Share of the question matched in the title or tags. */
  titleShare: number;
  /** The question terms matched in the title or tags (by position), with how surely. */
  titleTerms: ReadonlyMap<number, number>;
  /** Share of the question its title, tags or ways of asking name, however surely. */
  named: number;
  rank: number;
  passages: PassageMatch[];
  /** The share of the question a passage's terms match. */
  share: (credits: ReadonlyMap<number, number>) => number;
}

/**
 * The distinct search terms of a question, its question-only phrasings rewritten first, and
 * the words a phrasing was rewritten to that the base does not know, not even by a synonym
 * ("get it back" as restore, where no document restores anything): those are vague, and count
 * like light words.
 */
function questionTerms(
  question: string,
  index: PassageIndex,
): { terms: string[]; vague: string[]; forms: Map<string, string[]> } {
  const written = new Set(searchTerms(question.replace(/[^\p{L}\p{N}'’-]+/gu, '  ')));
  const known = (term: string) => index.related(term).some((word) => index.documentFrequency(word) > 0);
  const rewritten = rewritePhrases(question, QUESTION_PHRASES);
  const terms = [...new Set(searchTerms(rewritten))];
  return {
    terms,
    vague: terms.filter((term) => !written.has(term) && !known(term)),
    forms: wordForms(rewritten),
  };
}

/** A follow-up leans on the previous question: it refers back to it or is a word or two. */
function isFollowUp(question: string): boolean {
  return searchTerms(question).length <= 1 || FOLLOW_UP.test(question);
}

/**
 * True when a short question that does not refer back ("when are you open?" after "how much is
 * delivery") is a new question: its best document answers it on its own (covers `minCoverage`
 * and matches a word in its title or tags), and the document the previous question's words would
 * lead to does not. The previous question still chooses between documents that each answer this one.
 */
function standsAlone(
  question: string,
  alone: readonly DocumentMatch[],
  merged: DocumentMatch | undefined,
  minCoverage: number,
): boolean {
  const answers = (document: DocumentMatch | undefined) =>
    document !== undefined && document.coverage >= minCoverage && document.titleShare > 0;
  return (
    !FOLLOW_UP.test(question) &&
    answers(alone[0]) &&
    !answers(alone.find((document) => document.documentId === merged?.documentId))
  );
}

/**
 * Matches weighted terms and ranks documents. A term weighs by how rare it is among the
 * documents (inverse document frequency), so a question's coverage means the same in a
 * base of 1 or 10,000 documents; a term no document knows weighs like a common one.
 */
function rankDocuments(
  index: PassageIndex,
  terms: readonly string[],
  factors: readonly number[],
  forms: ReadonlyMap<string, readonly string[]>,
  vague: readonly string[],
) {
  const { matches, documentFrequency, unknown, things } = index.match(terms, forms);
  const rarity = documentFrequency.map((frequency) =>
    frequency === 0 ? undefined : Math.log(1 + index.documentCount / frequency),
  );
  // An unknown word is no evidence for any document: it never outweighs the question's most common known word.
  const unknownRarity = Math.min(
    Math.log(1 + 1 / UNKNOWN_SHARE),
    ...rarity.filter((value) => value !== undefined),
  );
  const weights = rarity.map((value, position) =>
    isLightTerm(terms[position] ?? '')
      ? (factors[position] ?? 1) * LIGHT_WEIGHT * Math.sqrt(Math.min(value ?? unknownRarity, COMMON_RARITY))
      : (factors[position] ?? 1) * Math.sqrt(value ?? unknownRarity),
  );
  // A long message tells a story around what it asks: a document answers it by covering as
  // much as a question of `NAMED_TERMS` words would need.
  const total =
    weights.reduce((sum, weight) => sum + weight, 0) * Math.min(1, NAMED_TERMS / Math.max(1, terms.length));
  const share = (credits: ReadonlyMap<number, number>) =>
    [...credits].reduce((sum, [position, credit]) => sum + credit * (weights[position] ?? 0), 0) / total;
  const best = (maps: readonly ReadonlyMap<number, number>[]) => {
    const merged = new Map<number, number>();
    for (const map of maps) {
      for (const [position, credit] of map) merged.set(position, Math.max(merged.get(position) ?? 0, credit));
    }
    return merged;
  };
  const byDocument = new Map<string, PassageMatch[]>();
  for (const match of matches) {
    byDocument.set(match.passage.documentId, [...(byDocument.get(match.passage.documentId) ?? []), match]);
  }
  const bestScore = Math.max(0, ...matches.map((match) => match.score));
  // Words most documents use are what the whole base is about ("dog" at a vet's): a document
  // that does not use one still speaks of it.
  const background = new Map(
    documentFrequency.flatMap((frequency, position) =>
      inBackground(index, frequency) ? [[position, BACKGROUND_CREDIT] as const] : [],
    ),
  );
  const documents: DocumentMatch[] = [...byDocument.values()].map((passages) => {
    const covered = best(passages.map((passage) => passage.terms));
    const inTitle = best(passages.map((passage) => passage.titleTerms));
    // The base's background helps a document answer, not outrank another; so does an item.
    const coverage = share(best([background, covered]));
    const ownCoverage = share(
      best([background, new Map([...covered].filter(([position]) => !things.includes(position)))]),
    );
    // Words found together in one passage (with its document's title, tags and ways of asking) rank
    // it, not words scattered over the whole document ("lost", "cannot", "code" in a gift-card article).
    const together = Math.max(
      ...passages.map((passage) =>
        share(new Map([...passage.terms].filter(([position]) => !things.includes(position)))),
      ),
    );
    const titleShare = share(inTitle);
    const named = share(new Map([...inTitle].map(([position]) => [position, 1])));
    const top = Math.max(...passages.map((passage) => passage.score));
    return {
      documentId: passages[0]?.passage.documentId ?? '',
      coverage,
      ownCoverage,
      titleShare,
      titleTerms: inTitle,
      named,
      rank: together + TITLE_BONUS * titleShare + SCORE_BONUS * (bestScore > 0 ? top / bestScore : 0),
      passages,
      share,
    };
  });
  documents.sort((left, right) => right.rank - left.rank);
  // Among the leaders, one whose title is about things the question does not name ranks lower.
  for (const document of documents.slice(0, CLOSE_RIVALS)) {
    const title = searchTerms(document.passages[0]?.passage.documentTitle ?? '').length;
    if (title > 0)
      document.rank -= (TITLE_PENALTY * unnamedTitleWords(index, document, terms).length) / title;
  }
  documents.sort((left, right) => right.rank - left.rank);
  // The question's distinctive words: none or few of the documents use them (and they name something;
  // a vague rewrite names nothing).
  const distinctive = terms.filter(
    (term, position) =>
      (documentFrequency[position] ?? 0) <= DISTINCTIVE_SHARE * index.documentCount &&
      !isLightTerm(term) &&
      !vague.includes(term),
  );
  return { documents, distinctive, unknown, things };
}

/** A match at least this sure is the word itself or a synonym, not a typo or a longer word. */
const SURE_CREDIT = 0.8;

/** True when two words are one typo apart (a letter added, dropped or changed), from 5 letters. */
function oneTypoApart(left: string, right: string): boolean {
  if (Math.min(left.length, right.length) < 5 || Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  let end = 0;
  while (end < left.length - start && left.at(-1 - end) === right.at(-1 - end)) end++;
  return Math.max(left.length, right.length) - start - end <= 1;
}

/** The question terms a document matches surely (the word itself or a synonym), light words aside. */
function sureTerms(document: DocumentMatch, question: readonly string[]): Set<string> {
  return new Set(
    document.passages.flatMap((passage) =>
      [...passage.terms].flatMap(([position, credit]) => {
        const term = question[position];
        return credit >= SURE_CREDIT && term !== undefined && !isLightTerm(term) ? [term] : [];
      }),
    ),
  );
}

/**
 * How many of the question's words a document matches as written or in a longer form, not as a
 * synonym, a word that merely starts the same or a typo; light words aside.
 */
function wordsAsWritten(document: DocumentMatch, question: readonly string[]): number {
  return new Set(
    document.passages.flatMap((passage) =>
      [...passage.terms].flatMap(([position, credit]) =>
        credit >= 1 && !isLightTerm(question[position] ?? '') ? [position] : [],
      ),
    ),
  ).size;
}

/**
 * True when a document covers at least `SURE_COVERAGE` of the question with what it says, two of
 * the question's words as written, and twice what any other document covers.
 */
function coversAlone(
  document: DocumentMatch,
  documents: readonly DocumentMatch[],
  question: readonly string[],
): boolean {
  const others = Math.max(0, ...documents.flatMap((other) => (other === document ? [] : [other.coverage])));
  return (
    document.ownCoverage >= SURE_COVERAGE &&
    wordsAsWritten(document, question) >= DOMINANT_WORDS &&
    document.coverage >= DOMINANCE * others
  );
}

/** How many of the question's words a document's title, tags and ways of asking must name to stand for it. */
const NAMING_WORDS = 2;

/**
 * True when a document's title, tags and ways of asking (`questions`) name at least `minCoverage`
 * of the question, in two words or more (light words aside), and it covers that much: what it is
 * about is what the question asks, even where another document's wording scores higher.
 */
function namesTheQuestion(
  document: DocumentMatch,
  question: readonly string[],
  minCoverage: number,
): boolean {
  const words = [...document.titleTerms.keys()].filter((position) => !isLightTerm(question[position] ?? ''));
  return words.length >= NAMING_WORDS && document.named >= minCoverage && document.coverage >= minCoverage;
}

/**
 * The distinctive words of a document's title (used by at most a fifth of the documents,
 * "password" in "Resetting your password") that a question does not name, not even as a
 * synonym, a longer form or a typo: what the document is about that the question is not.
 */
function unnamedTitleWords(
  index: PassageIndex,
  document: DocumentMatch,
  question: readonly string[],
): string[] {
  const words = question.flatMap((term) => index.related(term));
  const named = (term: string) =>
    words.some((word) => word.startsWith(term) || term.startsWith(word) || oneTypoApart(word, term));
  const title = document.passages[0]?.passage.documentTitle ?? '';
  return [...new Set(searchTerms(title))].filter(
    (term) => !named(term) && index.documentFrequency(term) <= DISTINCTIVE_SHARE * index.documentCount,
  );
}

/**
 * True when a question names something the knowledge base never mentions ("router") and
 * the document it matches surely shares only one word with it (light words aside), and
 * that word is only a synonym of the document's title or tags ("France" for "countries")
 * or the title has a distinctive word the question does not name. "How do I reset my
 * router?" then finds no answer, while "the vase came smashed" still finds "My item
 * arrived damaged" (the vase is read as an item; smashed means damaged).
 */
function aboutSomethingElse(
  index: PassageIndex,
  document: DocumentMatch,
  question: readonly string[],
  distinctive: readonly string[],
  things: readonly number[],
  actions: ReadonlySet<string>,
): boolean {
  const sure = sureTerms(document, question);
  // A word matched as an item ("teapot") is named when the document is about items.
  const items = document.passages.flatMap((passage) =>
    things.flatMap((position) => (passage.terms.has(position) ? [question[position]] : [])),
  );
  const foreign = distinctive.filter((term) => !sure.has(term) && !items.includes(term));
  // Words of one meaning ("product" and "bought") are one word shared.
  const meanings = [...sure].filter(
    (term, position, terms) =>
      !terms.slice(0, position).some((earlier) => index.related(earlier).includes(term)),
  );
  if (foreign.length === 0 || meanings.length > 1) return false;
  // The one word it shares is only a synonym of its title or tags ("France" for "countries").
  const headline = [...document.titleTerms].flatMap(([position, credit]) =>
    credit >= TITLE_AS_SUCH && sure.has(question[position] ?? '') ? [question[position] ?? ''] : [],
  );
  // A thing its title or tags name and no other document uses ("puppy") ties the question to it,
  // unless what the question asks to be done is foreign ("spayed").
  const names = new Set(namingTerms(headingOf(document)));
  const own =
    !foreign.some((term) => actions.has(term) || index.documentFrequency(term) > 0) &&
    headline.some(
      (term) =>
        names.has(term) &&
        index.documentFrequency(term) === 1 &&
        1 <= DISTINCTIVE_SHARE * index.documentCount,
    );
  return !own && (headline.length === 0 || unnamedTitleWords(index, document, question).length > 0);
}

/** True for a word used by `frequency` documents, at least half of a base of three or more: the base's background. */
function inBackground(index: PassageIndex, frequency: number): boolean {
  return index.documentCount >= BACKGROUND_BASE && frequency >= BACKGROUND_SHARE * index.documentCount;
}

/** A document's title and tags as one text. */
function headingOf(document: DocumentMatch): string {
  const passage = document.passages[0]?.passage;
  return [passage?.documentTitle, ...(passage?.tags ?? [])].join(', ');
}

/** Letters a word needs to be read as the start of a longer one ("uni" for "university"). */
const SHORT_FORM = 3;

/** True when a word is the start of a longer word of a document's title or tags ("uni" in "university"). */
function shortFor(term: string, document: DocumentMatch): boolean {
  return (
    term.length >= SHORT_FORM &&
    searchTerms(headingOf(document)).some((word) => word.length > term.length && word.startsWith(term))
  );
}

/**
 * Ranks passages for a question: the document covering the largest share of the
 * question (title and tag matches count extra) comes first, its passages by score, then
 * the other documents that also answer it. A follow-up ("and how long does that take?")
 * is matched together with the previous question at half weight. Returns an empty list
 * when no document covers at least `minCoverage` of the question, or the best one is
 * about something else or another kind of thing: the knowledge base has no answer.
 */
export function retrieve(index: PassageIndex, query: RetrievalQuery, minCoverage: number): RankedPassage[] {
  const knows = (term: string) => index.documentFrequency(term) > 0;
  const question = splitJoinedWords(query.question, knows);
  const { terms: own, vague, forms } = questionTerms(question, index);
  if (own.length === 0 && query.previousQuestion === undefined) return [];
  let terms = own;
  // A vague word counts like a light one.
  const factors = own.map((term) => (vague.includes(term) ? LIGHT_WEIGHT : 1));
  let { documents, distinctive, unknown, things } =
    own.length > 0
      ? rankDocuments(index, own, factors, forms, vague)
      : { documents: [], distinctive: [], unknown: [], things: [] };
  if (query.previousQuestion !== undefined && isFollowUp(question)) {
    const before = questionTerms(splitJoinedWords(query.previousQuestion, knows), index);
    const previous = before.terms.filter((term) => !own.includes(term));
    const merged = rankDocuments(
      index,
      [...own, ...previous],
      [...factors, ...previous.map(() => CONTEXT_WEIGHT)],
      new Map([...before.forms, ...forms]),
      [...vague, ...before.vague],
    );
    if (!standsAlone(question, documents, merged.documents[0], minCoverage)) {
      terms = [...own, ...previous];
      ({ documents, distinctive, unknown, things } = merged);
    }
  }
  const leader = documents[0];
  // When the best-ranked document covers too little, one that the title, tags and ways of asking
  // name for most of the question answers instead ("lost my phone and can't get the login code").
  const named =
    leader !== undefined && leader.coverage < minCoverage
      ? documents.find((document) => namesTheQuestion(document, terms, minCoverage))
      : undefined;
  // Failing that, a document that covers most of the question with its own words, most of them as
  // written, and twice what any other covers answers it ("will I have to pay customs if I order to
  // Dublin", where "Paying in three instalments" ranks first by its title).
  const covering =
    leader !== undefined && leader.coverage < minCoverage && named === undefined
      ? documents.find((document) => coversAlone(document, documents, terms))
      : undefined;
  const chosen = named ?? covering;
  if (chosen !== undefined) documents = [chosen, ...documents.filter((document) => document !== chosen)];
  const best = documents[0];
  const runnerUp = Math.max(0, ...documents.slice(1).map((document) => document.coverage));
  // A document that matches only words used about anything ("day", "going") answers nothing.
  const answers = (document: DocumentMatch) =>
    document.coverage >= minCoverage &&
    sureTerms(document, terms).size > 0 &&
    (document.titleShare > 0 ||
      document.ownCoverage >= SURE_COVERAGE ||
      (document === best &&
        runnerUp > 0 &&
        document.coverage >= DOMINANCE * runnerUp &&
        wordsAsWritten(document, terms) >= DOMINANT_WORDS));
  if (best === undefined || !answers(best)) return [];
  const unknownTerms = unknown
    .map((position) => terms[position] ?? '')
    .filter((term) => !isLightTerm(term) && !vague.includes(term));
  const sure = sureTerms(best, terms);
  const ownTerms = new Set([...sure].filter((term) => !inBackground(index, index.documentFrequency(term))));
  if (
    aboutSomethingElse(index, best, terms, distinctive, things, actionTerms(question)) ||
    namesSomethingElse({
      names: nameTerms(query.question),
      unknownTerms,
      distinctive,
      sureTerms: sure,
      ownTerms,
    }) ||
    askedInUnknownWords({
      unknownTerms,
      itemTerms: things.map((position) => terms[position] ?? ''),
      action: requestedAction(question),
      ownTerms,
      headingTerms: new Set(
        [...best.titleTerms.keys()].flatMap((position) =>
          sure.has(terms[position] ?? '') ? [terms[position] ?? ''] : [],
        ),
      ),
    }) ||
    asksAboutAnotherKind({
      pairs: namingPairs(question),
      terms,
      unknown,
      knownWord: (term) => index.related(term).length > 1 || shortFor(term, best),
      titleTerms: best.titleTerms,
      sureTerms: sure,
    })
  )
    return [];
  return documents.filter(answers).flatMap((document) =>
    [...document.passages]
      .sort((left, right) => right.score - left.score || left.passage.position - right.passage.position)
      .map((match) => ({
        passage: match.passage,
        score: match.score * (document.rank / best.rank),
        coverage: document.share(match.terms),
      })),
  );
}

import { stemmer } from 'stemmer';
import { normalizeSpelling } from './spelling';
import { LIGHT_WORDS, PHRASES } from './synonyms';

const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be because been before being but by can ' +
    'could did do does doing done for from get got had has have having he her here hers him his how ' +
    'i if in into is it its just me more most my myself no not now of off on once only or other our ' +
    'out over own please same she should so some such than that the their them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom ' +
    'why will with would you your yours hi hello hey thanks thank ok okay need want know tell like ' +
    "i'm im ive i've dont don't cant can't won't wont isn't isnt didn't didnt doesn't doesnt haven't " +
    "havent hasn't hasnt still really actually already ever even yet came come comes coming keep keeps " +
    "anyone anything one way ways able there's it's what's whats i'd id i'll ill you're lot much many something anything thing things stuff think guess " +
    // Courtesy and chat that never names a topic: "sorry to bother you, quick question".
    'sorry bother bothering wondering wonder hoping hope quick question help helping cheers ugh hmm pls plz ' +
    'inside onto within upon across along behind beside beneath towards ' +
    // Informal contractions: "I wanna", "gotta".
    'wanna gonna gotta kinda lemme gimme'
  ).split(' '),
);

/** A pronoun with a contracted verb ("we're", "they've", "you'd", "she'll"): never a topic. */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|who|what)['’](?:re|ve|ll|d|m|s)$/;

/** The possessive ending of a word ("dog's"; "customers'" loses its apostrophe as any other). */
const POSSESSIVE = /'s$/;

/** Stems already computed: a knowledge base repeats its words many times. */
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/**
 * Normalises one token for the search index and for queries alike: lower case, stop
 * words dropped, British and American spellings made one, Porter stemming (so "refunds",
 * "refunded" and "refund" meet, and "color" meets "colour").
 */
export function searchTerm(token: string): string | null {
  const term = token
    .toLowerCase()
    .replace(/^['’-]+|['’-]+$/g, '')
    .replace(/’/g, "'");
  if (STOP_WORDS.has(term) || PRONOUN_CONTRACTION.test(term)) return null;
  // A possessive ("my dog's tablets") names the same thing as the word itself.
  const word = term.replace(POSSESSIVE, '');
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  if (/^\d/.test(word)) return word;
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemmer(normalizeSpelling(word));
    if (STEMS.size < STEM_CACHE_SIZE) STEMS.set(word, stem);
  }
  return stem;
}

/** Rewrites everyday multi-word phrasings to one word (see `PHRASES`). */
export function rewritePhrases(text: string, phrases: typeof PHRASES = PHRASES): string {
  return phrases.reduce((result, [pattern, word]) => result.replace(pattern, ` ${word} `), text);
}

/** Splits text into raw tokens after rewriting phrases (what MiniSearch's `tokenize` does). */
export function tokenize(text: string): string[] {
  return rewritePhrases(text)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((token) => token.split(/-(?=\p{L}{3})/u))
    .filter((token) => token.length > 0);
}

/**
 * Splits a document's text into raw tokens for the index: as `tokenize`, plus each word
 * written with a hyphen also as one word ("Wi-Fi" as wifi, "e-mail" as email), the way
 * customers often type it.
 */
export function tokenizeDocument(text: string): string[] {
  return tokenize(text).concat(
    [...text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map(([word]) => word.replace(/-/g, '')),
  );
}

/** The search terms of a text (what the index and the queries match on). */
export function searchTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    const term = searchTerm(token);
    return term === null ? [] : [term];
  });
}

/** Maps a search term to the other terms of its synonym groups. */
export type SynonymTable = ReadonlyMap<string, readonly string[]>;

/**
 * Builds the synonym table from word groups (the built-in ones plus an app's own), and
 * from narrower words that also mean a broader one, one way only: "Germany" also means
 * "country" (and its group), while "country" does not mean every country.
 */
export function createSynonymTable(
  groups: readonly (readonly string[])[],
  narrower: ReadonlyArray<readonly [readonly string[], string]> = [],
): SynonymTable {
  const table = new Map<string, Set<string>>();
  const add = (term: string, alternatives: Iterable<string>) => {
    const known = table.get(term) ?? new Set<string>();
    for (const other of alternatives) if (other !== term) known.add(other);
    table.set(term, known);
  };
  for (const group of groups) {
    const terms = [...new Set(group.flatMap((word) => searchTerms(word)))];
    for (const term of terms) add(term, terms);
  }
  for (const [words, broader] of narrower) {
    const meanings = searchTerms(broader).flatMap((term) => [term, ...(table.get(term) ?? [])]);
    for (const term of words.flatMap((word) => searchTerms(word))) add(term, meanings);
  }
  return new Map([...table].map(([term, alternatives]) => [term, [...alternatives]]));
}

const LIGHT_TERMS = new Set(LIGHT_WORDS.flatMap((word) => searchTerms(word)));

/**
 * True for the search term of a word used about anything ("waiting", "week"; see
 * `LIGHT_WORDS`) and for a number (an amount, a date, an order number: a detail).
 */
export function isLightTerm(term: string): boolean {
  return LIGHT_TERMS.has(term) || /^\d+$/.test(term);
}

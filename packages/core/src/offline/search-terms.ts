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
    'why will with would you your yours hi hello hey thanks thank ok okay need needs needed want wants wanted know tell like ' +
    "i'm im ive i've dont don't cant can't won't wont isn't isnt didn't didnt doesn't doesnt haven't " +
    "havent hasn't hasnt wasn't wasnt weren't werent aren't arent hadn't hadnt couldn't couldnt wouldn't wouldnt shouldn't shouldnt still really actually already ever even yet came come comes coming keep keeps " +
    "anyone anything nobody noone everyone everybody few several one way ways able there's it's what's whats i'd id i'll ill you're lot much many something anything thing things stuff think guess " +
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
 * A token as a word before stemming, or null for a stop word: lower case, accents dropped
 * (customers often type "creme brulee" for "crème brûlée"), quotes and a possessive dropped
 * ("my dog's tablets"), British and American spellings made one.
 */
export function wordForm(token: string): string | null {
  const term = token
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/^['’-]+|['’-]+$/g, '')
    .replace(/’/g, "'");
  if (STOP_WORDS.has(term) || PRONOUN_CONTRACTION.test(term)) return null;
  // A possessive names the same thing as the word itself.
  const word = term.replace(POSSESSIVE, '');
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return /^\d/.test(word) ? word : normalizeSpelling(word);
}

/** The search term of a word form (see `wordForm`): its Porter stem; a number stays as it is. */
export function stemOf(form: string): string {
  if (/^\d/.test(form)) return form;
  let stem = STEMS.get(form);
  if (stem === undefined) {
    stem = stemmer(form);
    if (STEMS.size < STEM_CACHE_SIZE) STEMS.set(form, stem);
  }
  return stem;
}

/**
 * Normalises one token for the search index and for queries alike: lower case, stop
 * words dropped, British and American spellings made one, Porter stemming (so "refunds",
 * "refunded" and "refund" meet, and "color" meets "colour").
 */
export function searchTerm(token: string): string | null {
  const form = wordForm(token);
  return form === null ? null : stemOf(form);
}

/** Endings of inflected forms ("installs", "installed", "installing"). */
const INFLECTION = /(?:ing|ed|es|s)$/;

/** A word form without its inflection, when at least three letters remain. */
function uninflected(form: string): string {
  const word = form.replace(INFLECTION, '');
  return word.length >= 3 ? word : form;
}

/**
 * True when two forms of one stem are one word: without their inflections, one starts the
 * other, or does once a final "e" or "y" is dropped ("damage" and "damaging", "delivery" and
 * "deliveries", "replace" and "replacement"). Porter also makes "install" and "instalment" one
 * stem (and "general" and "generate"): those are not one word.
 */
export function sameWord(left: string, right: string): boolean {
  const [shorter, longer] = [uninflected(left), uninflected(right)].sort((a, b) => a.length - b.length);
  if (shorter === undefined || longer === undefined) return false;
  return longer.startsWith(shorter) || longer.startsWith(shorter.replace(/[ey]$/, ''));
}

/** The word forms of a text by search term: what was written for each ("install" for instal). */
export function wordForms(text: string): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const token of tokenize(text)) {
    const form = wordForm(token);
    if (form === null) continue;
    const term = stemOf(form);
    forms.set(term, [...(forms.get(term) ?? []), form]);
  }
  return forms;
}

/** Rewrites everyday multi-word phrasings to one word (see `PHRASES`). */
export function rewritePhrases(text: string, phrases: typeof PHRASES = PHRASES): string {
  return phrases.reduce((result, [pattern, word]) => result.replace(pattern, ` ${word} `), text);
}

/** Splits text into raw tokens after rewriting phrases (what MiniSearch's `tokenize` does). */
export function tokenize(text: string): string[] {
  return rewritePhrases(text)
    .split(/[^\p{L}\p{M}\p{N}'’-]+/u)
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

/**
 * Maps a search term to the other terms of its synonym groups. Two words of different groups
 * may share a Porter stem ("install" and "instalment" are both instal): given the forms a text
 * wrote for the term, only the groups of those words count ("instalment" means split payments,
 * not assembly), and each other term comes with the words its groups write it as, so that
 * "assemble" finds "install" and not "instalment".
 */
export interface SynonymTable {
  /**
   * The other terms of the term's groups (of the groups of the written forms, when given), each
   * with the words those groups write it as; undefined when the term is in no group.
   */
  get(term: string, written?: readonly string[]): ReadonlyMap<string, readonly string[]> | undefined;
}

/** One synonym group: the words it holds, as word forms, and what they mean (their search terms). */
interface SynonymGroup {
  forms: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * Builds the synonym table from word groups (the built-in ones plus an app's own), and
 * from narrower words that also mean a broader one, one way only: "Germany" also means
 * "country" (and its group), while "country" does not mean every country.
 */
export function createSynonymTable(
  groups: readonly (readonly string[])[],
  narrower: ReadonlyArray<readonly [readonly string[], string]> = [],
): SynonymTable {
  const table = new Map<string, SynonymGroup[]>();
  const formsOf = (words: readonly string[]) =>
    words.flatMap((word) => tokenize(word).flatMap((token) => wordForm(token) ?? []));
  const add = (own: readonly string[], group: SynonymGroup) => {
    for (const term of new Set(own.map(stemOf))) table.set(term, [...(table.get(term) ?? []), group]);
  };
  for (const words of groups) {
    const forms = formsOf(words);
    add(forms, { forms: new Set(forms), terms: new Set(forms.map(stemOf)) });
  }
  for (const [words, broader] of narrower) {
    const meanings = searchTerms(broader).flatMap((term) => [
      { forms: new Set(formsOf([broader])), terms: new Set([term]) },
      ...(table.get(term) ?? []),
    ]);
    const forms = meanings.flatMap((group) => [...group.forms]);
    const terms = meanings.flatMap((group) => [...group.terms]);
    for (const word of words) {
      const own = formsOf([word]);
      add(own, { forms: new Set([...own, ...forms]), terms: new Set([...own.map(stemOf), ...terms]) });
    }
  }
  return {
    get(term, written) {
      const entries = table.get(term);
      if (entries === undefined) return undefined;
      const own = (entry: SynonymGroup) => [...entry.forms].filter((form) => stemOf(form) === term);
      const asWritten = (match: (form: string, asked: string) => boolean) =>
        entries.filter((entry) => own(entry).some((form) => written?.some((asked) => match(form, asked))));
      const exact = asWritten((form, asked) => form === asked);
      const same = exact.length > 0 ? exact : asWritten(sameWord);
      const alternatives = new Map<string, string[]>();
      for (const entry of same.length > 0 ? same : entries) {
        for (const form of entry.forms) {
          const other = stemOf(form);
          if (other !== term) alternatives.set(other, [...(alternatives.get(other) ?? []), form]);
        }
      }
      return alternatives;
    },
  };
}

const LIGHT_TERMS = new Set(LIGHT_WORDS.flatMap((word) => searchTerms(word)));

/**
 * True for the search term of a word used about anything ("waiting", "week"; see
 * `LIGHT_WORDS`) and for a number (an amount, a date, an order number: a detail).
 */
export function isLightTerm(term: string): boolean {
  return LIGHT_TERMS.has(term) || /^\d+$/.test(term);
}

import { TITLE_AS_SUCH } from './passage-index';
import { isLightTerm, searchTerm, searchTerms } from './search-terms';

/**
 * A word ending like a verb form ("arrived", "loading") describes; it does not name a thing.
 * As in Porter's stemmer, what comes before the ending has a vowel: "bring" and "thing" are no verb forms.
 */
const VERB_FORM = /[aeiouy][^\s]*(?:ed|ing)$/;

/**
 * The search terms of a title or tags that name what a document is about: its words not
 * written as a verb form ("password" and not "resetting" in "Resetting your password").
 */
export function namingTerms(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => !VERB_FORM.test(word.toLowerCase()))
    .flatMap((word) => searchTerms(word));
}

/** The search terms of a question's words written as verb forms ("spayed", "struggling"): actions, not things. */
export function actionTerms(question: string): Set<string> {
  return new Set(
    question
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((word) => VERB_FORM.test(word.toLowerCase()))
      .flatMap((word) => searchTerms(word)),
  );
}

/**
 * The pairs of adjacent words of a question, as search terms, where the first may name a
 * kind of the second ("gym membership", "wifi password"): read from the words as written
 * (not rewritten phrases), never across punctuation or a stop word. A verb form names a kind
 * of what follows it ("parking meter", "wedding gift") but is never the thing named ("teapot
 * arrived"), and a word used about anything ("guys") is not part of a name.
 */
export function namingPairs(question: string): Array<readonly [string, string]> {
  return question.split(/[,.;:!?()"]+/).flatMap((clause) => {
    const words = clause.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0);
    return words.flatMap((word, position) => {
      const next = words[position + 1];
      if (next === undefined || VERB_FORM.test(next.toLowerCase())) return [];
      const modifier = searchTerm(word);
      const head = searchTerm(next);
      return modifier === null || head === null || isLightTerm(modifier) || isLightTerm(head)
        ? []
        : [[modifier, head] as const];
    });
  });
}

/** How many other words, besides the thing named, a document must cover to answer anyway. */
const OTHER_WORDS = 2;

/**
 * True when a question asks about another kind of thing than a document: a word the base
 * never uses, and no synonym table knows either (a name, not "cheaper"), names a kind of
 * a word in the document's title or tags ("cancel my gym membership" against "Cancelling
 * Parcelwise Plus", tagged "membership"), and the document covers fewer than two of the
 * question's other words. "Is my bread board dishwasher safe?" still finds "Caring for
 * wooden chopping boards": it covers "dishwasher" and "safe" too.
 */
export function asksAboutAnotherKind(options: {
  pairs: ReadonlyArray<readonly [string, string]>;
  terms: readonly string[];
  unknown: readonly number[];
  /**
   * True for a word the synonym tables know (an everyday word like "cheaper", not a name) or a
   * short form of a word of the document's title ("uni" for "university"): not another kind.
   */
  knownWord: (term: string) => boolean;
  /** The terms the document matches in its title or tags (position → credit). */
  titleTerms: ReadonlyMap<number, number>;
  /** The terms the document matches surely (the word itself or a synonym). */
  sureTerms: ReadonlySet<string>;
}): boolean {
  const { pairs, terms, unknown, knownWord, titleTerms, sureTerms } = options;
  const unknownTerms = new Set(unknown.map((position) => terms[position]));
  const headline = new Set(
    [...titleTerms].flatMap(([position, credit]) => (credit >= TITLE_AS_SUCH ? [terms[position]] : [])),
  );
  return pairs.some(([modifier, head]) => {
    if (!unknownTerms.has(modifier) || knownWord(modifier) || !(headline.has(head) || sureTerms.has(head)))
      return false;
    const others = [...sureTerms].filter((term) => term !== head && !isLightTerm(term));
    return others.length < OTHER_WORDS;
  });
}

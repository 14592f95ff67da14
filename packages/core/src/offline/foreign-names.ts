import { searchTerm } from './search-terms';

/** A word written with a capital inside it ("iPhone", "HMRC", "PayPal"): a name wherever it stands. */
const INNER_CAPITAL = /^\p{L}+\p{Lu}/u;
/** A word starting with a capital ("Amazon"): a name when it does not start a sentence. */
const CAPITALISED = /^\p{Lu}/u;
/** The pronoun "I" and its contractions, capitalised everywhere. */
const FIRST_PERSON = /^i(?:['’](?:m|ve|ll|d))?$/i;

/**
 * The search terms of the names a question uses: words written with a capital where a
 * sentence does not start ("return a parcel to Amazon", "Royal Mail") or with a capital inside
 * ("iPhone", "SQL").
 */
export function nameTerms(question: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of question.split(/[.!?]+\s*/)) {
    const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0);
    words.forEach((word, position) => {
      const name =
        INNER_CAPITAL.test(word) || (position > 0 && CAPITALISED.test(word) && !FIRST_PERSON.test(word));
      const term = name ? searchTerm(word) : null;
      if (term !== null) names.add(term);
    });
  }
  return names;
}

/**
 * True when a question names something the knowledge base never mentions ("Amazon", "SQL") and
 * either the document shares none of the question's distinctive words with it, only words many
 * documents use ("how do I return a parcel to Amazon" against "Returning an item"), or the words
 * the base never uses are at least as many as the document's own words it matches ("how do I send
 * money to a friend with Monzo": friend and Monzo against money): the question is about that other
 * thing. A name beside more of the document's own words ("claim directly from Petplan", "pay with a
 * Tesco gift card") is still answered.
 */
export function namesSomethingElse(options: {
  names: ReadonlySet<string>;
  /**
   * The question's terms no document matches at all, not even with a typo (words used about
   * anything and vague rewrites aside).
   */
  unknownTerms: readonly string[];
  /** The question's distinctive terms (few documents use them, or none). */
  distinctive: readonly string[];
  /** The terms the document matches surely. */
  sureTerms: ReadonlySet<string>;
  /** The terms the document matches surely that are not the base's background. */
  ownTerms: ReadonlySet<string>;
}): boolean {
  const { names, unknownTerms, distinctive, sureTerms, ownTerms } = options;
  return (
    unknownTerms.some((term) => names.has(term)) &&
    (!distinctive.some((term) => sureTerms.has(term)) || unknownTerms.length >= ownTerms.size)
  );
}

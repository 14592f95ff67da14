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
 * True when a question names something the knowledge base never mentions ("Amazon", "SQL")
 * and the document it matches shares none of the question's distinctive words with it, only
 * words many documents use ("return", "parcel"): the question is about that other thing. A
 * name next to a word of the document's own ("claim directly from Petplan") is still answered.
 */
export function namesSomethingElse(options: {
  names: ReadonlySet<string>;
  /** The question's terms no document matches at all, not even with a typo. */
  unknownTerms: readonly string[];
  /** The question's distinctive terms (few documents use them, or none). */
  distinctive: readonly string[];
  /** The terms the document matches surely. */
  sureTerms: ReadonlySet<string>;
}): boolean {
  const { names, unknownTerms, distinctive, sureTerms } = options;
  return unknownTerms.some((term) => names.has(term)) && !distinctive.some((term) => sureTerms.has(term));
}

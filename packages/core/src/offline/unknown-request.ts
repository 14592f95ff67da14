import { searchTerm } from './search-terms';

/** How many words the knowledge base never uses tell a question about something else. */
const UNKNOWN_WORDS = 2;

/**
 * The verb a request opens with ("how do I become", "can you write", "do you fit"): what the
 * question asks to be done.
 */
const REQUEST =
  /^(?:how (?:do|can|could|should|would) (?:i|we)|(?:can|could|may) (?:i|we|you)|(?:do|will|would) you)\s+(\p{L}+)/iu;

/** The search term of the action a question asks for ("becom" in "how do I become a seller"), if it opens with one. */
export function requestedAction(question: string): string | undefined {
  const verb = REQUEST.exec(question.trim())?.[1];
  return verb === undefined ? undefined : (searchTerm(verb) ?? undefined);
}

/**
 * True when a question is told in words the knowledge base never uses and the document
 * does not stand for it: either two or more such words (light words and words read as an
 * item aside) against at most one word the document shares surely (its background aside)
 * ("do you fit electric car chargers" at a plumber's: car and chargers against electric), or
 * the action it asks for is such a word ("how do I become a seller on the marketplace"); in
 * both cases only when none of the words the document shares surely is in its title or tags
 * ("explain simply: how do I get my invoices into QuickBooks" still finds the export to
 * QuickBooks, "will you fill in my insurance form" the insurance claims).
 */
export function askedInUnknownWords(options: {
  /** The question's terms no document matches (light words and vague rewrites aside). */
  unknownTerms: readonly string[];
  /** The terms read as an item ("teapot" in "the teapot came in pieces"). */
  itemTerms: readonly string[];
  /** The action the question asks for (`requestedAction`). */
  action: string | undefined;
  /** The terms the document matches surely that are not the base's background. */
  ownTerms: ReadonlySet<string>;
  /** The terms the document matches surely in its title or tags. */
  headingTerms: ReadonlySet<string>;
}): boolean {
  const { unknownTerms, itemTerms, action, ownTerms, headingTerms } = options;
  if (headingTerms.size > 0) return false;
  const strange = unknownTerms.filter((term) => !itemTerms.includes(term));
  const outweighed = strange.length >= UNKNOWN_WORDS && ownTerms.size <= 1;
  return outweighed || (action !== undefined && unknownTerms.includes(action));
}

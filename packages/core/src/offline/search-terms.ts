const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be because been before being but by can ' +
    'could did do does doing done for from get got had has have having he her here hers him his how ' +
    'i if in into is it its just me more most my myself no not now of off on once only or other our ' +
    'out over own please same she should so some such than that the their them then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom ' +
    'why will with would you your yours hi hello hey thanks thank ok okay need want know tell like ' +
    "i'm im ive i've dont don't cant can't"
  ).split(' '),
);

/** Strips common English endings so "refunds", "refunded" and "refund" meet. */
function stem(term: string): string {
  if (term.length > 5 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 5 && term.endsWith('ing')) return term.slice(0, -3);
  if (term.length > 4 && term.endsWith('ed')) return term.slice(0, -2);
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

/**
 * Normalises one token for the search index and for queries alike: lower case,
 * stop words dropped, light stemming.
 */
export function searchTerm(token: string): string | null {
  const term = token.toLowerCase().replace(/^['’]+|['’]+$/g, '');
  if (term.length < 2 || STOP_WORDS.has(term)) return null;
  return stem(term);
}

/** The search terms of a text (what the index and the queries match on). */
export function searchTerms(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).flatMap((token) => {
    const term = searchTerm(token);
    return term === null ? [] : [term];
  });
}

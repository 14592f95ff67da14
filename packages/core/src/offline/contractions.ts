/** Full forms and their contractions, most specific first. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['cannot', "can't"],
  ['will not', "won't"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['is not', "isn't"],
  ['are not', "aren't"],
  ['was not', "wasn't"],
  ['have not', "haven't"],
  ['has not', "hasn't"],
  ['should not', "shouldn't"],
  ['could not', "couldn't"],
  ['would not', "wouldn't"],
  ['I am', "I'm"],
  ['I will', "I'll"],
  ['you are', "you're"],
  ['you will', "you'll"],
  ['we are', "we're"],
  ['we will', "we'll"],
  ['they are', "they're"],
  ['it is', "it's"],
  ['that is', "that's"],
  ['there is', "there's"],
];

/** Keeps the capital of the replaced text's first letter. */
function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

function replaceAll(text: string, from: string, to: string): string {
  const pattern = new RegExp(`\\b${from.replace(/'/g, "['’]")}\\b`, 'gi');
  return text.replace(pattern, (found) => matchCase(found, to));
}

/** Writes the full forms as contractions ("do not" → "don't"): a casual register. */
export function contract(text: string): string {
  return PAIRS.reduce((result, [full, short]) => replaceAll(result, full, short), text);
}

/** Writes contractions out in full ("don't" → "do not"): a formal register. */
export function expandContractions(text: string): string {
  return PAIRS.reduce((result, [full, short]) => replaceAll(result, short, full), text);
}

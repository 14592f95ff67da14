import { searchTerm } from './search-terms';

/** Words shorter than this are never split. */
const MIN_LENGTH = 5;
/** Each part of a split word has at least this many letters ("my" in "trackmy"). */
const MIN_PART = 2;
/** The short words typed onto the next or previous one ("trackmy", "myorder", "setup"). */
const GLUED = new Set('my your our the an to it me is of for and up in on at'.split(' '));

/**
 * Splits words typed without a space ("trackmy", "myorder") in two, when the word is
 * unknown to the knowledge base and it is a known word and a short function word (`GLUED`)
 * run together;
 * the split with the longest known part wins. (Two known words run together are left:
 * "homework" is a word of its own, not "home work".) `knows` tells whether
 * the base uses a search term.
 */
export function splitJoinedWords(text: string, knows: (term: string) => boolean): string {
  return text.replace(new RegExp(`\\p{L}{${MIN_LENGTH},}`, 'gu'), (word) => {
    const whole = searchTerm(word);
    if (whole === null || knows(whole)) return word;
    let best: { left: string; right: string; known: number } | undefined;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      const left = word.slice(0, cut);
      const right = word.slice(cut);
      const parts = [left, right].map((part) => {
        if (GLUED.has(part.toLowerCase())) return 'stop';
        const term = searchTerm(part);
        return term !== null && knows(term) ? 'known' : 'unknown';
      });
      if (!(parts.includes('known') && parts.includes('stop'))) continue;
      const known = Math.max(parts[0] === 'known' ? left.length : 0, parts[1] === 'known' ? right.length : 0);
      if (best === undefined || known > best.known) best = { left, right, known };
    }
    return best === undefined ? word : `${best.left} ${best.right}`;
  });
}

/** A span of a text, `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The ranges of `pattern` (a global regex) in `text` that `accept` keeps. */
export function matchRanges(
  text: string,
  pattern: RegExp,
  accept: (match: string, start: number) => boolean = () => true,
): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(pattern))
    if (accept(match[0], match.index))
      ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

/** Replaces every range (overlapping ones merged) of `text` with `token`. */
export function replaceRanges(text: string, ranges: readonly TextRange[], token: string): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  let open: TextRange | undefined;
  for (const range of sorted) {
    if (open && range.start < open.end) {
      open.end = Math.max(open.end, range.end);
      continue;
    }
    if (open) {
      result += text.slice(cursor, open.start) + token;
      cursor = open.end;
    }
    open = { ...range };
  }
  if (open) result += text.slice(cursor, open.start) + token + text.slice(open.end);
  return result;
}

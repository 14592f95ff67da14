/** Markdown text cut into top-level blocks; `starts[i]` is where `blocks[i]` begins in `text`. */
export interface MarkdownBlocks {
  text: string;
  blocks: readonly string[];
  starts: readonly number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cuts `text` into top-level blocks at blank lines that are followed by an unindented line, outside
 * fenced code, and not between two items of one list, so each block parses alone to what it would
 * have been in the whole text. Only the last block can still change as a reply streams: when
 * `previous` is the split of a prefix of `text`, its blocks but the last are kept (the same
 * strings, so memoized renders are reused) and only the rest is scanned again.
 */
export function splitMarkdownBlocks(text: string, previous?: MarkdownBlocks): MarkdownBlocks {
  let blocks: string[] = [];
  let starts: number[] = [];
  let from = 0;
  if (previous && previous.blocks.length > 1 && text.startsWith(previous.text)) {
    blocks = previous.blocks.slice(0, -1);
    starts = previous.starts.slice(0, -1);
    from = previous.starts.at(-1) ?? 0;
  }
  let blockStart = from;
  let fence: string | undefined;
  let blankBefore = false;
  let blockIsList = false;
  let lineStart = from;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      const close = FENCE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length && line.trim() === close)
        fence = undefined;
    } else if (!blank) {
      const startsBlock =
        blankBefore &&
        lineStart > blockStart &&
        !/^[ \t]/.test(line) &&
        !(blockIsList && LIST_ITEM.test(line));
      if (startsBlock) {
        blocks.push(text.slice(blockStart, lineStart));
        starts.push(blockStart);
        blockStart = lineStart;
      }
      if (lineStart === blockStart) blockIsList = LIST_ITEM.test(line);
      fence = FENCE.exec(line)?.[1];
    }
    blankBefore = blank && fence === undefined;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  blocks.push(text.slice(blockStart));
  starts.push(blockStart);
  return { text, blocks, starts };
}

/** A link reference definition line: `[label]: destination "title"`. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;

/**
 * The link reference definitions in `text`, one per line. They may sit in any block and serve
 * every other, so they are appended to each block that is parsed alone.
 */
export function referenceDefinitions(text: string): string {
  return text.match(REFERENCE_DEFINITION)?.join('\n') ?? '';
}

import { decodeEntity, ENTITY } from './markdown-entities';

/** A link destination (already unescaped, not yet sanitized) and its title. */
export interface LinkTarget {
  href: string;
  title?: string;
}

/** The link reference definitions and footnote labels a block's inline text may refer to. */
export interface MarkdownReferences {
  /** Keyed by the normalized label (see `normalizeLabel`). */
  links: Map<string, LinkTarget>;
  /** Normalized footnote labels (`[^label]: …`). */
  footnotes: Set<string>;
}

/** Inline markdown as a tree: text, emphasis, code, links, images, line breaks and footnote references. */
export type InlineNode =
  | string
  | { type: 'em' | 'strong' | 'del' | 'mark'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; title?: string; children: InlineNode[] }
  | { type: 'image'; src: string; alt: string; title?: string }
  | { type: 'break' }
  | { type: 'footnote'; label: string };

/** How deep emphasis may nest; deeper delimiters stay text, so hostile input cannot build a deep tree. */
const MAX_INLINE_DEPTH = 16;

/** Labels match case-insensitively with runs of whitespace as one space. */
export const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** A run of `*`, `_`, `~~` or `==` that may open or close emphasis (CommonMark's delimiter run). */
interface Run {
  char: string;
  /** Where the run starts in the source. */
  start: number;
  count: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  piece: Piece;
  previous?: Run;
  next?: Run;
}

type Value = InlineNode | Run | { depth: number; node: InlineNode };

/** One item of the doubly linked list the parser builds, so wrapping a range costs only that range. */
interface Piece {
  value: Value;
  previous?: Piece;
  next?: Piece;
}

interface Bracket {
  piece: Piece;
  image: boolean;
  active: boolean;
  /** The top of the delimiter stack when the bracket opened. */
  bottom?: Run;
  /** Where the bracket's text starts in the source. */
  textStart: number;
  previous?: Bracket;
}

const isRun = (value: Value): value is Run => typeof value === 'object' && 'canOpen' in value;
const isWrapped = (value: Value): value is { depth: number; node: InlineNode } =>
  typeof value === 'object' && 'depth' in value && 'node' in value;

const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<([a-zA-Z][a-zA-Z\d+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK =
  /<([\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?)*)>/y;
const ANGLE_DESTINATION = /<([^<>\n]*)>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]+/iy;
const BARE_URL_BEFORE = /[\s*_~(]/;
/** A character that may start inline syntax (`h` and `w`: a bare URL). */
const SPECIAL = /[\\`*_~=[\]!<&\nhHwW]/g;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]{1,100})\]/y;
const REFERENCE_LABEL = /\[((?:[^\\[\]]|\\.){0,999})\]/y;
const TRAILING_URL_PUNCTUATION = `?!.,:*_~'"`;
const ESCAPE_OR_ENTITY = new RegExp(`\\\\(${ESCAPABLE.source})|${ENTITY.source}`, 'g');

/** Text with backslash escapes and entities resolved (link destinations, titles, labels). */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPE_OR_ENTITY, (match, escaped, entity) => escaped ?? decodeEntity(entity) ?? match);
}

/** The plain text of inline nodes (an image's alt text, a heading's slug). */
export function plainText(nodes: readonly InlineNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') text += node;
    else if (node.type === 'code') text += node.text;
    else if (node.type === 'image') text += node.alt;
    else if (node.type === 'footnote') text += node.label;
    else if (node.type !== 'break') text += plainText(node.children);
  }
  return text;
}

/** A link's `(destination "title")` starting at `start` (the `(`), or undefined when it is not one. */
function inlineLinkTail(source: string, start: number): { target: LinkTarget; end: number } | undefined {
  let at = start + 1;
  const skipSpace = () => {
    while (at < source.length && /[ \t\n]/.test(source[at] ?? '')) at++;
  };
  skipSpace();
  let href = '';
  if (source[at] === '<') {
    ANGLE_DESTINATION.lastIndex = at;
    const angle = ANGLE_DESTINATION.exec(source);
    if (!angle) return undefined;
    href = angle[1] ?? '';
    at = ANGLE_DESTINATION.lastIndex;
  } else {
    let depth = 0;
    const from = at;
    for (; at < source.length; at++) {
      const char = source[at] ?? '';
      if (char === '\\' && ESCAPABLE.test(source[at + 1] ?? '')) at++;
      else if (char === '(') {
        if (++depth > 32) return undefined;
      } else if (char === ')') {
        if (depth === 0) break;
        depth--;
      } else if (char <= ' ') break;
    }
    if (depth !== 0) return undefined;
    href = source.slice(from, at);
  }
  const beforeTitle = at;
  skipSpace();
  let title: string | undefined;
  const quote = source[at];
  if (at > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let end = at + 1;
    // A title in parentheses holds no unescaped `(`, so a scan never runs past the next link.
    for (; end < source.length && source[end] !== closer; end++) {
      if (source[end] === '\\') end++;
      else if (quote === '(' && source[end] === '(') return undefined;
    }
    if (end >= source.length) return undefined;
    title = unescapeMarkdown(source.slice(at + 1, end));
    at = end + 1;
    skipSpace();
  }
  if (source[at] !== ')') return undefined;
  return { target: { href: unescapeMarkdown(href), title }, end: at + 1 };
}

/**
 * Parses one paragraph's (or heading's, or cell's) inline markdown into a tree, after CommonMark:
 * code spans, backslash escapes, entities, emphasis and strong emphasis by delimiter runs,
 * `~~strikethrough~~`, `==mark==`, inline and reference links and images, `<autolinks>`, bare
 * `https://` and `www.` URLs and email addresses, footnote references and hard line breaks. Raw
 * HTML is not parsed: it stays text. Unclosed syntax stays the text it is; with `open` (the end
 * of a reply still streaming in) emphasis, strikethrough, mark and a code span left open at the
 * end render as if closed, so their markers do not flash. Linear in the input.
 */
export function parseInline(source: string, references: MarkdownReferences, open = false): InlineNode[] {
  let head: Piece | undefined;
  let tail: Piece | undefined;
  let runs: Run | undefined;
  let brackets: Bracket | undefined;
  let text = '';
  /** Backtick runs by length, as ascending positions, with a cursor each (found on first use). */
  let ticks: Map<number, { positions: number[]; cursor: number }> | undefined;
  /** The first backtick run that found no closing run. */
  let unclosedCode: { start: number; length: number } | undefined;

  const append = (value: Value): Piece => {
    const piece: Piece = { value, previous: tail };
    if (tail) tail.next = piece;
    else head = piece;
    tail = piece;
    return piece;
  };
  const flushText = () => {
    if (text) append(text);
    text = '';
  };
  const removeRun = (run: Run) => {
    if (run.previous) run.previous.next = run.next;
    if (run.next) run.next.previous = run.previous;
    else runs = run.previous;
  };
  /** The values of the pieces after `first` up to (not including) `last`, taken out of the list. */
  const takeBetween = (first: Piece, last: Piece | undefined): Value[] => {
    const values: Value[] = [];
    for (let piece = first.next; piece && piece !== last; piece = piece.next) values.push(piece.value);
    first.next = last;
    if (last) last.previous = first;
    else tail = first;
    return values;
  };
  const insertAfter = (piece: Piece, value: Value) => {
    const inserted: Piece = { value, previous: piece, next: piece.next };
    if (piece.next) piece.next.previous = inserted;
    else tail = inserted;
    piece.next = inserted;
  };

  /** Matches the runs above `bottom`; returns the openers left unclosed, innermost first. */
  const processEmphasis = (bottom: Run | undefined): Run[] => {
    let closer: Run | undefined = runs;
    while (closer?.previous && closer.previous !== bottom) closer = closer.previous;
    if (closer === bottom) closer = undefined;
    const floors = new Map<string, Run | undefined>();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const floor = floors.has(key) ? floors.get(key) : bottom;
      let opener = closer.previous;
      for (; opener && opener !== bottom && opener !== floor; opener = opener.previous) {
        if (opener.char !== closer.char || !opener.canOpen) continue;
        const oddMatch =
          (opener.canClose || closer.canOpen) &&
          (opener.length + closer.length) % 3 === 0 &&
          !(opener.length % 3 === 0 && closer.length % 3 === 0);
        if (oddMatch) continue;
        break;
      }
      if (opener && opener !== bottom && opener !== floor) {
        const double = opener.count >= 2 && closer.count >= 2;
        const type = closer.char === '~' ? 'del' : closer.char === '=' ? 'mark' : double ? 'strong' : 'em';
        const between: Value[] = [];
        for (let piece = opener.piece.next; piece && piece !== closer.piece; piece = piece.next)
          between.push(piece.value);
        const depth =
          1 + between.reduce((deepest, value) => Math.max(deepest, isWrapped(value) ? value.depth : 0), 0);
        if (depth <= MAX_INLINE_DEPTH) {
          const children = materialize(takeBetween(opener.piece, closer.piece));
          insertAfter(opener.piece, { depth, node: { type, children } });
          const used = double ? 2 : 1;
          opener.count -= used;
          closer.count -= used;
          opener.next = closer;
          closer.previous = opener;
          if (opener.count === 0) removeRun(opener);
          if (closer.count === 0) {
            const next: Run | undefined = closer.next;
            removeRun(closer);
            closer = next;
          }
          continue;
        }
      }
      floors.set(key, closer.previous);
      const next: Run | undefined = closer.next;
      if (!closer.canOpen) removeRun(closer);
      closer = next;
    }
    const unclosed: Run[] = [];
    while (runs && runs !== bottom) {
      if (runs.canOpen && runs.count > 0) unclosed.push(runs);
      removeRun(runs);
    }
    return unclosed;
  };

  const closeBracket = (at: number): number => {
    const bracket = brackets;
    if (!bracket) return -1;
    brackets = bracket.previous;
    if (!bracket.active) return -1;
    let target: LinkTarget | undefined;
    let end = at + 1;
    if (source[end] === '(') {
      const tail = inlineLinkTail(source, end);
      if (tail) ({ target, end } = tail);
    }
    if (!target) {
      REFERENCE_LABEL.lastIndex = end;
      const full = REFERENCE_LABEL.exec(source);
      const label = full?.[1] ? full[1] : source.slice(bracket.textStart, at);
      target = references.links.get(normalizeLabel(label));
      if (!target) return -1;
      if (full) end = REFERENCE_LABEL.lastIndex;
    }
    flushText();
    processEmphasis(bracket.bottom);
    const children = materialize(takeBetween(bracket.piece, undefined));
    const node: InlineNode = bracket.image
      ? { type: 'image', src: target.href, alt: plainText(children), title: target.title }
      : { type: 'link', href: target.href, title: target.title, children };
    bracket.piece.value = { depth: 1, node };
    if (!bracket.image)
      for (let open = brackets; open; open = open.previous) if (!open.image) open.active = false;
    return end;
  };

  const codeSpanEnd = (at: number, length: number): number => {
    if (!ticks) {
      ticks = new Map();
      for (const match of source.matchAll(/`+/g)) {
        const entry = ticks.get(match[0].length) ?? { positions: [], cursor: 0 };
        entry.positions.push(match.index);
        ticks.set(match[0].length, entry);
      }
    }
    const entry = ticks.get(length);
    if (!entry) return -1;
    while (entry.cursor < entry.positions.length && (entry.positions[entry.cursor] ?? 0) <= at)
      entry.cursor++;
    return entry.positions[entry.cursor] ?? -1;
  };

  let at = 0;
  while (at < source.length) {
    const char = source[at] ?? '';
    if (char === '\\') {
      const next = source[at + 1] ?? '';
      if (next === '\n') {
        flushText();
        append({ type: 'break' });
        at += 2;
      } else if (ESCAPABLE.test(next)) {
        text += next;
        at += 2;
      } else {
        text += char;
        at++;
      }
    } else if (char === '`') {
      let length = 1;
      while (source[at + length] === '`') length++;
      const close = codeSpanEnd(at + length - 1, length);
      if (close === -1) {
        unclosedCode ??= { start: at, length };
        text += source.slice(at, at + length);
        at += length;
      } else {
        let code = source.slice(at + length, close).replace(/\n/g, ' ');
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim())
          code = code.slice(1, -1);
        flushText();
        append({ type: 'code', text: code });
        at = close + length;
      }
    } else if (char === '*' || char === '_' || char === '~' || char === '=') {
      let length = 1;
      while (source[at + length] === char) length++;
      const delimiter = source.slice(at, at + length);
      const pairOnly = char === '~' || char === '=';
      if (pairOnly && length !== 2) {
        text += delimiter;
      } else {
        const before = at === 0 ? ' ' : (source[at - 1] ?? ' ');
        const after = source[at + length] ?? ' ';
        const spaceBefore = WHITESPACE.test(before);
        const spaceAfter = WHITESPACE.test(after);
        const left = !spaceAfter && (!PUNCTUATION.test(after) || spaceBefore || PUNCTUATION.test(before));
        const right = !spaceBefore && (!PUNCTUATION.test(before) || spaceAfter || PUNCTUATION.test(after));
        const underscore = char === '_';
        flushText();
        // The run and its piece point at each other: the piece is appended first, holding ''.
        const piece = append('');
        const run: Run = {
          char,
          start: at,
          count: length,
          length,
          canOpen: underscore ? left && (!right || PUNCTUATION.test(before)) : left,
          canClose: underscore ? right && (!left || PUNCTUATION.test(after)) : right,
          piece,
          previous: runs,
        };
        piece.value = run;
        if (runs) runs.next = run;
        runs = run;
      }
      at += length;
    } else if (char === '[' || (char === '!' && source[at + 1] === '[')) {
      FOOTNOTE_REFERENCE.lastIndex = at;
      const footnote = char === '[' ? FOOTNOTE_REFERENCE.exec(source) : null;
      if (footnote?.[1] && references.footnotes.has(normalizeLabel(footnote[1]))) {
        flushText();
        append({ type: 'footnote', label: footnote[1] });
        at = FOOTNOTE_REFERENCE.lastIndex;
        continue;
      }
      const image = char === '!';
      flushText();
      const opener = image ? '![' : '[';
      brackets = {
        piece: append(opener),
        image,
        active: true,
        bottom: runs,
        textStart: at + opener.length,
        previous: brackets,
      };
      at += opener.length;
    } else if (char === ']') {
      const end = closeBracket(at);
      if (end === -1) {
        text += char;
        at++;
      } else at = end;
    } else if (char === '<') {
      AUTOLINK.lastIndex = at;
      EMAIL_AUTOLINK.lastIndex = at;
      const url = AUTOLINK.exec(source);
      const email = url ? null : EMAIL_AUTOLINK.exec(source);
      const address = url?.[1] ?? email?.[1];
      if (address) {
        flushText();
        append({ type: 'link', href: email ? `mailto:${address}` : address, children: [address] });
        at += address.length + 2;
      } else {
        text += char;
        at++;
      }
    } else if (char === '&') {
      ENTITY.lastIndex = at;
      const entity = ENTITY.exec(source);
      const decoded = entity?.[1] ? decodeEntity(entity[1]) : undefined;
      if (entity && decoded !== undefined) {
        text += decoded;
        at += entity[0].length;
      } else {
        text += char;
        at++;
      }
    } else if (char === '\n') {
      let trimmed = text.length;
      while (text[trimmed - 1] === ' ') trimmed--;
      const hard = text.length - trimmed >= 2;
      if (trimmed < text.length) text = text.slice(0, trimmed);
      // Flushed at each line, so the text being built (and read back here) stays one line long.
      flushText();
      append(hard ? { type: 'break' } : '\n');
      at++;
      while (source[at] === ' ') at++;
    } else if (
      (char === 'h' || char === 'w' || char === 'H' || char === 'W') &&
      (at === 0 || BARE_URL_BEFORE.test(source[at - 1] ?? '')) &&
      // Not the destination of a link still streaming in (`[help](https://exa`).
      !source.startsWith('](', at - 2)
    ) {
      BARE_URL.lastIndex = at;
      let url = BARE_URL.exec(source)?.[0] ?? '';
      let unbalanced = url.split(')').length - url.split('(').length;
      while (TRAILING_URL_PUNCTUATION.includes(url.at(-1) ?? ' ') || (url.endsWith(')') && unbalanced > 0)) {
        if (url.endsWith(')')) unbalanced--;
        url = url.slice(0, -1);
      }
      if (/^(?:https?:\/\/|www\.)[\w-]/i.test(url)) {
        flushText();
        append({ type: 'link', href: /^www\./i.test(url) ? `http://${url}` : url, children: [url] });
        at += url.length;
      } else {
        text += char;
        at++;
      }
    } else {
      // Plain text up to the next character that may start syntax, taken as one slice.
      SPECIAL.lastIndex = at + 1;
      const next = SPECIAL.exec(source)?.index ?? source.length;
      text += source.slice(at, next);
      at = next;
    }
  }
  flushText();
  const unclosed = processEmphasis(undefined);
  if (open) {
    // Close what is still open at the end, innermost first: the code span, then the emphasis before it.
    const codeStart = unclosedCode?.start ?? source.length;
    const suffix =
      '`'.repeat(unclosedCode?.length ?? 0) +
      unclosed
        .filter((run) => run.start < codeStart)
        .map((run) => run.char.repeat(run.count))
        .join('');
    if (suffix) return parseInline(source.trimEnd() + suffix, references);
  }
  const values: Value[] = [];
  for (let piece = head; piece; piece = piece.next) values.push(piece.value);
  return linkEmails(materialize(values));
}

/**
 * A bare email address (GFM's extended email autolink). Matches start only where a local part
 * starts, so a long run of word characters without an `@` is scanned once, not once per character.
 */
const BARE_EMAIL =
  /(?<![\w.+-])[\w.+-]+@[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?)+/g;

/** Turns bare email addresses in text (outside links and code) into `mailto:` links. */
function linkEmails(nodes: InlineNode[]): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (typeof node !== 'string') {
      if (node.type === 'em' || node.type === 'strong' || node.type === 'del' || node.type === 'mark')
        return [{ ...node, children: linkEmails(node.children) }];
      return [node];
    }
    if (!node.includes('@')) return [node];
    const parts: InlineNode[] = [];
    let last = 0;
    for (const match of node.matchAll(BARE_EMAIL)) {
      if (match.index > last) parts.push(node.slice(last, match.index));
      parts.push({ type: 'link', href: `mailto:${match[0]}`, children: [match[0]] });
      last = match.index + match[0].length;
    }
    if (last < node.length) parts.push(node.slice(last));
    return parts;
  });
}

/** Turns parser values into nodes: leftover delimiter runs become text, adjacent texts merge. */
function materialize(values: readonly Value[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const value of values) {
    const node = isRun(value) ? value.char.repeat(value.count) : isWrapped(value) ? value.node : value;
    const last = nodes.at(-1);
    if (typeof node === 'string' && typeof last === 'string') nodes[nodes.length - 1] = last + node;
    else if (node !== '') nodes.push(node);
  }
  return nodes;
}

import { type MarkdownReferences, normalizeLabel, unescapeMarkdown } from './markdown-inline';
import { MAX_MARKDOWN_NESTING } from './markdown-nesting';

/** A table column's alignment (`:--`, `:-:`, `--:`), if its delimiter row gives one. */
export type ColumnAlign = 'left' | 'center' | 'right' | undefined;

/** Markdown blocks as a tree; inline content stays source text, parsed when rendered. */
export type BlockNode =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'code'; language?: string; text: string }
  | { type: 'quote'; alert?: string; children: BlockNode[] }
  | { type: 'list'; ordered: boolean; start: number; loose: boolean; items: ListItem[] }
  | { type: 'table'; align: ColumnAlign[]; head: string[]; rows: string[][] }
  | { type: 'rule' }
  | { type: 'footnotes'; notes: Array<{ label: string; text: string }> };

/** One list item: its blocks, and for a task item whether it is checked. */
export interface ListItem {
  checked?: boolean;
  children: BlockNode[];
}

/** A parsed block of markdown and the definitions its inline text resolves against. */
export interface ParsedMarkdown {
  blocks: BlockNode[];
  references: MarkdownReferences;
}

/**
 * Containers (quotes and list items, mixed) nested deeper than this render their content as a
 * paragraph: `capMarkdownNesting` bounds plain chains, this bounds alternating ones (`> - > - …`).
 */
const MAX_CONTAINER_DEPTH = MAX_MARKDOWN_NESTING * 2;

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-{2,})[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})(?:([-*+])|(\d{1,9})([.)]))(?:([ \t]+)(.*))?$/;
const TASK = /^\[([ xX])\](?:[ \t]+|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))(?:[ \t]+(?:"([^"]*)"|'([^']*)'|\(([^)]*)\)))?[ \t]*$/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]*(.*)$/;
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*$/i;
const INDENTED = /^(?: {4}|\t)/;

const isBlank = (line: string) => line.trim() === '';

/** Leading tabs become spaces (to the next multiple of 4), so indentation is counted in columns. */
const expandTabs = (line: string) =>
  line.replace(/^[ \t]+/, (indent) => {
    let column = 0;
    for (const char of indent) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
    return ' '.repeat(column);
  });

const indentOf = (line: string) => line.length - line.trimStart().length;

/** An ATX heading's level and text (its closing `#`s removed), if `line` is one. */
function atxHeading(line: string): { level: 1 | 2 | 3 | 4 | 5 | 6; text: string } | undefined {
  const marks = ATX_HEADING.exec(line)?.[1];
  if (!marks) return undefined;
  let text = line.trim().slice(marks.length).trim();
  let closing = 0;
  while (text[text.length - 1 - closing] === '#') closing++;
  if (closing === text.length || /[ \t]/.test(text[text.length - closing - 1] ?? ''))
    text = text.slice(0, text.length - closing).trimEnd();
  return { level: marks.length as 1 | 2 | 3 | 4 | 5 | 6, text };
}

/** A list item marker that may start a list where a paragraph is open (CommonMark: non-empty, `1.` if ordered). */
function interruptsParagraph(line: string): boolean {
  if (FENCE.test(line) || ATX_HEADING.test(line) || RULE.test(line) || QUOTE.test(line)) return true;
  const item = LIST_ITEM.exec(line);
  return !!item && !!item[6]?.trim() && (item[3] === undefined || item[3] === '1');
}

/** The cells of a table row, split at unescaped pipes, without the outer ones; `\|` becomes `|`. */
function tableCells(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
  if (cells.length > 1 && cells.at(-1) === '' && /(?<!\\)\|[ \t]*$/.test(line)) cells.pop();
  return cells;
}

/** True when `lines[at]` is a table's header and the next line its delimiter row, with as many cells. */
function startsTable(lines: readonly string[], at: number): boolean {
  const header = lines[at] ?? '';
  const delimiter = lines[at + 1];
  return (
    delimiter !== undefined &&
    header.includes('|') &&
    TABLE_DELIMITER.test(delimiter) &&
    tableCells(header).length === tableCells(delimiter).length
  );
}

function columnAlign(cell: string): ColumnAlign {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : undefined;
}

/** Records a link reference or footnote definition line; true if `line` was one. */
function readDefinition(line: string, references: MarkdownReferences): boolean {
  const footnote = FOOTNOTE_DEFINITION.exec(line);
  if (footnote?.[1]) {
    references.footnotes.add(normalizeLabel(footnote[1]));
    return true;
  }
  const link = LINK_DEFINITION.exec(line);
  if (!link?.[1]) return false;
  const label = normalizeLabel(unescapeMarkdown(link[1]));
  if (!references.links.has(label)) {
    const title = link[4] ?? link[5] ?? link[6];
    references.links.set(label, {
      href: unescapeMarkdown(link[2] ?? link[3] ?? ''),
      title: title === undefined ? undefined : unescapeMarkdown(title),
    });
  }
  return true;
}

/** Parses lines into blocks, recording definitions into `references`. */
function parseLines(lines: readonly string[], references: MarkdownReferences, depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n').trim() });
    paragraph = [];
  };
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (isBlank(line)) {
      closeParagraph();
      at++;
      continue;
    }
    const underline = paragraph.length > 0 ? SETEXT_UNDERLINE.exec(line)?.[1] : undefined;
    if (underline) {
      blocks.push({
        type: 'heading',
        level: underline[0] === '=' ? 1 : 2,
        text: paragraph.join('\n').trim(),
      });
      paragraph = [];
      at++;
      continue;
    }
    if (paragraph.length > 0 && !interruptsParagraph(line) && !startsTable(lines, at)) {
      paragraph.push(line);
      at++;
      continue;
    }
    closeParagraph();
    const fence = FENCE.exec(line);
    const heading = atxHeading(line);
    if (INDENTED.test(line)) {
      const code: string[] = [];
      for (; at < lines.length && (INDENTED.test(lines[at] ?? '') || isBlank(lines[at] ?? '')); at++)
        code.push((lines[at] ?? '').slice(4));
      while (code.length > 0 && isBlank(code.at(-1) ?? '')) code.pop();
      blocks.push({ type: 'code', text: code.join('\n') });
    } else if (fence?.[2] && !(fence[2][0] === '`' && fence[3]?.includes('`'))) {
      const [, indent = '', marker = ''] = fence;
      const code: string[] = [];
      for (at++; at < lines.length; at++) {
        const inner = lines[at] ?? '';
        const [, , closing = '', after = ''] = FENCE.exec(inner) ?? [];
        if (closing[0] === marker[0] && closing.length >= marker.length && !after.trim()) {
          at++;
          break;
        }
        code.push(inner.slice(Math.min(indent.length, indentOf(inner))));
      }
      const language = unescapeMarkdown(fence[3]?.trim().split(/\s/)[0] ?? '');
      blocks.push({ type: 'code', language: language || undefined, text: code.join('\n') });
    } else if (heading) {
      blocks.push({ type: 'heading', ...heading });
      at++;
    } else if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      at++;
    } else if (startsTable(lines, at)) {
      const head = tableCells(line);
      const align = tableCells(lines[at + 1] ?? '').map(columnAlign);
      const rows: string[][] = [];
      for (at += 2; at < lines.length; at++) {
        const row = lines[at] ?? '';
        if (isBlank(row) || interruptsParagraph(row)) break;
        const cells = tableCells(row);
        rows.push(head.map((_, column) => cells[column] ?? ''));
      }
      blocks.push({ type: 'table', align, head, rows });
    } else if (depth >= MAX_CONTAINER_DEPTH) {
      paragraph.push(line);
      at++;
    } else if (QUOTE.test(line)) {
      const inner: string[] = [];
      for (; at < lines.length; at++) {
        const quoted = lines[at] ?? '';
        if (QUOTE.test(quoted)) inner.push(expandTabs(quoted.replace(QUOTE, '')));
        else if (!isBlank(quoted) && !isBlank(inner.at(-1) ?? '') && !interruptsParagraph(quoted))
          inner.push(quoted);
        else break;
      }
      const alert = ALERT.exec(inner[0] ?? '')?.[1];
      if (alert) inner.shift();
      blocks.push({
        type: 'quote',
        alert: alert?.toUpperCase(),
        children: parseLines(inner, references, depth + 1),
      });
    } else if (LIST_ITEM.test(line)) {
      at = parseList(lines, at, references, depth, blocks);
    } else {
      const footnote = FOOTNOTE_DEFINITION.exec(line);
      if (footnote?.[1]) {
        readDefinition(line, references);
        const notes = blocks.at(-1)?.type === 'footnotes' ? blocks.at(-1) : undefined;
        const note = { label: footnote[1], text: footnote[2] ?? '' };
        for (at++; at < lines.length && INDENTED.test(lines[at] ?? ''); at++) note.text += `\n${lines[at]}`;
        if (notes?.type === 'footnotes') notes.notes.push(note);
        else blocks.push({ type: 'footnotes', notes: [note] });
      } else {
        if (!readDefinition(line, references)) paragraph.push(line);
        at++;
      }
    }
  }
  closeParagraph();
  return blocks;
}

/**
 * True when a blank line separates two of an item's own blocks (which makes its list loose): not
 * a blank line inside fenced code, nor one inside a nested list's item.
 */
function blankBetweenBlocks(lines: readonly string[]): boolean {
  let fence = '';
  let blank = false;
  let started = false;
  let inNestedItem = false;
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[2] ?? '';
    if (fence) {
      if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = '';
      continue;
    }
    if (isBlank(line)) {
      blank = started;
      continue;
    }
    started = true;
    const indent = indentOf(line);
    if (blank && (indent === 0 || !inNestedItem)) return true;
    blank = false;
    if (indent === 0) inNestedItem = LIST_ITEM.test(line);
    fence = marker;
  }
  return false;
}

/** Parses the list starting at `lines[start]` into `blocks`; returns the index after it. */
function parseList(
  lines: readonly string[],
  start: number,
  references: MarkdownReferences,
  depth: number,
  blocks: BlockNode[],
): number {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  const ordered = first?.[3] !== undefined;
  const marker = ordered ? first?.[4] : first?.[2];
  const items: ListItem[] = [];
  let loose = false;
  let at = start;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    const item = LIST_ITEM.exec(line);
    if (!item || RULE.test(line) || (ordered ? item[4] : item[2]) !== marker) break;
    const [, indent = '', bullet, number = '', , spaces = '', content = ''] = item;
    const markerWidth = indent.length + (bullet ?? `${number}.`).length;
    const blankStart = content.trim() === '';
    const contentIndent = blankStart || spaces.length > 4 ? markerWidth + 1 : markerWidth + spaces.length;
    const itemLines = [spaces.length > 4 && !blankStart ? ' '.repeat(spaces.length - 1) + content : content];
    for (at++; at < lines.length; at++) {
      const next = lines[at] ?? '';
      if (isBlank(next)) {
        itemLines.push('');
        continue;
      }
      if (indentOf(next) >= contentIndent) {
        itemLines.push(next.slice(contentIndent));
        continue;
      }
      // A lazy continuation line of the item's paragraph.
      const continues = !LIST_ITEM.test(next) && !interruptsParagraph(next) && !startsTable(lines, at);
      if (continues && !isBlank(itemLines.at(-1) ?? '')) itemLines.push(next);
      else break;
    }
    let trailingBlanks = 0;
    while (itemLines.length > 1 && isBlank(itemLines.at(-1) ?? '')) {
      itemLines.pop();
      trailingBlanks++;
    }
    const nextItem = LIST_ITEM.exec(lines[at] ?? '');
    if (
      blankBetweenBlocks(itemLines) ||
      (trailingBlanks > 0 && nextItem && (ordered ? nextItem[4] : nextItem[2]) === marker)
    )
      loose = true;
    const task = TASK.exec(itemLines[0] ?? '');
    if (task) itemLines[0] = (itemLines[0] ?? '').slice(task[0].length);
    items.push({
      checked: task ? task[1] !== ' ' : undefined,
      children: parseLines(itemLines, references, depth + 1),
    });
    if (trailingBlanks > 0 && !nextItem) break;
  }
  blocks.push({ type: 'list', ordered, start: ordered ? Number(first?.[3]) : 1, loose, items });
  return at;
}

/**
 * Parses one top-level block of markdown (see `splitMarkdownBlocks`) into a block tree: ATX and
 * setext headings, paragraphs, fenced and indented code, block quotes (and `> [!NOTE]` alerts),
 * ordered, bullet and task lists, GFM tables, thematic breaks, link reference and footnote
 * definitions. `definitions` (the message's other definition lines) are read for references only.
 * An unclosed fence runs to the end of the block, as it does while a reply streams.
 */
export function parseMarkdown(source: string, definitions = ''): ParsedMarkdown {
  const references: MarkdownReferences = { links: new Map(), footnotes: new Set() };
  const blocks = parseLines(source.split('\n').map(expandTabs), references, 0);
  for (const line of definitions.split('\n')) readDefinition(line, references);
  return { blocks, references };
}

import type { KnowledgeDocument } from './knowledge-document';
import { KnowledgeError } from './knowledge-error';

/** An article as a help-desk tool exports it: an HTML body, an id that may be a number. */
export interface HtmlArticle {
  /** The article id; a number becomes its decimal string. */
  id?: string | number;
  /** The title. */
  title: string;
  /** The body as HTML. */
  html: string;
  /** Where the article can be read. */
  url?: string;
  /** Keywords that help retrieval. */
  tags?: readonly string[];
  /** The ways customers ask for the article. */
  questions?: readonly string[];
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  times: '×',
  szlig: 'ß',
};
/** Accented letters by their entity's ending ("eacute"), as a combining mark. */
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030A',
};

/** Decodes HTML character references: numeric, the common named ones and accented letters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+\d*);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    const accented = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    if (accented?.[1] !== undefined && accented[2] !== undefined) {
      return `${accented[1]}${MARKS[accented[2]] ?? ''}`.normalize('NFC');
    }
    return NAMED[name] ?? reference;
  });
}

/** Where a comment or an element whose content is never text starts. */
const HIDDEN_START = /<!--|<(script|style|template)\b/gi;

/**
 * The HTML without its comments, scripts, styles and templates; one left open hides the rest
 * of the page, as in a browser. Linear time: each search goes on from where the last ended.
 */
function withoutHidden(html: string): string {
  let kept = '';
  let from = 0;
  HIDDEN_START.lastIndex = 0;
  for (let start = HIDDEN_START.exec(html); start !== null; start = HIDDEN_START.exec(html)) {
    kept += `${html.slice(from, start.index)} `;
    const name = start[1];
    const close = name === undefined ? /-->/g : new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = start.index + start[0].length;
    const end = close.exec(html);
    if (end === null) return kept;
    from = end.index + end[0].length;
    HIDDEN_START.lastIndex = from;
  }
  return kept + html.slice(from);
}

/** A tag's start: `<name` or `</name`. */
const TAG_START = /<(\/?)([a-z][\w-]*)\b/iy;

/**
 * The tags (token, `'/'` or `''`, name) and text runs (token alone) of HTML, in linear time: a
 * tag runs to the next `>`, found once for every tag before it (searching again from each
 * `<` of a page without one is quadratic).
 */
function* htmlTokens(html: string): Generator<[token: string, closing?: string, tag?: string]> {
  let at = 0;
  let nextEnd = html.indexOf('>');
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      yield [html.slice(at)];
      return;
    }
    if (open > at) yield [html.slice(at, open)];
    if (nextEnd !== -1 && nextEnd < open) nextEnd = html.indexOf('>', open);
    TAG_START.lastIndex = open;
    const tag = nextEnd === -1 ? null : TAG_START.exec(html);
    if (tag === null) {
      yield ['<'];
      at = open + 1;
    } else {
      yield [html.slice(open, nextEnd + 1), tag[1], tag[2]];
      at = nextEnd + 1;
    }
  }
}

const BLOCK = /^(?:p|div|br|hr|section|article|header|footer|blockquote|pre|table|tr|ul|ol|dl|dd|dt|figure)$/;

/**
 * HTML as the light Markdown the offline model reads: paragraphs and blocks separated by a
 * blank line, `<h1>`…`<h6>` as `#` headings (a heading's `id` as its anchor, `{#id}`), list
 * items as `- ` or `1. ` lines, `<pre>` as a fenced code block, a table as a Markdown table,
 * a link to a web page as a Markdown link (any other keeps its text), other tags dropped,
 * scripts, styles, templates and comments left out (one left open hides the rest, as in a
 * browser), entities decoded. Linear time in the length of the HTML.
 */
export function htmlToMarkdown(html: string): string {
  const blocks: string[] = [];
  /** The lists open around the text, innermost last; their items make one block. */
  const lists: { ordered: boolean; count: number }[] = [];
  let items: string[] = [];
  /** The rows of the table being read, each a list of cells; undefined outside a table. */
  let rows: string[][] | undefined;
  /** The text of a `<pre>` block being read, as written; undefined outside one. */
  let pre: string | undefined;
  let line = '';
  let prefix = '';
  let suffix = '';
  /** An open link to a web page: where its text starts in `line`, and its address. */
  let link: { start: number; href: string } | undefined;
  const flush = () => {
    link = undefined;
    const text = decodeEntities(line).replace(/\s+/g, ' ').trim();
    line = '';
    if (text === '') return;
    if (rows !== undefined) rows.at(-1)?.push(text.replace(/\|/g, '\\|'));
    else if (lists.length > 0) items.push(`${prefix || '- '}${text}`);
    else blocks.push(`${prefix}${text}${suffix}`);
    prefix = '';
    suffix = '';
  };
  const endTable = (table: string[][]) => {
    const [head, ...body] = table.filter((row) => row.length > 0);
    if (head === undefined) return;
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    blocks.push([row(head), row(head.map(() => '---')), ...body.map(row)].join('\n'));
  };
  for (const [token, closing, tag] of htmlTokens(withoutHidden(html))) {
    const name = tag?.toLowerCase();
    if (pre !== undefined) {
      if (name === 'pre' && closing === '/') {
        const code = decodeEntities(pre).replace(/^\n|\s+$/g, '');
        if (code !== '') blocks.push(`\`\`\`\n${code}\n\`\`\``);
        pre = undefined;
      } else if (name === 'br') pre += '\n';
      else if (name === undefined) pre += token;
      continue;
    }
    if (name === undefined) {
      line += token;
      continue;
    }
    const heading = /^h([1-6])$/.exec(name);
    if (heading?.[1] !== undefined) {
      flush();
      const anchor = closing === '' ? /\bid\s*=\s*["']?([\w.:-]+)/i.exec(token)?.[1] : undefined;
      prefix = closing === '' ? `${'#'.repeat(Number(heading[1]))} ` : '';
      suffix = anchor === undefined ? '' : ` {#${anchor}}`;
    } else if (name === 'pre') {
      flush();
      if (closing === '') pre = '';
    } else if (name === 'table') {
      flush();
      if (closing === '') rows = [];
      else if (rows !== undefined) {
        endTable(rows);
        rows = undefined;
      }
    } else if (name === 'tr' && rows !== undefined) {
      flush();
      if (closing === '') rows.push([]);
    } else if ((name === 'td' || name === 'th') && rows !== undefined) {
      flush();
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (closing === '') lists.push({ ordered: name === 'ol', count: 0 });
      else lists.pop();
      if (lists.length === 0 && items.length > 0) {
        blocks.push(items.join('\n'));
        items = [];
      }
    } else if (name === 'li') {
      flush();
      const list = lists.at(-1);
      prefix = '';
      if (closing === '' && list !== undefined) {
        list.count += 1;
        prefix = list.ordered ? `${list.count}. ` : '- ';
      }
    } else if (name === 'a') {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(token);
      const address = decodeEntities(href?.[1] ?? href?.[2] ?? '');
      if (closing === '' && /^https?:\/\//i.test(address)) link = { start: line.length, href: address };
      else if (closing === '/' && link !== undefined) {
        const text = line.slice(link.start).replace(/\s+/g, ' ').trim();
        if (text !== '')
          line = `${line.slice(0, link.start)}[${text.replace(/[[\]]/g, '\\$&')}](${link.href.replace(/[()\s]/g, encodeURIComponent)})`;
        link = undefined;
      }
    } else if (BLOCK.test(name)) {
      flush();
    }
  }
  flush();
  if (rows !== undefined) endTable(rows);
  if (items.length > 0) blocks.push(items.join('\n'));
  return blocks.join('\n\n');
}

/**
 * A knowledge document from a help-desk article: the HTML body as light Markdown
 * (`htmlToMarkdown`), a numeric id as a string. An article with no text gets an empty body,
 * which `createOfflineModel` refuses by its position (`empty-body`): leave drafts out. Throws
 * a {@link KnowledgeError} for an article without a title (`missing-title`) or an `html` string
 * (`invalid-document`).
 */
export function htmlDocument(article: HtmlArticle): KnowledgeDocument {
  if (typeof article?.title !== 'string' || article.title.trim() === '') {
    throw new KnowledgeError(
      'missing-title',
      "Offline model: htmlDocument needs the article's `title` (a string).",
    );
  }
  if (typeof article.html !== 'string') {
    throw new KnowledgeError(
      'invalid-document',
      `Offline model: htmlDocument needs the article's body as \`html\` (a string), got ${typeof article.html}; "${article.title}" has ${Object.keys(article).join(', ')}.`,
    );
  }
  return {
    ...(article.id === undefined ? {} : { id: String(article.id) }),
    title: decodeEntities(article.title).trim(),
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.tags === undefined ? {} : { tags: article.tags }),
    ...(article.questions === undefined ? {} : { questions: article.questions }),
    body: htmlToMarkdown(article.html),
  };
}

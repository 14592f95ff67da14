import type { KnowledgeDocument } from './knowledge-document';
import { KnowledgeError } from './knowledge-error';

/** What a Markdown file does not say about itself, e.g. its file name as id and its page. */
export interface MarkdownDocumentDefaults {
  /** The document id when the front matter has none, e.g. the file name. */
  id?: string;
  /** Where the document can be read when the front matter has no `url`. */
  url?: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** A `#` heading line; its text still carries the closing hashes (`# Title ##`). */
const HEADING_LINE = /^[ \t]*#[ \t]+(.*)$/gm;

/** The text without the spaces, tabs and hashes that end it, in linear time (a regular expression backtracks). */
function trimClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t#'.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** The first `#` heading with text, where it starts and ends. */
function firstHeading(markdown: string): { title: string; start: number; end: number } | undefined {
  for (const line of markdown.matchAll(HEADING_LINE)) {
    const title = trimClosingHashes(line[1] ?? '');
    if (title !== '') return { title, start: line.index, end: line.index + line[0].length };
  }
  return undefined;
}

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The fields of a simple YAML front matter: `key: value`, `key: [a, b]` and `- item` lines. */
function readFrontMatter(yaml: string): Map<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  let list: string[] | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item?.[1] !== undefined && list !== undefined) {
      list.push(unquote(item[1]));
      continue;
    }
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field?.[1] === undefined || field[2] === undefined) continue;
    const [, key, value] = field;
    const inline = /^\[(.*)\]$/.exec(value.trim());
    if (inline?.[1] !== undefined) {
      list = undefined;
      fields.set(key, inline[1].split(',').map(unquote).filter(Boolean));
    } else if (value.trim() === '') {
      list = [];
      fields.set(key, list);
    } else {
      list = undefined;
      fields.set(key, unquote(value));
    }
  }
  return fields;
}

/**
 * A knowledge document from a Markdown file: `title`, `id`, `url`, `tags` and `questions`
 * from its YAML front matter (other fields are ignored, none is quoted in a reply), else the
 * title from its first `#` heading, which is then left out of the body. `defaults` give the id
 * and URL the front matter does not. Headings below it name sections; `## Section {#anchor}`
 * gives a section an anchor, added to the URL of the sources of replies drawn from it. Throws
 * a {@link KnowledgeError}: `missing-title` when the file names no title, `invalid-document`
 * when it is not text (a `Buffer` read without an encoding).
 */
export function markdownDocument(
  markdown: string,
  defaults: MarkdownDocumentDefaults = {},
): KnowledgeDocument {
  if (typeof markdown !== 'string') {
    const what = (markdown as unknown as object | null)?.constructor?.name ?? typeof markdown;
    throw new KnowledgeError(
      'invalid-document',
      `Offline model: markdownDocument takes the file's text, got ${what} (read it with readFileSync(path, 'utf8')).`,
    );
  }
  const front = FRONT_MATTER.exec(markdown);
  const fields = front?.[1] === undefined ? new Map<string, string | string[]>() : readFrontMatter(front[1]);
  let body = front === null ? markdown : markdown.slice(front[0].length);
  const text = (key: 'id' | 'title' | 'url') => {
    const value = fields.get(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const list = (key: 'tags' | 'questions') => {
    const value = fields.get(key);
    return typeof value === 'string' ? [value] : value;
  };
  const heading = firstHeading(body);
  const leadingHeading = heading !== undefined && body.slice(0, heading.start).trim() === '';
  const title = text('title') ?? (leadingHeading ? heading?.title : undefined);
  if (title === undefined) {
    throw new KnowledgeError(
      'missing-title',
      `Offline model: the Markdown document${defaults.id === undefined ? '' : ` "${defaults.id}"`} has no title (a front matter title or a first # heading).`,
    );
  }
  if (leadingHeading && heading?.title === title) body = body.slice(heading.end);
  const id = text('id') ?? defaults.id;
  const url = text('url') ?? defaults.url;
  const tags = list('tags');
  const questions = list('questions');
  return {
    ...(id === undefined ? {} : { id }),
    title,
    ...(url === undefined ? {} : { url }),
    ...(tags === undefined ? {} : { tags }),
    ...(questions === undefined ? {} : { questions }),
    body: body.trim(),
  };
}

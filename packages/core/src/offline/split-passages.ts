import { lineRuns } from './code-fence';
import type { KnowledgeDocument } from './knowledge-document';
import type { Passage } from './passage';

const HEADING = /^#{1,6}\s+(.+)$/;
/** An anchor the document gives a heading: `## Error codes {#error-codes}`. */
const ANCHOR = /\{#([\w.:-]+)\}\s*$/;
const STEP = /^\d+[.)]\s+(.+)$/;
const POINT = /^[-*•]\s+(.+)$/;
const TECHNICAL_SECTION = /technical|advanced|developer/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=["'(\p{Lu}\d])/u;

/** Splits prose into sentences at a full stop, question or exclamation mark. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** A list item as a sentence: list punctuation (";", ", and") replaced by a full stop. */
function asSentence(item: string): string {
  const trimmed = item.trim().replace(/(?:[;,]\s*(?:and|or)?|\s+(?:and|or))$/, '');
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A paragraph longer than this many sentences is a run of paragraphs written without blank
 * lines between them (text exported from a PDF or a word processor), or one too long to stand
 * as one passage: it is cut where a line ends a sentence, and what is still longer into runs of
 * this many sentences, so that each passage says one thing and a reply quotes the one asked for.
 */
const MAX_PARAGRAPH_SENTENCES = 8;
const ENDS_SENTENCE = /[.!?]["'”’)]?$/;

/** The paragraphs of a block's lines: one, or more when it is too long to be one passage. */
function paragraphs(lines: readonly string[]): string[][] {
  const whole = splitSentences(lines.join(' '));
  if (whole.length <= MAX_PARAGRAPH_SENTENCES) return [whole];
  const byLine: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (ENDS_SENTENCE.test(line)) {
      byLine.push(splitSentences(current.join(' ')));
      current = [];
    }
  }
  if (current.length > 0) byLine.push(splitSentences(current.join(' ')));
  return byLine.flatMap((sentences) =>
    Array.from({ length: Math.ceil(sentences.length / MAX_PARAGRAPH_SENTENCES) }, (_, run) =>
      sentences.slice(run * MAX_PARAGRAPH_SENTENCES, (run + 1) * MAX_PARAGRAPH_SENTENCES),
    ),
  );
}

type Block = Pick<Passage, 'kind' | 'sentences'> & {
  section: string | undefined;
  anchor: string | undefined;
};

/** A table row. */
const TABLE_ROW = /^\|.*\|$/;

/** The blocks of one blank-line separated chunk of lines (no code block inside). */
function chunkBlocks(
  lines: readonly string[],
  section: string | undefined,
  anchor: string | undefined,
): Block[] {
  const content = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (content.length === 0) return [];
  if (content.length >= 2 && content.every((line) => TABLE_ROW.test(line))) {
    return [{ kind: 'verbatim', sentences: [content.join('\n')], section, anchor }];
  }
  const steps = content.map((line) => STEP.exec(line)?.[1]);
  const points = content.map((line) => POINT.exec(line)?.[1]);
  const items = steps.every((item) => item !== undefined) ? steps : points;
  const kind = items === steps ? 'steps' : 'list';
  if (items.every((item) => item !== undefined)) {
    return [{ kind, sentences: items.map((item) => asSentence(item ?? '')), section, anchor }];
  }
  return paragraphs(content).map((sentences) => ({ kind: 'paragraph', sentences, section, anchor }));
}

function readBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let section: string | undefined;
  let anchor: string | undefined;
  let chunk: string[] = [];
  const endChunk = () => {
    blocks.push(...chunkBlocks(chunk, section, anchor));
    chunk = [];
  };
  for (const run of lineRuns(body.replace(/\r\n?/g, '\n').split('\n'))) {
    if (run.code) {
      endChunk();
      // A code block left open runs to the end of the document, as in Markdown.
      const [opening = '', ...rest] = run.lines;
      const lines = [opening.trim(), ...rest, ...(run.closed ? [] : [run.fence])];
      blocks.push({ kind: 'verbatim', sentences: [lines.join('\n')], section, anchor });
      continue;
    }
    for (const line of run.lines) {
      const trimmed = line.trim();
      if (trimmed === '') {
        endChunk();
        continue;
      }
      const heading = HEADING.exec(trimmed);
      if (heading?.[1]) {
        endChunk();
        // No `\s*` before the anchor in the pattern: tried at every space of a long heading, it is quadratic.
        const anchored = ANCHOR.exec(heading[1]);
        anchor = anchored?.[1];
        section = heading[1].slice(0, anchored?.index).trim();
      } else chunk.push(line);
    }
  }
  endChunk();
  return blocks;
}

/**
 * Splits a document into passages: each blank-line separated block is one passage (a
 * paragraph, numbered steps or a list of points; a paragraph of more than eight sentences is
 * cut where its lines end sentences, then into runs of eight), and a paragraph ending in a colon
 * joins the list after it as its lead-in. Headings name the section of what follows;
 * passages in a "technical" or "advanced" section are marked technical.
 */
export function splitPassages(document: KnowledgeDocument, documentId: string): Passage[] {
  const blocks = readBlocks(document.body);
  const passages: Passage[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const leadsIn = block.kind === 'paragraph' && block.sentences.at(-1)?.endsWith(':') === true;
    if (leadsIn && next !== undefined && next.kind !== 'paragraph' && next.section === block.section) return;
    const previous = blocks[index - 1];
    const intro =
      block.kind !== 'paragraph' &&
      previous?.kind === 'paragraph' &&
      previous.section === block.section &&
      previous.sentences.at(-1)?.endsWith(':') === true
        ? previous.sentences
        : [];
    const position = passages.length;
    passages.push({
      id: `${documentId}#${position}`,
      documentId,
      documentTitle: document.title,
      tags: document.tags ?? [],
      questions: document.questions ?? [],
      ...(block.section === undefined ? {} : { section: block.section }),
      ...(block.anchor === undefined ? {} : { anchor: block.anchor }),
      position,
      kind: block.kind,
      intro,
      sentences: block.sentences,
      text: [...intro, ...block.sentences].join(' '),
      technical: block.section !== undefined && TECHNICAL_SECTION.test(block.section),
    });
  });
  return passages;
}

import type { Style } from '../style/style';
import { frameReply } from './frame-reply';
import { PHRASES } from './phrases';
import { toPlainWords } from './plain-words';
import { hashSeed, pickSeeded } from './seed';
import type { SelectedBlock, Selection } from './select-passages';
import { styleLevel } from './style-level';

/** What a reply is composed for. */
export interface ReplyContext {
  /** The requested style (from the style block). */
  style: Style;
  /** The user's question (seeds every choice). */
  question: string;
  /** The name under a formal sign-off. */
  signature: string;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A code block or table as written, after its lead-in, on lines of its own. */
function asVerbatim(block: SelectedBlock): string {
  return [...(block.intro.length > 0 ? [block.intro.join(' ')] : []), ...block.sentences].join('\n\n');
}

/** Text with no more than one blank line in a row, trimmed (a code block among bullets or prose). */
const oneBlankLine = (text: string) => text.replace(/\n{3,}/g, '\n\n').trim();

/**
 * Blocks as flowing prose: steps joined by "First, … Finally, …", points by semicolons; a code
 * block or table stands apart, as written.
 */
function asProseText(blocks: readonly SelectedBlock[]): string {
  return oneBlankLine(
    blocks
      .map((block) => (block.kind === 'verbatim' ? `\n\n${asVerbatim(block)}\n\n` : asProse(block)))
      .join(' ')
      .replace(/ ?\n\n ?/g, '\n\n'),
  );
}

/** One block as flowing prose: steps joined by "First, … Finally, …", points by semicolons. */
function asProse(block: SelectedBlock): string {
  const intro = block.intro.join(' ');
  if (block.kind === 'paragraph') return block.sentences.join(' ');
  if (block.kind === 'list') {
    if (intro === '') return block.sentences.map(upperFirst).join(' ');
    const points = block.sentences.map((point) => lowerFirst(point).replace(/[.!]$/, ''));
    return `${intro} ${points.join('; ')}.`;
  }
  const last = block.sentences.length - 1;
  const steps = block.sentences.map((step, index) => {
    const connector =
      index === last && last > 0
        ? 'Finally,'
        : (PHRASES.stepConnectors[Math.min(index, PHRASES.stepConnectors.length - 1)] ?? 'Then,');
    return `${connector} ${lowerFirst(step)}`;
  });
  return intro === '' ? steps.join(' ') : `${intro} ${lowerFirst(steps.join(' '))}`;
}

/** One block as it stands: a paragraph, or its lead-in with numbered steps or points. */
function asParagraph(block: SelectedBlock): string {
  if (block.kind === 'paragraph') return block.sentences.join(' ');
  if (block.kind === 'verbatim') return asVerbatim(block);
  const items = block.sentences.map((item, index) =>
    block.kind === 'steps' ? `${index + 1}. ${item}` : `- ${item}`,
  );
  return [...(block.intro.length > 0 ? [block.intro.join(' ')] : []), ...items].join('\n');
}

/**
 * One block as bullet points; a lead-in ending in a colon is dropped (the bullets follow it). A
 * code block or table follows its lead-in's bullet as written, with a blank line around it.
 */
function asBullets(block: SelectedBlock): string[] {
  if (block.kind === 'verbatim') {
    return [...block.intro.map((sentence) => `- ${upperFirst(sentence)}`), '', ...block.sentences, ''];
  }
  const intro = block.intro.filter((sentence) => !sentence.endsWith(':'));
  return [...intro, ...block.sentences].map((sentence) => `- ${upperFirst(sentence)}`);
}

/**
 * A block in plain words. In a paragraph each explanation of jargon follows its
 * sentence; after a list they form a short paragraph of their own.
 */
function plainBlocks(block: SelectedBlock, explained: Set<RegExp>): SelectedBlock[] {
  const inline = (sentence: string) => {
    const plain = toPlainWords(sentence, explained);
    return [...plain.sentences, ...plain.explanations];
  };
  const intro = block.intro.flatMap(inline);
  if (block.kind === 'verbatim') return [{ kind: block.kind, intro, sentences: block.sentences }];
  if (block.kind === 'paragraph')
    return [{ kind: block.kind, intro, sentences: block.sentences.flatMap(inline) }];
  const items = block.sentences.map((item) => toPlainWords(item, explained, true));
  const explanations = items.flatMap((item) => item.explanations);
  return [
    { kind: block.kind, intro, sentences: items.flatMap((item) => item.sentences) },
    ...(explanations.length > 0 ? [{ kind: 'paragraph' as const, intro: [], sentences: explanations }] : []),
  ];
}

/**
 * Composes the reply to an answerable question from the selected passages, shaped by
 * the style: plain words for a beginner (expertise low), bullets under a heading or
 * flowing prose (structure), the technical passage for an expert, a related article
 * for a detailed reply, and the framing of `frameReply`.
 */
export function composeReply(selection: Selection, context: ReplyContext): string {
  const { style } = context;
  const seed = hashSeed(context.question.trim().toLowerCase());
  const plain = styleLevel(style, 'expertise') === 'low';
  const structure = styleLevel(style, 'structure');
  const explained = new Set<RegExp>();
  const body = plain ? selection.body.flatMap((block) => plainBlocks(block, explained)) : selection.body;
  const technical = selection.technical;
  const technicalLead = pickSeeded(PHRASES.technicalLead, seed, 'technical');
  const related =
    selection.related === undefined
      ? undefined
      : `${pickSeeded(PHRASES.relatedLead, seed, 'related')} "${selection.related}".`;
  const sections: string[] = [];
  if (structure === 'high') {
    sections.push(`**${selection.title}**`);
    const bullets = body.flatMap(asBullets);
    sections.push(oneBlankLine(`${pickSeeded(PHRASES.listLead, seed, 'list')}\n${bullets.join('\n')}`));
    if (technical) sections.push(oneBlankLine(`**${technicalLead}**\n${asBullets(technical).join('\n')}`));
    if (related) sections.push(`- ${related}`);
  } else if (structure === 'low') {
    sections.push(asProseText(body));
    if (technical) sections.push(`${technicalLead} ${asProseText([technical])}`);
    if (related) sections.push(related);
  } else {
    sections.push(...body.map(asParagraph));
    if (technical) sections.push(`${technicalLead}\n${asParagraph(technical)}`);
    if (related) sections.push(related);
  }
  return frameReply(sections.join('\n\n'), { ...context, allowQuip: true });
}

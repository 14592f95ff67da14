import type { Style, StyleAxis } from '../style/style';
import { expandContractions } from './contractions';
import { PHRASES } from './phrases';
import { GLOSSARY } from './plain-words';

/** How strongly a visible marker in an example reply counts. */
const MARKER = 0.8;
/** A reply body (stock phrases aside) shorter than this is a terse one. */
const BRIEF_WORDS = 50;

function hasAny(text: string, phrases: readonly string[]): boolean {
  const plain = expandContractions(text);
  return phrases.some((phrase) => plain.includes(expandContractions(phrase)));
}

/**
 * The style one earlier reply shows, read only from markers a neutral reply never has
 * (so a plain conversation does not drift): a very short reply, a related-article line,
 * a bold heading over bullets, steps told as "First, … Finally, …", a greeting or
 * sign-off, an opener, a quip, an acknowledgement, technical details or jargon explained.
 */
function readReply(text: string): Style {
  const style: Style = {};
  const body = Object.values(PHRASES)
    .flat()
    .reduce((rest, phrase) => rest.split(expandContractions(phrase)).join(' '), expandContractions(text));
  const words = body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (words < BRIEF_WORDS) style.detail = -MARKER;
  else if (hasAny(text, PHRASES.relatedLead)) style.detail = MARKER;
  if (/^\*\*.+\*\*$/m.test(text) && /^- /m.test(text)) style.structure = MARKER;
  else if (/\bFirst, .+\bFinally, /s.test(text)) style.structure = -MARKER;
  if (hasAny(text, [...PHRASES.formalSignOff, ...PHRASES.formalGreeting])) style.formality = MARKER;
  else if (hasAny(text, PHRASES.casualGreeting)) style.formality = -MARKER;
  if (hasAny(text, [...PHRASES.warmOpener, ...PHRASES.warmFormalOpener])) style.warmth = MARKER;
  if (hasAny(text, PHRASES.quip)) style.humour = MARKER;
  if (hasAny(text, [...PHRASES.empathyUpset, ...PHRASES.empathyCalm])) style.empathy = MARKER;
  if (hasAny(text, PHRASES.technicalLead)) style.expertise = MARKER;
  else if (GLOSSARY.some(([, meaning]) => text.toLowerCase().includes(meaning.toLowerCase()))) {
    style.expertise = -MARKER;
  }
  return style;
}

/**
 * Infers the wanted style from earlier assistant replies, such as in-context examples of
 * replies the user chose: on each axis, the mean over all replies of the markers they
 * show (a reply without a marker counts as neutral). Axes no reply shows anything on
 * are left out.
 */
export function inferStyle(replies: readonly string[]): Style {
  const sums = new Map<StyleAxis, { total: number; count: number }>();
  for (const reply of replies) {
    for (const [axis, level] of Object.entries(readReply(reply)) as Array<[StyleAxis, number]>) {
      const entry = sums.get(axis) ?? { total: 0, count: 0 };
      sums.set(axis, { total: entry.total + level, count: entry.count + 1 });
    }
  }
  const style: Style = {};
  for (const [axis, { total }] of sums) style[axis] = total / replies.length;
  return style;
}

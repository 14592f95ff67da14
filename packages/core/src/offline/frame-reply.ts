import type { Style } from '../style/style';
import { lineRuns } from './code-fence';
import { contract, expandContractions } from './contractions';
import { PHRASES } from './phrases';
import { hashSeed, pickSeeded } from './seed';
import { styleLevel } from './style-level';

/** What the framing of a reply depends on besides its body. */
export interface FrameContext {
  /** The requested style. */
  style: Style;
  /** The user's question: it seeds every choice and shows whether the user is upset. */
  question: string;
  /** The name under a formal sign-off. */
  signature: string;
  /** Whether a quip may be added (not in a reply that has no answer). */
  allowQuip: boolean;
}

const UPSET =
  /!|\b(?:still|again|frustrat\w*|annoy\w*|angry|upset|ridiculous|terrible|awful|unacceptable|broken|smashed|shattered|cracked|never|worst|fed up|disappoint\w*|late|missing|damaged|wrong)\b/i;

/**
 * Frames a reply body by style: a greeting and register (formality), a friendly opener
 * and closer or none (warmth), an acknowledgement of how the user feels (empathy), one
 * light quip (humour; never when the user sounds upset), a sign-off for formal replies, and contractions written out
 * (formal) or used (casual). A cold reply also drops "please".
 */
export function frameReply(body: string, context: FrameContext): string {
  const { style, question } = context;
  const seed = hashSeed(question.trim().toLowerCase());
  const formality = styleLevel(style, 'formality');
  const warmth = styleLevel(style, 'warmth');
  const intro: string[] = [];
  if (formality === 'high') intro.push(pickSeeded(PHRASES.formalGreeting, seed, 'greeting'));
  if (formality === 'low') intro.push(pickSeeded(PHRASES.casualGreeting, seed, 'greeting'));
  if (styleLevel(style, 'empathy') === 'high') {
    const upset = UPSET.test(question);
    intro.push(pickSeeded(upset ? PHRASES.empathyUpset : PHRASES.empathyCalm, seed, 'empathy'));
  }
  if (warmth === 'high') {
    intro.push(
      pickSeeded(formality === 'high' ? PHRASES.warmFormalOpener : PHRASES.warmOpener, seed, 'opener'),
    );
  }
  const outro: string[] = [];
  // No joke for someone who sounds upset, whatever the profile says about humour.
  if (context.allowQuip && styleLevel(style, 'humour') === 'high' && !UPSET.test(question)) {
    outro.push(pickSeeded(PHRASES.quip, seed, 'quip'));
  }
  if (warmth === 'high') {
    outro.push(
      pickSeeded(formality === 'high' ? PHRASES.warmFormalCloser : PHRASES.warmCloser, seed, 'closer'),
    );
  }
  const sections = [intro.join(' '), body, outro.join(' ')];
  if (formality === 'high') {
    sections.push(`${pickSeeded(PHRASES.formalSignOff, seed, 'sign-off')}\n${context.signature}`);
  }
  const text = sections.filter((section) => section.length > 0).join('\n\n');
  return outsideCode(text, (prose) => reword(prose, style));
}

/**
 * Applies a rewording to the text outside the code blocks it quotes, which are never reworded.
 * A block opens and closes as `splitPassages` reads it (`lineRuns`).
 */
function outsideCode(text: string, rewrite: (prose: string) => string): string {
  return lineRuns(text.split('\n'))
    .map((run) => (run.code ? run.lines.join('\n') : rewrite(run.lines.join('\n'))))
    .join('\n');
}

/** The wording the style asks for: "please" dropped when cold, contractions by formality. */
function reword(prose: string, style: Style): string {
  const formality = styleLevel(style, 'formality');
  let text = prose;
  if (styleLevel(style, 'warmth') === 'low') {
    text = text.replace(/\bplease,?\s+(\p{L})?/giu, (_found, next: string | undefined, offset: number) => {
      const startsSentence =
        offset === 0 || /[.!?:]\s*$|^\s*$|[-*]\s*$/.test(text.slice(Math.max(0, offset - 3), offset));
      return next === undefined ? '' : startsSentence ? next.toUpperCase() : next;
    });
  }
  if (formality === 'high') return expandContractions(text);
  if (formality === 'low') return contract(text);
  return text;
}

import type { Style } from '../style/style';
import type { PreferenceSpace } from './space';
import { topicAttribute } from './space';
import { measureText, type TextStats } from './text-stats';

/**
 * Detected levels in [-1, 1], keyed by attribute name: style axes, `safety`, `helpfulness`,
 * `sentiment`, the tone marks (`TONE_ATTRIBUTES`) and `topic:<id>`.
 */
export type Attributes = Record<string, number>;

/** Turns a text into attribute levels; the local default is `detectAttributes`. */
export type AttributeDetector = (text: string, space?: PreferenceSpace) => Attributes;

// Small cue sets for what no installed package covers (laughter, feelings, caution).
const LAUGHTER = /\b(?:ha(?:ha)+|he(?:he)+|lol|lmao|rofl|haha|yay|woohoo|whee|oops|ta-da)\b|[😂🤣😄😜😉]/giu;
const FEELING = new Set([
  'feel',
  'feeling',
  'feelings',
  'understand',
  'sorry',
  'hear',
  'frustrating',
  'worried',
  'worry',
  'stress',
  'stressful',
  'overwhelming',
  'difficult',
  'hard',
  'care',
  'support',
  'okay',
  'normal',
  'valid',
]);
const CAUTION = new Set([
  'careful',
  'caution',
  'safe',
  'safety',
  'safely',
  'risk',
  'risks',
  'danger',
  'dangerous',
  'harm',
  'harmful',
  'consult',
  'professional',
  'warning',
  'avoid',
  'responsibly',
  'illegal',
]);
const GUIDANCE = new Set([
  'step',
  'steps',
  'first',
  'then',
  'next',
  'finally',
  'example',
  'try',
  'use',
  'make',
  'check',
  'tip',
  'tips',
  'recommend',
  'here',
]);
const PERSONAL = new Set(['you', 'your', "you're", 'yours', 'we', "let's", 'us', 'our']);

const clamp = (x: number) => (x > 1 ? 1 : Math.max(x, -1));
const squash = (x: number) => clamp(Math.tanh(x));
const share = (words: readonly string[], set: ReadonlySet<string>) => {
  let hits = 0;
  for (const w of words) if (set.has(w)) hits += 1;
  return hits / Math.max(1, words.length);
};

function styleFromStats(stats: TextStats, text: string): Required<Style> {
  const n = Math.max(1, stats.words.length);
  const perSentence = (k: number) => k / Math.max(1, stats.sentences);
  const sentimentRate = stats.sentiment / Math.sqrt(n);
  const personal = share(stats.words, PERSONAL);
  const laughter = (text.match(LAUGHTER)?.length ?? 0) + stats.emoji;
  const informal = stats.contractions / n + (stats.exclamations + stats.emoji + stats.shouted) / (n + 5);
  return {
    detail: squash((Math.log(n + 1) - Math.log(40)) / 1.2),
    formality: squash((stats.meanWordLength - 4.6) * 0.6 - informal * 12 - personal * 4),
    warmth: squash(
      sentimentRate * 0.6 + personal * 3 + perSentence(stats.exclamations) * 0.3 + stats.emoji * 0.3,
    ),
    humour: squash(
      laughter * 0.6 +
        perSentence(stats.exclamations) * 0.5 +
        (stats.positive / n) * 3 +
        informal * 4 -
        (stats.negative / n) * 2,
    ),
    expertise: squash((stats.grade - 9) / 6 + (stats.polysyllableShare - 0.15) * 3),
    structure: squash(
      ((stats.listLines * 2 + stats.headings * 2 + stats.emphasis) / Math.max(2, stats.lines)) * 1.5 -
        (stats.lines <= 1 ? 0.5 : 0),
    ),
    empathy: squash(share(stats.words, FEELING) * 12 + (stats.negative > 0 && personal > 0 ? 0.2 : 0) - 0.3),
  };
}

/** Local, sync style detector: the levels of a text on the seven style axes. */
export function detectStyle(text: string): Style {
  return styleFromStats(measureText(text), text);
}

/** Per space: one regex over all topic keywords (prefix match, up to 3 more letters) and keyword → dimension ids. */
const topicMatchers = new WeakMap<PreferenceSpace, { pattern: RegExp; dimensions: Map<string, string[]> }>();

function topicMatcher(space: PreferenceSpace) {
  let matcher = topicMatchers.get(space);
  if (!matcher) {
    const dimensions = new Map<string, string[]>();
    for (const d of space.dimensions)
      for (const k of d.keywords) dimensions.set(k, [...(dimensions.get(k) ?? []), d.id]);
    const escaped = [...dimensions.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(
      escaped.length ? `(?<![\\p{L}\\p{N}])(${escaped.join('|')})\\p{L}{0,3}(?![\\p{L}\\p{N}])` : '(?!)',
      'gu',
    );
    matcher = { pattern, dimensions };
    topicMatchers.set(space, matcher);
  }
  return matcher;
}

/** The tone and shape marks `detectAttributes` reports besides the style axes, each a separate attribute. */
export const TONE_ATTRIBUTES = [
  'exclamation',
  'question',
  'positive-words',
  'negative-words',
  'second-person',
  'first-person',
  'negation',
  'quotation',
  'word-length',
] as const;

/** Levels of the tone marks: rates per sentence or per word, squashed into [-1, 1]. */
function toneFromStats(stats: TextStats): Record<(typeof TONE_ATTRIBUTES)[number], number> {
  const n = Math.max(1, stats.words.length);
  const s = Math.max(1, stats.sentences);
  return {
    exclamation: squash((stats.exclamations + stats.emoji) / s),
    question: squash(stats.questions / s),
    'positive-words': squash(stats.positive / Math.sqrt(n) / 2),
    'negative-words': squash(stats.negative / Math.sqrt(n) / 2),
    'second-person': squash((stats.secondPerson / n) * 10),
    'first-person': squash((stats.firstPerson / n) * 10),
    negation: squash((stats.negations / n) * 10),
    quotation: squash(stats.quotes / 2),
    'word-length': stats.words.length === 0 ? 0 : squash(stats.meanWordLength - 4.6),
  };
}

/**
 * Local, sync attribute detector: style axes plus `safety`, `helpfulness`, `sentiment`
 * (AFINN tone), the tone marks of `TONE_ATTRIBUTES` and, for a space with topic keywords,
 * `topic:<dimension id>` levels.
 */
export function detectAttributes(text: string, space?: PreferenceSpace): Attributes {
  const stats = measureText(text);
  const attributes: Attributes = { ...styleFromStats(stats, text), ...toneFromStats(stats) };
  const n = Math.max(1, stats.words.length);
  attributes.safety = squash(share(stats.words, CAUTION) * 15 - 0.2);
  attributes.helpfulness = squash(
    share(stats.words, GUIDANCE) * 6 +
      (stats.listLines + Math.min(stats.digits, 5)) / (stats.lines + 4) +
      Math.log(n + 1) / 8 -
      0.6,
  );
  attributes.sentiment = squash((stats.sentiment / Math.sqrt(n)) * 0.6);
  if (space) {
    const { pattern, dimensions } = topicMatcher(space);
    const hits = new Map<string, Set<string>>();
    for (const match of text.toLowerCase().matchAll(pattern)) {
      const keyword = match[1] as string;
      for (const id of dimensions.get(keyword) ?? []) hits.set(id, (hits.get(id) ?? new Set()).add(keyword));
    }
    for (const dimension of space.dimensions) {
      if (dimension.keywords.length === 0) continue;
      const found = hits.get(dimension.id)?.size ?? 0;
      attributes[topicAttribute(dimension.id)] = found === 0 ? 0 : squash(0.5 * found);
    }
  }
  return attributes;
}

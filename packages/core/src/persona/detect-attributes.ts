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

/**
 * Neutral words added to a text's length before taking a rate of words in it: one warm word
 * in a three-word reply says little about its style, and without them such rates saturate on
 * short replies, where they are mostly noise (P-Soups replies are ~16 words; 5, 10 and 20 were
 * within a point of each other on the dev file's cold start and did not move the synthetic files).
 */
const RATE_PSEUDO_WORDS = 10;
/** Length (in words) of a reply that reads as neither concise nor detailed. */
const NEUTRAL_LENGTH = 40;
/** Log-length span from neutral to fully concise or detailed (e ^ 2 ≈ 7.4 times shorter or longer). */
const DETAIL_SPAN = 2;

const clamp = (x: number) => (x > 1 ? 1 : Math.max(x, -1));
const squash = (x: number) => clamp(Math.tanh(x));
/** `hits` per word of a text of `words` words, with {@link RATE_PSEUDO_WORDS} neutral words added. */
const rate = (hits: number, words: number) => hits / (words + RATE_PSEUDO_WORDS);
const share = (words: readonly string[], set: ReadonlySet<string>) => {
  let hits = 0;
  for (const w of words) if (set.has(w)) hits += 1;
  return rate(hits, words.length);
};

function styleFromStats(stats: TextStats, text: string): Required<Style> {
  const n = Math.max(1, stats.words.length);
  const perSentence = (k: number) => k / Math.max(1, stats.sentences);
  const sentimentRate = stats.sentiment / Math.sqrt(stats.words.length + RATE_PSEUDO_WORDS);
  const personal = share(stats.words, PERSONAL);
  const laughter = (text.match(LAUGHTER)?.length ?? 0) + stats.emoji;
  const informal = stats.contractions / n + (stats.exclamations + stats.emoji + stats.shouted) / (n + 5);
  return {
    // Linear in log length (no tanh): length differences between short replies stay visible.
    detail: clamp((Math.log(n + 1) - Math.log(NEUTRAL_LENGTH)) / DETAIL_SPAN),
    formality: squash((stats.meanWordLength - 4.6) * 0.6 - informal * 12 - personal * 4),
    warmth: squash(
      sentimentRate * 0.6 + personal * 3 + perSentence(stats.exclamations) * 0.3 + stats.emoji * 0.3,
    ),
    humour: squash(
      laughter * 0.6 +
        perSentence(stats.exclamations) * 0.5 +
        rate(stats.positive, stats.words.length) * 3 +
        informal * 4 -
        rate(stats.negative, stats.words.length) * 2,
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
] as const;

/**
 * Levels of the tone marks: rates per sentence or per word (with {@link RATE_PSEUDO_WORDS}),
 * squashed into [-1, 1]. Mean word length is no mark of its own: formality and expertise read
 * it already, and a third reading of that one statistic, noisy on short replies (on the dev
 * file its sign agreed with the user's next choice 49 % of the time), cost the cold start up
 * to 2 points on the dev file and both synthetic files.
 */
function toneFromStats(stats: TextStats): Record<(typeof TONE_ATTRIBUTES)[number], number> {
  const n = stats.words.length;
  const s = Math.max(1, stats.sentences);
  return {
    exclamation: squash((stats.exclamations + stats.emoji) / s),
    question: squash(stats.questions / s),
    'positive-words': squash(stats.positive / Math.sqrt(n + RATE_PSEUDO_WORDS) / 2),
    'negative-words': squash(stats.negative / Math.sqrt(n + RATE_PSEUDO_WORDS) / 2),
    'second-person': squash(rate(stats.secondPerson, n) * 10),
    'first-person': squash(rate(stats.firstPerson, n) * 10),
    negation: squash(rate(stats.negations, n) * 10),
    quotation: squash(stats.quotes / 2),
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
  attributes.sentiment = squash((stats.sentiment / Math.sqrt(stats.words.length + RATE_PSEUDO_WORDS)) * 0.6);
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

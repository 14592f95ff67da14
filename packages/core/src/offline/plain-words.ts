import { splitSentences } from './split-passages';

/** Longer or technical words and their everyday equivalents. */
const SIMPLER_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['approximately', 'about'],
  ['additional', 'extra'],
  ['alternatively', 'or'],
  ['assistance', 'help'],
  ['authentication', 'check'],
  ['card issuer', 'bank'],
  ['issuing bank', 'bank'],
  ['commence', 'start'],
  ['consequently', 'so'],
  ['currently', 'now'],
  ['duplicate', 'double'],
  ['genuine', 'real'],
  ['however', 'but'],
  ['immediately', 'right away'],
  ['information', 'details'],
  ['initiate', 'start'],
  ['insufficient', 'not enough'],
  ['intercepted', 'read by someone else'],
  ['investigation', 'search'],
  ['modify', 'change'],
  ['navigate to', 'go to'],
  ['notification', 'alert'],
  ['obtain', 'get'],
  ['occasionally', 'sometimes'],
  ['permanently', 'for good'],
  ['precaution', 'safety step'],
  ['prior to', 'before'],
  ['provider', 'company'],
  ['purchase', 'buy'],
  ['receive', 'get'],
  ['recommend', 'suggest'],
  ['require', 'need'],
  ['reservation', 'hold'],
  ['select', 'pick'],
  ['subsequently', 'then'],
  ['sufficient', 'enough'],
  ['temporary', 'short'],
  ['therefore', 'so'],
  ['transaction', 'payment'],
  ['unrelated', 'random'],
  ['utilise', 'use'],
  ['verify', 'check'],
];

/** Jargon and what it means, explained after its first use. */
export const GLOSSARY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpre-?authorisation\b|\bhold\b/i, 'a hold means the money is kept aside for a while but not taken'],
  [
    /\btwo-step verification\b/i,
    'two-step verification means a second check, like a code sent to your phone',
  ],
  [
    /\bauthenticator app\b/i,
    'an authenticator app is an app on your phone that shows a new code every 30 seconds',
  ],
  [/\b3-D Secure\b/i, '3-D Secure is an extra check your bank does when you pay'],
  [/\bVAT\b/, 'VAT is the tax that is part of the price'],
  [/\bcache\b/i, 'the cache is files the app keeps to load faster'],
  [/\bQR code\b/i, 'a QR code is a square code you can scan with a phone'],
  [/\bcredit note\b/i, 'a credit note is a note that shows money paid back to you'],
];

/** Words that start a new clause after a conjunction: then the sentence can be cut there. */
const SUBJECT = '(?:we|you|they|it|this|there|your|our|the|i|he|she|most|some|each|every)';
const CUTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/;\s+/g, '. '],
  [new RegExp(`,\\s+and\\s+(?=${SUBJECT}\\s)`, 'gi'), '. '],
  [new RegExp(`,\\s+(?:but|although|though|while)\\s+(?=${SUBJECT}\\s)`, 'gi'), '. But '],
  [new RegExp(`,\\s+so\\s+(?=${SUBJECT}\\s)`, 'gi'), '. So '],
  [new RegExp(`,\\s+because\\s+(?=${SUBJECT}\\s)`, 'gi'), '. This is because '],
  [/,\s+which\s+(?=is|are|means|shows|keeps|works|lets|cancels|takes)/gi, '. It '],
];
/** Cuts made only in long sentences: "… and we will …" without a comma. */
const LONG_SENTENCE_WORDS = 14;
const LONG_CUTS: ReadonlyArray<readonly [RegExp, string]> = [[/\s+and\s+(?=(?:we|you|they)\s)/gi, '. ']];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function simplerWords(sentence: string): string {
  let plain = sentence.replace(/\s*\([^)]*\)/g, '');
  for (const [word, simpler] of SIMPLER_WORDS) {
    plain = plain.replace(new RegExp(`\\b${word}\\b`, 'gi'), (found) =>
      found.charAt(0) === found.charAt(0).toUpperCase() ? capitalise(simpler) : simpler,
    );
  }
  return plain;
}

function cutLongSentence(sentence: string): string[] {
  const long = sentence.split(/\s+/).length > LONG_SENTENCE_WORDS;
  const cuts = long ? [...CUTS, ...LONG_CUTS] : CUTS;
  const cut = cuts.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);
  return splitSentences(
    cut.replace(/\. (\p{Ll})/gu, (_found, letter: string) => `. ${letter.toUpperCase()}`),
  );
}

/** A sentence rewritten in plain words, with the jargon it used explained. */
export interface PlainSentence {
  /** The sentence, cut into shorter ones where a new clause starts (unless kept whole). */
  sentences: string[];
  /** One short sentence per piece of jargon explained for the first time. */
  explanations: string[];
}

/**
 * Rewrites a sentence for a beginner: asides in brackets dropped, everyday words for
 * long ones, cut where a new clause starts (unless `keepWhole`, for list items), and
 * jargon explained the first time it appears (`explained` remembers what was already
 * explained in the reply).
 */
export function toPlainWords(sentence: string, explained: Set<RegExp>, keepWhole = false): PlainSentence {
  const plain = simplerWords(sentence);
  const explanations = GLOSSARY.flatMap(([term, meaning]) => {
    if (explained.has(term) || !term.test(plain)) return [];
    explained.add(term);
    return [`${capitalise(meaning)}.`];
  });
  return { sentences: keepWhole ? [plain] : cutLongSentence(plain), explanations };
}

import type { Style, StyleAxis } from './style';

/** What a message asks of the reply's style, apart from the question itself. */
export interface StyleRequests {
  /** The message without its style requests and feelings: what retrieval should read. */
  question: string;
  /** The requested levels, e.g. `{ detail: -1 }` for "short version"; empty when none. */
  style: Style;
  /** The feelings expressed ("I'm really frustrated"): they ask the persona for empathy. */
  feelings: string[];
  /** The style requests that were recognized, in order. */
  phrases: string[];
}

type Rule = readonly [RegExp, StyleAxis | 'feeling', number];

const FEELING =
  '(?:frustrat(?:ed|ing)|annoy(?:ed|ing)|angry|upset|furious|fed\\s+up|worried|stressed|disappointed|' +
  'confused|livid|gutted|sad|anxious|panicking|desperate|sick\\s+(?:of|and\\s+tired)|at\\s+my\\s+wits.?\\s+end)';

/** Style requests and feelings, as patterns with the axis and level they speak to. */
const RULES: readonly Rule[] = [
  [
    /\b(?:give\s+me\s+)?(?:the\s+)?short(?:er)?\s+(?:version|answer)\b|\btl;?\s?dr\b|\bin\s+(?:short|brief|a\s+nutshell|a\s+few\s+words|one\s+(?:line|sentence))\b|\b(?:keep\s+it|be)\s+(?:short|brief)\b|\bbriefly\b|\bjust\s+the\s+(?:gist|basics|essentials)\b|\bquick\s+(?:answer|version|summary)\b|\bsummar(?:y|ise|ize)\s+(?:it|please)\b/gi,
    'detail',
    -1,
  ],
  [
    /\bin\s+(?:more\s+|full\s+|great\s+)?detail\b|\b(?:the\s+)?(?:long|full)\s+(?:version|answer|explanation)\b|\b(?:be\s+)?thorough(?:ly)?\b|\btell\s+me\s+everything\b|\bexplain\s+(?:it\s+)?fully\b/gi,
    'detail',
    1,
  ],
  [
    /\bexplain\s+(?:it\s+|this\s+)?(?:to\s+me\s+)?like\s+(?:i'?m|i\s+am)\s+(?:five|5|a\s+(?:child|kid|beginner))\b|\beli5\b|\bin\s+(?:plain|simple)\s+(?:english|words|terms|language)\b|\bi'?m\s+not\s+(?:very\s+)?(?:techy|technical)\b|\bfor\s+a\s+beginner\b|\bin\s+layman'?s\s+terms\b/gi,
    'expertise',
    -1,
  ],
  [
    /\b(?:the\s+)?technical\s+(?:details|version|answer)\b|\bi'?m\s+(?:a\s+)?(?:developer|engineer|expert)\b/gi,
    'expertise',
    1,
  ],
  [/\b(?:in|as)\s+(?:bullet\s+points|bullets|a\s+list)\b|\bstep[\s-]+by[\s-]+step\b/gi, 'structure', 1],
  [/\b(?:in\s+prose|no\s+bullet\s+points|in\s+a\s+paragraph)\b/gi, 'structure', -1],
  [/\b(?:be\s+|talk\s+)?casual(?:ly)?\b|\bno\s+need\s+to\s+be\s+formal\b/gi, 'formality', -1],
  [/\b(?:be\s+|talk\s+)?formal(?:ly)?\b/gi, 'formality', 1],
  [/\b(?:make\s+me\s+laugh|be\s+funny|with\s+a\s+joke)\b/gi, 'humour', 1],
  [/\b(?:no\s+jokes|be\s+serious)\b/gi, 'humour', -1],
  [
    new RegExp(
      `\\b(?:i'?m|i\\s+am|i\\s+feel|feeling|i'?ve\\s+been|i\\s+was|so|really)?\\s*(?:(?:really|so|very|quite|a\\s+bit|extremely|absolutely|totally|getting)\\s+)*${FEELING}\\b`,
      'gi',
    ),
    'feeling',
    1,
  ],
  [
    /\bthis\s+is\s+(?:ridiculous|unacceptable|a\s+joke|so\s+annoying|terrible)\b|\b(?:ugh+|argh+)\b/gi,
    'feeling',
    1,
  ],
  // Complaints around the question: how the customer feels about the service, not what they ask.
  [
    /\b(?:nobody|no\s+one)\s+(?:ever\s+)?(?:replies|answers|responds|gets\s+back|calls\s+back|has\s+(?:replied|answered|responded|got\s+back))(?:\s+to\s+(?:me|my\s+\w+))?|\b(?:this\s+is\s+)?(?:the\s+)?worst\s+(?:service|company|shop|experience)(?:\s+(?:i'?ve|i\s+have)\s+(?:ever\s+)?(?:had|seen))?|\b(?:second|third|fourth|fifth|umpteenth)\s+(?:time|email|e-mail|message|call|attempt)\b|\bi'?m\s+(?:done|losing\s+(?:my\s+)?patience)\b|\bnever\s+(?:ordering|buying|shopping)\s+(?:from|with|here)(?:\s+you)?(?:\s+again)?|\b(?:absolutely\s+)?(?:disgraceful|shocking|appalling)\b/gi,
    'feeling',
    1,
  ],
];

/** Words that say nothing about the topic: a clause of only these, once a request is out, goes. */
const FILLER = new Set(
  (
    "a an the please pls just can could would will you u me i im i'm give tell explain show answer " +
    'version it this that so and but ok okay right now really very quite about with to for of my is am ' +
    'are be like here thanks thank honestly want need'
  ).split(' '),
);

const isFiller = (clause: string) =>
  clause
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .every((word) => word === '' || FILLER.has(word));

/**
 * Reads style requests ("short version", "tl;dr", "explain like I'm five", "in detail",
 * "in bullet points") and feelings ("I'm really frustrated") out of a user's message: the
 * requested levels per style axis, and the message without them, so that retrieval reads
 * the question and not what surrounds it. A clause left with only filler words ("Can you
 * just give me the") is dropped too.
 */
export function readStyleRequests(text: string): StyleRequests {
  const style: Style = {};
  const phrases: string[] = [];
  const feelings: string[] = [];
  let rest = text;
  for (const [pattern, axis, level] of RULES) {
    rest = rest.replace(pattern, (phrase) => {
      if (axis === 'feeling') feelings.push(phrase.trim());
      else {
        style[axis] = level;
        phrases.push(phrase.trim());
      }
      return ' ';
    });
  }
  if (phrases.length + feelings.length === 0) return { question: text, style, feelings, phrases };
  const question = rest
    .split(/(?<=[,.!?;:])|(?=\b(?:but|and)\b)/)
    .filter((clause) => !isFiller(clause.replace(/^\s*(?:but|and)\b/i, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?-]+/, '')
    .trim();
  return { question, style, feelings, phrases };
}

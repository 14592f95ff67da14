/**
 * The one table of signal rules: every entry point that takes a signal (`persona.observe`, the
 * server's handlers over HTTP, every persona store) must give each row the same verdict and the
 * same message. Values are JSON, so they cross HTTP unchanged.
 */

/** A recent time, so a store's default retention keeps the signal. */
const AT = Date.now();

/** Malformed signals with the `<field>: <problem>` every entry point names. */
export const BAD_SIGNALS: ReadonlyArray<readonly [name: string, signal: unknown, problem: string]> = [
  ['null', null, '(root): must be an object'],
  ['a number', 5, '(root): must be an object'],
  [
    'an unknown kind',
    { kind: 'mood', at: AT },
    'kind: must be one of comparison, rating, user-text, explicit, description',
  ],
  ['a missing time', { kind: 'user-text', text: 'hi' }, 'at: is required'],
  ['a time as text', { kind: 'user-text', at: '5', text: 'hi' }, 'at: must be a number'],
  ['a negative time', { kind: 'user-text', at: -1, text: 'hi' }, 'at: must be a time of 0 or later'],
  ['a negative weight', { kind: 'user-text', at: AT, weight: -1, text: 'hi' }, 'weight: must be 0 or more'],
  ['an empty user text', { kind: 'user-text', at: AT, text: '' }, 'text: must not be empty'],
  ['a text that is not a string', { kind: 'description', at: AT, text: 42 }, 'text: must be a string'],
  [
    'a text past the limit',
    { kind: 'user-text', at: AT, text: 'x'.repeat(8_001) },
    'text: must be at most 8000 characters',
  ],
  [
    'an empty chosen reply',
    { kind: 'comparison', at: AT, prompt: 'p', chosen: '', rejected: 'r' },
    'chosen: must not be empty',
  ],
  [
    'a comparison without a prompt',
    { kind: 'comparison', at: AT, chosen: 'c', rejected: 'r' },
    'prompt: is required',
  ],
  [
    'an unknown rating',
    { kind: 'rating', at: AT, text: 'jane@example.com', rating: 'meh' },
    'rating: must be "up" or "down"',
  ],
  [
    'an unknown style axis',
    { kind: 'rating', at: AT, text: 'ok', rating: 'up', style: { loudness: 1 } },
    'style.loudness: is not a style axis',
  ],
  [
    'a style level out of range',
    { kind: 'comparison', at: AT, prompt: 'p', chosen: 'c', rejected: 'r', chosenStyle: { detail: 3 } },
    'chosenStyle.detail: must be in [-1, 1]',
  ],
  [
    'a direction out of range',
    { kind: 'explicit', at: AT, dimension: 'play', direction: 2 },
    'direction: must be in [0, 1]',
  ],
  [
    'an empty dimension',
    { kind: 'explicit', at: AT, dimension: '', direction: 1 },
    'dimension: must not be empty',
  ],
  [
    'a pin that is not a boolean',
    { kind: 'explicit', at: AT, dimension: 'play', direction: 1, pinned: 'yes' },
    'pinned: must be true or false',
  ],
  [
    'a field the kind does not define',
    { kind: 'user-text', at: AT, text: 'hi', admin: true },
    'admin: is not a field of this kind',
  ],
];

/** Well-formed signals at the edges of the rules, which every entry point accepts. */
export const GOOD_SIGNALS: ReadonlyArray<readonly [name: string, signal: unknown]> = [
  ['a time of 0 and a weight of 0', { kind: 'user-text', at: 0, weight: 0, text: 'hi' }],
  [
    'a comparison with an empty prompt',
    { kind: 'comparison', at: AT, prompt: '', chosen: 'c', rejected: 'r' },
  ],
  [
    'a rating with its prompt and style',
    { kind: 'rating', at: AT, text: 'ok', rating: 'down', prompt: 'q', style: { detail: -1, warmth: 1 } },
  ],
  ['a text at the limit', { kind: 'user-text', at: AT, text: 'x'.repeat(8_000) }],
  ['a pinned setting', { kind: 'explicit', at: AT, dimension: 'play', direction: 0.5, pinned: true }],
  ['a description', { kind: 'description', at: AT, text: 'I like short answers.' }],
];

/** The message an entry point gives for a bad signal at `index` of a batch (none for one signal). */
export const malformed = (problem: string, index?: number): string =>
  `${index === undefined ? 'Signal' : `Signal ${index}`} is malformed: ${problem}.`;

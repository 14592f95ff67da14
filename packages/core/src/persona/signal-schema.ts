import * as v from 'valibot';
import { STYLE_AXES } from '../style/style';
import { describeIssues } from '../validation/describe-issues';
import type { Signal } from './signals';

/** The most characters a text field of a signal may hold; builders of signals clip to it. */
export const MAX_SIGNAL_TEXT_CHARS = 8_000;

/** The longest dimension id a signal may name. */
const MAX_DIMENSION_CHARS = 64;

const KIND_MESSAGE = 'must be one of comparison, rating, user-text, explicit, description';

/** Missing fields read "is required", fields the kind does not define "is not a field of this kind". */
const fields = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? 'is not a field of this kind' : 'is required',
  );

const time = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite time in milliseconds'),
  v.minValue(0, 'must be a time of 0 or later'),
);
const weight = v.optional(
  v.pipe(v.number('must be a number'), v.finite('must be finite'), v.minValue(0, 'must be 0 or more')),
);
const textOf = (minimum: 0 | 1) =>
  v.pipe(
    v.string('must be a string'),
    v.minLength(minimum, 'must not be empty'),
    v.maxLength(MAX_SIGNAL_TEXT_CHARS, `must be at most ${MAX_SIGNAL_TEXT_CHARS} characters`),
  );
/** A reply, a message or a description: the text a signal is about. */
const content = textOf(1);
/** The prompt a reply answered; may be empty when unknown. */
const prompt = textOf(0);
const level = v.pipe(
  v.number('must be a number'),
  v.minValue(-1, 'must be in [-1, 1]'),
  v.maxValue(1, 'must be in [-1, 1]'),
);
const style = v.optional(
  v.strictObject(
    Object.fromEntries(STYLE_AXES.map((axis) => [axis, v.optional(level)])) as Record<
      (typeof STYLE_AXES)[number],
      v.OptionalSchema<typeof level, undefined>
    >,
    (issue) => (issue.expected === 'never' ? 'is not a style axis' : 'must be a style object'),
  ),
);

/**
 * The one rule set of a {@link Signal}, used by `persona.observe`, the server's handlers and every
 * persona store: a known `kind`; `at` a finite time ≥ 0; `weight` finite ≥ 0 when given; the texts
 * a signal is about non-empty, every text at most {@link MAX_SIGNAL_TEXT_CHARS} characters; style
 * levels in [-1, 1] on known axes; an explicit `direction` in [0, 1]; no fields the kind does not
 * define. Messages name fields and limits, never the signal's text.
 */
export const signalSchema = v.variant(
  'kind',
  [
    fields({
      kind: v.literal('comparison'),
      at: time,
      weight,
      prompt,
      chosen: content,
      rejected: content,
      /** The style the chosen reply was generated with. */
      chosenStyle: style,
      /** The style the rejected reply was generated with. */
      rejectedStyle: style,
    }),
    fields({
      kind: v.literal('rating'),
      at: time,
      weight,
      text: content,
      rating: v.picklist(['up', 'down'], 'must be "up" or "down"'),
      prompt: v.optional(prompt),
      /** The style the rated reply was generated with. */
      style,
    }),
    fields({ kind: v.literal('user-text'), at: time, weight, text: content }),
    fields({
      kind: v.literal('explicit'),
      at: time,
      weight,
      dimension: v.pipe(
        v.string('must be a string'),
        v.minLength(1, 'must not be empty'),
        v.maxLength(MAX_DIMENSION_CHARS, `must be at most ${MAX_DIMENSION_CHARS} characters`),
      ),
      direction: v.pipe(
        v.number('must be a number'),
        v.minValue(0, 'must be in [0, 1]'),
        v.maxValue(1, 'must be in [0, 1]'),
      ),
      pinned: v.optional(v.boolean('must be true or false')),
    }),
    fields({ kind: v.literal('description'), at: time, weight, text: content }),
  ],
  (issue) => (issue.path === undefined ? 'must be an object' : KIND_MESSAGE),
);

/** A signal checked against {@link signalSchema}: the signal, or why it is malformed. */
export type SignalCheck = { ok: true; signal: Signal } | { ok: false; message: string };

/**
 * Checks `value` against {@link signalSchema}. A good signal comes back as a copy holding only the
 * fields its kind defines; a bad one as the message every entry point uses,
 * `Signal <index> is malformed: <field>: <problem>.` (`Signal is malformed: …` without an index).
 */
export function checkSignal(value: unknown, index?: number): SignalCheck {
  const parsed = v.safeParse(signalSchema, value);
  if (parsed.success) return { ok: true, signal: parsed.output as Signal };
  const subject = index === undefined ? 'Signal' : `Signal ${index}`;
  return { ok: false, message: `${subject} is malformed: ${describeIssues(parsed.issues, 1)}.` };
}

/**
 * `text` cut to {@link MAX_SIGNAL_TEXT_CHARS} (never inside a surrogate pair), for building a
 * signal from a message or reply of any length: the start says enough about its style.
 */
export function clipSignalText(text: string): string {
  if (text.length <= MAX_SIGNAL_TEXT_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_SIGNAL_TEXT_CHARS - 1))
    ? MAX_SIGNAL_TEXT_CHARS - 1
    : MAX_SIGNAL_TEXT_CHARS;
  return text.slice(0, end);
}

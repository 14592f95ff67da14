import * as z from 'zod';
import { STYLE_AXES } from '../../alignment/style';
import type { Signal } from '../../persona/signals';
import { describeIssues } from './chat-request';
import { HandlerError } from './handler-error';

/** The most characters a text field of a posted signal may hold. */
export const MAX_SIGNAL_TEXT_CHARS = 8_000;

const text = z.string().max(MAX_SIGNAL_TEXT_CHARS);
const time = z.number().finite().nonnegative();
const weight = z.number().finite().nonnegative().optional();
const style = z.partialRecord(z.enum(STYLE_AXES), z.number().min(-1).max(1)).optional();

/** A {@link Signal} as a client may post it: unknown fields are rejected, texts are bounded. */
export const signalSchema: z.ZodType<Signal> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('comparison'),
    at: time,
    weight,
    prompt: text,
    chosen: text.min(1),
    rejected: text.min(1),
    chosenStyle: style,
    rejectedStyle: style,
  }),
  z.strictObject({
    kind: z.literal('rating'),
    at: time,
    weight,
    text: text.min(1),
    rating: z.enum(['up', 'down']),
    prompt: text.optional(),
    style,
  }),
  z.strictObject({ kind: z.literal('user-text'), at: time, weight, text: text.min(1) }),
  z.strictObject({
    kind: z.literal('explicit'),
    at: time,
    weight,
    dimension: z.string().min(1).max(64),
    direction: z.number().min(0).max(1),
    pinned: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('description'), at: time, weight, text: text.min(1) }),
]) as z.ZodType<Signal>;

/** Validates posted signals, answering the first bad one with a 400 `invalid-signal` that names its field. */
export function parseSignals(values: readonly unknown[]): Signal[] {
  return values.map((value, index) => {
    const parsed = signalSchema.safeParse(value);
    if (!parsed.success) {
      throw new HandlerError(
        400,
        'invalid-signal',
        `Signal ${index} is malformed: ${describeIssues(parsed.error)}.`,
      );
    }
    return parsed.data;
  });
}

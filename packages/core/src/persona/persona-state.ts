import * as z from 'zod/mini';

/** The version of the persona state format written by `toJSON()`. */
export const PERSONA_STATE_VERSION = 1;

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const index = z.int().check(z.nonnegative());
const positive = z.number().check(z.refine((v) => Number.isFinite(v) && v > 0, 'variance must be positive'));

/** Schema of serialized persona state; `load` validates against it before touching anything. */
export const personaStateSchema = z.strictObject({
  version: z.literal(PERSONA_STATE_VERSION),
  /** Id of the preference space the state belongs to. */
  space: z.string().check(z.minLength(1)),
  /** Number of dimensions of that space. */
  size: index,
  /** Signals learned from so far. */
  signals: index,
  /** Dimensions that differ from the prior: [index, mean, variance, evidence]. */
  estimate: z.array(z.tuple([index, finite, positive, index])),
  /** Latent levels of the prior's population factors, in factor order: [mean, variance]; absent without factors. */
  latent: z.optional(z.array(z.tuple([finite, positive]))),
  /** Pinned dimensions: [index, direction in 0..1]. */
  pins: z.array(
    z.tuple([index, z.number().check(z.refine((v) => v >= 0 && v <= 1, 'direction must be in [0, 1]'))]),
  ),
  /** Explanation trail, oldest first: which signal moved which dimensions by how much. */
  trail: z.array(
    z.strictObject({
      at: finite,
      kind: z.enum(['comparison', 'rating', 'user-text', 'explicit', 'description']),
      moves: z.array(z.tuple([index, finite])),
    }),
  ),
});

/** Serializable persona state (`version` 1). */
export type PersonaState = z.infer<typeof personaStateSchema>;

/** Thrown by `persona.load` for state that is malformed or belongs to another space; the current estimate is kept. */
export class PersonaStateError extends Error {
  override name = 'PersonaStateError';
}

import * as v from 'valibot';
import type { SignalKind } from './signals';

/** The version of the persona state format written by `toJSON()`. */
export const PERSONA_STATE_VERSION = 1;

const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(
  finite,
  v.check((value) => value > 0, 'variance must be positive'),
);
const direction = v.pipe(
  finite,
  v.minValue(0, 'direction must be in [0, 1]'),
  v.maxValue(1, 'direction must be in [0, 1]'),
);

/** Serializable persona state (`version` 1), as `toJSON()` writes it and `load()` accepts it. */
export interface PersonaState {
  /** The state format version. */
  version: typeof PERSONA_STATE_VERSION;
  /** Id of the preference space the state belongs to. */
  space: string;
  /** Number of dimensions of that space. */
  size: number;
  /** Signals learned from so far. */
  signals: number;
  /** Dimensions that differ from the prior: [index, mean, variance, evidence]. */
  estimate: [number, number, number, number][];
  /** Latent levels of the prior's population factors, in factor order: [mean, variance]; absent without factors. */
  latent?: [number, number][] | undefined;
  /** Posterior probability of each user type of the prior, in type order; absent without types. */
  types?: number[] | undefined;
  /** Pinned dimensions: [index, direction in 0..1]. */
  pins: [number, number][];
  /** Explanation trail, oldest first: which signal moved which dimensions by how much. */
  trail: { at: number; kind: SignalKind; moves: [number, number][] }[];
}

/** Schema of serialized persona state; `load` validates against it before touching anything. */
export const personaStateSchema: v.GenericSchema<unknown, PersonaState> = v.strictObject({
  version: v.literal(PERSONA_STATE_VERSION),
  // Id of the preference space the state belongs to.
  space: v.pipe(v.string(), v.minLength(1)),
  // Number of dimensions of that space.
  size: index,
  // Signals learned from so far.
  signals: index,
  // Dimensions that differ from the prior: [index, mean, variance, evidence].
  estimate: v.array(v.strictTuple([index, finite, positive, index])),
  // Latent levels of the prior's population factors, in factor order: [mean, variance]; absent without factors.
  latent: v.optional(v.array(v.strictTuple([finite, positive]))),
  // Posterior probability of each user type of the prior, in type order; absent without types.
  types: v.optional(v.array(v.pipe(finite, v.minValue(0), v.maxValue(1)))),
  // Pinned dimensions: [index, direction in 0..1].
  pins: v.array(v.strictTuple([index, direction])),
  // Explanation trail, oldest first: which signal moved which dimensions by how much.
  trail: v.array(
    v.strictObject({
      at: finite,
      kind: v.picklist(['comparison', 'rating', 'user-text', 'explicit', 'description']),
      moves: v.array(v.strictTuple([index, finite])),
    }),
  ),
});

/** Thrown by `persona.load` for state that is malformed or belongs to another space; the current estimate is kept. */
export class PersonaStateError extends Error {
  override name = 'PersonaStateError';
}

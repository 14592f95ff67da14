import * as v from 'valibot';
import { CodedError } from '../errors/coded-error';
import type { DimensionReadout } from '../persona/readouts';
import { STYLE_AXES, type Style } from '../style/style';
import { describeIssues } from '../validation/describe-issues';
import type { StyleAxisLinks } from './alignment-persona';
import {
  ALIGNMENT_MODES,
  type AlignmentMode,
  type ConditioningBudgets,
  conditionFromDirections,
  DEFAULT_MIN_CONFIDENCE,
  type StyleVariation,
} from './conditioning';
import type { InContextExample } from './in-context-examples';
import { rankProfileDimensions } from './profile-block';
import type { Conditioning } from './turn-plan';

/** Size limits a persona payload must respect (checked on the server before anything else). */
export const PERSONA_PAYLOAD_LIMITS = {
  /** UTF-8 bytes of the JSON. */
  maxBytes: 24_000,
  /** Entries in `directions`. */
  maxDimensions: 128,
  /** Entries in `examples`. */
  maxExamples: 8,
  /** Characters per example field. */
  maxExampleChars: 4_000,
} as const;

const DIMENSION_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const dimensionId = v.pipe(
  v.string(),
  v.regex(DIMENSION_ID, 'a dimension id of 1-64 letters, digits, _ . : or -'),
);
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const level = v.pipe(v.number(), v.minValue(-1), v.maxValue(1));
const exampleText = v.pipe(v.string(), v.minLength(1), v.maxLength(PERSONA_PAYLOAD_LIMITS.maxExampleChars));

const personaPayloadSchema = v.strictObject({
  v: v.literal(1),
  mode: v.picklist(ALIGNMENT_MODES),
  directions: v.pipe(
    v.record(dimensionId, unit),
    v.check(
      (directions) => Object.keys(directions).length <= PERSONA_PAYLOAD_LIMITS.maxDimensions,
      `at most ${PERSONA_PAYLOAD_LIMITS.maxDimensions} dimensions`,
    ),
  ),
  confidence: v.optional(v.record(dimensionId, unit)),
  pinned: v.optional(v.pipe(v.array(dimensionId), v.maxLength(PERSONA_PAYLOAD_LIMITS.maxDimensions))),
  style: v.optional(v.record(v.picklist(STYLE_AXES), level)),
  vary: v.optional(v.strictObject({ axis: v.picklist(STYLE_AXES), level })),
  examples: v.optional(
    v.pipe(
      v.array(
        v.strictObject({ prompt: exampleText, chosen: exampleText, rejected: v.optional(exampleText) }),
      ),
      v.maxLength(PERSONA_PAYLOAD_LIMITS.maxExamples),
    ),
  ),
});

/**
 * The compact persona a client sends over HTTP instead of instructions:
 * `{ v: 1, mode, directions: { [dimensionId]: direction }, confidence?, pinned?, style?, vary?, examples? }`.
 * `directions` holds only the confident non-neutral dimensions, highest-ranked first;
 * `style` is the style derived from the whole estimate (levels only; used by `pba`/`both`);
 * `vary` marks one candidate of an active comparison; `examples` carries ICA examples.
 * The server turns it into instructions with {@link conditionFromPayload}; it never
 * carries instructions itself.
 */
export type PersonaPayload = v.InferOutput<typeof personaPayloadSchema>;

/** Why a persona payload was refused. */
export type PersonaPayloadErrorCode =
  /** Not JSON (a string that does not parse, or a value that does not serialize). */
  | 'invalid-json'
  /** Over `PERSONA_PAYLOAD_LIMITS.maxBytes` (a server answers 413). */
  | 'too-large'
  /** Not the payload's shape: wrong version, a missing, unknown or out-of-range field. */
  | 'malformed'
  /** `pinned` or `confidence` names a dimension that `directions` does not. */
  | 'inconsistent'
  /** A dimension the server's space does not have. */
  | 'unknown-dimension';

/** A persona payload that is malformed, oversized or inconsistent; `message` says why. */
export class PersonaPayloadError extends CodedError<PersonaPayloadErrorCode> {
  override readonly name = 'PersonaPayloadError';
}

/** Options of {@link parsePersonaPayload}. */
export interface ParsePersonaPayloadOptions {
  /** When given, every dimension id must be one of these. */
  dimensions?: Iterable<string>;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Validates a persona payload: a JSON string or an already parsed value. Checks the size
 * first (at most {@link PERSONA_PAYLOAD_LIMITS}.maxBytes of JSON), then the shape (valibot,
 * unknown keys rejected), then consistency (`pinned` and `confidence` only name dimensions
 * in `directions`; ids known when `dimensions` is given). Throws a
 * {@link PersonaPayloadError} with a clear message on the first problem.
 */
export function parsePersonaPayload(
  input: unknown,
  options: ParsePersonaPayloadOptions = {},
): PersonaPayload {
  let json: string;
  if (typeof input === 'string') {
    json = input;
  } else {
    try {
      json = JSON.stringify(input) ?? '';
    } catch {
      throw new PersonaPayloadError('invalid-json', 'Persona payload is not serializable JSON.');
    }
  }
  const bytes = byteLength(json);
  if (bytes > PERSONA_PAYLOAD_LIMITS.maxBytes) {
    throw new PersonaPayloadError(
      'too-large',
      `Persona payload is too large: ${bytes} bytes, the limit is ${PERSONA_PAYLOAD_LIMITS.maxBytes}.`,
    );
  }
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new PersonaPayloadError('invalid-json', 'Persona payload is not valid JSON.');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PersonaPayloadError('malformed', 'Persona payload is malformed: (root): expected an object.');
  }
  const parsed = v.safeParse(personaPayloadSchema, value);
  if (!parsed.success)
    throw new PersonaPayloadError(
      'malformed',
      `Persona payload is malformed: ${describeIssues(parsed.issues)}.`,
    );
  const payload = parsed.output;
  const listed = new Set(Object.keys(payload.directions));
  const stray = [...(payload.pinned ?? []), ...Object.keys(payload.confidence ?? {})].find(
    (id) => !listed.has(id),
  );
  if (stray !== undefined) {
    throw new PersonaPayloadError(
      'inconsistent',
      `Persona payload is inconsistent: "${stray}" is not in directions.`,
    );
  }
  if (options.dimensions) {
    const known = new Set(options.dimensions);
    const unknown = [...listed].find((id) => !known.has(id));
    if (unknown !== undefined)
      throw new PersonaPayloadError(
        'unknown-dimension',
        `Persona payload names an unknown dimension "${unknown}".`,
      );
  }
  return payload;
}

/** Options of {@link toPersonaPayload}. */
export interface ToPersonaPayloadOptions {
  /** The alignment mode the server should apply. */
  mode: AlignmentMode;
  /** Confidence a dimension needs to be sent; default 0.5. */
  minConfidence?: number;
  /** ICA examples to send (already ranked and fitted); dropped from the end to fit the size limit. */
  examples?: readonly InContextExample[];
  /** The candidate of an active comparison. */
  vary?: StyleVariation;
  /** The base style derived from the estimate (see `styleFromDirections`). */
  style?: Style;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Builds the payload a client sends for one request: the confident non-neutral
 * directions (pinned first, then by confidence, at most `maxDimensions`), their
 * confidence, the pinned ids, the variation and the examples, within
 * {@link PERSONA_PAYLOAD_LIMITS} (examples are dropped from the end until it fits).
 */
export function toPersonaPayload(
  directions: readonly DimensionReadout[],
  options: ToPersonaPayloadOptions,
): PersonaPayload {
  const ranked = rankProfileDimensions(directions, options.minConfidence ?? DEFAULT_MIN_CONFIDENCE).slice(
    0,
    PERSONA_PAYLOAD_LIMITS.maxDimensions,
  );
  const payload: PersonaPayload = {
    v: 1,
    mode: options.mode,
    directions: Object.fromEntries(ranked.map((readout) => [readout.id, readout.direction])),
  };
  if (ranked.length > 0) {
    payload.confidence = Object.fromEntries(
      ranked.map((readout) => [readout.id, round2(readout.confidence)]),
    );
  }
  const pinned = ranked.filter((readout) => readout.pinned).map((readout) => readout.id);
  if (pinned.length > 0) payload.pinned = pinned;
  if (options.style && Object.keys(options.style).length > 0) {
    payload.style = Object.fromEntries(
      Object.entries(options.style).map(([axis, level]) => [axis, round2(Math.max(-1, Math.min(1, level)))]),
    );
  }
  if (options.vary) payload.vary = { axis: options.vary.axis, level: round2(options.vary.level) };
  const examples = (options.examples ?? [])
    .slice(0, PERSONA_PAYLOAD_LIMITS.maxExamples)
    .map((example) => ({
      prompt: example.prompt.slice(0, PERSONA_PAYLOAD_LIMITS.maxExampleChars),
      chosen: example.chosen.slice(0, PERSONA_PAYLOAD_LIMITS.maxExampleChars),
      ...(example.rejected === undefined
        ? {}
        : { rejected: example.rejected.slice(0, PERSONA_PAYLOAD_LIMITS.maxExampleChars) }),
    }))
    .filter((example) => example.prompt.length > 0 && example.chosen.length > 0 && example.rejected !== '');
  while (examples.length > 0) {
    payload.examples = examples;
    if (byteLength(JSON.stringify(payload)) <= PERSONA_PAYLOAD_LIMITS.maxBytes) break;
    examples.pop();
    if (examples.length === 0) delete payload.examples;
  }
  return payload;
}

/** A dimension of the server's preference space, with both pole labels. */
export interface LabelledDimension {
  /** Dimension id. */
  id: string;
  /** Label of the positive pole. */
  positive: string;
  /** Label of the negative pole. */
  negative: string;
}

/** Options of {@link conditionFromPayload}. */
export interface ConditionFromPayloadOptions {
  /** The server's preference space: labels come from here, never from the client. */
  space: { dimensions: readonly LabelledDimension[] };
  /** Which dimensions each style axis speaks to. */
  links: StyleAxisLinks;
  /** Token budgets; missing entries use the defaults. */
  budgets?: Partial<ConditioningBudgets>;
  /** Confidence a dimension needs to shape replies. */
  minConfidence?: number;
  /** Forces a mode (e.g. the server's own A/B assignment) instead of the payload's. */
  mode?: AlignmentMode;
  /** What this reply's user message asks of it: `turnStyle(messages)`, read by the server. */
  turnStyle?: Style;
}

/**
 * Turns a validated payload into conditioning on the server, exactly as the client would
 * in-process: labels from the server's space (never from the client), the validated style
 * levels, budgets enforced again. Throws {@link PersonaPayloadError} for a dimension the space does not have.
 */
export function conditionFromPayload(
  payload: PersonaPayload,
  options: ConditionFromPayloadOptions,
): Conditioning {
  const space = new Map(options.space.dimensions.map((dimension) => [dimension.id, dimension]));
  const pinned = new Set(payload.pinned ?? []);
  const readouts: DimensionReadout[] = Object.entries(payload.directions).map(([id, direction]) => {
    const dimension = space.get(id);
    if (!dimension)
      throw new PersonaPayloadError(
        'unknown-dimension',
        `Persona payload names an unknown dimension "${id}".`,
      );
    return {
      id,
      label: direction < 0.5 ? dimension.negative : dimension.positive,
      direction,
      mean: 2 * direction - 1,
      uncertainty: 0,
      confidence: payload.confidence?.[id] ?? 1,
      pinned: pinned.has(id),
      evidence: 0,
    };
  });
  return conditionFromDirections(readouts, {
    mode: options.mode ?? payload.mode,
    links: options.links,
    ...(options.budgets ? { budgets: options.budgets } : {}),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    ...(payload.examples ? { examples: payload.examples } : {}),
    ...(payload.vary ? { vary: payload.vary } : {}),
    ...(options.turnStyle ? { turnStyle: options.turnStyle } : {}),
    style: payload.style ?? {},
  });
}

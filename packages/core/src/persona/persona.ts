import * as v from 'valibot';
import { signConfidence } from '../numeric/normal';
import { STYLE_AXES, type Style } from '../style/style';
import { describeIssues } from '../validation/describe-issues';
import { alignxSpace } from './alignx-space';
import type { AttributeDetector } from './detect-attributes';
import { type Estimate, forget, preferenceOf, updateEstimate, utilityMoments } from './estimator';
import { loadLocalDetectors, localDetectors } from './local-detectors';
import { compilePrior, type PersonaPrior } from './persona-prior';
import {
  PERSONA_STATE_VERSION,
  type PersonaState,
  PersonaStateError,
  personaStateSchema,
} from './persona-state';
import { type DimensionReadout, encodeDirection, profileText } from './readouts';
import { checkSignal } from './signal-schema';
import type { Signal, SignalKind } from './signals';
import type { PreferenceSpace } from './space';
import {
  mixtureMoments,
  mixturePreference,
  mixtureScale,
  mixtureWeight,
  updateMixtureEstimate,
} from './type-mixture';

export type { PersonaPrior, PriorType } from './persona-prior';

/** Options of `createPersona`. */
export interface PersonaOptions {
  /** The preference space; `alignxSpace` by default. */
  space?: PreferenceSpace;
  /** Population prior; a standard normal per dimension by default. */
  prior?: PersonaPrior;
  /** Choice noise of the probit model (larger = each signal says less); 1 by default. */
  noise?: number;
  /** Per-signal pull back toward the prior in [0, 1) for drifting preferences; 0 (off) by default. */
  forgetting?: number;
  /** Confidence (0..1) a dimension needs before it reads as non-neutral; 0.5 by default. */
  confidenceThreshold?: number;
  /** Number of explanation-trail entries kept; 10 by default. */
  trailLimit?: number;
  /**
   * The attribute detector for texts. By default the local `detectAttributes`, loaded on
   * demand (see `ready()`); pass it (from `@attune/core/detectors`) to use it synchronously.
   */
  detect?: AttributeDetector;
}

/** One entry of the explanation trail: which dimensions a signal moved, largest moves first (at most 3). */
export interface TrailEntry {
  at: number;
  kind: SignalKind;
  moves: Array<{ dimension: string; delta: number }>;
}

/** Something to compare or score: a reply text or a known style. */
export type Candidate = string | Style;

/** A user's estimated preferences over a space, updated online from signals. */
export interface Persona {
  readonly space: PreferenceSpace;
  /** Number of signals learned from (explicit settings included, ignored signals not). */
  readonly signalCount: number;
  /**
   * Loads the default text detectors (a separate chunk in browser builds) and resolves once the
   * persona can read texts; sessions call it. Observing or scoring a text before that throws and
   * changes nothing.
   */
  ready(): Promise<void>;
  /**
   * Learns from one signal. A signal that breaks the rules of `signalSchema` (or names a dimension
   * the space lacks) throws a RangeError and changes nothing.
   */
  observe(signal: Signal): void;
  /** P(the user prefers `a` over `b`), integrating over the estimate's uncertainty. */
  preferenceProbability(a: Candidate, b: Candidate): number;
  /** Variance of the predicted utility difference of two candidates: high = the comparison would teach a lot. */
  informativeness(a: Candidate, b: Candidate): number;
  /** The per-dimension difference `a − b` the estimator sees (dimension id → level; zero dimensions left out). */
  featureDifference(a: Candidate, b: Candidate): Record<string, number>;
  /** Expected utility of a style (higher = closer to the user's preferences). */
  scoreStyle(style: Style): number;
  /** Expected utility of a reply text. */
  scoreText(text: string): number;
  /** Every dimension in space order. */
  directions(): DimensionReadout[];
  /** The profile text: preferred pole labels of the non-neutral dimensions, joined with ", ". */
  profile(): string;
  /** The explanation trail, oldest first. */
  trail(): TrailEntry[];
  /** Sets a dimension's direction (0..1); `pinned` keeps it until `unpin` or `reset`. */
  set(dimensionId: string, direction: number, options?: { pinned?: boolean }): void;
  /** Releases a pinned dimension; it keeps its set value as an ordinary estimate. */
  unpin(dimensionId: string): void;
  /** Forgets everything: back to the prior. */
  reset(): void;
  /**
   * Starts from another population prior (e.g. the deployment's, fetched by
   * `createPersonalization({ prior })`). Only before the persona has learned anything: it throws
   * a RangeError (and changes nothing) once it has signals or pins, or for a malformed prior.
   */
  usePrior(prior: PersonaPrior | undefined): void;
  /** Serializable state. */
  toJSON(): PersonaState;
  /** Replaces the estimate with validated state; throws PersonaStateError and keeps the current estimate. */
  load(state: unknown): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** How strongly an explicit setting speaks: its weight at direction 1 (or −weight at 0). */
const EXPLICIT_SCALE = 2;
/** Variance of an explicitly set (unpinned) dimension. */
const EXPLICIT_VARIANCE = 0.05;
/** Default evidence weights of the indirect signals. */
const RATING_WEIGHT = 0.5;
const USER_TEXT_WEIGHT = 0.25;
/** Attributes a user's own writing speaks to (how long or structured users write says little about replies). */
const USER_TEXT_EXCLUDED = new Set(['detail', 'structure', 'helpfulness', 'safety']);
const CACHE_SIZE = 64;

const round = (x: number) => Number(x.toPrecision(3));
/** Two significant digits, for what the state keeps only to explain (trail moves) or to weigh (variances). */
const coarse = (x: number) => Number(x.toPrecision(2));

/** Creates a persona over a preference space (AlignX by default). */
export function createPersona(options: PersonaOptions = {}): Persona {
  const space = options.space ?? alignxSpace;
  const detect: AttributeDetector =
    options.detect ?? ((text, textSpace) => localDetectors().detectAttributes(text, textSpace));
  const noise = options.noise ?? 1;
  const forgetting = options.forgetting ?? 0;
  const threshold = options.confidenceThreshold ?? 0.5;
  const trailLimit = options.trailLimit ?? 10;
  if (!(noise > 0)) throw new RangeError('createPersona: noise must be positive');
  if (!(forgetting >= 0 && forgetting < 1))
    throw new RangeError('createPersona: forgetting must be in [0, 1)');
  const size = space.dimensions.length;
  /** The compiled prior; `usePrior` replaces it before the persona has learned anything. */
  let compiled = compilePrior(options.prior, size, dimensionIndex);
  /** Utility moments of `x`, the types' shifts included. */
  const moments = (features: Float64Array) =>
    compiled.mixture
      ? mixtureMoments(estimate, features, compiled.mixture)
      : utilityMoments(estimate, features);

  // Attribute → dimension links, flattened for the hot path.
  const attributeIndex = new Map(space.attributes.map((a, i) => [a, i]));
  const links = space.dimensions.flatMap((d, dim) =>
    d.measures.map((m) => ({ dim, attribute: attributeIndex.get(m.attribute) as number, weight: m.weight })),
  );
  const userTextLinks = links.filter((l) => !USER_TEXT_EXCLUDED.has(space.attributes[l.attribute] as string));

  let estimate = freshEstimate();
  let evidence = new Uint32Array(size);
  let entries: TrailEntry[] = [];
  let signals = 0;
  const listeners = new Set<() => void>();
  const cache = new Map<string, Float64Array>();
  let x = new Float64Array(compiled.width);
  let moved = new Float64Array(compiled.width);
  /** Each dimension's whole move in the last signal: its own plus the factors' share. */
  const whole = new Float64Array(size);

  function dimensionIndex(id: string): number {
    const i = space.indexOf(id);
    if (i < 0) throw new RangeError(`Unknown dimension "${id}" in space "${space.id}"`);
    return i;
  }

  function freshEstimate(): Estimate {
    return {
      mean: compiled.latentPriorMean.slice(),
      variance: compiled.latentPriorVariance.slice(),
      pinned: new Float64Array(compiled.width).fill(Number.NaN),
    };
  }

  /** Attribute levels of a candidate as a vector over `space.attributes` (texts are detected once and cached). */
  function attributesOf(candidate: Candidate): Float64Array {
    if (typeof candidate !== 'string') return withStyle(new Float64Array(space.attributes.length), candidate);
    let found = cache.get(candidate);
    if (!found) {
      const detected = detect(candidate, space);
      found = Float64Array.from(space.attributes, (name) => {
        const level = detected[name] ?? 0;
        return Number.isFinite(level) ? Math.max(-1, Math.min(1, level)) : 0;
      });
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(candidate, found);
    }
    return found;
  }

  /** Overwrites the style axes of `levels` with a known style (a missing axis is neutral). */
  function withStyle(levels: Float64Array, style: Style): Float64Array {
    for (const axis of STYLE_AXES) {
      const i = attributeIndex.get(axis);
      if (i !== undefined) levels[i] = Math.max(-1, Math.min(1, style[axis] ?? 0)) || 0;
    }
    return levels;
  }

  function withKnownStyle(text: string, style: Style | undefined): Float64Array {
    const detected = attributesOf(text);
    return style ? withStyle(detected.slice(), style) : detected;
  }

  /** Writes Σ links of (a − b) into `out`, where `b` may be absent (compared with neutral). */
  function features(
    out: Float64Array,
    a: Float64Array,
    b: Float64Array | undefined,
    sign: number,
    userText = false,
  ): void {
    out.fill(0);
    for (const link of userText ? userTextLinks : links) {
      const level = (a[link.attribute] as number) - (b ? (b[link.attribute] as number) : 0);
      out[link.dim] = (out[link.dim] as number) + sign * link.weight * level;
    }
    compiled.loadings.forEach((row, j) => {
      let level = 0;
      for (let d = 0; d < size; d += 1)
        if (Number.isNaN(estimate.pinned[d])) level += (row[d] as number) * (out[d] as number);
      out[size + j] = level;
    });
  }

  /** A dimension's weight as the user's own part plus the factors' share: mean and variance. */
  function effective(d: number): { mean: number; variance: number } {
    const types = compiled.mixture;
    let { mean, variance } =
      types && Number.isNaN(estimate.pinned[d])
        ? mixtureWeight(estimate, d, types)
        : { mean: estimate.mean[d] as number, variance: estimate.variance[d] as number };
    compiled.loadings.forEach((row, j) => {
      const loading = row[d] as number;
      mean += loading * (estimate.mean[size + j] as number);
      variance += loading * loading * (estimate.variance[size + j] as number);
    });
    return { mean, variance };
  }

  /**
   * Records a signal's moves: evidence counts only the dimensions the signal spoke to, the
   * trail shows each weight's whole change (its own move plus the factors' share).
   */
  function record(at: number, kind: SignalKind): void {
    const moves: TrailEntry['moves'] = [];
    whole.set(moved.subarray(0, size));
    compiled.loadings.forEach((row, j) => {
      const step = moved[size + j] as number;
      if (step === 0) return;
      for (let d = 0; d < size; d += 1)
        if (Number.isNaN(estimate.pinned[d])) whole[d] = (whole[d] as number) + (row[d] as number) * step;
    });
    for (let d = 0; d < size; d += 1) {
      if (Math.abs(moved[d] as number) >= 1e-4) evidence[d] = (evidence[d] as number) + 1;
      const delta = whole[d] as number;
      if (Math.abs(delta) >= 1e-4)
        moves.push({ dimension: space.dimensions[d]?.id as string, delta: coarse(delta) });
    }
    moves.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta));
    entries.push({ at, kind, moves: moves.slice(0, 3) });
    if (entries.length > trailLimit) entries = entries.slice(entries.length - trailLimit);
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function learn(signal: Signal, weight: number): boolean {
    switch (signal.kind) {
      case 'comparison':
        features(
          x,
          withKnownStyle(signal.chosen, signal.chosenStyle),
          withKnownStyle(signal.rejected, signal.rejectedStyle),
          1,
        );
        break;
      case 'rating':
        features(x, withKnownStyle(signal.text, signal.style), undefined, signal.rating === 'up' ? 1 : -1);
        weight *= RATING_WEIGHT;
        break;
      case 'user-text':
        features(x, attributesOf(signal.text), undefined, 1, true);
        weight *= USER_TEXT_WEIGHT;
        break;
      case 'explicit':
        applySetting(signal.dimension, signal.direction, signal.pinned === true);
        return true;
      case 'description':
        return false;
    }
    forget(estimate, compiled.latentPriorMean, compiled.latentPriorVariance, forgetting);
    if (compiled.mixture) updateMixtureEstimate(estimate, x, noise, weight, moved, compiled.mixture);
    else updateEstimate(estimate, x, noise, weight, moved);
    return true;
  }

  /**
   * An explicit setting: the whole weight of the dimension reads as the set value now. Pinned,
   * the own part takes the whole change. Unpinned, the setting is an observation of the whole
   * weight (own part plus the factors' share, variance {@link EXPLICIT_VARIANCE}): the change is
   * shared by the own part and the population factors in proportion to their variance (a
   * Kalman step, so the dimensions a factor ties to this one move too), each factor keeps the
   * variance that observation leaves it, and the own part is then known to within
   * {@link EXPLICIT_VARIANCE}. Otherwise a prior whose factors carry most of a dimension's
   * spread would leave the setting unsure of itself, and replies would not follow it.
   */
  function applySetting(id: string, direction: number, pinned: boolean): void {
    const d = dimensionIndex(id);
    const value = (direction - 0.5) * 2 * EXPLICIT_SCALE;
    const change = value - effective(d).mean;
    // How much the whole weight moves per unit of the own part (the types' mean scale), and its square.
    const scale =
      compiled.mixture && Number.isNaN(estimate.pinned[d])
        ? mixtureScale(d, compiled.mixture)
        : { mean: 1, square: 1 };
    const known = Math.min(EXPLICIT_VARIANCE / scale.square, compiled.priorVariance[d] as number);
    moved.fill(0);
    if (pinned) {
      moved[d] = change;
      estimate.mean[d] = value;
      estimate.variance[d] = known;
      estimate.pinned[d] = value;
      return;
    }
    const ownSpread = scale.square * (estimate.variance[d] as number);
    const spread = compiled.loadings.reduce(
      (sum, row, j) => sum + (row[d] as number) ** 2 * (estimate.variance[size + j] as number),
      ownSpread,
    );
    compiled.loadings.forEach((row, j) => {
      const loading = row[d] as number;
      if (loading === 0) return;
      const variance = estimate.variance[size + j] as number;
      const step = (change * loading * variance) / spread;
      moved[size + j] = step;
      estimate.mean[size + j] = (estimate.mean[size + j] as number) + step;
      estimate.variance[size + j] = variance - (loading * variance) ** 2 / (spread + EXPLICIT_VARIANCE);
    });
    const ownStep = (change * ownSpread) / spread / scale.mean;
    moved[d] = ownStep;
    estimate.mean[d] = (estimate.mean[d] as number) + ownStep;
    estimate.variance[d] = known;
    estimate.pinned[d] = Number.NaN;
  }

  function validate(signal: Signal): void {
    const check = checkSignal(signal);
    if (!check.ok) throw new RangeError(check.message);
    if (signal.kind === 'explicit') dimensionIndex(signal.dimension);
  }

  function readout(d: number): DimensionReadout {
    const dimension = space.dimensions[d];
    if (!dimension) throw new RangeError(`No dimension at ${d}`);
    const pin = estimate.pinned[d] as number;
    const pinned = !Number.isNaN(pin);
    const weight = effective(d);
    const mean = pinned ? pin : weight.mean;
    const uncertainty = pinned ? 0 : Math.sqrt(weight.variance);
    const confidence = pinned ? 1 : signConfidence(mean, uncertainty);
    const direction = pinned
      ? encodeDirection(pin / (2 * EXPLICIT_SCALE) + 0.5)
      : confidence >= threshold && mean !== 0
        ? mean > 0
          ? 1
          : 0
        : 0.5;
    const leansPositive = direction === 1 || (direction === 0.5 && mean >= 0);
    return {
      id: dimension.id,
      label: leansPositive ? dimension.positive : dimension.negative,
      direction,
      mean,
      uncertainty,
      confidence,
      pinned,
      evidence: evidence[d] as number,
    };
  }

  const persona: Persona = {
    space,
    get signalCount() {
      return signals;
    },
    ready: async () => {
      if (!options.detect) await loadLocalDetectors();
    },
    observe(signal) {
      validate(signal);
      const weight = signal.weight ?? 1;
      if (weight === 0 || !learn(signal, weight)) return;
      signals += 1;
      record(signal.at, signal.kind);
      notify();
    },
    preferenceProbability(a, b) {
      features(x, attributesOf(a), attributesOf(b), 1);
      return compiled.mixture
        ? mixturePreference(estimate, x, noise, compiled.mixture)
        : preferenceOf(estimate, x, noise);
    },
    featureDifference(a, b) {
      features(x, attributesOf(a), attributesOf(b), 1);
      const out: Record<string, number> = {};
      for (let d = 0; d < size; d += 1)
        if (x[d] !== 0) out[space.dimensions[d]?.id as string] = x[d] as number;
      return out;
    },
    informativeness(a, b) {
      features(x, attributesOf(a), attributesOf(b), 1);
      return moments(x).variance;
    },
    scoreStyle(style) {
      features(x, attributesOf(style), undefined, 1);
      return moments(x).mean;
    },
    scoreText(text) {
      features(x, attributesOf(text), undefined, 1);
      return moments(x).mean;
    },
    directions: () => space.dimensions.map((_, d) => readout(d)),
    profile: () => profileText(persona.directions()),
    trail: () => entries.map((e) => ({ ...e, moves: e.moves.map((m) => ({ ...m })) })),
    set(dimensionId, direction, setOptions) {
      if (!(direction >= 0 && direction <= 1)) throw new RangeError('set: direction must be in [0, 1]');
      persona.observe({
        kind: 'explicit',
        at: Date.now(),
        dimension: dimensionId,
        direction,
        pinned: setOptions?.pinned,
      });
    },
    unpin(dimensionId) {
      const d = dimensionIndex(dimensionId);
      if (Number.isNaN(estimate.pinned[d])) return;
      estimate.pinned[d] = Number.NaN;
      notify();
    },
    usePrior(prior) {
      if (signals > 0 || estimate.pinned.some((pin) => !Number.isNaN(pin)))
        throw new RangeError('usePrior: the persona has already learned; reset() it first');
      compiled = compilePrior(prior, size, dimensionIndex);
      x = new Float64Array(compiled.width);
      moved = new Float64Array(compiled.width);
      persona.reset();
    },
    reset() {
      estimate = freshEstimate();
      compiled.mixture?.probabilities.set(compiled.freshTypes());
      evidence = new Uint32Array(size);
      entries = [];
      signals = 0;
      cache.clear();
      notify();
    },
    toJSON() {
      const rows: PersonaState['estimate'] = [];
      const pins: PersonaState['pins'] = [];
      for (let d = 0; d < size; d += 1) {
        const mean = estimate.mean[d] as number;
        const v = estimate.variance[d] as number;
        if (mean !== compiled.priorMean[d] || v !== compiled.priorVariance[d] || evidence[d] !== 0) {
          rows.push([d, round(mean), coarse(v), evidence[d] as number]);
        }
        const pin = estimate.pinned[d] as number;
        if (!Number.isNaN(pin)) pins.push([d, round(pin / (2 * EXPLICIT_SCALE) + 0.5)]);
      }
      return {
        version: PERSONA_STATE_VERSION,
        space: space.id,
        size,
        signals,
        estimate: rows,
        ...(compiled.loadings.length > 0 && {
          latent: compiled.loadings.map((_, j): [number, number] => [
            round(estimate.mean[size + j] as number),
            coarse(estimate.variance[size + j] as number),
          ]),
        }),
        ...(compiled.mixture && { types: Array.from(compiled.mixture.probabilities, round) }),
        pins,
        trail: entries.map((e) => ({
          at: e.at,
          kind: e.kind,
          moves: e.moves.map((m): [number, number] => [space.indexOf(m.dimension), m.delta]),
        })),
      };
    },
    load(state) {
      const parsed = v.safeParse(personaStateSchema, state);
      if (!parsed.success) {
        throw new PersonaStateError(`Invalid persona state at ${describeIssues(parsed.issues, 1)}`);
      }
      const data = parsed.output;
      if (data.space !== space.id || data.size !== size) {
        throw new PersonaStateError(
          `Persona state belongs to space "${data.space}" (${data.size} dimensions), not "${space.id}" (${size})`,
        );
      }
      const outOfRange = [...data.estimate, ...data.pins, ...data.trail.flatMap((e) => e.moves)].find(
        ([d]) => d >= size,
      );
      if (outOfRange)
        throw new PersonaStateError(
          `Persona state names dimension ${outOfRange[0]}, beyond the space's ${size}`,
        );
      const latent = data.latent ?? [];
      if (latent.length > 0 && latent.length !== compiled.loadings.length)
        throw new PersonaStateError(
          `Persona state has ${latent.length} population factor levels, the prior has ${compiled.loadings.length}`,
        );
      const types = data.types ?? [];
      if (types.length > 0 && types.length !== (compiled.mixture?.offsets.length ?? 0))
        throw new PersonaStateError(
          `Persona state has ${types.length} user type probabilities, the prior has ${compiled.mixture?.offsets.length ?? 0}`,
        );
      const typeSum = types.reduce((sum, p) => sum + p, 0);
      if (types.length > 0 && !(typeSum > 0))
        throw new PersonaStateError('Persona state has user type probabilities that sum to 0');
      const next = freshEstimate();
      latent.forEach(([mean, v], j) => {
        next.mean[size + j] = mean;
        next.variance[size + j] = v;
      });
      const nextEvidence = new Uint32Array(size);
      for (const [d, mean, v, n] of data.estimate) {
        next.mean[d] = mean;
        next.variance[d] = v;
        nextEvidence[d] = n;
      }
      for (const [d, direction] of data.pins) {
        const value = (direction - 0.5) * 2 * EXPLICIT_SCALE;
        next.pinned[d] = value;
        next.mean[d] = value;
      }
      estimate = next;
      compiled.mixture?.probabilities.set(
        types.length > 0 ? types.map((p) => p / typeSum) : compiled.freshTypes(),
      );
      evidence = nextEvidence;
      signals = data.signals;
      entries = data.trail.slice(-trailLimit).map((e) => ({
        at: e.at,
        kind: e.kind,
        moves: e.moves.map(([d, delta]) => ({ dimension: space.dimensions[d]?.id as string, delta })),
      }));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return persona;
}

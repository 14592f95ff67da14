import * as v from 'valibot';
import { alignxSpace } from '../persona/alignx-space';
import { loadLocalDetectors, localDetectors } from '../persona/local-detectors';
import { createPersona, type Persona } from '../persona/persona';
import type { Signal } from '../persona/signals';
import { STYLE_AXES, type Style, type StyleAxis } from '../style/style';
import { describeIssues } from '../validation/describe-issues';
import type { AlignmentPersona, StyleAxisLinks } from './alignment-persona';
import { linksFromSpace, type MeasuredSpace } from './axis-links';
import { type AxisRealization, updateRealization } from './axis-realization';
import { type CompareOptions, shouldCompare } from './compare-policy';
import {
  ALIGNMENT_MODES,
  type AlignmentMode,
  type ConditioningBudgets,
  conditionFromDirections,
  DEFAULT_BUDGETS,
  DEFAULT_MIN_CONFIDENCE,
  type StyleVariation,
} from './conditioning';
import { fetchPopulationPrior, type PopulationPriorSource } from './fetch-population-prior';
import {
  EXAMPLE_MEMORY_SIZE,
  type RememberedExample,
  rankExamples,
  rememberExample,
} from './in-context-examples';
import { toPersonaPayload } from './persona-payload';
import { planComparison } from './plan-comparison';
import { styleFromDirections } from './style-from-directions';
import { requestSignals, turnAsksForStyle, turnStyle } from './style-request-signals';
import type { Conditioning, TurnContext, TurnPlan } from './turn-plan';

/** Options of {@link createPersonalization}. */
export interface PersonalizationOptions<P extends AlignmentPersona = Persona> {
  /** The persona to learn into and condition on; a fresh AlignX `createPersona()` by default. */
  persona?: P;
  /**
   * How replies are conditioned: `pba`, `ica`, `both` or `none` (the control arm). Default
   * {@link DEFAULT_ALIGNMENT_MODE} (`pba`: in the alignment benchmark it matches `both` on
   * satisfaction with the smallest request, and beats `ica`).
   */
  mode?: AlignmentMode;
  /** Token budgets of the profile block and of the examples. */
  budgets?: Partial<ConditioningBudgets>;
  /** Active comparisons; the policy defaults to `'when-uncertain'` (`'never'` in mode `none`). */
  compare?: CompareOptions & {
    /** How much each axis matters for the coming reply, in [0, 1] (missing = 1). */
    relevance?: (turn: TurnContext) => Partial<Record<StyleAxis, number>>;
  };
  /** Best-of-n: generate this many candidates and show the one the user is predicted to prefer. */
  bestOfN?: number;
  /**
   * `'in-process'`: conditioning goes into the instructions and example messages.
   * `'http'`: only a compact persona payload goes out (`Conditioning.persona`, sent under
   * Attune's body key); the server turns it into instructions (`parsePersonaPayload` +
   * `conditionFromPayload`). `'auto'` (default): whichever the session's request needs
   * (`TurnContext.transport`: HTTP for `api` and transports, in-process for a `model`).
   */
  transport?: 'auto' | 'in-process' | 'http';
  /** Which dimensions each style axis speaks to; by default read from the persona's space. */
  links?: StyleAxisLinks;
  /** Confidence a dimension needs to shape replies; default 0.5. */
  minConfidence?: number;
  /** The persona's choice noise, for expected information gain; default 1. */
  noise?: number;
  /**
   * Measures reply texts on the style axes, to learn which axes the model really varies
   * (see `AxisRealization`); the persona engine's `detectStyle` by default (loaded on demand,
   * see `ready()`), `false` to assume every axis is realized.
   */
  detectStyle?: ((text: string) => Style) | false;
  /**
   * The deployment's population prior (a URL such as `/api/prior`, or a source with options),
   * fetched on `ready()` and used when the persona has learned nothing yet. A missing,
   * malformed or stale prior leaves the cold start, without an error.
   */
  prior?: string | PopulationPriorSource;
}

/** A personalization over a persona: implements the session's `Personalization` seam, plus access to its parts. */
export interface AttunePersonalization<P extends AlignmentPersona = Persona> {
  /** The persona it learns into. */
  readonly persona: P;
  /** The alignment mode. */
  readonly mode: AlignmentMode;
  /** The style-axis links it conditions through. */
  readonly links: StyleAxisLinks;
  /** Resolves once observe, plan and pick can run: the persona's and the default style detectors are loaded. */
  ready(): Promise<void>;
  /** Learns from one signal, synchronously; throws for a malformed signal and learns nothing. */
  observe(signal: Signal): void;
  /** Plans the coming reply, synchronously. */
  plan(turn: TurnContext): TurnPlan;
  /** Index of the candidate the user is predicted to prefer (the first on ties). */
  pick(candidates: readonly string[], turn?: TurnContext): number;
  /** How well the reply model has realized each axis in comparisons so far. */
  realization(): AxisRealization;
  /** `{ v: 1, persona, examples, turn, comparedLastTurn, realization }`. */
  snapshot(): PersonalizationSnapshot;
  /** Restores a snapshot; throws `PersonalizationStateError` (or the persona's error) and keeps the current state. */
  restore(state: unknown): void;
  /** Forgets everything: the persona, pins included, the remembered examples, the turn count and the realization. */
  reset(): void;
}

const snapshotSchema = v.strictObject({
  v: v.literal(1),
  persona: v.unknown(),
  examples: v.pipe(
    v.array(
      v.strictObject({
        prompt: v.string(),
        chosen: v.string(),
        rejected: v.optional(v.string()),
        at: v.number(),
      }),
    ),
    v.maxLength(EXAMPLE_MEMORY_SIZE),
  ),
  turn: v.pipe(v.number(), v.integer(), v.minValue(0)),
  comparedLastTurn: v.boolean(),
  realization: v.optional(v.record(v.picklist(STYLE_AXES), v.pipe(v.number(), v.minValue(0), v.maxValue(1)))),
});

/** What a personalization persists: the persona's state and the remembered choices. */
export type PersonalizationSnapshot = v.InferOutput<typeof snapshotSchema>;

/** A personalization snapshot that cannot be restored; `message` says why. */
export class PersonalizationStateError extends Error {
  override readonly name = 'PersonalizationStateError';
}

const hasSpace = (persona: AlignmentPersona): persona is AlignmentPersona & { space: MeasuredSpace } =>
  'space' in persona && typeof persona.space === 'object' && persona.space !== null;

/** The mode used when none is given. */
export const DEFAULT_ALIGNMENT_MODE: AlignmentMode = 'pba';

const TRANSPORTS = ['auto', 'in-process', 'http'] as const;

function validate(options: PersonalizationOptions<AlignmentPersona>): void {
  if (options.mode !== undefined && !(ALIGNMENT_MODES as readonly string[]).includes(options.mode)) {
    throw new Error(
      `createPersonalization: mode must be one of ${ALIGNMENT_MODES.join(', ')}, got "${options.mode}".`,
    );
  }
  for (const [name, value] of Object.entries(options.budgets ?? {})) {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`createPersonalization: budgets.${name} must be a non-negative number of tokens.`);
    }
  }
  if (options.transport !== undefined && !(TRANSPORTS as readonly string[]).includes(options.transport)) {
    throw new RangeError(
      `createPersonalization: transport must be one of ${TRANSPORTS.join(', ')}, got "${options.transport}".`,
    );
  }
  if (options.bestOfN !== undefined && !(Number.isInteger(options.bestOfN) && options.bestOfN >= 1)) {
    throw new Error(`createPersonalization: bestOfN must be a positive integer, got ${options.bestOfN}.`);
  }
  const policy = options.compare?.policy;
  if (typeof policy === 'object' && !(Number.isInteger(policy.everyTurns) && policy.everyTurns >= 1)) {
    throw new Error(`createPersonalization: compare.policy.everyTurns must be a positive integer.`);
  }
}

/**
 * Wires a persona into the dialogue. Every turn the session calls `observe` with what
 * the user did (their message, ratings, choices, regenerations, settings; a style request in
 * a message, such as "short version", also counts as a lasting explicit setting of the linked
 * dimensions, while a feeling, such as "I'm frustrated", asks for empathy in that turn's reply
 * only) and then
 * `plan`, so the estimate is always updated before the next request is conditioned.
 * `plan` conditions the reply by the mode (PBA profile, ICA examples, both or none) within
 * the budgets, asks for an active comparison when the policy says so (the most informative
 * axis), or for best-of-n candidates; `shapedBy` says which dimensions shaped the reply.
 */
export function createPersonalization<P extends AlignmentPersona = Persona>(
  options: PersonalizationOptions<P> = {},
): AttunePersonalization<P> {
  validate(options);
  const persona = (options.persona ?? createPersona()) as P;
  const links = options.links ?? linksFromSpace(hasSpace(persona) ? persona.space : alignxSpace);
  const mode = options.mode ?? DEFAULT_ALIGNMENT_MODE;
  const budgets: ConditioningBudgets = { ...DEFAULT_BUDGETS, ...options.budgets };
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const compare = options.compare ?? {};
  const policy = compare.policy ?? (mode === 'none' ? 'never' : 'when-uncertain');
  const usesExamples = mode === 'ica' || mode === 'both';
  const usesProfile = mode === 'pba' || mode === 'both';

  const detect =
    options.detectStyle === undefined
      ? (text: string) => localDetectors().detectStyle(text)
      : options.detectStyle;
  let examples: RememberedExample[] = [];
  let realization: AxisRealization = {};
  let turn = 0;
  let comparedLastTurn = false;
  let priorLoad: Promise<void> | undefined;

  /** Fetches the prior once and starts the persona from it if it has learned nothing meanwhile. */
  function loadPrior(): Promise<void> | undefined {
    const source = typeof options.prior === 'string' ? { url: options.prior } : options.prior;
    const target = persona as Partial<Pick<Persona, 'usePrior' | 'signalCount'>>;
    const usePrior = target.usePrior;
    if (!source || typeof usePrior !== 'function') return undefined;
    priorLoad ??= fetchPopulationPrior(source).then((prior) => {
      if (!prior || (target.signalCount ?? 0) > 0) return;
      try {
        usePrior.call(persona, prior);
      } catch {
        // A prior for another space (unknown dimensions) or one that arrived too late: stay cold.
      }
    });
    return priorLoad;
  }

  function condition(context: TurnContext, overHttp: boolean, vary?: StyleVariation): Conditioning {
    const directions = persona.directions();
    const style = usesProfile ? styleFromDirections(directions, links, { minConfidence }) : {};
    const local = conditionFromDirections(directions, {
      mode,
      links,
      budgets,
      minConfidence,
      style,
      // Over HTTP the server reads what the message asks of its reply from the message itself.
      turnStyle: turnStyle(context.messages),
      ...(usesExamples ? { examples: rankExamples(examples, persona) } : {}),
      ...(vary ? { vary } : {}),
    });
    if (!overHttp) return local;
    const payload = toPersonaPayload(directions, {
      mode,
      minConfidence,
      style,
      ...(local.examples ? { examples: local.examples } : {}),
      ...(vary ? { vary } : {}),
    });
    return {
      mode,
      persona: payload,
      ...(local.style ? { style: local.style } : {}),
      ...(local.shapedBy ? { shapedBy: local.shapedBy } : {}),
    };
  }

  function relevanceFor(context: TurnContext): Partial<Record<StyleAxis, number>> {
    const relevance = compare.relevance?.(context) ?? {};
    return Object.fromEntries(
      STYLE_AXES.map((axis) => [axis, (relevance[axis] ?? 1) * (realization[axis] ?? 1)] as const),
    );
  }

  /** The axes a comparison may ask about: the app's choice, within what the model realizes. */
  function axesFor(context: TurnContext): { axes?: readonly StyleAxis[] } {
    const declared = context.styleAxes;
    if (!compare.axes) return declared ? { axes: declared } : {};
    return { axes: declared ? compare.axes.filter((axis) => declared.includes(axis)) : compare.axes };
  }

  function plan(context: TurnContext): TurnPlan {
    turn += 1;
    const transport = options.transport ?? 'auto';
    const overHttp = transport === 'auto' ? context.transport === 'http' : transport === 'http';
    const conditioning = condition(context, overHttp);
    if (policy !== 'never' && !turnAsksForStyle(context)) {
      const comparison = planComparison(persona, {
        mode,
        links,
        budgets,
        minConfidence,
        condition: (vary) => condition(context, overHttp, vary),
        relevance: relevanceFor(context),
        ...(compare.spread === undefined ? {} : { spread: compare.spread }),
        ...(compare.strategy ? { strategy: compare.strategy } : {}),
        ...(compare.random ? { random: compare.random } : {}),
        ...axesFor(context),
        ...(options.noise === undefined ? {} : { noise: options.noise }),
      });
      const compares =
        comparison !== undefined &&
        shouldCompare({ ...compare, policy }, { turn, comparedLastTurn, bestGain: comparison.gain });
      comparedLastTurn = compares;
      if (compares) return { conditioning, compare: comparison.pair };
    }
    comparedLastTurn = false;
    return options.bestOfN && options.bestOfN > 1
      ? { conditioning, candidates: options.bestOfN }
      : { conditioning };
  }

  return {
    persona,
    mode,
    links,
    async ready() {
      await Promise.all([
        persona.ready?.(),
        options.detectStyle === undefined ? loadLocalDetectors() : undefined,
        loadPrior(),
      ]);
    },
    observe(signal: Signal) {
      // Measured first: when it throws, nothing was learned.
      const measured = detect ? updateRealization(realization, signal, detect) : realization;
      persona.observe(signal);
      for (const request of requestSignals(signal, links)) persona.observe(request);
      examples = rememberExample(examples, signal);
      realization = measured;
    },
    plan,
    pick(candidates) {
      let best = 0;
      candidates.forEach((text, index) => {
        if (persona.scoreText(text) > persona.scoreText(candidates[best] ?? '')) best = index;
      });
      return best;
    },
    realization: () => ({ ...realization }),
    snapshot: () => ({
      v: 1,
      persona: persona.toJSON(),
      examples: [...examples],
      turn,
      comparedLastTurn,
      realization: { ...realization },
    }),
    restore(state) {
      const parsed = v.safeParse(snapshotSchema, state);
      if (!parsed.success) {
        throw new PersonalizationStateError(
          `Cannot restore personalization: ${describeIssues(parsed.issues, 1)}.`,
        );
      }
      persona.load(parsed.output.persona);
      examples = parsed.output.examples.map((example) => ({ ...example }));
      turn = parsed.output.turn;
      comparedLastTurn = parsed.output.comparedLastTurn;
      realization = { ...parsed.output.realization };
    },
    reset() {
      persona.reset();
      examples = [];
      turn = 0;
      comparedLastTurn = false;
      realization = {};
    },
  };
}

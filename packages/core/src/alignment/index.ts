/**
 * Building blocks for advanced use: define a preference space, fit a population prior,
 * condition a model on read-outs or a persona payload yourself, plan an active comparison.
 * An app that only chats needs the root, `@attune/core`.
 *
 * @module @attune/core/alignment
 */

export type { AppliedConditioning, ConditioningSource } from '../message/message';
export { alignxSpace } from '../persona/alignx-space';
export { type FittedMixturePrior, fitMixturePrior, type MixturePriorOptions } from '../persona/mixture-prior';
export type { Candidate, PersonaPrior, PriorType, TrailEntry } from '../persona/persona';
export { fitPopulationPrior, type PopulationPriorOptions } from '../persona/population-prior';
export type {
  ComparisonSignal,
  DescriptionSignal,
  ExplicitSignal,
  RatingSignal,
  SignalBase,
  SignalKind,
  UserTextSignal,
} from '../persona/signals';
export {
  type AttributeLink,
  type Dimension,
  type DimensionInput,
  defineSpace,
  type PreferenceSpace,
} from '../persona/space';
export type { AlignmentPersona, AxisLink, StyleAxisLinks } from './alignment-persona';
export { linksFromSpace, type MeasuredSpace } from './axis-links';
export type { AxisRealization } from './axis-realization';
export type { CompareOptions, ComparePolicy } from './compare-policy';
export {
  type ConditioningBudgets,
  type ConditionOptions,
  conditionFromDirections,
  type StyleVariation,
} from './conditioning';
export { DEFAULT_ALIGNMENT_MODE } from './create-personalization';
export type { PopulationPriorSource } from './fetch-population-prior';
export type { InContextExample } from './in-context-examples';
export {
  type ConditionFromPayloadOptions,
  conditionFromPayload,
  type LabelledDimension,
  type ParsePersonaPayloadOptions,
  PERSONA_PAYLOAD_LIMITS,
  type PersonaPayload,
  PersonaPayloadError,
  type PersonaPayloadErrorCode,
  parsePersonaPayload,
  type ToPersonaPayloadOptions,
  toPersonaPayload,
} from './persona-payload';
export { type ComparisonPlan, type PlanComparisonOptions, planComparison } from './plan-comparison';
export { formatStyleBlock, parseStyleBlock } from './style-block';
export { type StyleFromDirectionsOptions, styleFromDirections } from './style-from-directions';
export { turnStyle } from './style-request-signals';
export { estimateTokens } from './token-estimate';

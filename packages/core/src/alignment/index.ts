export { STYLE_AXES, type Style, type StyleAxis } from '../style/style';
export type { AlignmentPersona, AxisLink, StyleAxisLinks } from './alignment-persona';
export { linksFromSpace, type MeasuredSpace } from './axis-links';
export { type AxisRealization, updateRealization } from './axis-realization';
export { type CompareOptions, type ComparePolicy, type CompareState, shouldCompare } from './compare-policy';
export {
  ALIGNMENT_MODES,
  type AlignmentMode,
  type ConditioningBudgets,
  type ConditionOptions,
  conditionFromDirections,
  DEFAULT_BUDGETS,
  DEFAULT_MIN_CONFIDENCE,
  type StyleVariation,
} from './conditioning';
export {
  type AttunePersonalization,
  createPersonalization,
  type PersonalizationOptions,
  type PersonalizationSnapshot,
  PersonalizationStateError,
} from './create-personalization';
export {
  EXAMPLE_MEMORY_SIZE,
  fitExamples,
  type InContextExample,
  type RememberedExample,
  rankExamples,
  rememberExample,
} from './in-context-examples';
export {
  type AxisGain,
  expectedInformationGain,
  type InformationGainOptions,
  rankAxesByInformationGain,
} from './information-gain';
export {
  type ConditionFromPayloadOptions,
  conditionFromPayload,
  type LabelledDimension,
  type ParsePersonaPayloadOptions,
  PERSONA_PAYLOAD_LIMITS,
  type PersonaPayload,
  PersonaPayloadError,
  parsePersonaPayload,
  type ToPersonaPayloadOptions,
  toPersonaPayload,
} from './persona-payload';
export { type ComparisonPlan, type PlanComparisonOptions, planComparison } from './plan-comparison';
export {
  formatProfileBlock,
  PROFILE_HEADING,
  type ProfileBlock,
  rankProfileDimensions,
  toShapingDimensions,
} from './profile-block';
export { formatStyleBlock, parseStyleBlock } from './style-block';
export { type StyleFromDirectionsOptions, styleFromDirections } from './style-from-directions';
export { estimateTokens, truncateToTokens } from './token-estimate';

export { alignxSpace } from './alignx-space';
export type { AttributeDetector, Attributes } from './detect-attributes';
export type { LlmDetector, LlmDetectorOptions } from './llm-detector';
export { type LocalDetectors, loadLocalDetectors } from './local-detectors';
export type { Candidate, Persona, PersonaOptions, PersonaPrior, TrailEntry } from './persona';
export { createPersona } from './persona';
export { PERSONA_STATE_VERSION, type PersonaState, PersonaStateError } from './persona-state';
export { fitPopulationPrior } from './population-prior';
export { type DimensionReadout, encodeDirection } from './readouts';
export type {
  ComparisonSignal,
  DescriptionSignal,
  ExplicitSignal,
  RatingSignal,
  Signal,
  SignalBase,
  SignalKind,
  UserTextSignal,
} from './signals';
export {
  type AttributeLink,
  type Dimension,
  type DimensionInput,
  defineSpace,
  type PreferenceSpace,
} from './space';

export type { AttuneMessage, AttuneMessageMetadata, Comparison, ComparisonCandidate, ShapingDimension } from './message';
export type { Conditioning, Personalization, TurnContext, TurnPlan } from './personalization';
export { noPersonalization } from './personalization';

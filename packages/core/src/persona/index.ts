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

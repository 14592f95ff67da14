export type {
  AttuneMessage,
  AttuneMessageMetadata,
  Comparison,
  ComparisonCandidate,
  ShapingDimension,
} from '../message/message';
export { messageText } from '../message/message-text';
export { ChatSessionError, type ChatSessionErrorCode } from './chat-session-error';
export type { ChatSessionState, ChatSessionStore } from './chat-session-state';
export { type ChatSession, type ChatSessionOptions, createChatSession } from './create-chat-session';
export type { Conditioning, Personalization, TurnContext, TurnPlan } from './personalization';
export { noPersonalization } from './personalization';

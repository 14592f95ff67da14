/**
 * The front door of Attune's headless core: the chat session, personalization, the persona and
 * storage adapters. Building blocks live in `@attune/core/alignment`.
 *
 * @module @attune/core
 */
export type { AlignmentMode } from './alignment/conditioning';
export {
  type AttunePersonalization,
  createPersonalization,
  type PersonalizationOptions,
  type PersonalizationSnapshot,
  PersonalizationStateError,
} from './alignment/create-personalization';
export { ChatRequestError } from './chat/chat-request-error';
export { ChatSessionError, type ChatSessionErrorCode } from './chat/chat-session-error';
export type { ChatSessionState } from './chat/chat-session-state';
export {
  type ChatSession,
  type ChatSessionOptions,
  createChatSession,
  type SendOptions,
} from './chat/create-chat-session';

export type { Conditioning, Personalization, TurnContext, TurnPlan } from './chat/personalization';
export type {
  AttuneMessage,
  AttuneMessageMetadata,
  Comparison,
  ComparisonCandidate,
  ConditioningReceipt,
  ShapingDimension,
} from './message/message';
export { messageText } from './message/message-text';

export { createPersona, type Persona, type PersonaOptions } from './persona/persona';
export { type PersonaState, PersonaStateError } from './persona/persona-state';
export type { DimensionReadout } from './persona/readouts';
export type { Signal } from './persona/signals';
export { createLocalStorage, type LocalStorageOptions } from './storage/create-local-storage';
export { createMemoryStorage } from './storage/create-memory-storage';
export type { StorageAdapter } from './storage/storage-adapter';
export type { StoredSession } from './storage/stored-session';
export { STYLE_AXES, type Style, type StyleAxis } from './style/style';

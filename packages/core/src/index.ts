// @attune/core: the front door. What an app needs: the chat session, personalization, the
// persona and storage adapters. Building blocks (preference spaces, the population prior,
// conditioning, the persona payload, comparison planning) live in @attune/core/alignment.

export type { AlignmentMode } from './alignment/conditioning';
export {
  type AttunePersonalization,
  createPersonalization,
  type PersonalizationOptions,
  type PersonalizationSnapshot,
  PersonalizationStateError,
} from './alignment/create-personalization';
export { ChatSessionError, type ChatSessionErrorCode } from './chat/chat-session-error';
export type { ChatSessionState } from './chat/chat-session-state';
// The session and its messages
export { type ChatSession, type ChatSessionOptions, createChatSession } from './chat/create-chat-session';

// Personalization: the seam the session calls, and the implementation over a persona
export type { Conditioning, Personalization, TurnContext, TurnPlan } from './chat/personalization';
export type {
  AttuneMessage,
  AttuneMessageMetadata,
  Comparison,
  ComparisonCandidate,
  ShapingDimension,
} from './message/message';
export { messageText } from './message/message-text';

// The persona
export { createPersona, type Persona, type PersonaOptions } from './persona/persona';
export { type PersonaState, PersonaStateError } from './persona/persona-state';
export type { DimensionReadout } from './persona/readouts';
export type { Signal } from './persona/signals';
// Storage adapters
export { createLocalStorage, type LocalStorageOptions } from './storage/create-local-storage';
export { createMemoryStorage } from './storage/create-memory-storage';
export type { StorageAdapter } from './storage/storage-adapter';
export type { StoredSession } from './storage/stored-session';
export { STYLE_AXES, type Style, type StyleAxis } from './style/style';

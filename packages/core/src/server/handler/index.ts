export { conditioningReceipt } from '../../chat/conditioning-receipt';
export { MAX_SIGNAL_TEXT_CHARS, signalSchema } from '../../persona/signal-schema';
export {
  type ChatRequest,
  type ChatRequestLimits,
  DEFAULT_CHAT_REQUEST_LIMITS,
  parseChatRequest,
} from './chat-request';
export type {
  ChatStreamContext,
  ChatStreamOptions,
  ChatStreamOptionsInput,
  ChatUIMessageStreamOptions,
  ChatUIMessageStreamOptionsInput,
} from './chat-stream-options';
export type { ChatToolsContext, ChatToolsInput } from './chat-tools';
export {
  type ChatHandlerOptions,
  createChatHandler,
  type FetchHandler,
  type GetUserId,
} from './create-chat-handler';
export {
  createPersonaHandlers,
  type PersonaHandlers,
  type PersonaHandlersOptions,
  type PersonaResponse,
} from './create-persona-handlers';
export { errorResponse, HandlerError, type HandlerErrorCode, jsonResponse } from './handler-error';
export type { LoadMessages, LoadMessagesContext } from './load-messages';
export { parseSignals } from './parse-signals';
export { createPersonaRecorder, type PersonaRecorder } from './persona-recorder';
export { readJsonBody } from './read-json-body';
export { CONDITIONING_HEADER } from './receipt-header';
export {
  createMemoryResumableStreamStore,
  type MemoryResumableStreamStoreOptions,
  type ResumableStreamStore,
} from './resumable-stream-store';
export {
  classifyStoreFailure,
  createStoreHealth,
  type StoreFailureReason,
  type StoreHealth,
  type StoreHealthOptions,
  type StoreStatus,
  StoreUnavailableError,
} from './store-health';
export {
  type AcceptFileUrl,
  type ValidateChatMessagesOptions,
  validateChatMessages,
} from './validate-messages';

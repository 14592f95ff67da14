/**
 * React hooks over a chat session, with selectors: components re-render only for the slice
 * they read.
 *
 * @module @attune/core/react
 */
export { ChatSessionProvider, type ChatSessionProviderProps } from './chat-session-context';
export {
  type PendingComparison,
  type RequestOptions,
  type SendMessageInput,
  type UseAttuneChatHelpers,
  type UseAttuneChatOptions,
  useAttuneChat,
} from './use-attune-chat';
export { type ChatActions, useChatActions } from './use-chat-actions';
export { useChatSession } from './use-chat-session';
export { useChatStore } from './use-chat-store';
export { useLiveMessage } from './use-live-message';
export { useMessage, useMessageIds, useMessages, useStatus } from './use-messages';

import { useStore } from 'zustand';
import type { ChatSession, ChatSessionState } from '../index';
import { useSessionFrom } from './chat-session-context';

/**
 * Selects a slice of the session state; the component re-renders only when the slice
 * changes (by `Object.is`). The session comes from the argument or the provider.
 */
export function useChatStore<T>(selector: (state: ChatSessionState) => T, session?: ChatSession): T {
  return useStore(useSessionFrom(session).store, selector);
}

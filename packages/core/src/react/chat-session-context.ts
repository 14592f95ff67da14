import { createContext, createElement, type ReactNode, useContext } from 'react';
import type { ChatSession } from '../index';

const ChatSessionContext = createContext<ChatSession | null>(null);

/** Props of `ChatSessionProvider`. */
export interface ChatSessionProviderProps {
  /** The session the hooks below read. */
  session: ChatSession;
  children?: ReactNode;
}

/** Makes a session available to the Attune hooks of every descendant. */
export function ChatSessionProvider({ session, children }: ChatSessionProviderProps) {
  return createElement(ChatSessionContext.Provider, { value: session }, children);
}

/**
 * The session a hook works on: the explicit one when given, else the nearest
 * `ChatSessionProvider`'s; throws a clear error when there is neither.
 */
export function useSessionFrom(session?: ChatSession): ChatSession {
  const fromContext = useContext(ChatSessionContext);
  const found = session ?? fromContext;
  if (!found) {
    throw new Error(
      'No chat session: pass one to the hook or render inside <ChatSessionProvider session={…}>.',
    );
  }
  return found;
}

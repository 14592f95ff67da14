import { useEffect, useState } from 'react';
import { type ChatSession, type ChatSessionOptions, createChatSession } from '../index';

const isSession = (value: ChatSession | ChatSessionOptions): value is ChatSession =>
  'store' in value && 'send' in value;

/**
 * Returns a stable session: the given one, or one created once from `options` on the
 * first render (later option changes are ignored). When the hook created the session,
 * a reply still in progress is stopped on unmount.
 */
export function useChatSession(input: ChatSessionOptions | ChatSession): ChatSession {
  const [created] = useState(() => (isSession(input) ? null : createChatSession(input)));
  useEffect(() => {
    if (!created) return;
    return () => void created.stop();
  }, [created]);
  return created ?? (input as ChatSession);
}

import { useMemo } from 'react';
import type { ChatSession } from '../index';
import { useSessionFrom } from './chat-session-context';

/** The actions of a session, as a stable object of bound functions. */
export type ChatActions = Pick<
  ChatSession,
  | 'send'
  | 'stop'
  | 'regenerate'
  | 'retry'
  | 'edit'
  | 'clear'
  | 'load'
  | 'rate'
  | 'choose'
  | 'resetPersona'
  | 'addToolOutput'
  | 'addToolApprovalResponse'
  | 'resumeStream'
>;

/** The session's actions; stable for a given session, so it never causes a re-render. */
export function useChatActions(session?: ChatSession): ChatActions {
  const found = useSessionFrom(session);
  return useMemo(
    () => ({
      send: found.send,
      stop: found.stop,
      regenerate: found.regenerate,
      retry: found.retry,
      edit: found.edit,
      clear: found.clear,
      load: found.load,
      rate: found.rate,
      choose: found.choose,
      resetPersona: found.resetPersona,
      addToolOutput: found.addToolOutput,
      addToolApprovalResponse: found.addToolApprovalResponse,
      resumeStream: found.resumeStream,
    }),
    [found],
  );
}

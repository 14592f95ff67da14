import { useRef } from 'react';
import type { AttuneMessage, ChatSession, ChatSessionState } from '../index';
import { useChatStore } from './use-chat-store';

const indexes = new WeakMap<readonly AttuneMessage[], Map<string, AttuneMessage>>();

/** The messages of a list by id, computed once per messages array. */
export function messageById(messages: readonly AttuneMessage[]): Map<string, AttuneMessage> {
  let index = indexes.get(messages);
  if (!index) {
    index = new Map(messages.map((message) => [message.id, message]));
    indexes.set(messages, index);
  }
  return index;
}

const selectMessages = (state: ChatSessionState) => state.messages;
const selectStatus = (state: ChatSessionState) => state.status;

/** All messages; re-renders on every change, including each streamed chunk. */
export function useMessages(session?: ChatSession): AttuneMessage[] {
  return useChatStore(selectMessages, session);
}

/** The message ids in order; re-renders only when a message is added, removed or moved. */
export function useMessageIds(session?: ChatSession): string[] {
  // Compares ids in place, without the Maps zustand's `shallow` builds for arrays on every update.
  const previous = useRef<string[]>([]);
  return useChatStore((state) => {
    const ids = previous.current;
    const { messages } = state;
    if (messages.length === ids.length && messages.every((message, index) => message.id === ids[index]))
      return ids;
    previous.current = messages.map((message) => message.id);
    return previous.current;
  }, session);
}

/** One message by id (`undefined` when absent); re-renders only when that message changes. */
export function useMessage(id: string, session?: ChatSession): AttuneMessage | undefined {
  return useChatStore((state) => messageById(state.messages).get(id), session);
}

/** The session status: `ready`, `submitted`, `streaming` or `error`. */
export function useStatus(session?: ChatSession): ChatSessionState['status'] {
  return useChatStore(selectStatus, session);
}

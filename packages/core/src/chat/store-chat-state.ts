import type { ChatState, ChatStatus } from 'ai';
import type { AttuneMessage } from '../message/message';
import type { ChatSessionStore } from './chat-session-state';

/**
 * The AI SDK `ChatState` over the session's zustand store. Every pushed or replaced
 * message is copied, so the store's message objects are never mutated by the stream
 * and only the live message gets a new identity per chunk.
 */
export class StoreChatState implements ChatState<AttuneMessage> {
  constructor(private readonly store: ChatSessionStore) {}

  get status(): ChatStatus {
    return this.store.getState().status;
  }
  set status(status: ChatStatus) {
    this.store.setState({ status });
  }
  get error(): Error | undefined {
    return this.store.getState().error;
  }
  set error(error: Error | undefined) {
    this.store.setState({ error });
  }
  get messages(): AttuneMessage[] {
    return this.store.getState().messages;
  }
  set messages(messages: AttuneMessage[]) {
    this.store.setState({ messages });
  }

  pushMessage = (message: AttuneMessage): void => {
    this.store.setState((state) => ({ messages: [...state.messages, this.snapshot(message)] }));
  };

  popMessage = (): void => {
    this.store.setState((state) => ({ messages: state.messages.slice(0, -1) }));
  };

  replaceMessage = (index: number, message: AttuneMessage): void => {
    this.store.setState((state) => {
      const messages = state.messages.slice();
      messages[index] = this.snapshot(message);
      return { messages };
    });
  };

  snapshot = <T>(thing: T): T => structuredClone(thing);
}

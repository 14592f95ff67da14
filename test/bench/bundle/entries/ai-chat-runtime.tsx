// Bundle target (d), a floor: the AI SDK's client runtime alone (AbstractChat over a state, with
// DefaultChatTransport), what any engine built on AbstractChat fetches before its first reply.
import { AbstractChat, type ChatState, DefaultChatTransport, type UIMessage } from 'ai';

class Chat extends AbstractChat<UIMessage> {}

export function createChat(state: ChatState<UIMessage>) {
  return new Chat({ state, transport: new DefaultChatTransport({ api: '/api/chat' }) });
}

// Bundle target (b): the headless core with its React hooks and a persona, no UI kit.
import {
  createChatSession,
  createLocalStorage,
  createPersona,
  createPersonalization,
  messageText,
} from '@attune/core';
import {
  ChatSessionProvider,
  useChatActions,
  useMessage,
  useMessageIds,
  useStatus,
} from '@attune/core/react';
import { createRoot } from 'react-dom/client';

function Row({ id }: { id: string }) {
  const message = useMessage(id);
  const { rate } = useChatActions();
  if (!message) return null;
  return (
    <li>
      {messageText(message)}
      {message.role === 'assistant' ? (
        <button type="button" onClick={() => void rate(id, 'up')}>
          up
        </button>
      ) : null}
    </li>
  );
}

function Page() {
  const ids = useMessageIds();
  const status = useStatus();
  const { send, stop } = useChatActions();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('text') as HTMLInputElement;
        void send(input.value);
      }}
    >
      <ul>
        {ids.map((id) => (
          <Row key={id} id={id} />
        ))}
      </ul>
      <input name="text" />
      {status === 'streaming' ? (
        <button type="button" onClick={() => void stop()}>
          stop
        </button>
      ) : null}
    </form>
  );
}

const session = createChatSession({
  api: '/api/chat',
  personalization: createPersonalization({ persona: createPersona() }),
  storage: createLocalStorage(),
});
const container = document.getElementById('root');
if (container)
  createRoot(container).render(
    <ChatSessionProvider session={session}>
      <Page />
    </ChatSessionProvider>,
  );

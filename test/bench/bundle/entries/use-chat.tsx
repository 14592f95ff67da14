// Bundle target (c), the reference: a bare @ai-sdk/react useChat page with a plain list.
import { useChat } from '@ai-sdk/react';
import { createRoot } from 'react-dom/client';

function Page() {
  const { messages, sendMessage, status, stop } = useChat();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('text') as HTMLInputElement;
        void sendMessage({ text: input.value });
      }}
    >
      <ul>
        {messages.map((message) => (
          <li key={message.id}>
            {message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('')}
          </li>
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

const container = document.getElementById('root');
if (container) createRoot(container).render(<Page />);

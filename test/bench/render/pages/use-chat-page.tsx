// Render benchmark reference: @ai-sdk/react useChat with a plain list, same thread and chunks.
import { useChat } from '@ai-sdk/react';
import type { UIMessage } from 'ai';
import { createRoot } from 'react-dom/client';
import type { RenderProbe } from '../render-probe';
import { buildThread, scriptedTransport } from '../scenario';

declare global {
  interface Window {
    runReply: () => Promise<void>;
    __renderProbe: RenderProbe;
  }
}

function PlainMessage({ message }: { message: UIMessage }) {
  return (
    <li data-role={message.role}>
      {message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('')}
    </li>
  );
}
window.__renderProbe.messageTypes.add(PlainMessage);

const transport = scriptedTransport<UIMessage>();
const thread = buildThread();

function Page() {
  const { messages, sendMessage } = useChat({ id: 'render-bench', transport, messages: thread });
  window.runReply = () => sendMessage({ text: 'Can you explain the whole delivery process?' });
  return (
    <ul style={{ blockSize: '100vh', overflowY: 'auto', margin: 0 }}>
      {messages.map((message) => (
        <PlainMessage key={message.id} message={message} />
      ))}
    </ul>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Page />);

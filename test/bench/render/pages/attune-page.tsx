// Render benchmark page: the Attune <Chat> over a 1,000-message thread, streaming a 2,000-chunk reply.
import '../../../../packages/ui/src/styles/attune.css';
import { type AttuneMessage, createChatSession } from '@attune/core';
import { Chat, Message } from '@attune/ui';
import { createRoot } from 'react-dom/client';
import type { RenderProbe } from '../render-probe';
import { buildThread, scriptedTransport } from '../scenario';

declare global {
  interface Window {
    /** Streams the reply; resolves once it has finished. */
    runReply: () => Promise<void>;
    __renderProbe: RenderProbe;
  }
}

// `Message` is memo(function Message): its inner function is the rendered component type.
window.__renderProbe.messageTypes.add((Message as unknown as { type: unknown }).type);

const session = createChatSession({
  id: 'render-bench',
  transport: scriptedTransport<AttuneMessage>(),
  messages: buildThread() as AttuneMessage[],
});
window.runReply = () => session.send('Can you explain the whole delivery process?');

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <div style={{ blockSize: '100vh' }}>
      <Chat session={session} title="Support" />
    </div>,
  );
}

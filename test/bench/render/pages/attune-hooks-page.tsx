// Render benchmark variant: the Attune session and hooks with the same plain list as the useChat page.
import { type AttuneMessage, createChatSession, messageText } from '@attune/core';
import { ChatSessionProvider, useMessage, useMessageIds } from '@attune/core/react';
import { memo } from 'react';
import { createRoot } from 'react-dom/client';
import type { RenderProbe } from '../render-probe';
import { buildThread, scriptedTransport } from '../scenario';

declare global {
  interface Window {
    runReply: () => Promise<void>;
    __renderProbe: RenderProbe;
  }
}

function PlainMessageBody({ id }: { id: string }) {
  const message = useMessage(id);
  return message ? <li data-role={message.role}>{messageText(message)}</li> : null;
}
const PlainMessage = memo(PlainMessageBody);
window.__renderProbe.messageTypes.add(PlainMessageBody);

function Page() {
  const ids = useMessageIds();
  return (
    <ul style={{ blockSize: '100vh', overflowY: 'auto', margin: 0 }}>
      {ids.map((id) => (
        <PlainMessage key={id} id={id} />
      ))}
    </ul>
  );
}

const session = createChatSession({
  id: 'render-bench',
  transport: scriptedTransport<AttuneMessage>(),
  messages: buildThread() as AttuneMessage[],
});
window.runReply = () => session.send('Can you explain the whole delivery process?');

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <ChatSessionProvider session={session}>
      <Page />
    </ChatSessionProvider>,
  );
}

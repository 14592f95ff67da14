// Test page: <Chat> as an app lays it out, with a reply that is a pending comparison, and an open
// <ChatWidget>, on a host page whose own stylesheet colours every heading (as most sites do).

import { type AttuneMessage, createChatSession } from '@attune/core';
import { createOfflineModel } from '@attune/core/offline';
import { Chat, ChatWidget } from '@attune/ui';
import '@attune/ui/styles.css';
import { createRoot } from 'react-dom/client';

const answer = 'Custom cakes need at least 72 hours notice. Order in the shop or by phone.';
const messages: AttuneMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Can I order a wedding cake?' }] },
  {
    id: 'a1',
    role: 'assistant',
    parts: [{ type: 'text', text: answer }],
    metadata: {
      comparison: {
        id: 'c1',
        candidates: [{ text: `Great question! ${answer}` }, { text: answer }],
      },
    },
  },
];

const session = createChatSession({
  model: createOfflineModel({ knowledge: [{ title: 'Cakes', body: answer }], pacing: 0 }),
  messages,
});
const hostStyles = document.createElement('style');
hostStyles.textContent = 'h1, h2, h3 { color: rgb(20, 30, 40); }';
document.head.append(hostStyles);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <>
      <Chat session={session} title="Crumb & Co" />
      <ChatWidget api="/api/chat" title="Crumb & Co help" defaultOpen rememberKey={false} />
    </>,
  );

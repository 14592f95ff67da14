// Test page: <Chat> as an app lays it out, with a reply that is a pending comparison.

import { type AttuneMessage, createChatSession } from '@attune/core';
import { createOfflineModel } from '@attune/core/offline';
import { Chat } from '@attune/ui';
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
const root = document.getElementById('root');
if (root) createRoot(root).render(<Chat session={session} title="Crumb & Co" />);

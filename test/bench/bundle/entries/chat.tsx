// Bundle target (a): a page that drops in <Chat> with a persona, markdown and feedback controls.
import { createChatSession, createLocalStorage, createPersona, createPersonalization } from '@attune/core';
import { Chat } from '@attune/ui';
import { createRoot } from 'react-dom/client';

const persona = createPersona();
const session = createChatSession({
  api: '/api/chat',
  personalization: createPersonalization({ persona }),
  storage: createLocalStorage(),
});
const container = document.getElementById('root');
if (container) createRoot(container).render(<Chat session={session} persona={persona} title="Support" />);

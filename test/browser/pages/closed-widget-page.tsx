// Test page: a closed <ChatWidget> (nothing remembered) on an otherwise empty host page, as a
// site shows it before a visitor's first open.

import { ChatWidget } from '@attune/ui';
import '@attune/ui/styles.css';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<ChatWidget api="/api/chat" title="Crumb & Co help" rememberKey={false} />);

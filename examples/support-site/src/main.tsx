import '@attune/ui/styles.css';
import './styles/site.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createSiteAssistant } from './assistant/create-site-assistant';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const assistant = createSiteAssistant();
createRoot(root).render(
  <StrictMode>
    <App assistant={assistant} />
  </StrictMode>,
);

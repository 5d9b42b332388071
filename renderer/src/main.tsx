import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApiClient } from './api/client';
import { selectTransport } from './api/defaultTransport';
import { applyLocale, createI18n } from './i18n/i18n';
import { resolveLocale } from './i18n/resolveLocale';
import { createAppState } from './state/appState';
import './styles/base.css';

const client = createApiClient(
  selectTransport({
    livecue: window.livecue,
    location: window.location,
    WebSocket: window.WebSocket,
    fetch: (url, init) => window.fetch(url, init),
  }),
);
const state = createAppState(client);
// Start in the system language so the first paint is already right for most people; the saved
// preference replaces it as soon as the backend answers.
const initialLocale = resolveLocale('system', navigator.languages);
const i18n = createI18n(initialLocale);
applyLocale(i18n, initialLocale, document);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App state={state} i18n={i18n} />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubClient } from '../../../shared/api/hub/hubClient';
import { applyLocale, createI18n } from '../i18n/i18n';
import { ConsoleApp } from './ConsoleApp';
import { createConsoleSession } from './session/consoleSession';
import { readLocale } from './shell/consoleLocale';
import '../styles/base.css';
import './console.css';

// Head office reads Chinese first; a switch in the header changes it (kept for the next visit).
const locale = readLocale(window.localStorage);
const i18n = createI18n(locale);
applyLocale(i18n, locale, document);
document.title = i18n.t('console.title');

// The hub serves this page, so the API is on the same origin.
const client = createHubClient({ baseUrl: window.location.origin });
const session = createConsoleSession(client, window.sessionStorage);

const root = document.getElementById('console-root');
if (!root) throw new Error('console/index.html has no #console-root element');
createRoot(root).render(
  <StrictMode>
    <ConsoleApp client={client} session={session} i18n={i18n} />
  </StrictMode>,
);

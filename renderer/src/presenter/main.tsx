import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TOKEN_PARAM } from '../../../shared/api/wire';
import { applyLocale, createI18n } from '../i18n/i18n';
import { resolveLocale } from '../i18n/resolveLocale';
import { createLiveFeed } from '../secondScreen/liveFeedStore';
import { readPairedDevice } from '../secondScreen/pairedDevice';
import { createTokenClient } from '../secondScreen/tokenClient';
import { PresenterPage } from './PresenterPage';
import '../styles/base.css';
import './presenter.css';

// The token in the URL (the console opening it on the PC), else the one this device was paired with.
const token = new URLSearchParams(window.location.search).get(TOKEN_PARAM) ?? readPairedDevice(window.localStorage)?.token ?? null;
const client = createTokenClient(window, token);
const feed = createLiveFeed(client);

const initialLocale = resolveLocale('system', navigator.languages);
const i18n = createI18n(initialLocale);
applyLocale(i18n, initialLocale, document);

const root = document.getElementById('presenter-root');
if (!root) throw new Error('presenter/index.html has no #presenter-root element');
createRoot(root).render(
  <StrictMode>
    <PresenterPage client={client} feed={feed} i18n={i18n} />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocale, createI18n } from '../i18n/i18n';
import { resolveLocale } from '../i18n/resolveLocale';
import { createPairing } from './pairing';
import { RemoteApp } from './RemoteApp';
import '../styles/base.css';
import './remote.css';

// The phone's own language until the PC's setting is read (after pairing).
const initialLocale = resolveLocale('system', navigator.languages);
const i18n = createI18n(initialLocale);
applyLocale(i18n, initialLocale, document);
document.title = i18n.t('phone.title');

const pairing = createPairing({
  href: window.location.href,
  storage: window.localStorage,
  fetch: (url, init) => window.fetch(url, init),
  replaceUrl: (url) => window.history.replaceState(null, '', url),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
});

const root = document.getElementById('remote-root');
if (!root) throw new Error('remote/index.html has no #remote-root element');
createRoot(root).render(
  <StrictMode>
    <RemoteApp pairing={pairing} i18n={i18n} />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocale, createI18n } from '../i18n/i18n';
import { resolveLocale } from '../i18n/resolveLocale';
import { pairingInWindow } from '../secondScreen/pairing';
import { RemoteApp } from './RemoteApp';
import '../styles/base.css';
import '../secondScreen/touch.css';
import './remote.css';

// The phone's own language until the PC's setting is read (after pairing).
const initialLocale = resolveLocale('system', navigator.languages);
const i18n = createI18n(initialLocale);
applyLocale(i18n, initialLocale, document);

const root = document.getElementById('remote-root');
if (!root) throw new Error('remote/index.html has no #remote-root element');
createRoot(root).render(
  <StrictMode>
    <RemoteApp pairing={pairingInWindow(window)} i18n={i18n} />
  </StrictMode>,
);

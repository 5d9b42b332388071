import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TOKEN_PARAM } from '../../../shared/api/wire';
import { applyLocale, createI18n } from '../i18n/i18n';
import { resolveLocale } from '../i18n/resolveLocale';
import { pairingInWindow } from '../secondScreen/pairing';
import { PresenterApp } from './PresenterApp';
import '../styles/base.css';
import '../secondScreen/touch.css';
import './presenter.css';

const initialLocale = resolveLocale('system', navigator.languages);
const i18n = createI18n(initialLocale);
applyLocale(i18n, initialLocale, document);

// The console opens it with its own token in the URL; a tablet pairs (from the QR code) or uses the token it kept.
const urlToken = new URLSearchParams(window.location.search).get(TOKEN_PARAM);

const root = document.getElementById('presenter-root');
if (!root) throw new Error('presenter/index.html has no #presenter-root element');
createRoot(root).render(
  <StrictMode>
    <PresenterApp i18n={i18n} urlToken={urlToken} pairing={urlToken ? null : pairingInWindow(window)} />
  </StrictMode>,
);

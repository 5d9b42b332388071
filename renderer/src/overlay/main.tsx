import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/client';
import { backendSocketUrl, createTokenCheck } from '../api/defaultTransport';
import { createWebSocketTransport } from '../api/websocketTransport';
import { createLiveFeed } from '../secondScreen/liveFeedStore';
import { imageCacheFor } from './imageCache';
import { OverlayPage } from './OverlayPage';
import './overlayPage.css';

// Always the WebSocket with the token in the page URL: OBS's browser source is a plain browser, never the app.
const client = createApiClient(
  createWebSocketTransport({
    url: backendSocketUrl(window.location),
    WebSocket: window.WebSocket,
    checkToken: createTokenCheck(window.location, (url, init) => window.fetch(url, init)),
  }),
);
const { store } = createLiveFeed(client);
const images = imageCacheFor(client);

const root = document.getElementById('overlay-root');
if (!root) throw new Error('overlay/index.html has no #overlay-root element');
createRoot(root).render(
  <StrictMode>
    <OverlayPage client={client} store={store} images={images} />
  </StrictMode>,
);

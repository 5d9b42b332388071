import type { LiveCueBridge } from '../../../shared/api/bridge';
import { TOKEN_PARAM, WS_PATH } from '../../../shared/api/wire';
import { createIpcTransport } from './ipcTransport';
import type { Transport } from './transport';
import type { WebSocketConstructor } from './websocketLike';
import { createWebSocketTransport } from './websocketTransport';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by the preload script). */
    livecue?: LiveCueBridge;
  }
}

interface PageLocation {
  protocol: string;
  host: string;
  search: string;
}

/** `ws(s)://<host>/api/ws?token=…` for the page's own host, or null when the page carries no token. */
export function backendSocketUrl(location: PageLocation): string | null {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM);
  if (!token) return null;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

export interface TransportEnvironment {
  livecue?: LiveCueBridge | undefined;
  location: PageLocation;
  WebSocket: WebSocketConstructor;
}

/** IPC inside Electron, the WebSocket everywhere else (browser against `npm run serve`). */
export function selectTransport(env: TransportEnvironment): Transport {
  if (env.livecue) return createIpcTransport(env.livecue);
  return createWebSocketTransport({ url: backendSocketUrl(env.location), WebSocket: env.WebSocket });
}

import type { LiveCueBridge } from '../../../shared/api/bridge';
import { TOKEN_CHECK_PATH, TOKEN_PARAM, WS_PATH } from '../../../shared/api/wire';
import { createIpcTransport } from './ipcTransport';
import type { Transport } from './transport';
import type { WebSocketConstructor } from './websocketLike';
import { createWebSocketTransport, type TokenVerdict } from './websocketTransport';

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

/** Asks the host whether the page's token is valid; a browser cannot read the 401 of a refused upgrade. */
export function createTokenCheck(location: PageLocation, fetchFn: FetchLike): () => Promise<TokenVerdict> {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM) ?? '';
  const url = `${location.protocol}//${location.host}${TOKEN_CHECK_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  return async () => {
    try {
      const response = await fetchFn(url, { cache: 'no-store' });
      if (response.status === 401) return 'invalid';
      return response.ok ? 'valid' : 'unreachable';
    } catch {
      return 'unreachable';
    }
  };
}

export type FetchLike = (url: string, init: { cache: 'no-store' }) => Promise<{ status: number; ok: boolean }>;

export interface TransportEnvironment {
  livecue?: LiveCueBridge | undefined;
  location: PageLocation;
  WebSocket: WebSocketConstructor;
  fetch?: FetchLike;
}

/** IPC inside Electron, the WebSocket everywhere else (browser against `npm run serve`). */
export function selectTransport(env: TransportEnvironment): Transport {
  if (env.livecue) return createIpcTransport(env.livecue);
  return createWebSocketTransport({
    url: backendSocketUrl(env.location),
    WebSocket: env.WebSocket,
    ...(env.fetch ? { checkToken: createTokenCheck(env.location, env.fetch) } : {}),
  });
}

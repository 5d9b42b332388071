import { TOKEN_PARAM } from '../../../shared/api/wire';
import { type ApiClient, createApiClient } from '../api/client';
import { backendSocketUrl, createTokenCheck } from '../api/defaultTransport';
import { createWebSocketTransport } from '../api/websocketTransport';

interface PageWindow {
  location: { protocol: string; host: string };
  WebSocket: typeof WebSocket;
  fetch: typeof fetch;
}

/**
 * An API client over the WebSocket of the page's own host with `token` (a paired device's, or one in the page URL).
 * It reconnects by itself; a token the PC no longer accepts turns it `unauthorized`.
 */
export function createTokenClient(win: PageWindow, token: string | null): ApiClient {
  const at = {
    protocol: win.location.protocol,
    host: win.location.host,
    search: token ? `?${TOKEN_PARAM}=${encodeURIComponent(token)}` : '',
  };
  return createApiClient(
    createWebSocketTransport({
      url: backendSocketUrl(at),
      WebSocket: win.WebSocket,
      checkToken: createTokenCheck(at, (url, init) => win.fetch(url, init)),
    }),
  );
}

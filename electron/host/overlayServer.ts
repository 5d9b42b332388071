import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_OVERLAY_PORT, OVERLAY_PATH } from '../../shared/domain/overlayPage';
import type { Backend } from '../backend/createBackend';
import { FailureLimiter } from '../transport/http/failureLimiter';
import { tokenAuthorizer } from '../transport/ws/token';
import { answerTokenCheck } from '../transport/ws/tokenCheck';
import { attachWebSocketTransport } from '../transport/ws/wsTransport';
import { listenWithRetry } from './listen';
import { isPagePath, notFound, staticRequestListener } from './staticFiles';

export interface OverlayServerOptions {
  backend: Pick<Backend, 'dispatch' | 'subscribe' | 'overlay'>;
  /** The built renderer; only its overlay/ folder is served. */
  rendererDir: string;
  /** 0 picks a free port (tests); the app uses a fixed one, because the URL is saved in OBS. */
  port: number;
  host?: string;
  /** While another program holds the port, try again this often. */
  retryMs?: number;
}

export interface OverlayServer {
  /** The port listened on, or null while it is not listening. */
  readonly port: number | null;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * The desktop app's loopback server for OBS's browser source: the overlay page, its files, and the API over
 * WebSocket for the overlay token only (read only). Nothing of the console is served here: the app's window talks
 * over IPC. A busy port does not stop the app: it is reported (overlay.info) and tried again until it is free.
 */
export async function startOverlayServer(options: OverlayServerOptions): Promise<OverlayServer> {
  const { backend } = options;
  const host = options.host ?? LOOPBACK;
  const retryMs = options.retryMs ?? 10_000;
  const authorize = tokenAuthorizer({ overlay: () => backend.overlay.token() });
  const limiter = new FailureLimiter();
  const serveStatic = staticRequestListener(options.rendererDir);
  const server: Server = createServer((req, res) => {
    if (answerTokenCheck(req, res, authorize, limiter)) return;
    if (isPagePath(req, OVERLAY_PATH)) serveStatic(req, res);
    else notFound(res);
  });
  // Upgrades to any other path are answered 404 and closed by the transport.
  const transport = attachWebSocketTransport(server, backend, { authorize, limiter, maxPayloadBytes: 1024 * 1024 });
  const offRotate = backend.overlay.onRotate(() => transport.disconnect('overlay'));
  const listening = await listenWithRetry(
    server,
    { port: options.port, host, retryMs, what: 'overlay page server' },
    {
      listening: (port) => backend.overlay.setEndpoint({ listening: true, origin: `http://${host}:${port}`, port }),
      failed: (busy) => backend.overlay.setEndpoint({ listening: false, port: options.port, problem: busy ? 'port_in_use' : 'failed' }),
    },
  );
  let closed = false;

  return {
    get port() {
      return server.listening ? (server.address() as AddressInfo).port : null;
    },
    async close() {
      if (closed) return;
      closed = true;
      listening.stop();
      offRotate();
      await transport.close();
      if (server.listening) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

/**
 * The overlay server's port from LIVECUE_OVERLAY_PORT: a port number, `off` to serve no overlay page, or unset for
 * the default. A malformed value falls back to the default with a warning rather than keeping the app from starting.
 */
export function overlayPortFrom(value: string | undefined, warn: (message: string) => void = console.warn): number | 'off' {
  if (value === undefined || value.trim() === '') return DEFAULT_OVERLAY_PORT;
  const text = value.trim().toLowerCase();
  if (text === 'off') return 'off';
  const port = Number(text);
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  warn(`[livecue] LIVECUE_OVERLAY_PORT must be a port from 1 to 65535 or "off", got "${value}"; using ${DEFAULT_OVERLAY_PORT}`);
  return DEFAULT_OVERLAY_PORT;
}

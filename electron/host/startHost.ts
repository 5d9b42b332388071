import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_PARAM } from '../../shared/api/wire';
import { OVERLAY_PATH } from '../../shared/domain/overlayPage';
import type { Clock } from '../backend/clock';
import { type Backend, createBackend } from '../backend/createBackend';
import { createToken, tokenAuthorizer } from '../transport/ws/token';
import { answerTokenCheck } from '../transport/ws/tokenCheck';
import { attachWebSocketTransport } from '../transport/ws/wsTransport';
import { isPortInUse, listen } from './listen';
import { staticRequestListener } from './staticFiles';

export interface HostOptions {
  port: number;
  host: string;
  dataDir: string;
  appVersion: string;
  /** Built renderer to serve; ignored in dev mode, where Vite serves the sources with hot reload. */
  rendererDir: string;
  token?: string;
  dev?: boolean;
  clock?: Clock;
}

export interface RunningHost {
  /** Page URL including the token: what a person opens. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly backend: Backend;
  close(): Promise<void>;
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The headless host: the backend under plain Node, the renderer over HTTP, the API over WebSocket. The launch
 * token opens the console; the overlay token (persistent, read only) opens the overlay page at /overlay.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? createToken();
  const backend = await createBackend({
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    host: 'serve',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const authorize = tokenAuthorizer({ console: token, overlay: () => backend.overlay.token() });
  let handler: RequestHandler = () => {};
  const server: Server = createServer((req, res) => {
    if (!answerTokenCheck(req, res, authorize)) handler(req, res);
  });
  const transport = attachWebSocketTransport(server, backend, { authorize });
  const offRotate = backend.overlay.onRotate(() => transport.disconnect('overlay'));
  let closeDev: () => Promise<void> = async () => {};

  try {
    if (options.dev) {
      const dev = await createDevHandler(server);
      handler = dev.handler;
      closeDev = dev.close;
    } else {
      handler = staticRequestListener(options.rendererDir);
    }
    await listen(server, options.port, options.host).catch((error: unknown) => {
      throw isPortInUse(error)
        ? new Error(`Port ${options.port} on ${options.host} is already in use. Choose another with --port, or --port 0 for any free port.`)
        : error;
    });
  } catch (error) {
    offRotate();
    await transport.close();
    await closeDev();
    await backend.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  const origin = `http://${shownHost}:${port}`;
  const url = `${origin}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  // OBS runs on this PC: the overlay page's URL names the loopback address even when the host listens on the LAN.
  backend.overlay.setEndpoint({ listening: true, origin, port });
  let closing: Promise<void> | null = null;

  return {
    url,
    port,
    token,
    backend,
    close() {
      closing ??= (async () => {
        offRotate();
        await transport.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await closeDev();
        await backend.close();
      })();
      return closing;
    },
  };
}

/** Removes the CSP meta tag (however it is wrapped) from index.html; dev mode only. */
export function stripCspMeta(html: string): string {
  return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi, '');
}

/** Vite in middleware mode: hot reload for UI work, on the same server and URL as production. */
async function createDevHandler(server: Server): Promise<{ handler: RequestHandler; close: () => Promise<void> }> {
  const { createServer: createVite } = await import('vite');
  const vite = await createVite({
    configFile: 'vite.config.ts',
    appType: 'spa',
    server: { middlewareMode: true, hmr: { server } },
    plugins: [
      {
        // React's hot-reload preamble is an inline script, which the production CSP forbids.
        name: 'livecue-dev-csp',
        transformIndexHtml: (html: string) => stripCspMeta(html),
      },
    ],
  });
  const handler: RequestHandler = (req, res) => {
    // The overlay page is a folder of its own (renderer/overlay/index.html); Vite serves it by its file name.
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === OVERLAY_PATH || url.pathname === `${OVERLAY_PATH}/`) req.url = `${OVERLAY_PATH}/index.html${url.search}`;
    vite.middlewares(req, res);
  };
  return { handler, close: () => vite.close() };
}

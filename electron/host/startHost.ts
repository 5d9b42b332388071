import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRESENTER_PAGE_PATH, REMOTE_PAGE_PATH, TOKEN_PARAM } from '../../shared/api/wire';
import { OVERLAY_PATH } from '../../shared/domain/overlayPage';
import type { Clock } from '../backend/clock';
import { type Backend, createBackend } from '../backend/createBackend';
import { FailureLimiter } from '../transport/http/failureLimiter';
import { answerRemotePair } from '../transport/http/remotePair';
import { createToken, tokenAuthorizer } from '../transport/ws/token';
import { answerTokenCheck } from '../transport/ws/tokenCheck';
import { attachWebSocketTransport } from '../transport/ws/wsTransport';
import { currentLanAddress } from './lanAddress';
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
  /**
   * `--lan`: phones and tablets on the network may pair and connect, and the URLs name the PC's LAN address.
   * Defaults to true when listening on every interface (0.0.0.0).
   */
  lan?: boolean;
  /** The PC's LAN address (tests pin it; default: os.networkInterfaces). */
  lanAddress?: () => string | null;
}

export interface RunningHost {
  /** Page URL including the token: what a person opens (with --lan, at the PC's LAN address). */
  readonly url: string;
  readonly port: number;
  /** With --lan, http://<LAN address>:<port>, where phones reach the PC; null otherwise (or with no LAN address). */
  readonly lanOrigin: string | null;
  readonly token: string;
  readonly backend: Backend;
  close(): Promise<void>;
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The headless host: the backend under plain Node, the renderer over HTTP, the API over WebSocket. The launch
 * token opens the console; the overlay token (persistent, read only) opens the overlay page at /overlay; paired
 * devices' tokens open the remote and presenter pages with their roles (with --lan, where they pair at
 * REMOTE_PAIR_PATH). Wrong tokens and pairing codes are rate-limited per address.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? createToken();
  const backend = await createBackend({
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    host: 'serve',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const authorize = tokenAuthorizer({
    console: token,
    overlay: () => backend.overlay.token(),
    remote: (given) => backend.remote.authorize(given),
  });
  const limiter = new FailureLimiter();
  let handler: RequestHandler = () => {};
  const server: Server = createServer((req, res) => {
    if (answerTokenCheck(req, res, authorize, limiter) || answerRemotePair(req, res, backend.remote, limiter)) return;
    handler(req, res);
  });
  const transport = attachWebSocketTransport(server, backend, {
    authorize,
    limiter,
    devices: backend.remote,
    // In dev mode Vite's hot-reload socket shares this server.
    ...(options.dev ? { passUpgrade: isViteUpgrade } : {}),
  });
  const offRotate = backend.overlay.onRotate(() => transport.disconnect('overlay'));
  const offRemoved = backend.remote.onDeviceRemoved((deviceId) => transport.disconnectDevice(deviceId));
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
    offRemoved();
    await transport.close();
    await closeDev();
    await backend.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const everyInterface = options.host === '0.0.0.0';
  const lan = options.lan ?? everyInterface;
  const lanAddress = lan ? (options.lanAddress ?? currentLanAddress)() : null;
  const loopbackOrigin = `http://${everyInterface ? '127.0.0.1' : options.host}:${port}`;
  const lanOrigin = lanAddress === null ? null : `http://${lanAddress}:${port}`;
  // With --lan the printed URL names the address other devices reach; the console works there as well.
  const url = `${lanOrigin ?? loopbackOrigin}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  // OBS runs on this PC: the overlay page's URL names the loopback address even when the host listens on the LAN.
  backend.overlay.setEndpoint({ listening: true, origin: loopbackOrigin, port });
  backend.remote.setEndpoint(lan ? { listening: true, origin: lanOrigin, port } : { listening: false, problem: 'not_on_lan' });
  let closing: Promise<void> | null = null;

  return {
    url,
    port,
    lanOrigin,
    token,
    backend,
    close() {
      closing ??= (async () => {
        offRotate();
        offRemoved();
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

/** Vite's hot-reload and ping sockets (dev mode only), which Vite answers on the same server. */
function isViteUpgrade(req: IncomingMessage): boolean {
  const protocol = req.headers['sec-websocket-protocol'];
  return protocol === 'vite-hmr' || protocol === 'vite-ping';
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
    // The overlay, remote and presenter pages are folders of their own (renderer/overlay/index.html, …); Vite
    // serves them by their file names.
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const page of [OVERLAY_PATH, REMOTE_PAGE_PATH, PRESENTER_PAGE_PATH])
      if (url.pathname === page || url.pathname === `${page}/`) req.url = `${page}/index.html${url.search}`;
    vite.middlewares(req, res);
  };
  return { handler, close: () => vite.close() };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_CHECK_PATH, TOKEN_PARAM } from '../../shared/api/wire';
import type { Clock } from '../backend/clock';
import { type Backend, createBackend } from '../backend/createBackend';
import { createToken, tokenMatches } from '../transport/ws/token';
import { attachWebSocketTransport } from '../transport/ws/wsTransport';
import { createStaticHandler } from './staticFiles';

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

/** The headless host: the backend under plain Node, the renderer over HTTP, the API over WebSocket. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? createToken();
  const backend = await createBackend({
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    host: 'serve',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  let handler: RequestHandler = () => {};
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === TOKEN_CHECK_PATH) {
      const valid = tokenMatches(token, url.searchParams.get(TOKEN_PARAM));
      res.writeHead(valid ? 204 : 401, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).end();
      return;
    }
    handler(req, res);
  });
  const transport = attachWebSocketTransport(server, backend, { token });
  let closeDev: () => Promise<void> = async () => {};

  try {
    if (options.dev) {
      const dev = await createDevHandler(server);
      handler = dev.handler;
      closeDev = dev.close;
    } else {
      const serveStatic = createStaticHandler(options.rendererDir);
      handler = (req, res) => {
        serveStatic(req, res).catch((error: unknown) => {
          console.error('[livecue] static file error', error);
          if (!res.headersSent) res.writeHead(500).end();
          else res.destroy();
        });
      };
    }
    await listen(server, options.port, options.host);
  } catch (error) {
    await transport.close();
    await closeDev();
    await backend.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  const url = `http://${shownHost}:${port}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  let closing: Promise<void> | null = null;

  return {
    url,
    port,
    token,
    backend,
    close() {
      closing ??= (async () => {
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

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use. Choose another with --port, or --port 0 for any free port.`)
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
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
  return { handler: (req, res) => vite.middlewares(req, res), close: () => vite.close() };
}

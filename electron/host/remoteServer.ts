import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRESENTER_PAGE_PATH, REMOTE_PAGE_PATH } from '../../shared/api/wire';
import type { Backend } from '../backend/createBackend';
import { FailureLimiter } from '../transport/http/failureLimiter';
import { answerRemotePair } from '../transport/http/remotePair';
import { tokenAuthorizer } from '../transport/ws/token';
import { answerTokenCheck } from '../transport/ws/tokenCheck';
import { attachWebSocketTransport } from '../transport/ws/wsTransport';
import { currentLanAddress } from './lanAddress';
import { listenWithRetry } from './listen';
import { isPagePath, notFound, staticRequestListener } from './staticFiles';

export interface RemoteServerOptions {
  backend: Pick<Backend, 'dispatch' | 'subscribe' | 'remote'>;
  /** The built renderer; only its remote/ and presenter/ folders are served. */
  rendererDir: string;
  /** DEFAULT_REMOTE_PORT in the app (phones keep the URL); 0 picks a free one (tests). */
  port: number;
  /** Every interface by default: phones are on the LAN. */
  host?: string;
  retryMs?: number;
  /** The PC's LAN address for the pairing URL (tests pin it). */
  lanAddress?: () => string | null;
}

export interface RemoteServer {
  readonly port: number | null;
  close(): Promise<void>;
}

/**
 * The desktop app's LAN server for paired phones and tablets, running while the remote switch is on: the remote
 * and presenter pages, the pairing endpoint, and the API over WebSocket for paired devices' tokens only. The
 * console is never served here (neither its page nor the launch token): the app's window talks over IPC. A busy
 * port is reported (remote.info) and tried again until it is free.
 */
export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const { backend } = options;
  const host = options.host ?? '0.0.0.0';
  const lanAddress = options.lanAddress ?? currentLanAddress;
  const authorize = tokenAuthorizer({ remote: (given) => backend.remote.authorize(given) });
  const limiter = new FailureLimiter();
  const serveStatic = staticRequestListener(options.rendererDir);
  const server: Server = createServer((req, res) => {
    if (answerTokenCheck(req, res, authorize, limiter) || answerRemotePair(req, res, backend.remote, limiter)) return;
    if (isPagePath(req, REMOTE_PAGE_PATH) || isPagePath(req, PRESENTER_PAGE_PATH)) serveStatic(req, res);
    else notFound(res);
  });
  // Remotes send commands and small reads only.
  const transport = attachWebSocketTransport(server, backend, { authorize, limiter, devices: backend.remote, maxPayloadBytes: 256 * 1024 });
  const offRemoved = backend.remote.onDeviceRemoved((deviceId) => transport.disconnectDevice(deviceId));
  const listening = await listenWithRetry(
    server,
    { port: options.port, host, retryMs: options.retryMs ?? 10_000, what: 'remote server' },
    {
      listening: (port) => {
        const address = lanAddress();
        backend.remote.setEndpoint({ listening: true, origin: address === null ? null : `http://${address}:${port}`, port });
      },
      failed: (busy) => backend.remote.setEndpoint({ listening: false, problem: busy ? 'port_in_use' : 'failed' }),
    },
  );
  let closing: Promise<void> | null = null;

  return {
    get port() {
      return server.listening ? (server.address() as AddressInfo).port : null;
    },
    close() {
      closing ??= (async () => {
        listening.stop();
        offRemoved();
        await transport.close();
        if (server.listening) {
          server.closeAllConnections();
          await new Promise<void>((resolve) => server.close(() => resolve()));
        }
        backend.remote.setEndpoint({ listening: false, problem: null });
      })();
      return closing;
    },
  };
}

import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { AccessRole } from '../../../shared/api/access';
import { fail } from '../../../shared/api/errors';
import { ClientFrame, RequestId, type ServerFrame, TOKEN_PARAM, WS_CLOSE_UNAUTHORIZED, WS_PATH } from '../../../shared/api/wire';
import { type ApiEntry, guardForRole } from '../../backend/dispatch/roleGuard';
import type { RemoteAccess } from '../../backend/remote/remote.service';
import { clientAddress, type FailureLimiter, retryAfterSeconds } from '../http/failureLimiter';
import type { Authorize, Grant } from './token';

export interface WsTransportOptions {
  /** Who a token belongs to (see tokenAuthorizer); a connection gets the API its role may use. */
  authorize: Authorize;
  /** Counts wrong tokens per address and refuses (429) an address that has sent too many. */
  limiter?: FailureLimiter;
  /** Told when a paired device's connection opens and closes (its `connected` and lastSeenAt). */
  devices?: Pick<RemoteAccess, 'connectionOpened' | 'connectionClosed'>;
  /**
   * Upgrade requests for other paths that someone else on this server answers (Vite's hot-reload socket in dev
   * mode). Any other path gets 404 and its socket is closed at once, instead of hanging open forever.
   */
  passUpgrade?: (req: IncomingMessage) => boolean;
  /**
   * Largest frame accepted from a client. Imports upload whole files as base64 (a 50,000-row XLSX
   * is about 4 MB of it); the desktop app's IPC has no such cap.
   */
  maxPayloadBytes?: number;
}

export interface WsTransport {
  readonly clientCount: number;
  /** Closes every connection made with `role`'s token (after the token was replaced), as unauthorized. */
  disconnect(role: AccessRole): void;
  /** Closes a paired device's connections at once (it was revoked); anything it still sends is not run. */
  disconnectDevice(deviceId: string): void;
  close(): Promise<void>;
}

interface Connection {
  grant: Grant;
  /** Set when the connection's token stopped counting: frames still arriving while it closes are not run. */
  revoked: boolean;
}

/**
 * Serves the API over WebSocket on `server` at WS_PATH. The upgrade is refused (HTTP 401) unless a token
 * `authorize` knows is given (a paired device must also be confirmed), (403) when a browser page from another
 * origin tries to connect, and (429) from an address with too many wrong tokens. Each connection can use what its
 * token's role may (the overlay token: reading only; a paired device: its role's allow-list).
 */
export function attachWebSocketTransport(server: Server, backend: ApiEntry, options: WsTransportOptions): WsTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024 * 1024 });
  const connections = new Map<WebSocket, Connection>();

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== WS_PATH) {
      if (options.passUpgrade?.(req)) return;
      return refuse(socket, 404, 'Not Found');
    }
    const address = clientAddress(req);
    const wait = options.limiter?.blockedFor(address) ?? 0;
    if (wait > 0) return refuse(socket, 429, 'Too Many Requests', { 'Retry-After': retryAfterSeconds(wait) });
    const grant = options.authorize(url.searchParams.get(TOKEN_PARAM));
    if (grant === null) options.limiter?.fail(address);
    // A device waiting for the PC's confirmation holds a right token: refused, but not counted as a wrong try.
    if (grant === null || grant.pending) return refuse(socket, 401, 'Unauthorized');
    if (!originAllowed(req)) return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection: Connection = { grant, revoked: false };
      connections.set(ws, connection);
      const deviceId = grant.deviceId;
      if (deviceId !== null) options.devices?.connectionOpened(deviceId);
      ws.on('close', () => {
        connections.delete(ws);
        if (deviceId !== null) options.devices?.connectionClosed(deviceId);
      });
      serveConnection(ws, guardForRole(backend, grant.role), () => connection.revoked);
    });
  }

  function closeWhere(match: (connection: Connection) => boolean, reason: string) {
    for (const [ws, connection] of connections) {
      if (!match(connection)) continue;
      connection.revoked = true;
      ws.close(WS_CLOSE_UNAUTHORIZED, reason);
    }
  }

  server.on('upgrade', onUpgrade);

  return {
    get clientCount() {
      return wss.clients.size;
    },
    disconnect(role) {
      closeWhere((c) => c.grant.role === role, 'token replaced');
    },
    disconnectDevice(deviceId) {
      closeWhere((c) => c.grant.deviceId === deviceId, 'device removed on the PC');
    },
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.close(1001, 'server shutting down');
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuse(socket: Duplex, status: 401 | 403 | 404 | 429, text: string, headers: Record<string, string> = {}) {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  // Closed for good once the answer is out: a socket nobody serves must not stay open.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n${extra}Content-Length: 0\r\n\r\n`);
}

/** Browsers always send Origin; it must name the host the page was served from. Non-browser clients send none. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function serveConnection(ws: WebSocket, backend: ApiEntry, revoked: () => boolean) {
  const subscriptions = new Map<string, () => void>();
  const send = (frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };

  ws.on('message', (raw, isBinary) => {
    // A revoked device's frames that arrive while its socket closes are dropped: its next command is refused.
    if (revoked()) return;
    const frame = parseFrame(isBinary ? null : raw.toString());
    if (!frame.ok) {
      send({ type: 'result', id: frame.id, result: fail('INVALID_REQUEST', frame.message) });
      return;
    }
    const msg = frame.value;
    switch (msg.type) {
      case 'invoke':
        void backend.dispatch(msg.method, msg.payload).then((result) => send({ type: 'result', id: msg.id, result }));
        return;
      case 'subscribe': {
        if (subscriptions.has(msg.topic)) return;
        const sub = backend.subscribe(msg.topic, (data) => send({ type: 'event', topic: msg.topic, data }));
        if (sub.ok) subscriptions.set(msg.topic, sub.value);
        else send({ type: 'result', id: null, result: sub });
        return;
      }
      case 'unsubscribe':
        subscriptions.get(msg.topic)?.();
        subscriptions.delete(msg.topic);
        return;
    }
  });

  ws.on('close', () => {
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  });
}

type Parsed = { ok: true; value: ClientFrame } | { ok: false; id: RequestId | null; message: string };

function parseFrame(text: string | null): Parsed {
  if (text === null) return { ok: false, id: null, message: 'Binary frames are not supported; send JSON text' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, id: null, message: 'Frame is not valid JSON' };
  }
  const parsed = ClientFrame.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Echo the id when it is a valid one so the client can still settle that call; never echo 1e308 or a megabyte.
  const candidate = typeof json === 'object' && json !== null && 'id' in json ? RequestId.safeParse(json.id) : null;
  const id = candidate?.success ? candidate.data : null;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  return { ok: false, id, message: `Malformed frame${where}: ${issue?.message ?? 'invalid'}` };
}

import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { AccessRole } from '../../../shared/api/access';
import { fail } from '../../../shared/api/errors';
import { ClientFrame, RequestId, type ServerFrame, TOKEN_PARAM, WS_CLOSE_UNAUTHORIZED, WS_PATH } from '../../../shared/api/wire';
import { type ApiEntry, guardForRole } from '../../backend/dispatch/roleGuard';
import type { Authorize } from './token';

export interface WsTransportOptions {
  /** Who a token belongs to (see tokenAuthorizer); a connection gets the API its role may use. */
  authorize: Authorize;
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
  close(): Promise<void>;
}

/**
 * Serves the API over WebSocket on `server` at WS_PATH. The upgrade is refused (HTTP 401) unless a token
 * `authorize` knows is given, and (403) when a browser page from another origin tries to connect. Each
 * connection can use what its token's role may (the overlay token: reading only).
 */
export function attachWebSocketTransport(server: Server, backend: ApiEntry, options: WsTransportOptions): WsTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024 * 1024 });
  const roles = new Map<WebSocket, AccessRole>();

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== WS_PATH) return; // not ours (e.g. the dev server's HMR socket)
    const role = options.authorize(url.searchParams.get(TOKEN_PARAM));
    if (role === null) return refuse(socket, 401, 'Unauthorized');
    if (!originAllowed(req)) return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      roles.set(ws, role);
      ws.on('close', () => roles.delete(ws));
      serveConnection(ws, guardForRole(backend, role));
    });
  }

  server.on('upgrade', onUpgrade);

  return {
    get clientCount() {
      return wss.clients.size;
    },
    disconnect(role) {
      for (const [ws, held] of roles) if (held === role) ws.close(WS_CLOSE_UNAUTHORIZED, 'token replaced');
    },
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.close(1001, 'server shutting down');
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuse(socket: Duplex, status: 401 | 403, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
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

function serveConnection(ws: WebSocket, backend: ApiEntry) {
  const subscriptions = new Map<string, () => void>();
  const send = (frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };

  ws.on('message', (raw, isBinary) => {
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

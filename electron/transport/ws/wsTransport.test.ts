import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect as connectTcp } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { fail, ok } from '../../../shared/api/errors';
import { defaultSettings } from '../../../shared/domain/settings';
import { TopicHub } from '../../backend/dispatch/topicHub';
import { FailureLimiter } from '../http/failureLimiter';
import { type RemoteLookup, tokenAuthorizer } from './token';
import { attachWebSocketTransport, type WsTransport, type WsTransportOptions } from './wsTransport';

const TOKEN = 'secret-token';
const OVERLAY_TOKEN = 'overlay-token';
let server: Server;
let transport: WsTransport;
const hub = new TopicHub();
const calls: [string, unknown][] = [];

const backend = {
  async dispatch(method: string, payload: unknown) {
    calls.push([method, payload]);
    return method === 'app.ping' ? ok({ echo: 'pong', serverTime: 0 }) : fail('UNKNOWN_METHOD', `Unknown method "${method}"`);
  },
  subscribe(topic: string, listener: (d: unknown) => void) {
    return topic === 'settings' ? ok(hub.subscribe('settings', listener)) : fail('UNKNOWN_TOPIC', `Unknown topic "${topic}"`);
  },
};

const PHONE_TOKEN = 'phone-token';
const PENDING_TOKEN = 'pending-token';
const devices: RemoteLookup = (given) =>
  given === PHONE_TOKEN
    ? { deviceId: 'phone', role: 'remote-control', status: 'active' }
    : given === PENDING_TOKEN
      ? { deviceId: 'new', role: 'remote-control', status: 'pending' }
      : null;
const deviceEvents: string[] = [];

async function start(extra: Partial<WsTransportOptions> = {}) {
  server = createServer();
  transport = attachWebSocketTransport(server, backend, {
    authorize: tokenAuthorizer({ console: TOKEN, overlay: () => OVERLAY_TOKEN, remote: devices }),
    devices: { connectionOpened: (id) => deviceEvents.push(`open ${id}`), connectionClosed: (id) => deviceEvents.push(`close ${id}`) },
    ...extra,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  await transport.close();
  await new Promise<void>((r) => server.close(() => r()));
  hub.clear();
  calls.length = 0;
  deviceEvents.length = 0;
});

function connect(port: number, query: string, headers: Record<string, string> = {}, path = '/api/ws'): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}${query}`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextFrame(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (m) => resolve(JSON.parse(m.toString()))));
}

describe('WebSocket transport', () => {
  it('refuses a connection without the token, or with a wrong one, with HTTP 401', async () => {
    const port = await start();
    await expect(connect(port, '')).rejects.toThrow('HTTP 401');
    await expect(connect(port, '?token=nope')).rejects.toThrow('HTTP 401');
    await expect(connect(port, `?token=${TOKEN}x`)).rejects.toThrow('HTTP 401');
    expect(transport.clientCount).toBe(0);
  });

  it('refuses a browser page from another origin with HTTP 403', async () => {
    const port = await start();
    await expect(connect(port, `?token=${TOKEN}`, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    const sameOrigin = await connect(port, `?token=${TOKEN}`, { Origin: `http://127.0.0.1:${port}` });
    sameOrigin.close();
  });

  it('correlates results by id and passes payloads to dispatch', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    ws.send(JSON.stringify({ type: 'invoke', id: 17, method: 'app.ping', payload: { echo: 'x' } }));
    expect(await nextFrame(ws)).toEqual({ type: 'result', id: 17, result: { ok: true, value: { echo: 'pong', serverTime: 0 } } });
    expect(calls).toEqual([['app.ping', { echo: 'x' }]]);
    ws.close();
  });

  it('answers malformed frames with INVALID_REQUEST and keeps the socket open', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    ws.send('not json');
    expect(await nextFrame(ws)).toMatchObject({
      id: null,
      result: { ok: false, error: { code: 'INVALID_REQUEST', message: 'Frame is not valid JSON' } },
    });
    ws.send(JSON.stringify({ type: 'invoke', id: 3, payload: {} }));
    expect(await nextFrame(ws)).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('method') } },
    });
    ws.send(JSON.stringify({ type: 'invoke', id: 4, method: 'app.ping', payload: {} }));
    expect(await nextFrame(ws)).toMatchObject({ id: 4, result: { ok: true } });
    ws.close();
  });

  it('takes safe integers and short strings as request ids', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    ws.send(JSON.stringify({ type: 'invoke', id: 'req-1', method: 'app.ping', payload: {} }));
    expect(await nextFrame(ws)).toMatchObject({ id: 'req-1', result: { ok: true } });
    ws.send(JSON.stringify({ type: 'invoke', id: Number.MAX_SAFE_INTEGER, method: 'app.ping', payload: {} }));
    expect(await nextFrame(ws)).toMatchObject({ id: Number.MAX_SAFE_INTEGER, result: { ok: true } });
    expect(calls).toHaveLength(2);
    ws.close();
  });

  it('refuses any other request id with INVALID_REQUEST, without echoing it', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    // Sent as raw text: 1e308 is an "integer" to Number.isInteger, but not one a client can match.
    for (const id of ['1e308', '9007199254740993', '-1e20', '1.5', '""', JSON.stringify('x'.repeat(65)), '{"n":1}']) {
      ws.send(`{"type":"invoke","id":${id},"method":"app.ping","payload":{}}`);
      expect(await nextFrame(ws)).toMatchObject({
        type: 'result',
        id: null,
        result: { ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('"id"') } },
      });
    }
    expect(calls).toEqual([]);
    ws.close();
  });

  it('delivers topic events while subscribed, stops after unsubscribe, cleans up on close', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'settings' }));
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'settings' })); // twice → still one
    await waitFor(() => hub.listenerCount('settings') === 1);
    hub.publish('settings', { ...defaultSettings, language: 'en' });
    expect(await nextFrame(ws)).toEqual({ type: 'event', topic: 'settings', data: { ...defaultSettings, language: 'en' } });
    ws.send(JSON.stringify({ type: 'unsubscribe', topic: 'settings' }));
    await waitFor(() => hub.listenerCount('settings') === 0);

    ws.send(JSON.stringify({ type: 'subscribe', topic: 'settings' }));
    await waitFor(() => hub.listenerCount('settings') === 1);
    ws.close();
    await waitFor(() => hub.listenerCount('settings') === 0);
  });

  it('lets the overlay token read only: other methods and topics are FORBIDDEN before they reach the backend', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${OVERLAY_TOKEN}`);
    ws.send(JSON.stringify({ type: 'invoke', id: 1, method: 'app.ping', payload: { echo: 'x' } }));
    expect(await nextFrame(ws)).toMatchObject({ id: 1, result: { ok: true } });
    ws.send(JSON.stringify({ type: 'invoke', id: 2, method: 'product.create', payload: {} }));
    expect(await nextFrame(ws)).toMatchObject({ id: 2, result: { ok: false, error: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' } } });
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'obs.status' }));
    expect(await nextFrame(ws)).toMatchObject({ id: null, result: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect(calls).toEqual([['app.ping', { echo: 'x' }]]);
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'settings' }));
    await waitFor(() => hub.listenerCount('settings') === 1);
    ws.close();
  });

  it('closes the connections of one role as unauthorized and keeps the others', async () => {
    const port = await start();
    const consoleWs = await connect(port, `?token=${TOKEN}`);
    const overlayWs = await connect(port, `?token=${OVERLAY_TOKEN}`);
    const closed = new Promise<number>((resolve) => overlayWs.once('close', (code) => resolve(code)));
    transport.disconnect('overlay');
    expect(await closed).toBe(4401);
    consoleWs.send(JSON.stringify({ type: 'invoke', id: 5, method: 'app.ping', payload: { echo: 'y' } }));
    expect(await nextFrame(consoleWs)).toMatchObject({ id: 5, result: { ok: true } });
    consoleWs.close();
  });

  it('answers an upgrade to a path nobody serves with 404 and closes the socket at once', async () => {
    const port = await start();
    await expect(connect(port, `?token=${TOKEN}`, {}, '/nope')).rejects.toThrow('HTTP 404');
    // A raw socket sees the answer and then the end of the connection, without closing it itself.
    const answer = await rawUpgrade(port, '/elsewhere');
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
  });

  it('leaves an upgrade someone else serves (the dev server’s hot reload) alone', async () => {
    const port = await start({ passUpgrade: (req) => req.headers['sec-websocket-protocol'] === 'vite-hmr' });
    server.on('upgrade', (req, socket) => {
      if (req.url === '/hmr') socket.end('HTTP/1.1 418 Teapot\r\nContent-Length: 0\r\n\r\n');
    });
    expect(await rawUpgrade(port, '/hmr', 'vite-hmr')).toMatch(/^HTTP\/1\.1 418 /);
  });

  it('answers 429 to an address after too many wrong tokens, even for a right one; right tokens never count', async () => {
    let now = 0;
    const port = await start({ limiter: new FailureLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now }) });
    for (let i = 0; i < 5; i++) (await connect(port, `?token=${TOKEN}`)).close();
    for (let i = 0; i < 3; i++) await expect(connect(port, '?token=wrong')).rejects.toThrow('HTTP 401');
    await expect(connect(port, '?token=wrong')).rejects.toThrow('HTTP 429');
    await expect(connect(port, `?token=${TOKEN}`)).rejects.toThrow('HTTP 429');
    now = 60_001;
    (await connect(port, `?token=${TOKEN}`)).close();
  });

  it('refuses a paired device until it is confirmed, without counting it as a wrong token', async () => {
    let now = 0;
    const port = await start({ limiter: new FailureLimiter({ maxFailures: 1, now: () => now }) });
    await expect(connect(port, `?token=${PENDING_TOKEN}`)).rejects.toThrow('HTTP 401');
    await expect(connect(port, `?token=${PENDING_TOKEN}`)).rejects.toThrow('HTTP 401');
    now += 1;
    (await connect(port, `?token=${PHONE_TOKEN}`)).close();
  });

  it('tells the backend when a device connects and leaves, and closes only that device on revoke', async () => {
    const port = await start();
    const phone = await connect(port, `?token=${PHONE_TOKEN}`);
    const consoleWs = await connect(port, `?token=${TOKEN}`);
    await waitFor(() => deviceEvents.length === 1);
    expect(deviceEvents).toEqual(['open phone']);
    const closed = new Promise<number>((resolve) => phone.once('close', (code) => resolve(code)));
    transport.disconnectDevice('phone');
    // Sent after the revoke: never dispatched.
    phone.send(JSON.stringify({ type: 'invoke', id: 9, method: 'app.ping', payload: { echo: 'late' } }));
    expect(await closed).toBe(4401);
    await waitFor(() => deviceEvents.length === 2);
    expect(deviceEvents).toEqual(['open phone', 'close phone']);
    consoleWs.send(JSON.stringify({ type: 'invoke', id: 5, method: 'app.ping', payload: { echo: 'y' } }));
    expect(await nextFrame(consoleWs)).toMatchObject({ id: 5, result: { ok: true } });
    expect(calls).toEqual([['app.ping', { echo: 'y' }]]);
    consoleWs.close();
  });

  it('reports an unknown topic', async () => {
    const port = await start();
    const ws = await connect(port, `?token=${TOKEN}`);
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'nope' }));
    expect(await nextFrame(ws)).toMatchObject({ result: { ok: false, error: { code: 'UNKNOWN_TOPIC' } } });
    ws.close();
  });
});

/** Sends a bare upgrade request and resolves with everything the server wrote before it closed the connection. */
function rawUpgrade(port: number, path: string, protocol?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${protocol ? `Sec-WebSocket-Protocol: ${protocol}\r\n` : ''}\r\n`,
      );
    });
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

async function waitFor(check: () => boolean, ms = 2000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

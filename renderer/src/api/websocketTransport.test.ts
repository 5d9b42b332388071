import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/errors';
import { WS_CLOSE_UNAUTHORIZED } from '../../../shared/api/wire';
import { defaultSettings } from '../../../shared/domain/settings';
import { FakeTimers } from '../../../test/support/fakeTimers';
import { fakeWebSocketFactory } from '../../../test/support/renderer/fakeWebSocket';
import { type ApiClient, createApiClient } from './client';
import type { ConnectionStatus } from './transport';
import { WebSocketTransport, type WebSocketTransportOptions } from './websocketTransport';

const URL = 'ws://host/api/ws?token=t';

function setup(options: Partial<WebSocketTransportOptions> = {}) {
  const ws = fakeWebSocketFactory();
  const scheduler = new FakeTimers();
  const transport = new WebSocketTransport({ url: URL, WebSocket: ws.WebSocket, timers: scheduler, random: () => 0.5, ...options });
  const client = createApiClient(transport);
  const statuses: ConnectionStatus[] = [];
  transport.onStatusChange((s) => statuses.push(s));
  return { ws, scheduler, transport, client, statuses };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiCallError)) throw new Error(`expected ApiCallError, got ${String(error)}`);
  return error.code;
}

function answer(client: ApiClient, socket: ReturnType<ReturnType<typeof fakeWebSocketFactory>['last']>, value: unknown) {
  const { id } = socket.lastInvoke();
  socket.serverSend({ type: 'result', id, result: { ok: true, value } });
  return client;
}

let errors: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
});

describe('WebSocket transport: calls', () => {
  it('correlates results by id, whatever order they arrive in', async () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const a = client.call('app.ping', { echo: 'a' });
    const b = client.call('app.ping', { echo: 'b' });
    const [first, second] = ws.last().sent as { id: number; payload: { echo: string } }[];
    expect(first?.id).not.toBe(second?.id);
    ws.last().serverSend({ type: 'result', id: second?.id, result: { ok: true, value: { echo: 'b', serverTime: 2 } } });
    ws.last().serverSend({ type: 'result', id: first?.id, result: { ok: true, value: { echo: 'a', serverTime: 1 } } });
    await expect(a).resolves.toEqual({ echo: 'a', serverTime: 1 });
    await expect(b).resolves.toEqual({ echo: 'b', serverTime: 2 });
    // A repeated reply is not for anyone any more.
    ws.last().serverSend({ type: 'result', id: first?.id, result: { ok: true, value: { echo: 'a', serverTime: 1 } } });
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('unknown request id'));
  });

  it('sends the wire invoke frame', () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    void client.call('settings.update', { language: 'en' });
    expect(ws.last().sent).toEqual([{ type: 'invoke', id: 1, method: 'settings.update', payload: { language: 'en' } }]);
  });

  it('rejects output that breaks the contract with INVALID_RESPONSE', async () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const call = client.call('settings.get', {});
    answer(client, ws.last(), { language: 'fr' });
    expect(await codeOf(call)).toBe('INVALID_RESPONSE');
  });

  it('passes backend errors through as ApiCallError', async () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const call = client.call('settings.get', {});
    ws.last().serverSend({
      type: 'result',
      id: ws.last().lastInvoke().id,
      result: { ok: false, error: { code: 'INTERNAL', message: 'boom' } },
    });
    expect(await codeOf(call)).toBe('INTERNAL');
  });

  it('ignores frames that break the wire format', async () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const call = client.call('obs.status', {});
    ws.last().serverSend('not json');
    ws.last().serverSend({ type: 'result', id: 'one', result: { ok: true, value: {} } });
    answer(client, ws.last(), { state: 'not_configured' });
    await expect(call).resolves.toEqual({ state: 'not_configured' });
    expect(errors).toHaveBeenCalledTimes(2);
  });

  it('rejects pending calls with UNAVAILABLE the moment the socket closes', async () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const call = client.call('settings.get', {});
    ws.last().serverClose();
    expect(await codeOf(call)).toBe('UNAVAILABLE');
  });

  it('fails calls at once while disconnected and never sends them late', async () => {
    const { ws, client, scheduler } = setup();
    expect(await codeOf(client.call('settings.get', {}))).toBe('UNAVAILABLE');
    ws.last().serverOpen();
    ws.last().serverClose();
    expect(await codeOf(client.call('settings.get', {}))).toBe('UNAVAILABLE');
    scheduler.runNext();
    ws.last().serverOpen();
    expect(ws.last().sent).toEqual([]);
  });
});

describe('WebSocket transport: reconnecting', () => {
  it('reports connecting, connected, then reconnecting after a drop', () => {
    const { ws, transport, statuses } = setup();
    expect(transport.status()).toEqual({ state: 'connecting' });
    ws.last().serverOpen();
    ws.last().serverClose();
    expect(statuses).toEqual([{ state: 'connected' }, { state: 'reconnecting' }]);
  });

  it('backs off 250 ms doubling to a 5 s cap while the server stays down', () => {
    const { ws, scheduler } = setup({ maxFailedUpgrades: 100 });
    ws.last().serverOpen();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      ws.last().serverClose();
      delays.push(scheduler.runNext());
    }
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
    expect(ws.sockets).toHaveLength(9);
  });

  it('starts from the shortest delay again only after a connection stayed up', () => {
    const { ws, scheduler } = setup({ stableAfterMs: 5_000, maxFailedUpgrades: 100 });
    ws.last().serverOpen();
    for (let i = 0; i < 4; i++) {
      ws.last().serverClose();
      scheduler.runNext();
    }
    // Flapping: opens and drops at once, so the backoff keeps growing.
    ws.last().serverOpen();
    ws.last().serverClose();
    expect(scheduler.pendingDelays()).toEqual([4000]);
    scheduler.runNext();
    ws.last().serverOpen();
    scheduler.advance(5_000);
    ws.last().serverClose();
    expect(scheduler.pendingDelays()).toEqual([250]);
  });

  it('re-sends every active subscription on reconnect and notifies onReconnect', () => {
    const { ws, scheduler, client } = setup();
    const reconnects = vi.fn();
    client.onReconnect(reconnects);
    client.subscribe('settings', () => {});
    client.subscribe('obs.status', () => {});
    const dropped = client.subscribe('obs.status', () => {});
    ws.last().serverOpen();
    expect(reconnects).toHaveBeenCalledTimes(1);
    expect(ws.last().sent).toEqual([
      { type: 'subscribe', topic: 'settings' },
      { type: 'subscribe', topic: 'obs.status' },
    ]);
    dropped();
    ws.last().serverClose();
    scheduler.runNext();
    ws.last().serverOpen();
    expect(reconnects).toHaveBeenCalledTimes(2);
    expect(ws.last().sent).toEqual([
      { type: 'subscribe', topic: 'settings' },
      { type: 'subscribe', topic: 'obs.status' },
    ]);
  });

  it('subscribes once per topic and unsubscribes when the last listener leaves', () => {
    const { ws, client } = setup();
    ws.last().serverOpen();
    const one = client.subscribe('settings', () => {});
    const two = client.subscribe('settings', () => {});
    one();
    expect(ws.last().sent).toEqual([{ type: 'subscribe', topic: 'settings' }]);
    two();
    two();
    expect(ws.last().sent).toEqual([
      { type: 'subscribe', topic: 'settings' },
      { type: 'unsubscribe', topic: 'settings' },
    ]);
  });

  it('delivers valid events and drops ones that break the contract', () => {
    const { ws, client } = setup();
    const seen: unknown[] = [];
    client.subscribe('settings', (s) => seen.push(s));
    ws.last().serverOpen();
    ws.last().serverSend({ type: 'event', topic: 'settings', data: { ...defaultSettings, language: 'zh-CN' } });
    ws.last().serverSend({ type: 'event', topic: 'settings', data: { ...defaultSettings, language: 42 } });
    ws.last().serverSend({ type: 'event', topic: 'obs.status', data: { state: 'not_configured' } });
    expect(seen).toEqual([{ ...defaultSettings, language: 'zh-CN' }]);
    expect(errors).toHaveBeenCalledOnce();
  });
});

describe('WebSocket transport: unauthorized', () => {
  it('stops at once when the server closes with the unauthorized code', async () => {
    const { ws, scheduler, client, transport } = setup();
    ws.last().serverOpen();
    ws.last().serverClose(WS_CLOSE_UNAUTHORIZED, 'bad token');
    expect(transport.status()).toEqual({ state: 'unauthorized', reason: 'rejected' });
    expect(scheduler.pendingDelays()).toEqual([]);
    expect(await codeOf(client.call('settings.get', {}))).toBe('FORBIDDEN');
  });

  it('gives up after repeated refused upgrades, then only probes slowly', () => {
    const { ws, scheduler, transport } = setup({ maxFailedUpgrades: 3, probeIntervalMs: 30_000 });
    ws.last().serverClose();
    scheduler.runNext();
    ws.last().serverClose();
    scheduler.runNext();
    expect(transport.status()).toEqual({ state: 'connecting' });
    ws.last().serverClose();
    expect(transport.status()).toEqual({ state: 'unauthorized', reason: 'refused' });
    expect(scheduler.pendingDelays()).toEqual([30_000]);
    scheduler.runNext();
    ws.last().serverClose();
    expect(scheduler.pendingDelays()).toEqual([30_000]);
    // The network was the problem after all: the probe gets through.
    scheduler.runNext();
    ws.last().serverOpen();
    expect(transport.status()).toEqual({ state: 'connected' });
  });

  it('asks the host about the token after a failed upgrade and stops at once when it is refused', async () => {
    const checkToken = vi.fn(async () => 'invalid' as const);
    const { ws, scheduler, transport } = setup({ checkToken });
    ws.last().serverClose();
    expect(transport.status()).toEqual({ state: 'connecting' });
    await vi.waitFor(() => expect(transport.status()).toEqual({ state: 'unauthorized', reason: 'rejected' }));
    expect(checkToken).toHaveBeenCalledOnce();
    expect(scheduler.pendingDelays()).toEqual([]);
  });

  it('keeps reconnecting, never "unauthorized", while the host is simply down', async () => {
    const checkToken = vi.fn(async () => 'unreachable' as const);
    const { ws, scheduler, transport } = setup({ checkToken, maxFailedUpgrades: 2 });
    for (let i = 0; i < 6; i++) {
      ws.last().serverClose();
      await vi.waitFor(() => expect(scheduler.pendingDelays()).toHaveLength(1));
      expect(transport.status()).toEqual({ state: 'connecting' });
      scheduler.runNext();
    }
    expect(checkToken).toHaveBeenCalledTimes(6);
    ws.last().serverOpen();
    expect(transport.status()).toEqual({ state: 'connected' });
  });

  it('does not count drops of opened connections as refusals', () => {
    const { ws, scheduler, transport } = setup({ maxFailedUpgrades: 2 });
    for (let i = 0; i < 5; i++) {
      ws.last().serverOpen();
      ws.last().serverClose();
      scheduler.runNext();
    }
    expect(transport.status()).toEqual({ state: 'reconnecting' });
  });

  it('retry() tries again at once after giving up', () => {
    const { ws, transport } = setup();
    ws.last().serverOpen();
    ws.last().serverClose(WS_CLOSE_UNAUTHORIZED);
    transport.retry();
    expect(transport.status()).toEqual({ state: 'reconnecting' });
    expect(ws.sockets).toHaveLength(2);
  });

  it('is unauthorized without trying when there is no token', () => {
    const { ws, transport } = setup({ url: null });
    expect(transport.status()).toEqual({ state: 'unauthorized', reason: 'missing_token' });
    expect(ws.sockets).toHaveLength(0);
  });
});

describe('WebSocket transport: close', () => {
  it('closes the socket, rejects pending calls and stops reconnecting', async () => {
    const { ws, scheduler, client } = setup();
    ws.last().serverOpen();
    const call = client.call('settings.get', {});
    client.close();
    expect(await codeOf(call)).toBe('UNAVAILABLE');
    expect(scheduler.pendingDelays()).toEqual([]);
    expect(ws.sockets).toHaveLength(1);
  });
});

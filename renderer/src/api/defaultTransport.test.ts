import { describe, expect, it, vi } from 'vitest';
import { fakeWebSocketFactory } from '../../../test/support/renderer/fakeWebSocket';
import { backendSocketUrl, createTokenCheck, selectTransport } from './defaultTransport';

describe('backendSocketUrl', () => {
  it('uses the page host, ws for http and wss for https, and carries the token', () => {
    expect(backendSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321', search: '?token=abc' })).toBe(
      'ws://127.0.0.1:4321/api/ws?token=abc',
    );
    expect(backendSocketUrl({ protocol: 'https:', host: 'studio.local', search: '?x=1&token=a%2Bb' })).toBe(
      'wss://studio.local/api/ws?token=a%2Bb',
    );
  });

  it('is null without a token', () => {
    expect(backendSocketUrl({ protocol: 'http:', host: 'h', search: '' })).toBeNull();
    expect(backendSocketUrl({ protocol: 'http:', host: 'h', search: '?token=' })).toBeNull();
  });
});

describe('selectTransport', () => {
  const location = { protocol: 'http:', host: 'h:1', search: '?token=t' };

  it('prefers the Electron bridge', () => {
    const ws = fakeWebSocketFactory();
    const transport = selectTransport({
      livecue: { invoke: async () => ({ ok: true, value: null }), subscribe: () => () => {} },
      location,
      ...ws,
    });
    expect(transport.kind).toBe('ipc');
    expect(ws.sockets).toHaveLength(0);
  });

  it('falls back to the WebSocket, and to unauthorized without a token', () => {
    const ws = fakeWebSocketFactory();
    expect(selectTransport({ location, WebSocket: ws.WebSocket }).kind).toBe('websocket');
    expect(ws.last().url).toBe('ws://h:1/api/ws?token=t');
    const noToken = selectTransport({ location: { ...location, search: '' }, WebSocket: ws.WebSocket });
    expect(noToken.status()).toEqual({ state: 'unauthorized', reason: 'missing_token' });
    expect(ws.sockets).toHaveLength(1);
  });
});

describe('createTokenCheck', () => {
  const location = { protocol: 'http:', host: '127.0.0.1:5317', search: '?token=a%2Bb' };
  it('asks the token-check endpoint with the page token', async () => {
    const fetchFn = vi.fn(async () => ({ status: 204, ok: true }));
    expect(await createTokenCheck(location, fetchFn)()).toBe('valid');
    expect(fetchFn).toHaveBeenCalledWith('http://127.0.0.1:5317/api/token-check?token=a%2Bb', { cache: 'no-store' });
  });
  it('tells a refused token from a host that is down', async () => {
    expect(await createTokenCheck(location, async () => ({ status: 401, ok: false }))()).toBe('invalid');
    expect(await createTokenCheck(location, async () => ({ status: 502, ok: false }))()).toBe('unreachable');
    expect(
      await createTokenCheck(location, async () => {
        throw new TypeError('Failed to fetch');
      })(),
    ).toBe('unreachable');
  });
});

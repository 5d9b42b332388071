import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { blockedPort } from '../../test/helpers/blockedPort';
import { RawApiClient } from '../../test/helpers/wsClient';
import { type Backend, createBackend } from '../backend/createBackend';
import { type OverlayServer, overlayPortFrom, startOverlayServer } from './overlayServer';

function rendererFixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-overlay-server-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'overlay', 'assets'), { recursive: true });
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'console.js'), 'console');
  writeFileSync(path.join(rendererDir, 'overlay', 'index.html'), '<!doctype html><title>overlay</title>');
  writeFileSync(path.join(rendererDir, 'overlay', 'assets', 'overlay.js'), 'overlay');
  return { dir, rendererDir };
}

const open: { backend: Backend | undefined; server: OverlayServer | undefined; clients: RawApiClient[] } = {
  backend: undefined,
  server: undefined,
  clients: [],
};
afterEach(async () => {
  for (const c of open.clients.splice(0)) c.close();
  await open.server?.close();
  await open.backend?.close();
  open.server = undefined;
  open.backend = undefined;
});

async function start(port = 0, retryMs?: number) {
  const { dir, rendererDir } = rendererFixture();
  const backend = await createBackend({ dataDir: path.join(dir, 'data'), appVersion: 'test', host: 'electron' });
  open.backend = backend;
  const server = await startOverlayServer({ backend, rendererDir, port, ...(retryMs ? { retryMs } : {}) });
  open.server = server;
  return { backend, server };
}

describe('overlay server (the desktop app’s loopback server for OBS)', () => {
  it('serves the overlay page and its files on loopback, and nothing of the console', async () => {
    const { server, backend } = await start();
    const info = backend.overlay.info();
    expect(info).toMatchObject({ listening: true, port: server.port, problem: null });
    const url = new URL(info.url ?? '');
    expect(url.origin).toBe(`http://127.0.0.1:${server.port}`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>overlay</title>');
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
    expect((await fetch(`${url.origin}/overlay/assets/overlay.js`)).status).toBe(200);
    for (const other of ['/', '/index.html', '/assets/console.js', '/overlay/../index.html', '/overlayx']) {
      expect((await fetch(`${url.origin}${other}`)).status, other).toBe(404);
    }
  });

  it('admits the overlay token only, read only', async () => {
    const { server, backend } = await start();
    const token = backend.overlay.token();
    const ws = (t: string) => `ws://127.0.0.1:${server.port}/api/ws?token=${encodeURIComponent(t)}`;
    const overlay = await RawApiClient.connect(ws(token));
    open.clients.push(overlay);
    expect(await overlay.invoke('session.current', {})).toEqual({ ok: true, value: null });
    expect(await overlay.invoke('product.create', { sku: 'X', title: 'x', livePriceFen: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(RawApiClient.connect(ws('wrong'))).rejects.toThrow('HTTP 401');
    const check = (t: string) => fetch(`http://127.0.0.1:${server.port}/api/token-check?token=${t}`).then((r) => r.status);
    expect(await check(token)).toBe(204);
    expect(await check('wrong')).toBe(401);
  });

  it('answers an upgrade to any other path with 404 at once', async () => {
    const { server } = await start();
    const status = await new Promise<number | string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/somewhere`);
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => resolve('open'));
      ws.once('error', (error) => resolve(error.message));
    });
    expect(status).toBe(404);
  });

  it('reports a port another program holds, and starts once it is free', async () => {
    const { port, release } = await blockedPort();
    const { server, backend } = await start(port, 50);
    expect(server.port).toBeNull();
    expect(backend.overlay.info()).toEqual({ url: null, listening: false, port, problem: 'port_in_use' });
    await release();
    await vi.waitFor(() => expect(backend.overlay.info()).toMatchObject({ listening: true, port }), { timeout: 3000 });
    expect(server.port).toBe(port);
  });
});

describe('overlayPortFrom', () => {
  it('reads LIVECUE_OVERLAY_PORT: a port, off, or the default (warning about nonsense)', () => {
    const warn = vi.fn();
    expect(overlayPortFrom(undefined, warn)).toBe(5318);
    expect(overlayPortFrom('', warn)).toBe(5318);
    expect(overlayPortFrom('6001', warn)).toBe(6001);
    expect(overlayPortFrom(' OFF ', warn)).toBe('off');
    expect(warn).not.toHaveBeenCalled();
    for (const bad of ['0', '70000', 'abc', '12.5']) expect(overlayPortFrom(bad, warn)).toBe(5318);
    expect(warn).toHaveBeenCalledTimes(4);
  });
});

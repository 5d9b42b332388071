import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHost, stripCspMeta } from './startHost';

function fixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-host-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>LiveCue</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  return { dataDir: path.join(dir, 'data'), rendererDir };
}

describe('startHost', () => {
  it('serves the renderer with security headers, the token in the URL, and nothing outside the root', async () => {
    const host = await startHost({ port: 0, host: '127.0.0.1', appVersion: '1.0.0', ...fixture() });
    try {
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
      const page = await fetch(host.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>LiveCue</title>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect((await fetch(`http://127.0.0.1:${host.port}/..%2fsecret.txt`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${host.port}/`, { method: 'POST' })).status).toBe(405);
      const check = (t: string) =>
        fetch(`http://127.0.0.1:${host.port}/api/token-check?token=${encodeURIComponent(t)}`).then((r) => r.status);
      expect(await check(host.token)).toBe(204);
      expect(await check('wrong')).toBe(401);
      expect(await check('')).toBe(401);
    } finally {
      await host.close();
    }
  });

  it('with --lan: the URL and remote.info name the LAN address, and pairing is open', async () => {
    const host = await startHost({ port: 0, host: '127.0.0.1', lan: true, lanAddress: () => '127.0.0.1', appVersion: '1', ...fixture() });
    try {
      expect(host.lanOrigin).toBe(`http://127.0.0.1:${host.port}`);
      expect(host.url).toBe(`${host.lanOrigin}/?token=${host.token}`);
      expect(await host.backend.dispatch('remote.info', {})).toMatchObject({
        ok: true,
        value: { enabled: true, canToggle: false, listening: true, origin: host.lanOrigin, problem: null },
      });
      const offer = await host.backend.dispatch('remote.offer', { role: 'control' });
      expect(offer).toMatchObject({ ok: true, value: { url: expect.stringMatching(`^${host.lanOrigin}/remote\\?pair=`) } });
    } finally {
      await host.close();
    }
  });

  it('names the real LAN address when listening on every interface', async () => {
    const host = await startHost({ port: 0, host: '0.0.0.0', lanAddress: () => '192.168.1.23', appVersion: '1', ...fixture() });
    try {
      expect(host.url).toBe(`http://192.168.1.23:${host.port}/?token=${host.token}`);
      expect(host.backend.overlay.info().url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/overlay\\?`));
    } finally {
      await host.close();
    }
  });

  it('without --lan: loopback URL, remote.info says not_on_lan and offers are refused', async () => {
    const host = await startHost({ port: 0, host: '127.0.0.1', appVersion: '1', ...fixture() });
    try {
      expect(host.lanOrigin).toBeNull();
      expect(await host.backend.dispatch('remote.info', {})).toMatchObject({
        ok: true,
        value: { listening: false, problem: 'not_on_lan' },
      });
      expect(await host.backend.dispatch('remote.offer', { role: 'control' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'not_on_lan', message: expect.stringContaining('--lan') },
      });
    } finally {
      await host.close();
    }
  });

  it('in dev mode, Vite’s hot-reload socket still connects while other unknown upgrades get 404', async () => {
    const host = await startHost({ port: 0, host: '127.0.0.1', appVersion: '1', dev: true, ...fixture() });
    try {
      const hmr = await opens(new WebSocket(`ws://127.0.0.1:${host.port}/`, 'vite-hmr'));
      expect(hmr).toBe('open');
      expect(await opens(new WebSocket(`ws://127.0.0.1:${host.port}/nope`))).toBe('HTTP 404');
    } finally {
      await host.close();
    }
  });

  it('explains a busy port', async () => {
    const first = await startHost({ port: 0, host: '127.0.0.1', appVersion: '1.0.0', ...fixture() });
    try {
      await expect(startHost({ port: first.port, host: '127.0.0.1', appVersion: '1.0.0', ...fixture() })).rejects.toThrow(
        `Port ${first.port} on 127.0.0.1 is already in use`,
      );
    } finally {
      await first.close();
    }
  });
});

describe('stripCspMeta', () => {
  it('removes a CSP meta tag written over several lines and keeps the rest', () => {
    const html =
      '<head>\n<meta charset="UTF-8" />\n<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src \'none\'"\n/>\n<title>x</title>';
    expect(stripCspMeta(html)).toBe('<head>\n<meta charset="UTF-8" />\n\n<title>x</title>');
  });
});

function opens(ws: WebSocket): Promise<string> {
  return new Promise((resolve) => {
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.once('error', (error) => resolve(error.message));
  });
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RawApiClient, wsUrlFor } from '../../test/helpers/wsClient';
import { type RunningHost, startHost } from './startHost';

/** The overlay token against the real backend over the real WebSocket transport of the headless host. */
function fixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-overlay-token-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'overlay'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>LiveCue</title>');
  writeFileSync(path.join(rendererDir, 'overlay', 'index.html'), '<!doctype html><title>LiveCue overlay</title>');
  return { dataDir: path.join(dir, 'data'), rendererDir };
}

const hosts: RunningHost[] = [];
const clients: RawApiClient[] = [];
async function host(files = fixture()) {
  const h = await startHost({ port: 0, host: '127.0.0.1', appVersion: 'test', ...files });
  hosts.push(h);
  return h;
}
async function client(url: string) {
  const c = await RawApiClient.connect(url);
  clients.push(c);
  return c;
}
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const h of hosts.splice(0)) await h.close();
});

async function overlayUrl(h: RunningHost): Promise<string> {
  const api = await client(wsUrlFor(h.url));
  const info = await api.invoke('overlay.info', {});
  if (!info.ok) throw new Error(info.error.message);
  return (info.value as { url: string }).url;
}

describe('overlay token on the headless host', () => {
  it('gives the overlay page URL with its own token, which differs from the launch token', async () => {
    const h = await host();
    const url = new URL(await overlayUrl(h));
    expect(url.origin).toBe(`http://127.0.0.1:${h.port}`);
    expect(url.pathname).toBe('/overlay');
    expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('token')).not.toBe(h.token);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>LiveCue overlay</title>');
    expect((await fetch(`${url.origin}/api/token-check?token=${url.searchParams.get('token')}`)).status).toBe(204);
  });

  it('reads the live session, settings and images with the overlay token, and may not change anything', async () => {
    const h = await host();
    const overlay = await client(wsUrlFor(await overlayUrl(h)));
    expect(await overlay.invoke('session.current', {})).toEqual({ ok: true, value: null });
    expect(await overlay.invoke('settings.get', {})).toMatchObject({ ok: true, value: { overlayTheme: { accent: '#FF3B30' } } });
    expect(await overlay.invoke('app.ping', { echo: 'x' })).toMatchObject({ ok: true, value: { echo: 'x' } });
    expect(await overlay.invoke('image.read', { hash: 'a'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const [method, payload] of [
      ['product.create', { sku: 'X', title: 'x', livePriceFen: 1 }],
      ['session.command', { sessionId: 's', command: { type: 'end' } }],
      ['settings.update', { language: 'en' }],
      ['overlay.info', {}],
      ['overlay.rotateToken', {}],
    ] as const) {
      expect(await overlay.invoke(method, payload), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const console = await client(wsUrlFor(h.url));
    expect(await console.invoke('product.list', { limit: 10, offset: 0 })).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('refuses a wrong token', async () => {
    const h = await host();
    await expect(RawApiClient.connect(wsUrlFor(h.url, 'not-the-token'))).rejects.toThrow('HTTP 401');
    await expect(RawApiClient.connect(wsUrlFor(h.url, null))).rejects.toThrow('HTTP 401');
    expect((await fetch(`http://127.0.0.1:${h.port}/api/token-check?token=nope`)).status).toBe(401);
  });

  it('keeps the overlay token across restarts; a rotated one drops open pages and refuses the old URL', async () => {
    const files = fixture();
    const first = await host(files);
    const before = await overlayUrl(first);
    await first.close();
    hosts.length = 0;
    const second = await host(files);
    const again = new URL(await overlayUrl(second));
    expect(again.searchParams.get('token')).toBe(new URL(before).searchParams.get('token'));

    const page = new WebSocket(wsUrlFor(again.href));
    await new Promise((resolve, reject) => page.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => page.once('close', (code) => resolve(code)));
    const console = await client(wsUrlFor(second.url));
    const rotated = await console.invoke('overlay.rotateToken', {});
    expect(rotated.ok).toBe(true);
    const newUrl = rotated.ok ? (rotated.value as { url: string }).url : '';
    expect(newUrl).not.toBe(again.href);
    expect(await closed).toBe(4401);
    await expect(RawApiClient.connect(wsUrlFor(again.href))).rejects.toThrow('HTTP 401');
    const fresh = await client(wsUrlFor(newUrl));
    expect(await fresh.invoke('session.current', {})).toEqual({ ok: true, value: null });
  });
});

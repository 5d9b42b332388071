import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PairingOffer, PairResponse, RemoteInfo } from '../../shared/domain/remote/remoteDevice';
import { blockedPort } from '../../test/helpers/blockedPort';
import { RawApiClient } from '../../test/helpers/wsClient';
import { type Backend, createBackend } from '../backend/createBackend';
import { startRemoteServer } from './remoteServer';

function rendererFixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-remote-server-'));
  const rendererDir = path.join(dir, 'renderer');
  for (const page of ['remote', 'presenter', 'overlay']) {
    mkdirSync(path.join(rendererDir, page), { recursive: true });
    writeFileSync(path.join(rendererDir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
  }
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>console</title>');
  return { dir, rendererDir };
}

/** What a test opened, closed after it (clients first, the backend last). */
const open: { closers: (() => unknown)[]; clients: RawApiClient[] } = { closers: [], clients: [] };
afterEach(async () => {
  for (const c of open.clients.splice(0)) c.close();
  for (const close of open.closers.splice(0).reverse()) await close();
});

async function start(port = 0, retryMs?: number) {
  const { dir, rendererDir } = rendererFixture();
  const backend = await createBackend({ dataDir: path.join(dir, 'data'), appVersion: 'test', host: 'electron' });
  open.closers.push(() => backend.close());
  const server = await startRemoteServer({
    backend,
    rendererDir,
    port,
    host: '127.0.0.1',
    lanAddress: () => '127.0.0.1',
    ...(retryMs ? { retryMs } : {}),
  });
  open.closers.push(() => server.close());
  return { backend, server };
}

const info = async (backend: Backend) => {
  const result = await backend.dispatch('remote.info', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as RemoteInfo;
};

describe('remote server (the desktop app’s LAN server for phones)', () => {
  it('serves the remote and presenter pages and nothing of the console or the overlay', async () => {
    const { server, backend } = await start();
    const origin = `http://127.0.0.1:${server.port}`;
    expect(await info(backend)).toMatchObject({ listening: true, origin, problem: null });
    for (const page of ['/remote', '/remote/', '/presenter']) expect((await fetch(`${origin}${page}`)).status, page).toBe(200);
    for (const other of ['/', '/index.html', '/overlay', '/remote/../index.html'])
      expect((await fetch(`${origin}${other}`)).status, other).toBe(404);
  });

  it('pairs a phone and admits its token only: never the overlay token, and the console has none here', async () => {
    const { server, backend } = await start();
    const offerResult = await backend.dispatch('remote.offer', { role: 'control' });
    if (!offerResult.ok) throw new Error(offerResult.error.message);
    const offer = offerResult.value as PairingOffer;
    expect(offer.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/remote\\?pair=`));
    const res = await fetch(`http://127.0.0.1:${server.port}/api/remote/pair`, {
      method: 'POST',
      body: JSON.stringify({ code: new URL(offer.url).searchParams.get('pair'), name: 'phone' }),
    });
    const paired = (await res.json()) as PairResponse;
    await backend.dispatch('remote.confirm', { deviceId: paired.deviceId, accept: true });
    const ws = (t: string) => `ws://127.0.0.1:${server.port}/api/ws?token=${encodeURIComponent(t)}`;
    const phone = await RawApiClient.connect(ws(paired.token));
    open.clients.push(phone);
    expect(await phone.invoke('session.current', {})).toEqual({ ok: true, value: null });
    await vi.waitFor(async () => expect((await info(backend)).devices[0]?.connected).toBe(true));
    await expect(RawApiClient.connect(ws(backend.overlay.token()))).rejects.toThrow('HTTP 401');
  });

  it('reports a busy port, starts once it is free, and says it stopped when closed', async () => {
    const { port, release } = await blockedPort();
    const { server, backend } = await start(port, 50);
    expect(server.port).toBeNull();
    expect(await info(backend)).toMatchObject({ listening: false, problem: 'port_in_use' });
    await release();
    await vi.waitFor(async () => expect(await info(backend)).toMatchObject({ listening: true, problem: null }), { timeout: 3000 });
    await server.close();
    expect(await info(backend)).toMatchObject({ listening: false, problem: null, origin: null });
  });
});

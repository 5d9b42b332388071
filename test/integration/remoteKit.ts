import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { type RunningHost, startHost } from '../../electron/host/startHost';
import type { ApiResult } from '../../shared/api/errors';
import { REMOTE_PAIR_PATH, TOKEN_CHECK_PATH } from '../../shared/api/wire';
import type { PairingOffer, PairResponse, RemoteRole } from '../../shared/domain/remote/remoteDevice';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

/** The headless host as `npm run serve -- --lan` runs it, with loopback standing in for the LAN address. */
export async function startLanHost(): Promise<RunningHost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-remote-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'remote'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(rendererDir, 'remote', 'index.html'), '<!doctype html><title>remote</title>');
  return startHost({ port: 0, host: '127.0.0.1', lan: true, lanAddress: () => '127.0.0.1', appVersion: 'test', dataDir: dir, rendererDir });
}

export async function value<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** What a phone does after scanning the QR code: POST the code and its name to the URL's server. */
export async function postPair(offerUrl: string, name: string): Promise<Response> {
  const url = new URL(offerUrl);
  return fetch(`${url.origin}${REMOTE_PAIR_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: url.searchParams.get('pair'), name }),
  });
}

export const tokenCheck = (host: RunningHost, token: string) =>
  fetch(`http://127.0.0.1:${host.port}${TOKEN_CHECK_PATH}?token=${encodeURIComponent(token)}`).then((r) => r.status);

/** Pairs a device all the way (offer on the console, POST from the phone, confirmation on the PC). */
export async function pairDevice(console: RawApiClient, role: RemoteRole, name: string): Promise<PairResponse> {
  const offer = await value<PairingOffer>(console.invoke('remote.offer', { role }));
  const paired = (await (await postPair(offer.url, name)).json()) as PairResponse;
  await value(console.invoke('remote.confirm', { deviceId: paired.deviceId, accept: true }));
  return paired;
}

export const connectAs = (host: RunningHost, token: string) => RawApiClient.connect(wsUrlFor(host.url, token));

/** Resolves with the close code once `ws` closes. */
export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

/** A raw socket with the device's token (to watch it being closed). */
export function openSocket(host: RunningHost, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrlFor(host.url, token));
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** A two-product show live with GO debounce off, so the test never waits for it. */
export async function goLive(console: RawApiClient): Promise<{ sessionId: string; standbyId: string }> {
  await value(console.invoke('settings.update', { goDebounceMs: 0 }));
  const ids: string[] = [];
  for (const [sku, title] of [
    ['R1', '真丝连衣裙'],
    ['R2', '防晒霜'],
    ['R3', '保温杯'],
  ] as const) {
    const product = await value<{ id: string }>(console.invoke('product.create', { sku, title, livePriceFen: 9_900 }));
    ids.push(product.id);
  }
  const show = await value<{ id: string }>(console.invoke('show.create', { name: '遥控测试' }));
  let after: string | null = null;
  for (const productId of ids) {
    const cue: { id: string } = await value<{ id: string }>(
      console.invoke('cue.insert', { showId: show.id, type: 'product', config: { productId }, ...(after ? { afterId: after } : {}) }),
    );
    after = cue.id;
  }
  const live = await value<{ sessionId: string; state: { standbyId: string } }>(console.invoke('session.start', { showId: show.id }));
  return { sessionId: live.sessionId, standbyId: live.state.standbyId };
}

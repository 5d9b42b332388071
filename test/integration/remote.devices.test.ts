import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningHost } from '../../electron/host/startHost';
import type { PairingOffer, PairResponse, RemoteInfo } from '../../shared/domain/remote/remoteDevice';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { closeCode, connectAs, goLive, openSocket, pairDevice, postPair, startLanHost, tokenCheck, value } from './remoteKit';

let host: RunningHost;
let consoleApi: RawApiClient;
const opened: { close(): void }[] = [];

beforeAll(async () => {
  host = await startLanHost();
  consoleApi = await RawApiClient.connect(wsUrlFor(host.url));
});
afterAll(async () => {
  for (const c of opened) c.close();
  consoleApi.close();
  await host.close();
});

describe('phone remote on the real host (--lan)', () => {
  it('pairs: offer → POST pair → pending (202, socket refused) → confirmed (204) → connects and is shown connected', async () => {
    const offer = await value<PairingOffer>(consoleApi.invoke('remote.offer', { role: 'control' }));
    expect(offer.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/remote\\?pair=`));
    // The page the QR code opens is served by the same server.
    expect((await fetch(offer.url)).status).toBe(200);

    const res = await postPair(offer.url, '小王的手机');
    expect(res.status).toBe(200);
    const paired = (await res.json()) as PairResponse;
    expect(paired).toMatchObject({ role: 'control', name: '小王的手机' });
    // The code was spent.
    expect((await postPair(offer.url, 'again')).status).toBe(401);

    expect(await tokenCheck(host, paired.token)).toBe(202);
    await expect(connectAs(host, paired.token)).rejects.toThrow('HTTP 401');
    const pending = await value<RemoteInfo>(consoleApi.invoke('remote.info', {}));
    expect(pending.devices).toEqual([expect.objectContaining({ id: paired.deviceId, status: 'pending', address: '127.0.0.1' })]);

    await value(consoleApi.invoke('remote.confirm', { deviceId: paired.deviceId, accept: true }));
    expect(await tokenCheck(host, paired.token)).toBe(204);
    const phone = await connectAs(host, paired.token);
    opened.push(phone);
    expect(await phone.invoke('app.ping', { echo: 'hi' })).toMatchObject({ ok: true });
    const info = await value<RemoteInfo>(consoleApi.invoke('remote.info', {}));
    expect(info.devices).toEqual([expect.objectContaining({ id: paired.deviceId, status: 'active', connected: true })]);
    await value(consoleApi.invoke('remote.revoke', { deviceId: paired.deviceId }));
  });

  it('limits roles: view reads only; control runs the show but cannot end it, edit or manage devices', async () => {
    const live = await goLive(consoleApi);
    const view = await connectAs(host, (await pairDevice(consoleApi, 'view', 'iPad')).token);
    const control = await connectAs(host, (await pairDevice(consoleApi, 'control', 'phone')).token);
    opened.push(view, control);

    expect(await view.invoke('session.current', {})).toMatchObject({ ok: true, value: { sessionId: live.sessionId } });
    expect(await view.invoke('session.command', { sessionId: live.sessionId, command: { type: 'panic' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' },
    });
    expect(await control.invoke('session.command', { sessionId: live.sessionId, command: { type: 'end' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'COMMAND_FORBIDDEN' },
    });
    for (const [method, payload] of [
      ['settings.update', { language: 'en' }],
      ['product.create', { sku: 'X', title: 'x', livePriceFen: 1 }],
      ['remote.offer', { role: 'control' }],
      ['remote.info', {}],
      ['session.start', { showId: 'x' }],
    ] as const) {
      expect(await control.invoke(method, payload), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const counted = await control.invoke('session.command', {
      sessionId: live.sessionId,
      command: { type: 'increment', counter: 'likes', by: 3 },
    });
    expect(counted).toMatchObject({ ok: true });
    // Nothing of the refused commands happened: the session is still live.
    expect(await consoleApi.invoke('session.current', {})).toMatchObject({ ok: true, value: { sessionId: live.sessionId } });
  });

  it('two controllers: the console’s GO wins, the phone’s GO for the cue no longer on standby is refused on the phone only', async () => {
    const current = await value<{ sessionId: string; state: { standbyId: string } }>(consoleApi.invoke('session.current', {}));
    const phone = await connectAs(host, (await pairDevice(consoleApi, 'control', 'second phone')).token);
    opened.push(phone);
    const seen = current.state.standbyId;
    const go = (client: RawApiClient) =>
      client.invoke('session.command', { sessionId: current.sessionId, command: { type: 'go', expectedStandbyId: seen } });

    const consoleGo = await go(consoleApi);
    expect(consoleGo).toMatchObject({ ok: true });
    const stale = await go(phone);
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'stale_standby', message: expect.stringContaining(seen) },
    });
    const after = await value<{ state: { standbyId: string; running: { cueId: string }[] } }>(consoleApi.invoke('session.current', {}));
    expect(after.state.running.map((r) => r.cueId)).toEqual([seen]);
  });

  it('with the console’s standby guard off, the console’s stale GO fires but a phone’s is still refused', async () => {
    const before = await value<{ sessionId: string; state: { showId: string } }>(consoleApi.invoke('session.current', {}));
    await value(consoleApi.invoke('session.command', { sessionId: before.sessionId, command: { type: 'end' } }));
    await value(consoleApi.invoke('settings.update', { goGuardStandby: false }));
    try {
      const live = await value<{ sessionId: string; state: { standbyId: string } }>(
        consoleApi.invoke('session.start', { showId: before.state.showId }),
      );
      const phone = await connectAs(host, (await pairDevice(consoleApi, 'control', 'third phone')).token);
      opened.push(phone);
      const staleGo = (client: RawApiClient) =>
        client.invoke('session.command', { sessionId: live.sessionId, command: { type: 'go', expectedStandbyId: 'not-the-standby' } });
      expect(await staleGo(phone)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'stale_standby' } });
      expect(await staleGo(consoleApi)).toMatchObject({ ok: true });
    } finally {
      await value(consoleApi.invoke('settings.update', { goGuardStandby: true }));
    }
  });

  it('revoking a phone mid-show closes its socket at once; its next connection and command are refused', async () => {
    const paired = await pairDevice(consoleApi, 'control', 'lost phone');
    const socket = await openSocket(host, paired.token);
    const closed = closeCode(socket);
    await value(consoleApi.invoke('remote.revoke', { deviceId: paired.deviceId }));
    expect(await closed).toBe(4401);
    expect(await tokenCheck(host, paired.token)).toBe(401);
    await expect(connectAs(host, paired.token)).rejects.toThrow('HTTP 401');
    const info = await value<RemoteInfo>(consoleApi.invoke('remote.info', {}));
    expect(info.devices.map((d) => d.id)).not.toContain(paired.deviceId);
  });

  it('answers an upgrade to an unknown path with 404 and closes it', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api/other`);
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => resolve('open'));
      ws.once('error', (error) => resolve(error.message));
    });
    expect(status).toBe(404);
  });
});

describe('wrong tokens on the real host', () => {
  it('rate-limits wrong tokens and pairing codes per address: 429 after ten, for right tokens too', async () => {
    // A host of its own: this blocks the address.
    const fresh = await startLanHost();
    const api = await RawApiClient.connect(wsUrlFor(fresh.url));
    try {
      const offer = await value<PairingOffer>(api.invoke('remote.offer', { role: 'control' }));
      const wrongCode = new URL(offer.url);
      wrongCode.searchParams.set('pair', 'guess');
      // Right tokens never count.
      for (let i = 0; i < 20; i++) expect(await tokenCheck(fresh, fresh.token)).toBe(204);
      for (let i = 0; i < 5; i++) expect(await tokenCheck(fresh, `guess-${i}`)).toBe(401);
      for (let i = 0; i < 4; i++) expect((await postPair(wrongCode.toString(), 'x')).status).toBe(401);
      await expect(connectAs(fresh, 'guess-ws')).rejects.toThrow('HTTP 401');
      expect(await tokenCheck(fresh, fresh.token)).toBe(429);
      expect((await postPair(offer.url, 'x')).status).toBe(429);
      await expect(connectAs(fresh, fresh.token)).rejects.toThrow('HTTP 429');
      // A connection opened before stays usable.
      expect(await api.invoke('app.ping', { echo: 'x' })).toMatchObject({ ok: true });
    } finally {
      api.close();
      await fresh.close();
    }
  });
});

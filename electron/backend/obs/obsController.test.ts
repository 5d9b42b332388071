import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ObsConnectionState } from '../../../shared/domain/obsStatus';
import { FakeObsServer } from '../../../test/support/backend/fakeObsServer';
import { FakeTimers } from '../../../test/support/fakeTimers';
import { ObsController } from './obsController';
import { ObsLink } from './obsLink';
import type { PortProbe } from './portProbe';
import { FLAP_MS } from './reconnectPolicy';

/** Real sockets to a fake obs-websocket server; time (retries, heartbeat, timeouts) driven by hand. */
let server: FakeObsServer | undefined;
let controller: ObsController | undefined;
afterEach(async () => {
  controller?.close();
  await server?.close();
});

function until(c: ObsController, state: ObsConnectionState): Promise<void> {
  if (c.state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still ${c.state}, wanted ${state}`)), 5000);
    const off = c.onStatus((s) => {
      if (s.state !== state) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** Advances fake time, then lets a probe's answer (a promise) land before the next step. */
async function step(timers: FakeTimers, ms: number): Promise<void> {
  timers.advance(ms);
  await new Promise((r) => setImmediate(r));
}

function setup(random = () => 1, probe?: PortProbe) {
  const timers = new FakeTimers();
  const c = new ObsController({ timers, random, stableMs: 30_000, ...(probe ? { probe } : {}) });
  controller = c;
  return { timers, c };
}

describe('ObsController against a fake obs-websocket server', () => {
  it('identifies with the challenge-response password, resyncs in one batch, then is ready', async () => {
    server = await FakeObsServer.start('geheim');
    const { c } = setup();
    c.configure({ url: server.url, password: 'geheim' });
    await until(c, 'ready');
    expect(server.identified).toBe(1);
    expect(c.status()).toMatchObject({ state: 'ready', currentScene: 'Scene', obsVersion: '30.0.0', outputs: { streaming: false } });
    expect(c.snapshot?.availableRequests.has('StartStream')).toBe(true);
  });

  it('an OBS that accepts the socket but never greets (obs-websocket 4, OBS < 28) is incompatible, not retried', async () => {
    server = await FakeObsServer.start('geheim');
    server.legacy = true;
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'geheim' });
    await new Promise((r) => setTimeout(r, 100)); // the socket opens for real
    timers.advance(10_000); // the greeting never comes
    await until(c, 'incompatible');
    timers.advance(120_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.connections).toBe(1);
    expect(c.status().state).toBe('incompatible');
  });

  it('a wrong password stops at wrong_password: one attempt, no retry scheduled', async () => {
    server = await FakeObsServer.start('geheim');
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'falsch' });
    await until(c, 'wrong_password');
    timers.advance(120_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.connections).toBe(1);
    expect(c.state).toBe('wrong_password');
    expect(timers.pending).toBe(0);
    // Entering the right password is the user's way out.
    c.configure({ url: server.url, password: 'geheim' });
    await until(c, 'ready');
  });

  it("while OBS's port refuses, only a port probe every 300 ms: no handshake, no growing backoff; connects once it accepts", async () => {
    server = await FakeObsServer.start();
    let listening = true;
    const probes: number[] = [];
    const { c, timers } = setup(
      () => 1,
      async () => {
        probes.push(timers.now());
        return listening;
      },
    );
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    timers.advance(FLAP_MS); // a show under way, not a crash loop
    listening = false; // OBS killed: its port refuses
    server.dropAll();
    await until(c, 'lost');
    const lostAt = timers.now();
    for (let i = 0; i < 40; i++) await step(timers, 300);
    expect(probes.map((at) => at - lostAt)).toEqual(Array.from({ length: 40 }, (_, i) => 300 * (i + 1)));
    expect(server.connections).toBe(1); // no WebSocket handshake against a closed port
    expect(c.status()).toMatchObject({ state: 'lost', attempt: 0 });
    listening = true; // OBS is back
    await step(timers, 300);
    await until(c, 'ready');
    expect(server.connections).toBe(2);
  });

  it('a handshake that fails on a listening port waits 0.5 s doubling to 10 s; Reconnect tries at once, backoff reset', async () => {
    server = await FakeObsServer.start();
    server.handlers.set('GetVersion', () => ({ error: 207, comment: 'OBS is not ready to perform the request' }));
    const { c, timers } = setup(
      () => 1,
      async () => true,
    );
    c.configure({ url: server.url, password: 'pw' });
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      await until(c, 'lost');
      const status = c.status();
      delays.push((status.retryAt ?? 0) - timers.now());
      await step(timers, (status.retryAt ?? 0) - timers.now());
      expect(c.state).toBe('connecting');
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    await until(c, 'lost');
    c.reconnect();
    expect(c.state).toBe('connecting');
    await until(c, 'lost');
    expect((c.status().retryAt ?? 0) - timers.now()).toBe(500);
  });

  it('a port that accepts but never speaks WebSocket (not OBS there) gets the backoff, not a handshake every probe', async () => {
    const notObs = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => notObs.listen(0, '127.0.0.1', () => resolve()));
    try {
      const address = notObs.address();
      const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const { c, timers } = setup(
        () => 1,
        async () => true,
      );
      c.configure({ url, password: 'pw' });
      await until(c, 'lost');
      // The first attempt came before any probe: its failure may be a closed port, so probing (no backoff) follows.
      expect(c.status().retryAt).toBeUndefined();
      await step(timers, 300);
      await until(c, 'lost');
      expect((c.status().retryAt ?? 0) - timers.now()).toBe(500);
      await step(timers, 500);
      await until(c, 'lost');
      expect((c.status().retryAt ?? 0) - timers.now()).toBe(1000);
    } finally {
      await new Promise((resolve) => notObs.close(resolve));
    }
  });

  it('after a drop: lost, retry, resync, and the desired state is applied again', async () => {
    server = await FakeObsServer.start();
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    const results = await c.run([{ kind: 'setText', source: 'title', text: '商品 A' }]);
    expect(results).toEqual([{ ok: true, code: 100 }]);
    server.requests.length = 0;
    server.dropAll();
    await until(c, 'lost');
    await expect(c.run([{ kind: 'setText', source: 'title', text: 'late' }])).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
    timers.advance(500);
    await until(c, 'ready');
    const reapplied = server.requests.filter((r) => r.requestType === 'SetInputSettings');
    expect(reapplied).toEqual([
      { requestType: 'SetInputSettings', requestData: { inputName: 'title', inputSettings: { text: '商品 A' }, overlay: true } },
    ]);
    expect(server.requests.some((r) => r.requestData?.inputSettings && JSON.stringify(r.requestData).includes('late'))).toBe(false);
  });

  it("sends the show's batches one at a time, in order: a later one never overtakes one still in flight", async () => {
    server = await FakeObsServer.start();
    const { c } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    let inFlight = 0;
    let most = 0;
    const original = ObsLink.prototype.batch;
    const spy = vi.spyOn(ObsLink.prototype, 'batch').mockImplementation(async function (
      this: ObsLink,
      ...args: Parameters<ObsLink['batch']>
    ) {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await original.apply(this, args);
      } finally {
        inFlight--;
      }
    });
    server.requests.length = 0;
    await Promise.all([
      c.runShow([{ kind: 'setText', source: 'title', text: 'A' }]),
      c.runShow([{ kind: 'setText', source: 'title', text: 'B' }]),
      c.runShow([{ kind: 'setText', source: 'title', text: 'C' }]),
    ]);
    spy.mockRestore();
    expect(most).toBe(1);
    expect(server.requests.map((r) => (r.requestData?.inputSettings as { text?: string } | undefined)?.text)).toEqual(['A', 'B', 'C']);
  });

  it("the show's actions refused while OBS is away are put on screen at reconnect; an operator's are not", async () => {
    server = await FakeObsServer.start();
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    await c.runShow([{ kind: 'setText', source: 'title', text: '商品 A' }]);
    server.dropAll();
    await until(c, 'lost');
    // A follower counted while OBS is down: the show moved on, so that is what OBS must show when it is back.
    await expect(c.runShow([{ kind: 'setText', source: 'task', text: '点关注 4/50' }])).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
    await expect(c.runShow([{ kind: 'setText', source: 'task', text: '点关注 5/50' }])).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
    await expect(c.run([{ kind: 'setText', source: 'title', text: 'late' }])).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
    server.requests.length = 0;
    timers.advance(500);
    await until(c, 'ready');
    const texts = server.requests.filter((r) => r.requestType === 'SetInputSettings').map((r) => r.requestData);
    // Only the latest value per source, once: no backlog replayed, and the operator's refused action never.
    expect(texts).toEqual([
      { inputName: 'title', inputSettings: { text: '商品 A' }, overlay: true },
      { inputName: 'task', inputSettings: { text: '点关注 5/50' }, overlay: true },
    ]);
  });

  it('a show action refused while the re-apply batch is in flight is applied before ready, not at the next reconnect', async () => {
    server = await FakeObsServer.start();
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    await c.runShow([{ kind: 'setText', source: 'countdown', text: '00:59' }]);
    server.dropAll();
    await until(c, 'lost');
    let refused: Promise<unknown> | null = null;
    server.handlers.set('SetInputSettings', () => {
      // The tick of the next second arrives while OBS is still being resynced: refused, as every call then is.
      refused ??= c.runShow([{ kind: 'setText', source: 'countdown', text: '00:57' }]).catch((e: unknown) => e);
      return {};
    });
    server.requests.length = 0;
    timers.advance(500);
    await until(c, 'ready');
    expect(await refused).toMatchObject({ reason: 'OBS_OFFLINE' });
    const texts = server.requests.filter((r) => r.requestType === 'SetInputSettings').map((r) => r.requestData?.inputSettings);
    expect(texts).toEqual([{ text: '00:59' }, { text: '00:57' }]);
  });

  it('a source added to a scene after the resync (e.g. by the setup assistant) is found when an action needs it', async () => {
    server = await FakeObsServer.start();
    const items = [{ sourceName: 'title', sceneItemId: 1 }];
    server.handlers.set('GetSceneList', () => ({ currentProgramSceneName: 'Card', scenes: [{ sceneName: 'Card', sceneIndex: 0 }] }));
    server.handlers.set('GetSceneItemList', () => ({ sceneItems: [...items] }));
    server.handlers.set('SetSceneItemEnabled', () => ({}));
    const { c } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    await c.run([{ kind: 'setVisible', scene: 'Card', source: 'title', visible: true }]);
    items.push({ sourceName: 'image', sceneItemId: 7 });
    const results = await c.run([{ kind: 'setVisible', scene: 'Card', source: 'image', visible: false }]);
    expect(results).toEqual([{ ok: true, code: 100 }]);
    expect(server.requests.at(-1)).toEqual({
      requestType: 'SetSceneItemEnabled',
      requestData: { sceneName: 'Card', sceneItemId: 7, sceneItemEnabled: false },
    });
    // One that really is not in the scene still fails, by name.
    const missing = await c.run([{ kind: 'setVisible', scene: 'Card', source: 'nope', visible: true }]);
    expect(missing).toEqual([{ ok: false, code: 600, message: '"nope" is not in scene "Card"' }]);
  });

  it('a scene switch LiveCue made is published at once, without waiting for OBS to tell', async () => {
    server = await FakeObsServer.start();
    server.handlers.set('GetSceneList', () => ({
      currentProgramSceneName: 'Scene',
      scenes: [
        { sceneName: 'Scene', sceneIndex: 0 },
        { sceneName: 'Other', sceneIndex: 1 },
      ],
    }));
    const { c } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    const published: (string | null | undefined)[] = [];
    c.onStatus((s) => published.push(s.currentScene));
    await c.run([{ kind: 'switchScene', scene: 'Other' }]);
    expect(published).toEqual(['Other']);
  });

  it('two missed heartbeats on a silent (half-open) socket mean lost', async () => {
    server = await FakeObsServer.start();
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    server.silent = true;
    timers.advance(3000 + 2000); // first ping, no answer within its timeout
    await new Promise((r) => setTimeout(r, 20));
    expect(c.state).toBe('ready');
    timers.advance(3000 + 2000); // second miss
    await until(c, 'lost');
  });

  it('a heartbeat OBS answers with a refusal keeps the connection: OBS is there', async () => {
    server = await FakeObsServer.start();
    server.handlers.set('GetVideoSettings', () => ({ error: 204, comment: 'Unknown request type' }));
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    const states: string[] = [];
    c.onStatus((s) => states.push(s.state));
    for (let beat = 0; beat < 4; beat++) {
      timers.advance(3000);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(states).not.toContain('lost');
    expect(server.identified).toBe(1);
  });

  it('a call pending when the socket closes rejects at once, not at its timeout', async () => {
    server = await FakeObsServer.start();
    const { c } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    server.silent = true;
    const pending = c.run([{ kind: 'switchScene', scene: 'Scene' }]);
    await new Promise((r) => setTimeout(r, 20));
    server.dropAll();
    // No fake time passes: only the close can settle it.
    await expect(pending).rejects.toMatchObject({ reason: 'OBS_OFFLINE' });
  });

  it('a stable connection resets the backoff', async () => {
    server = await FakeObsServer.start();
    const { c, timers } = setup();
    c.configure({ url: server.url, password: 'pw' });
    await until(c, 'ready');
    server.dropAll();
    await until(c, 'lost');
    timers.advance(500);
    await until(c, 'ready');
    expect(c.status().attempt).toBe(1);
    timers.advance(30_000);
    expect(c.status().attempt).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import { type ObsInstance, startObs } from '../helpers/obsHarness';
import {
  callerOf,
  connectBackend,
  type LiveView,
  ObsProbe,
  secondsLeft,
  sessionEvents,
  shownSeconds,
  waitForObsState,
} from './liveShowKit';
import { skipObs } from './obsTestKit';

const GO_SPACING_MS = 350;
const COUPON = '满99减10';
/** The user's scene in a fresh OBS collection: the camera shot LiveCue's graphics go on. */
const CAMERA = 'Scene';

/** This file kills OBS, so it runs its own instance rather than the suite's shared one. */
describe.skipIf(skipObs)('a live show survives an OBS crash (real OBS Studio)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-obs-show-crash-'));
  let obs: ObsInstance | undefined;
  let backend: Backend | undefined;
  let probe: ObsProbe | undefined;
  afterAll(async () => {
    await probe?.close().catch(() => {});
    await backend?.close();
    await obs?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("OBS killed mid-show and restarted: the running cue's card is back without operator action", async () => {
    obs = await startObs();
    const instance = obs;
    backend = await createBackend({ dataDir, appVersion: 'test', host: 'serve' });
    const api = backend;
    const call = callerOf(api);
    await connectBackend(call, instance);
    await call('obs.setup', { camera: { kind: 'scenes', scenes: [CAMERA] } });

    const now = Date.now();
    const pyjamas = await call<{ id: string }>('product.create', { sku: 'LC-CRASH-1', title: '真丝睡衣 第二件半价', livePriceFen: 15_900 });
    const coupon = await call<{ id: string }>('coupon.create', {
      name: COUPON,
      type: 'threshold',
      value: 1_000,
      thresholdFen: 9_900,
      startsAt: now - 3_600_000,
      endsAt: now + 86_400_000,
    });
    const follow = await call<{ id: string }>('task.create', { type: 'follow', title: '点关注', target: 50, reward: '抽免单' });
    const show = await call<{ id: string }>('show.create', { name: '睡衣专场' });
    const cueIds: string[] = [];
    for (const [type, config] of [
      ['product', { productId: pyjamas.id }],
      ['coupon', { couponId: coupon.id, countdownMs: 60_000 }],
      ['task', { taskId: follow.id }],
    ] as const) {
      cueIds.push((await call<{ id: string }>('cue.insert', { showId: show.id, type, config })).id);
    }

    let view = await call<LiveView>('session.start', { showId: show.id });
    const sessionId = view.sessionId;
    for (const cueId of cueIds) {
      await new Promise((r) => setTimeout(r, GO_SPACING_MS));
      view = await call<LiveView>('session.command', { sessionId, command: { type: 'go', expectedStandbyId: cueId } });
    }
    const deadline = view.state.running.find((r) => r.cueId === cueIds[1])?.deadlineAt;
    if (deadline == null) throw new Error('the coupon cue has no deadline');

    probe = await ObsProbe.connect(instance);
    const before = probe;
    await vi.waitFor(
      async () => {
        expect(await before.scene()).toBe(CAMERA);
        expect(await before.text('product.title')).toBe('真丝睡衣 第二件半价');
        expect(await before.text('task.title')).toBe('点关注 · 抽免单');
        expect(await before.text('task.progress')).toBe('0 / 50');
        expect(await before.text('coupon.name')).toBe(COUPON);
        expect(shownSeconds(await before.text('coupon.countdown'), '')).not.toBeNull();
      },
      { timeout: 10_000, interval: 100 },
    );
    await before.close();
    probe = undefined;

    // LiveCue's scenes and sources are on OBS's disk: a real PC is set up well before the show.
    await instance.saved(['LiveCue 图层', 'LiveCue 商品卡·标题', 'LiveCue 互动任务·进度']);
    await instance.kill();
    await waitForObsState(call, 'lost', 15_000);
    // Live commands go on while OBS is away: the counter moves, the failed OBS update is logged, not queued.
    view = await call<LiveView>('session.command', { sessionId, command: { type: 'increment', counter: 'newFollowers', by: 5 } });
    expect(view.state.counters.newFollowers).toBe(5);
    await vi.waitFor(
      () => {
        const failed = sessionEvents(api.databaseFile, sessionId).filter((e) => e.type === 'obs.batch' && e.payload.ok === false);
        expect(failed.length).toBeGreaterThan(0);
      },
      { timeout: 5_000, interval: 100 },
    );

    await instance.restart();
    // No command from here on: the backend reconnects and re-applies the running cues by itself.
    await waitForObsState(call, 'ready', 30_000);
    probe = await ObsProbe.connect(instance);
    const after = probe;
    await vi.waitFor(
      async () => {
        expect(await after.scene()).toBe(CAMERA);
        expect(await after.text('product.title')).toBe('真丝睡衣 第二件半价');
        expect(await after.text('product.price')).toBe('¥159');
        // The follower progress reached while OBS was down, not the text OBS last saw.
        expect(await after.text('task.progress')).toBe('5 / 50');
        for (const part of ['product.title', 'product.price', 'coupon.countdown', 'task.progress', 'task.barFill'] as const)
          expect(await after.visible(part), part).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );

    // The countdown is live again: it drops, and it matches the deadline within a second.
    const readCountdown = async () => {
      const text = await after.text('coupon.countdown');
      const shown = shownSeconds(text, '');
      if (shown === null) throw new Error(`countdown text is "${text}"`);
      return shown;
    };
    const first = await readCountdown();
    await vi.waitFor(
      async () => {
        const shown = await readCountdown();
        expect(shown).toBeLessThan(first);
        expect(Math.abs(shown - secondsLeft(deadline, Date.now()))).toBeLessThanOrEqual(1);
      },
      { timeout: 5_000, interval: 100 },
    );

    // Nothing was logged twice: each cue started once, the session once.
    const events = sessionEvents(api.databaseFile, sessionId);
    expect(events.filter((e) => e.type === 'cue.started').map((e) => e.payload.cueId)).toEqual(cueIds);
    expect(events.filter((e) => e.type === 'session.started')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'coupon.dropped')).toHaveLength(1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, type ObsSourceRole } from '../../shared/domain/obsLayout';
import { differingPixels, type Pixels } from '../helpers/png';
import {
  type Call,
  callerOf,
  connectBackend,
  type LiveView,
  litPixels,
  ObsProbe,
  secondsLeft,
  sessionEvents,
  shownSeconds,
} from './liveShowKit';
import { sharedObs, skipObs } from './obsTestKit';

type TextRole = Exclude<ObsSourceRole, 'image'>;

/** What OBS should hold after a step; each step only names what it changes, the rest must stay as it was. */
interface Expected {
  scene?: string;
  texts?: Partial<Record<TextRole, string>>;
  /** The countdown source shows `label mm:ss` counting to the deadline of the cue at `cue` (a step index). */
  countdown?: { label: string; cue: number };
  visible?: Partial<Record<ObsSourceRole, boolean>>;
}

/** The show's GO debounce is 300 ms; presses are spaced a little wider so none is swallowed. */
const GO_SPACING_MS = 350;

describe.skipIf(skipObs)('a live show against real OBS Studio', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-obs-show-'));
  let backend: Backend | undefined;
  let probe: ObsProbe | undefined;
  afterAll(async () => {
    // Leave a scene of the user's on air: OBS keeps a removed scene's name while it is on program, so
    // a later file that removes and recreates LiveCue's scenes would otherwise be refused.
    await probe?.leaveLiveCueScenes().catch(() => {});
    await probe?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a 10-cue show fired end to end changes OBS scenes and texts as planned', async () => {
    backend = await createBackend({ dataDir, appVersion: 'test', host: 'serve' });
    const call: Call = callerOf(backend);
    await connectBackend(call, obs);
    await call('obs.setup', {});
    probe = await ObsProbe.connect(obs);
    const raw = probe;

    const now = Date.now();
    const product = (sku: string, title: string, prices: { livePriceFen?: number; listPriceFen?: number }) =>
      call<{ id: string }>('product.create', { sku, title, ...prices });
    const dress = await product('LC-SHOW-1', '真丝连衣裙 夏季新款', { livePriceFen: 89_900, listPriceFen: 129_900 });
    const sunscreen = await product('LC-SHOW-2', '防晒霜 SPF50+ 50ml', { livePriceFen: 12_990 });
    const toothbrush = await product('LC-SHOW-3', '电动牙刷 声波款', { livePriceFen: 5_900 });
    // No live price: the card falls back to the list price.
    const earbuds = await product('LC-SHOW-4', '蓝牙耳机 降噪版', { listPriceFen: 129_900 });
    const window = { startsAt: now - 3_600_000, endsAt: now + 86_400_000 };
    const threshold = await call<{ id: string }>('coupon.create', {
      name: '满199减30',
      type: 'threshold',
      value: 3_000,
      thresholdFen: 19_900,
      ...window,
    });
    const percent = await call<{ id: string }>('coupon.create', { name: '全场8折', type: 'percent', value: 2_000, ...window });
    const follow = await call<{ id: string }>('task.create', { type: 'follow', title: '关注主播', target: 100, reward: '送小样' });
    const lucky = await call<{ id: string }>('task.create', { type: 'giveaway', title: '福袋抽奖', target: 3, reward: '送同款睡衣' });

    const show = await call<{ id: string }>('show.create', { name: '夏季上新专场' });
    // Countdowns are minutes long so none runs out (and hides itself) during the run.
    const plan: { type: string; config: Record<string, unknown>; expect: Expected }[] = [
      {
        type: 'product',
        config: { productId: dress.id },
        expect: {
          scene: OBS_PRODUCT_SCENE,
          texts: { title: '真丝连衣裙 夏季新款', price: '¥899' },
          visible: { title: true, price: true, image: false },
        },
      },
      {
        type: 'coupon',
        config: { couponId: threshold.id, countdownMs: 300_000 },
        expect: { countdown: { label: '满199减30 ', cue: 1 }, visible: { countdown: true } },
      },
      {
        type: 'task',
        config: { taskId: follow.id },
        expect: { texts: { task: '关注主播 0/100' }, visible: { task: true } },
      },
      {
        type: 'product',
        config: { productId: sunscreen.id },
        expect: { texts: { title: '防晒霜 SPF50+ 50ml', price: '¥129.90' } },
      },
      {
        type: 'flash_sale',
        config: { productId: toothbrush.id, durationMs: 240_000 },
        expect: {
          texts: { title: '电动牙刷 声波款', price: '¥59' },
          countdown: { label: '秒杀 ', cue: 4 },
          visible: { title: true, price: true, image: false, countdown: true },
        },
      },
      {
        type: 'giveaway',
        config: { taskId: lucky.id, durationMs: 180_000 },
        expect: { texts: { task: '福袋抽奖 送同款睡衣' }, countdown: { label: '福袋 ', cue: 5 }, visible: { task: true } },
      },
      { type: 'note', config: { text: '提醒主播讲售后和运费险' }, expect: {} },
      { type: 'scene', config: { sceneName: OBS_SAFE_SCENE }, expect: { scene: OBS_SAFE_SCENE } },
      {
        type: 'product',
        config: { productId: earbuds.id },
        expect: { scene: OBS_PRODUCT_SCENE, texts: { title: '蓝牙耳机 降噪版', price: '¥1299' } },
      },
      {
        type: 'coupon',
        config: { couponId: percent.id, countdownMs: 120_000 },
        expect: { countdown: { label: '全场8折 ', cue: 9 } },
      },
    ];
    const cueIds: string[] = [];
    for (const step of plan) {
      const cue = await call<{ id: string }>('cue.insert', { showId: show.id, type: step.type, config: step.config });
      cueIds.push(cue.id);
    }

    let view = await call<LiveView>('session.start', { showId: show.id });
    expect(view.state.standbyId).toBe(cueIds[0]);

    // The accumulated picture: what every step so far should have left in OBS.
    const model: Required<Pick<Expected, 'texts' | 'visible'>> & Pick<Expected, 'scene' | 'countdown'> = { texts: {}, visible: {} };
    const deadlines = new Map<number, number>();
    const checkObs = async () => {
      if (model.scene !== undefined) expect(await raw.scene()).toBe(model.scene);
      for (const [role, text] of Object.entries(model.texts) as [TextRole, string][]) expect(await raw.text(role), role).toBe(text);
      for (const [role, on] of Object.entries(model.visible) as [ObsSourceRole, boolean][]) expect(await raw.visible(role), role).toBe(on);
      if (model.countdown) {
        const deadline = deadlines.get(model.countdown.cue);
        if (deadline === undefined) throw new Error(`no deadline for cue ${model.countdown.cue}`);
        const shown = shownSeconds(await raw.text('countdown'), model.countdown.label);
        // Ticks refresh the text once a second from the deadline: it is never more than a second off.
        expect(shown, `countdown "${await raw.text('countdown')}"`).not.toBeNull();
        expect(Math.abs((shown ?? 0) - secondsLeft(deadline, Date.now()))).toBeLessThanOrEqual(1);
      }
    };

    const shots = new Map<number, Pixels>();
    let lastGoAt = 0;
    for (const [i, step] of plan.entries()) {
      const wait = lastGoAt + GO_SPACING_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastGoAt = Date.now();
      view = await call<LiveView>('session.command', {
        sessionId: view.sessionId,
        command: { type: 'go', expectedStandbyId: cueIds[i] },
      });
      expect(view.state.standbyId).toBe(cueIds[i + 1] ?? null);
      const run = view.state.running.find((r) => r.cueId === cueIds[i]);
      if (run?.deadlineAt != null) deadlines.set(i, run.deadlineAt);

      if (step.expect.scene !== undefined) model.scene = step.expect.scene;
      Object.assign(model.texts, step.expect.texts);
      Object.assign(model.visible, step.expect.visible);
      if (step.expect.countdown) model.countdown = step.expect.countdown;
      await vi.waitFor(checkObs, { timeout: 10_000, interval: 100 });

      if (i === 2) {
        // A counter while the follow task runs: its progress is on stream.
        view = await call<LiveView>('session.command', {
          sessionId: view.sessionId,
          command: { type: 'increment', counter: 'newFollowers', by: 7 },
        });
        model.texts.task = '关注主播 7/100';
        await vi.waitFor(checkObs, { timeout: 10_000, interval: 100 });
      }
      if (i === 0 || i === 3 || i === 7) {
        // OBS renders a changed text or image on a later frame than the request that changed it: wait for pixels.
        const shot = await vi.waitFor(
          async () => {
            const pixels = await raw.screenshot();
            expect(litPixels(pixels)).toBeGreaterThan(500);
            return pixels;
          },
          { timeout: 10_000, interval: 200 },
        );
        shots.set(i, shot);
      }
    }

    // Pixels really rendered: the first product's card is not a blank frame, and each of these cues looks different.
    const first = shots.get(0);
    const second = shots.get(3);
    const safe = shots.get(7);
    if (!first || !second || !safe) throw new Error('screenshots missing');
    expect(differingPixels(first, second)).toBeGreaterThan(200);
    expect(differingPixels(first, safe)).toBeGreaterThan(200);

    // The session log: each cue started once, in order, and every cue that has something for OBS got an acknowledged batch.
    const noteCue = cueIds[6];
    await vi.waitFor(
      () => {
        const events = sessionEvents(backend?.databaseFile ?? '', view.sessionId);
        const started = events.filter((e) => e.type === 'cue.started');
        expect(started.map((e) => e.payload.cueId)).toEqual(cueIds);
        const batches = events.filter((e) => e.type === 'obs.batch');
        expect(batches.filter((b) => b.payload.ok !== true)).toEqual([]);
        for (const s of started) {
          if (s.payload.cueId === noteCue) continue;
          expect(
            batches.some((b) => b.payload.cueId === s.payload.cueId && b.seq > s.seq),
            `obs.batch for cue ${String(s.payload.cueId)}`,
          ).toBe(true);
        }
        // A note is for the host only: nothing is sent to OBS for it.
        expect(batches.some((b) => b.payload.cueId === noteCue)).toBe(false);
      },
      { timeout: 10_000, interval: 200 },
    );
  });
});

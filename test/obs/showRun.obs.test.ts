import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/createBackend';
import { OBS_SAFE_SCENE } from '../../shared/domain/obsLayout';
import type { Box } from '../../shared/domain/overlay/namedLayouts';
import { PART_IDS, type PartId, partElement } from '../../shared/domain/overlay/overlayParts';
import { encodePng, type Pixels, pixelAt } from '../helpers/png';
import {
  type Call,
  type LiveBench,
  type LiveView,
  liveBench,
  type ObsProbe,
  secondsLeft,
  sessionEvents,
  shownSeconds,
} from './liveShowKit';
import { sharedObs, skipObs } from './obsTestKit';

/** The user's camera shot: a scene of theirs with a stand-in of a known colour filling the canvas. */
const CAMERA_SCENE = '机位 · 主播';
const STAND_IN = '摄像头替身';
const STAND_IN_RGB: [number, number, number] = [40, 160, 220];
/** OBS colours are 0xAABBGGRR. */
const STAND_IN_OBS = (0xff << 24) | (STAND_IN_RGB[2] << 16) | (STAND_IN_RGB[1] << 8) | STAND_IN_RGB[0];
const GO_SPACING_MS = 350;
const TITLE_60 = '春季新款真丝连衣裙女士高端气质显瘦中长款裙子法式复古碎花雪纺裙夏季度假风海边沙滩长裙超仙女';
const SHOTS = process.env.LIVECUE_SHOTS_DIR;

const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const near = (a: [number, number, number], b: [number, number, number]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 24);
const MARKS = new Set<PartId>(['product.strike', 'task.barFill']);
/** Backgrounds (panels, the badge's and the bar's) carry other parts on top by design. */
const BACKGROUNDS = new Set<PartId>([
  'product.panel',
  'product.badgeBg',
  'coupon.panel',
  'flashSale.panel',
  'giveaway.panel',
  'task.panel',
  'task.barTrack',
]);

describe.skipIf(skipObs)('a live show over the camera in real OBS Studio', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };
  let bench: LiveBench | undefined;
  let backend: Backend;
  let call: Call;
  let probe: ObsProbe;
  let imageHash = '';

  beforeAll(async () => {
    bench = await liveBench(obs, 'livecue-obs-show-');
    ({ backend, call, probe } = bench);
    const ws = probe.ws;
    await ws.call('CreateScene', { sceneName: CAMERA_SCENE }).catch(() => {});
    await ws
      .call('CreateInput', {
        sceneName: CAMERA_SCENE,
        inputName: STAND_IN,
        inputKind: 'color_source_v3',
        inputSettings: { color: STAND_IN_OBS >>> 0, width: 1920, height: 1920 },
      })
      .catch(() => {});
    const report = await call<{ showScene: string; overlaidScenes: string[] }>('obs.setup', {
      camera: { kind: 'scenes', scenes: [CAMERA_SCENE] },
    });
    expect(report).toMatchObject({ showScene: CAMERA_SCENE, overlaidScenes: [CAMERA_SCENE] });
    // A 4000×4000 product picture (quartered in two colours) must fit its box, aspect kept.
    const png = encodePng(4000, 4000, (x, y) => (x < 2000 !== y < 2000 ? [250, 250, 250] : [200, 30, 60]));
    imageHash = (await call<{ hash: string }>('image.store', { dataBase64: png.toString('base64') })).hash;
    // The brand's logo, shown in its corner while a show is live.
    const logo = encodePng(400, 160, (x) => (x < 200 ? [90, 60, 230] : [255, 255, 255]));
    const logoHash = (await call<{ hash: string }>('image.store', { dataBase64: logo.toString('base64') })).hash;
    const { overlayTheme } = await call<{ overlayTheme: Record<string, unknown> }>('settings.get', {});
    await call('settings.update', { overlayTheme: { ...overlayTheme, logo: logoHash } });
  });

  // A failed test must not leave its session live for the next one.
  afterEach(async () => {
    const current = await call<{ sessionId: string } | null>('session.current', {});
    if (current) await call('session.command', { sessionId: current.sessionId, command: { type: 'end' } });
  });

  afterAll(async () => {
    await probe?.ws.call('SetVideoSettings', { baseWidth: 1280, baseHeight: 720, outputWidth: 1280, outputHeight: 720 }).catch(() => {});
    await bench?.close();
  });

  /** The parts OBS shows now and where it draws them. */
  async function shownBoxes(): Promise<Map<PartId, Box>> {
    const out = new Map<PartId, Box>();
    for (const part of PART_IDS) if (await probe.visible(part)) out.set(part, await probe.box(part));
    return out;
  }

  /** Every shown part drawn inside the canvas, none overlapping another graphic; waits for pictures OBS is still loading. */
  function expectLaidOut(canvas: { width: number; height: number }): Promise<Map<PartId, Box>> {
    return vi.waitFor(() => checkLaidOut(canvas), { timeout: 10_000, interval: 200 });
  }

  async function checkLaidOut(canvas: { width: number; height: number }): Promise<Map<PartId, Box>> {
    const boxes = await shownBoxes();
    const full = { x: 0, y: 0, ...canvas };
    for (const [part, box] of boxes) {
      expect(inside(box, full), `${part} ${JSON.stringify(box)} inside ${canvas.width}×${canvas.height}`).toBe(true);
      expect(box.width * box.height, `${part} drawn`).toBeGreaterThan(0);
    }
    // Graphics of different kinds never overlap; inside one, only a background lies under other parts.
    const entries = [...boxes.entries()];
    for (const [i, [a, boxA]] of entries.entries()) {
      for (const [b, boxB] of entries.slice(i + 1)) {
        const sameElement = partElement(a) === partElement(b);
        if (sameElement && (BACKGROUNDS.has(a) || BACKGROUNDS.has(b))) continue;
        // Marks drawn across another part: the strike-through of the list price, the filled part of the bar.
        if (sameElement && (MARKS.has(a) || MARKS.has(b))) continue;
        expect(overlap(boxA, boxB), `${a} ${JSON.stringify(boxA)} overlaps ${b} ${JSON.stringify(boxB)}`).toBe(false);
      }
    }
    return boxes;
  }

  /**
   * The graphics laid out as they should be, and the camera seen around them. OBS applies a source's new settings on
   * its next video frame but shows or hides it at once, so both are read again until they agree.
   */
  function expectPicture(canvas: { width: number; height: number }, name: string): Promise<void> {
    return vi.waitFor(
      async () => {
        const boxes = await checkLaidOut(canvas);
        expectCameraVisible(await program(canvas, name), boxes, canvas);
      },
      { timeout: 10_000, interval: 250 },
    );
  }

  /** The program shows the camera stand-in wherever no graphic is drawn (sampled on a grid). */
  function expectCameraVisible(shot: Pixels, boxes: Map<PartId, Box>, canvas: { width: number; height: number }): void {
    const scale = shot.width / canvas.width;
    let sampled = 0;
    for (let gy = 0.05; gy < 1; gy += 0.1) {
      for (let gx = 0.05; gx < 1; gx += 0.1) {
        const x = gx * canvas.width;
        const y = gy * canvas.height;
        const covered = [...boxes.values()].some((b) => x >= b.x - 4 && x <= b.x + b.width + 4 && y >= b.y - 4 && y <= b.y + b.height + 4);
        if (covered) continue;
        sampled++;
        expect(near(pixelAt(shot, x * scale, y * scale), STAND_IN_RGB), `camera at ${Math.round(x)},${Math.round(y)}`).toBe(true);
      }
    }
    expect(sampled).toBeGreaterThan(20);
  }

  async function program(canvas: { width: number; height: number }, name: string): Promise<Pixels> {
    const scene = await probe.scene();
    const shot = await probe.screenshot(scene, canvas.width);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const { imageData } = await probe.ws.call('GetSourceScreenshot', { sourceName: scene, imageFormat: 'png', imageWidth: canvas.width });
      writeFileSync(path.join(SHOTS, `${name}.png`), Buffer.from(imageData.replace(/^data:image\/png;base64,/, ''), 'base64'));
    }
    return shot;
  }

  for (const canvas of [
    { width: 1280, height: 720 },
    { width: 1080, height: 1920 },
  ]) {
    const shape = `${canvas.width}x${canvas.height}`;
    it(`${canvas.width}×${canvas.height}: every cue type, and GO after PANIC, keep the camera on program with the graphics inside the canvas, none overlapping`, async () => {
      const ws = probe.ws;
      await ws.call('SetVideoSettings', {
        baseWidth: canvas.width,
        baseHeight: canvas.height,
        outputWidth: canvas.width,
        outputHeight: canvas.height,
      });
      // OBS sends no event for a new canvas: LiveCue notices it within a heartbeat.
      await vi.waitFor(async () => expect((await call<{ canvas?: unknown }>('obs.status', {})).canvas).toEqual(canvas), {
        timeout: 10_000,
        interval: 200,
      });

      const run = `${shape}-${Date.now().toString(36)}`;
      const now = Date.now();
      const window = { startsAt: now - 3_600_000, endsAt: now + 86_400_000 };
      const dress = await call<{ id: string }>('product.create', {
        sku: `LC-${run}-1`,
        title: TITLE_60,
        livePriceFen: 89_900,
        listPriceFen: 129_900,
        images: [imageHash],
      });
      const serum = await call<{ id: string }>('product.create', { sku: `LC-${run}-2`, title: '精华液 30ml', livePriceFen: 12_990 });
      const coupon = await call<{ id: string }>('coupon.create', {
        name: '满199减30',
        type: 'threshold',
        value: 3_000,
        thresholdFen: 19_900,
        quantity: 500,
        ...window,
      });
      const follow = await call<{ id: string }>('task.create', { type: 'follow', title: '关注主播', target: 100, reward: '送小样' });
      const lucky = await call<{ id: string }>('task.create', {
        type: 'giveaway',
        title: '福袋抽奖',
        target: 3,
        reward: '送同款真丝睡衣一套',
        entry: '关注主播并加入粉丝团',
        keyword: '上新',
      });
      const show = await call<{ id: string }>('show.create', { name: `画面测试 ${shape}` });
      const plan: [string, Record<string, unknown>][] = [
        ['product', { productId: dress.id }],
        ['coupon', { couponId: coupon.id, countdownMs: 300_000 }],
        ['task', { taskId: follow.id }],
        ['giveaway', { taskId: lucky.id, durationMs: 180_000 }],
        ['flash_sale', { productId: serum.id, flashPriceFen: 990, flashQuantity: 50, durationMs: 240_000 }],
        ['note', { text: '提醒主播讲售后' }],
        ['task', { taskId: follow.id }],
      ];
      const cueIds: string[] = [];
      for (const [type, config] of plan) cueIds.push((await call<{ id: string }>('cue.insert', { showId: show.id, type, config })).id);

      let view = await call<LiveView>('session.start', { showId: show.id });
      const sessionId = view.sessionId;
      // Going live puts the camera scene on program, with the brand's logo in its corner.
      await vi.waitFor(async () => expect(await probe.scene()).toBe(CAMERA_SCENE), { timeout: 10_000 });
      await vi.waitFor(async () => expect(await probe.visible('logo.image')).toBe(true), { timeout: 10_000 });
      const go = async (i: number) => {
        await new Promise((r) => setTimeout(r, GO_SPACING_MS));
        view = await call<LiveView>('session.command', { sessionId, command: { type: 'go', expectedStandbyId: cueIds[i] } });
      };

      for (let i = 0; i < 5; i++) {
        await go(i);
        await vi.waitFor(
          async () => {
            expect(await probe.scene()).toBe(CAMERA_SCENE);
            const expectedPart: PartId =
              (['product.title', 'coupon.countdown', 'task.progress', 'giveaway.prize', 'flashSale.price'] as const)[i] ?? 'product.title';
            expect(await probe.visible(expectedPart), expectedPart).toBe(true);
          },
          { timeout: 10_000, interval: 100 },
        );
        await expectPicture(canvas, `${shape}-cue${i + 1}`);
      }

      // The flash sale's product is on the card now, with the sale's own price and what is left.
      await vi.waitFor(async () => expect(await probe.text('product.title')).toBe('精华液 30ml'));
      const flash = {
        price: await probe.text('flashSale.price'),
        left: await probe.text('flashSale.quantity'),
        card: await probe.text('product.price'),
        usual: await probe.text('product.listPrice'),
      };
      expect(flash).toEqual({ price: '¥9.90', left: '仅剩 50 件', card: '¥9.90', usual: '¥129.90' });
      const countdown = await probe.text('coupon.countdown');
      const deadline = view.state.running.find((r) => r.cueId === cueIds[1])?.deadlineAt ?? 0;
      expect(Math.abs((shownSeconds(countdown, '') ?? -99) - secondsLeft(deadline, Date.now()))).toBeLessThanOrEqual(1);
      view = await call<LiveView>('session.command', { sessionId, command: { type: 'increment', counter: 'newFollowers', by: 37 } });
      await vi.waitFor(async () => expect(await probe.text('task.progress')).toBe('37 / 100'), { timeout: 5_000, interval: 100 });

      // PANIC: the safe scene, every graphic hidden.
      view = await call<LiveView>('session.command', { sessionId, command: { type: 'panic' } });
      await vi.waitFor(
        async () => {
          expect(await probe.scene()).toBe(OBS_SAFE_SCENE);
          for (const part of PART_IDS) expect(await probe.visible(part), part).toBe(false);
        },
        { timeout: 10_000, interval: 100 },
      );
      // The first GO after PANIC, a note, then a follower task: the camera scene is back, with the task's graphic.
      await go(5);
      await vi.waitFor(async () => expect(await probe.scene()).toBe(CAMERA_SCENE), { timeout: 10_000, interval: 100 });
      await go(6);
      await vi.waitFor(async () => expect(await probe.visible('task.progress')).toBe(true), { timeout: 10_000, interval: 100 });
      await expectPicture(canvas, `${shape}-after-panic`);

      // Back to the product with the long title and the big picture.
      view = await call<LiveView>('session.command', { sessionId, command: { type: 'jump', cueId: cueIds[0] } });
      await vi.waitFor(async () => expect(await probe.text('product.title')).toContain('…'), { timeout: 10_000, interval: 100 });
      const lines = (await probe.text('product.title')).split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]?.endsWith('…')).toBe(true);
      await vi.waitFor(
        async () => {
          const image = await probe.box('product.image');
          const card = await probe.box('product.panel');
          expect(inside(image, card)).toBe(true);
          // Square picture, aspect kept.
          expect(Math.abs(image.width - image.height)).toBeLessThanOrEqual(1);
          expect(image.width).toBeGreaterThan(100);
        },
        { timeout: 10_000, interval: 200 },
      );
      await expectLaidOut(canvas);
      await program(canvas, `${shape}-long-title`);

      // Ending the session takes LiveCue's graphics off the camera.
      await call('session.command', { sessionId, command: { type: 'end' } });
      await vi.waitFor(async () => expect((await shownBoxes()).size).toBe(0), { timeout: 10_000, interval: 200 });

      // The session log: every batch OBS acknowledged.
      const events = sessionEvents(backend.databaseFile, sessionId);
      expect(events.filter((e) => e.type === 'obs.batch' && e.payload.ok !== true)).toEqual([]);
      expect(events.filter((e) => e.type === 'panic')).toHaveLength(1);
    });
  }

  it('a canvas changed mid-show lays the graphics out again for the new shape', async () => {
    const ws = probe.ws;
    await ws.call('SetVideoSettings', { baseWidth: 1920, baseHeight: 1080, outputWidth: 1920, outputHeight: 1080 });
    const product = await call<{ id: string }>('product.create', {
      sku: `LC-CANVAS-${Date.now().toString(36)}`,
      title: '羊绒围巾',
      livePriceFen: 19_900,
    });
    const show = await call<{ id: string }>('show.create', { name: '画布切换' });
    const cue = await call<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    const view = await call<LiveView>('session.start', { showId: show.id });
    await call('session.command', { sessionId: view.sessionId, command: { type: 'go', expectedStandbyId: cue.id } });
    await vi.waitFor(async () => expect((await probe.box('product.panel')).width).toBe(900), { timeout: 10_000, interval: 200 });
    await ws.call('SetVideoSettings', { baseWidth: 1080, baseHeight: 1920, outputWidth: 1080, outputHeight: 1920 });
    // The vertical layout: the card spans the width of the title-safe area, low on the canvas.
    await vi.waitFor(
      async () => {
        const card = await probe.box('product.panel');
        expect(card).toMatchObject({ x: 54, width: 972 });
        expect(card.y).toBeGreaterThan(1000);
      },
      { timeout: 10_000, interval: 200 },
    );
    await expectLaidOut({ width: 1080, height: 1920 });
    await call('session.command', { sessionId: view.sessionId, command: { type: 'end' } });
  });
});

/// <reference lib="dom" />
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, overlaySourceName } from '../../shared/domain/obsLayout';
import { PART_IDS } from '../../shared/domain/overlay/overlayParts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { type ServeProcess, startBuiltHost } from '../helpers/serveProcess';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { FakeObsServer } from '../support/backend/fakeObsServer';
import { couponOff30 } from './overlayShow';

/** Set to a folder to keep the screenshots of the walk through the console (e.g. /work/scratch/shots-console). */
const SHOTS = process.env.LIVECUE_SHOTS_DIR;

/**
 * The live console at a store PC's 1366×768 in Chinese, against its own `serve` host whose OBS is a fake
 * obs-websocket server in this process: it answers like OBS 29 and sends the output and scene events a test asks for.
 */
describe.skipIf(!chromiumAvailable())('live console: outputs, program scene and cue states (Chromium, zh-CN, 1366×768)', () => {
  let browser: Browser;
  let host: ServeProcess;
  let api: RawApiClient;
  let obs: FakeObsServer;
  let context: BrowserContext | undefined;
  let scene = 'Scene';
  let seq = 0;

  async function must<T>(method: string, payload: unknown): Promise<T> {
    const result = await api.invoke(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  const STATUS_REQUEST: Record<string, string> = { StreamStateChanged: 'GetStreamStatus', RecordStateChanged: 'GetRecordStatus' };
  const RUNNING = new Set(['STARTED', 'RECONNECTING', 'RECONNECTED', 'PAUSED', 'RESUMED', 'STOPPING']);
  const outputEvent = (eventType: string, outputState: string) => {
    // Like OBS, its status requests answer what its last event said: a resync (a reconnect on a loaded machine)
    // then agrees with the events instead of reading every output as off.
    const outputActive = RUNNING.has(outputState);
    const request = STATUS_REQUEST[eventType];
    if (request) obs.handlers.set(request, () => ({ outputActive, outputReconnecting: outputState === 'RECONNECTING' }));
    obs.emit(eventType, { outputActive: outputState === 'STARTED', outputState: `OBS_WEBSOCKET_OUTPUT_${outputState}` });
  };

  /** OBS as the console needs it: LiveCue's scenes and sources exist, requests succeed, a scene switch is announced. */
  function fakeObsLikeObs29(server: FakeObsServer) {
    const sources = PART_IDS.map(overlaySourceName);
    const scenes = ['Scene', OBS_OVERLAY_SCENE, OBS_SAFE_SCENE];
    server.handlers.set('GetVersion', () => ({
      obsVersion: '29.0.2',
      obsWebSocketVersion: '5.1.0',
      rpcVersion: 1,
      availableRequests: ['StartStream', 'StopStream', 'StartRecord', 'StopRecord', 'GetStreamServiceSettings', 'GetRecordDirectory'],
    }));
    server.handlers.set('GetSceneList', () => ({
      currentProgramSceneName: scene,
      scenes: scenes.map((sceneName, sceneIndex) => ({ sceneName, sceneIndex })),
    }));
    server.handlers.set('GetSceneItemList', (data) => ({
      sceneItems: data?.sceneName === OBS_OVERLAY_SCENE ? sources.map((sourceName, i) => ({ sourceName, sceneItemId: i + 1 })) : [],
    }));
    server.handlers.set('GetInputList', () => ({ inputs: sources.map((inputName) => ({ inputName })) }));
    server.handlers.set('GetStats', () => ({ cpuUsage: 3, availableDiskSpace: 500_000 }));
    server.handlers.set('GetVirtualCamStatus', () => ({ error: 604, comment: 'VirtualCam is not available.' }));
    server.handlers.set('SetSceneItemEnabled', () => ({}));
    server.handlers.set('SetCurrentProgramScene', (data) => {
      scene = String(data?.sceneName);
      setImmediate(() => server.emit('CurrentProgramSceneChanged', { sceneName: scene }));
      return {};
    });
    // Recording starts at once; the stream starts when the test says so.
    server.handlers.set('StartRecord', () => {
      setImmediate(() => {
        outputEvent('RecordStateChanged', 'STARTING');
        outputEvent('RecordStateChanged', 'STARTED');
      });
      return {};
    });
    server.handlers.set('StartStream', () => {
      setImmediate(() => outputEvent('StreamStateChanged', 'STARTING'));
      return {};
    });
  }

  /** A show with a product, a coupon, a follower task, a giveaway and a second product, in that order. */
  async function makeShow() {
    const tag = `${Date.now().toString(36)}-${++seq}`;
    const now = Date.now();
    const product = (sku: string, title: string, livePriceFen: number, sellingPoints: string[]) =>
      must<{ id: string }>('product.create', { sku: `${sku}-${tag}`, title, livePriceFen, sellingPoints });
    const dress = await product('LC-E2E-1', '真丝连衣裙 夏季新款', 89_900, ['100% 桑蚕丝，透气不闷热', '三个颜色，S 到 XL 都有']);
    const sunscreen = await product('LC-E2E-2', '防晒霜 SPF50+ 50ml', 12_990, ['清爽不油腻']);
    const coupon = await must<{ id: string }>('coupon.create', couponOff30(now));
    const follow = await must<{ id: string }>('task.create', { type: 'follow', title: '关注主播', target: 100, reward: '前100名送小样' });
    const lucky = await must<{ id: string }>('task.create', { type: 'giveaway', title: '福袋抽奖', target: 3, reward: '送同款睡衣' });
    const show = await must<{ id: string }>('show.create', { name: `夏季上新专场 ${tag}` });
    const cue = (type: string, config: Record<string, unknown>) => must<{ id: string }>('cue.insert', { showId: show.id, type, config });
    const cues = {
      dress: await cue('product', { productId: dress.id }),
      coupon: await cue('coupon', { couponId: coupon.id, countdownMs: 300_000 }),
      task: await cue('task', { taskId: follow.id, countdownMs: 600_000 }),
      giveaway: await cue('giveaway', { taskId: lucky.id, durationMs: 180_000 }),
      sunscreen: await cue('product', { productId: sunscreen.id }),
    };
    return {
      showId: show.id,
      cues: Object.fromEntries(Object.entries(cues).map(([k, v]) => [k, v.id])) as Record<keyof typeof cues, string>,
    };
  }

  async function openConsole(): Promise<Page> {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(host.url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-live').click();
    return page;
  }

  /** Picks the show, ticks the outputs and goes live (confirming if a check is not green). */
  async function goLive(page: Page, showId: string, outputs: ('stream' | 'record')[]) {
    await page.getByTestId('live-show-select').selectOption(showId);
    await page.locator('[data-testid="live-check"][data-check="obs"][data-status="ok"]').waitFor();
    for (const output of outputs) await page.getByTestId(`live-output-${output}`).locator('input').check();
    await page.getByTestId('live-start').click();
    if (await page.getByTestId('live-start-confirm').count()) await page.getByTestId('live-start-confirm').click();
    await page.getByTestId('live-go').waitFor();
  }

  async function go(page: Page) {
    const standby = await page.getByTestId('live-go').getAttribute('data-standby-id');
    await page.getByTestId('live-go').click();
    await expect.poll(() => cueRow(page, standby ?? '').getAttribute('data-state')).toBe('running');
    // Past the GO debounce (300 ms), without asserting on time.
    await page.waitForTimeout(350);
  }

  const cueRow = (page: Page, id: string) => page.locator(`[data-testid="live-cue"][data-cue-id="${id}"]`);
  const badge = (page: Page, id: string) => cueRow(page, id).locator('.live-cue__badge').textContent();
  const light = (page: Page, output: 'stream' | 'record') => page.getByTestId(`live-light-${output}`);

  async function shot(page: Page, name: string) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
  }

  /** Nothing clipped: the element's content fits its box. */
  async function fits(locator: Locator) {
    const { scrollWidth, clientWidth } = await locator.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth, (await locator.textContent()) ?? '').toBeLessThanOrEqual(clientWidth);
  }

  /** Where the scrolling area ends (the status bar is below it). */
  const visibleBottom = async (page: Page) => (await page.locator('.status-bar').boundingBox())?.y ?? 0;

  /** How many lines each element's text takes. */
  const linesOf = (els: Element[]) =>
    els.map((el) => Math.round(el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight || '0')));

  beforeAll(async () => {
    browser = await launchChromium();
    obs = await FakeObsServer.start('e2e');
    fakeObsLikeObs29(obs);
    host = await startBuiltHost(['--port', '0', '--data-dir', mkdtempSync(path.join(tmpdir(), 'livecue-e2e-console-'))]);
    api = await RawApiClient.connect(wsUrlFor(host.url));
    await must('settings.update', { language: 'system' });
    await must('obs.configure', { url: obs.url, password: 'e2e' });
    await vi.waitFor(async () => expect((await must<{ state: string }>('obs.status', {})).state).toBe('ready'), { timeout: 20_000 });
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    const live = await must<{ sessionId: string } | null>('session.current', {});
    if (live) await must('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
    for (const [eventType, output] of [
      ['StreamStateChanged', 'stream'],
      ['RecordStateChanged', 'record'],
    ] as const) {
      const status = await must<{ outputStates?: Record<string, { state: string }> }>('obs.status', {});
      if (status.outputStates?.[output]?.state !== 'off') outputEvent(eventType, 'STOPPED');
    }
  });
  afterAll(async () => {
    api?.close();
    await host?.stop();
    await obs?.close();
    await browser?.close();
  });

  it('LIVE and REC from OBS with their time on, the program scene, cue states after several GOs and the running offers', async () => {
    const { showId, cues } = await makeShow();
    const page = await openConsole();
    await goLive(page, showId, ['stream', 'record']);

    // The stream has only begun to start: amber, no time. The recording has started: red, with its time.
    await expect.poll(() => light(page, 'stream').getAttribute('data-tone')).toBe('busy');
    expect(await light(page, 'stream').textContent()).toContain('正在开始');
    await expect.poll(() => light(page, 'record').getAttribute('data-tone')).toBe('on');
    expect(await page.getByTestId('live-light-record-value').textContent()).toMatch(/^\d\d:\d\d:\d\d$/);
    await shot(page, '01-starting');
    outputEvent('StreamStateChanged', 'STARTED');
    await expect.poll(() => light(page, 'stream').getAttribute('data-tone')).toBe('on');
    expect(await light(page, 'stream').textContent()).toMatch(/^LIVE\d\d:\d\d:\d\d$/);
    // Nothing moves as the time counts: the light keeps its box from one second to the next.
    const before = await light(page, 'stream').boundingBox();
    const firstValue = await page.getByTestId('live-light-stream-value').textContent();
    await expect.poll(() => page.getByTestId('live-light-stream-value').textContent(), { timeout: 5000 }).not.toBe(firstValue);
    expect(await light(page, 'stream').boundingBox()).toEqual(before);
    await fits(page.getByTestId('live-light-stream-value'));

    // The program scene, as OBS said it.
    const program = page.getByTestId('live-program');
    expect(await program.getAttribute('data-scene')).toBe('Scene');

    // Product, coupon, task, giveaway, then the second product: the graphics go over the camera, the scene stays.
    await go(page);
    expect(await program.textContent()).toContain('节目画面Scene');
    await go(page);
    await go(page);
    await go(page);
    expect(await badge(page, cues.dress)).toBe('讲解中');
    expect(await badge(page, cues.coupon)).toBe('发券中');
    expect(await badge(page, cues.task)).toBe('任务进行中');
    expect(await badge(page, cues.giveaway)).toBe('福袋进行中');
    // The product card is the dress, whatever started after it; the offers run beside it, newest first, each with its clock.
    const card = page.getByTestId('live-card-onair');
    expect(await card.getAttribute('data-cue-id')).toBe(cues.dress);
    expect(await card.locator('.live-card__heading').textContent()).toBe('讲解中');
    const offers = page.getByTestId('live-offer');
    expect(await offers.evaluateAll((els) => els.map((el) => el.getAttribute('data-cue-id')))).toEqual([
      cues.giveaway,
      cues.task,
      cues.coupon,
    ]);
    expect(await offers.nth(0).locator('.live-offer__label').textContent()).toBe('福袋进行中');
    expect(await offers.nth(0).getByTestId('live-countdown').textContent()).toMatch(/^0[23]:\d\d$/);
    expect(await offers.nth(1).getByTestId('live-offer-detail').textContent()).toContain('0 / 100');
    expect(await offers.nth(2).getByTestId('live-countdown').textContent()).toMatch(/^0[45]:\d\d$/);
    await shot(page, '02-four-running');
    // Beside the card (not under it), in view, and no label or title wrapped (a character per line in a narrow box).
    const [cardBox, offersBox] = [await card.boundingBox(), await page.getByTestId('live-offers').boundingBox()];
    expect(offersBox?.x).toBeGreaterThan((cardBox?.x ?? 0) + (cardBox?.width ?? 0) - 1);
    for (const part of ['.live-offer__label', '.live-offer__title']) {
      for (const lineCount of await offers.locator(part).evaluateAll(linesOf)) expect(lineCount).toBe(1);
    }
    const lastClock = await offers.nth(2).getByTestId('live-countdown').boundingBox();
    expect((lastClock?.y ?? 0) + (lastClock?.height ?? 0)).toBeLessThanOrEqual(await visibleBottom(page));
    // The narrower cue list still holds every row whole: nothing clipped at the right.
    for (const [row, actions] of await page
      .getByTestId('live-cue')
      .evaluateAll((els) =>
        els.map((el) => [el.getBoundingClientRect().right, el.querySelector('.live-cue__actions')?.getBoundingClientRect().right ?? 0]),
      )) {
      expect(actions).toBeLessThanOrEqual(row ?? 0);
    }

    await go(page);
    // The dress has aired: done (dimmed), not "not yet", after every later GO.
    expect(await cueRow(page, cues.dress).getAttribute('data-state')).toBe('done');
    expect(await badge(page, cues.dress)).toBe('已播出');
    expect(await cueRow(page, cues.dress).getByTestId('live-cue-due').textContent()).toMatch(/^\d\d:\d\d 已开始$/);
    expect(await badge(page, cues.sunscreen)).toBe('讲解中');
    expect(await card.getAttribute('data-cue-id')).toBe(cues.sunscreen);
    await cueRow(page, cues.coupon).getByTestId('live-stop').click();
    await expect.poll(() => cueRow(page, cues.coupon).getAttribute('data-state')).toBe('done');
    expect(await offers.count()).toBe(2);
    // The GO button is still in view without scrolling.
    const goBox = await page.getByTestId('live-go').boundingBox();
    expect((goBox?.y ?? 0) + (goBox?.height ?? 0)).toBeLessThanOrEqual(await visibleBottom(page));
    await shot(page, '03-after-five-gos');

    // Someone stops the recording in OBS: REC off at once, and a banner that stays until dismissed.
    outputEvent('RecordStateChanged', 'STOPPING');
    outputEvent('RecordStateChanged', 'STOPPED');
    await expect.poll(() => light(page, 'record').getAttribute('data-tone')).toBe('off');
    expect(await light(page, 'record').textContent()).toContain('未录制');
    const incidents = page.getByTestId('live-output-incidents');
    await incidents.waitFor();
    expect(await incidents.textContent()).toMatch(/录制在 \d\d:\d\d 停止了（不是 LiveCue 停止的）/);
    // The stream loses its server: amber while OBS reconnects, red again after.
    outputEvent('StreamStateChanged', 'RECONNECTING');
    await expect.poll(() => light(page, 'stream').getAttribute('data-tone')).toBe('busy');
    expect(await light(page, 'stream').textContent()).toContain('重连中');
    expect(await incidents.textContent()).toMatch(/推流在 \d\d:\d\d 与服务器断开，OBS 正在重连/);
    await shot(page, '04-record-stopped-stream-reconnecting');
    outputEvent('StreamStateChanged', 'RECONNECTED');
    await expect.poll(() => light(page, 'stream').getAttribute('data-tone')).toBe('on');
    await expect.poll(() => incidents.textContent()).toMatch(/OBS 已重新连上/);
    await page.getByTestId('live-output-incidents-dismiss').click();
    await expect.poll(() => incidents.count()).toBe(0);

    // PANIC: the safe scene goes on program, and the console says so in plain words.
    const live = await must<{ sessionId: string }>('session.current', {});
    await must('session.command', { sessionId: live.sessionId, command: { type: 'panic' } });
    await expect.poll(() => program.getAttribute('data-safe')).toBe('true');
    expect(await program.textContent()).toContain('观众现在看到的是安全画面，不是直播内容');
    // The lights stay beside Back and Skip; only the warning takes a line of its own, below them.
    // Read in one frame, once the layout has settled (the PANIC notice above the row shifts it when it appears).
    const rows = () =>
      page.evaluate(() =>
        ['live-back', 'live-light-stream', 'live-program'].map((id) => {
          const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
          return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
        }),
      );
    let settled = await rows();
    await expect
      .poll(async () => {
        const [before, now] = [settled, await rows()];
        settled = now;
        return JSON.stringify(now) === JSON.stringify(before);
      })
      .toBe(true);
    const [back, lit, programBox] = settled;
    expect(lit?.y).toBeGreaterThanOrEqual(back?.y ?? 0);
    expect((lit?.y ?? 0) + (lit?.height ?? 0)).toBeLessThanOrEqual((back?.y ?? 0) + (back?.height ?? 0));
    expect(programBox?.y).toBeGreaterThan((back?.y ?? 0) + (back?.height ?? 0));
    await fits(program);
    await shot(page, '05-panic-safe-scene');

    // The review lists what happened to the outputs, in the operator's language.
    await page.getByTestId('nav-reports').click();
    await page.locator(`[data-testid="reports-session"][data-session-id="${live.sessionId}"]`).click();
    const outputEvents = page.getByTestId('reports-output-events').locator('li');
    await outputEvents.first().waitFor();
    expect(
      await outputEvents.evaluateAll((els) => els.map((el) => [el.getAttribute('data-output'), el.getAttribute('data-event')])),
    ).toEqual([
      ['record', 'stopped'],
      ['stream', 'reconnecting'],
      ['stream', 'reconnected'],
    ]);
    expect(await outputEvents.first().textContent()).toMatch(/录制停止了（不是 LiveCue 停止的）$/);
    await page.getByTestId('reports-section-incidents').scrollIntoViewIfNeeded();
    await shot(page, '07-review-incidents');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('a GO that moves every later due time paints the on-air card first; the due times follow at once after', async () => {
    const tag = `${Date.now().toString(36)}-${++seq}`;
    const show = await must<{ id: string }>('show.create', { name: `十分钟一款 ${tag}` });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const product = await must<{ id: string }>('product.create', {
        sku: `LC-DUE-${i}-${tag}`,
        title: `第 ${i + 1} 款`,
        livePriceFen: 990,
      });
      const cue = await must<{ id: string }>('cue.insert', {
        showId: show.id,
        type: 'product',
        config: { productId: product.id, plannedDurationMs: 600_000 },
      });
      ids.push(cue.id);
    }
    const page = await openConsole();
    await goLive(page, show.id, []);
    await go(page);
    const later = ids.slice(2);
    const dueTexts = () =>
      page.evaluate(
        (cueIds) => cueIds.map((id) => document.querySelector(`[data-cue-id="${id}"] [data-testid="live-cue-due"]`)?.textContent ?? ''),
        later,
      );
    const before = await dueTexts();
    // What the page shows each time the DOM changes: the on-air card and the later rows' due times.
    await page.evaluate((cueIds) => {
      const w = window as Window & { lcSeen?: { onAir: string | null; due: string[] }[] };
      w.lcSeen = [];
      new MutationObserver(() => {
        w.lcSeen?.push({
          onAir: document.querySelector('[data-testid="live-card-onair"]')?.getAttribute('data-cue-id') ?? null,
          due: cueIds.map((id) => document.querySelector(`[data-cue-id="${id}"] [data-testid="live-cue-due"]`)?.textContent ?? ''),
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, later);
    // The first product ends ten minutes early: every later cue is now due ten minutes sooner.
    await go(page);
    await expect.poll(dueTexts).not.toEqual(before);
    const seen = await page.evaluate(() => (window as Window & { lcSeen?: { onAir: string | null; due: string[] }[] }).lcSeen ?? []);
    const firstWithCard = seen.find((s) => s.onAir === ids[1]);
    expect(firstWithCard?.due).toEqual(before);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('an output that does not start is shown with why, in the operator’s language', async () => {
    const { showId } = await makeShow();
    obs.handlers.set('StartStream', () => {
      setImmediate(() => {
        outputEvent('StreamStateChanged', 'STARTING');
        outputEvent('StreamStateChanged', 'STOPPED');
      });
      return {};
    });
    obs.handlers.set('GetStreamServiceSettings', () => ({ streamServiceType: 'rtmp_common', streamServiceSettings: {} }));
    const page = await openConsole();
    await goLive(page, showId, ['stream']);
    const failures = page.getByTestId('live-output-failures');
    await failures.waitFor();
    expect(await failures.locator('li').getAttribute('data-problem')).toBe('STREAM_NOT_SET_UP');
    expect(await failures.textContent()).toContain('推流：OBS 中没有设置推流服务器和推流码（设置 → 直播）。');
    // The light follows OBS's output state, which arrives on its own after the failure.
    await expect.poll(() => light(page, 'stream').getAttribute('data-tone')).toBe('off');
    await shot(page, '06-stream-failed');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PRESENTER_PAGE_PATH } from '../../shared/api/wire';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { shot } from '../helpers/screenshots';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { endLiveSession, must } from './overlayShow';
import { consoleCommand, goLiveForRemotes, type RemoteShow } from './remoteShow';

const serveUrl = inject('serveUrl');

/** Where the prompter's text is (px scrolled), as the page last placed it. */
const offsetOf = async (page: Page) => Number(await page.getByTestId('prompter-text').getAttribute('data-offset'));

describe.skipIf(!chromiumAvailable())('Presenter / prompter page in Chromium', () => {
  let browser: Browser;
  let api: RawApiClient;
  let show: RemoteShow;
  const tag = Date.now().toString(36);
  const token = new URL(serveUrl).searchParams.get('token') ?? '';
  const presenterUrl = `${new URL(serveUrl).origin}${PRESENTER_PAGE_PATH}?token=${encodeURIComponent(token)}`;

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(serveUrl));
    await must(api, 'settings.update', { language: 'zh-CN' });
    show = await goLiveForRemotes(api, tag);
    await consoleCommand(api, show.sessionId, { type: 'go', expectedStandbyId: show.cues.dress });
  });
  afterAll(async () => {
    await endLiveSession(api);
    await must(api, 'settings.update', { language: 'system' });
    api.close();
    await browser.close();
  });

  async function openPresenter(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(presenterUrl);
    await page.getByTestId('presenter-connection').and(page.locator('[data-state="connected"]')).waitFor();
    return { context, page, errors };
  }

  it('shows now and next, the countdown and the session clock, and scrolls the on-air product’s talking points', async () => {
    const { context, page, errors } = await openPresenter({ width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('presenter-now').textContent()).toContain('真丝连衣裙');
    expect(await page.getByTestId('presenter-next').textContent()).toContain('满199减30');
    await page.getByTestId('presenter-countdown').waitFor();
    expect(await page.getByTestId('presenter-session-clock').textContent()).toMatch(/本场\s*\d\d:\d\d/);
    await expect.poll(() => page.getByTestId('prompter-text').textContent()).toContain('100% 桑蚕丝面料');
    // It moves by itself, frame by frame.
    const start = await offsetOf(page);
    await page.waitForFunction(
      (from) => Number(document.querySelector('[data-testid="prompter-text"]')?.getAttribute('data-offset')) > from + 5,
      start,
    );
    await shot(page, 'presenter-1366x768-zh-CN');

    // Everything the host reads is on screen at a store PC's size: nothing cut off, the controls reachable.
    const boxes = await page.evaluate(() =>
      ['presenter-now', 'presenter-next', 'presenter-countdown', 'prompter', 'prompter-pause', 'prompter-mirror'].map((id) => {
        const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
        return { id, inside: !!r && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0 };
      }),
    );
    expect(boxes.filter((b) => !b.inside)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pauses with Space, changes speed and size with the keys, mirrors with M, and keeps those settings', async () => {
    const { context, page } = await openPresenter({ width: 1920, height: 1080 });
    await expect.poll(() => page.getByTestId('prompter-text').textContent()).toContain('100% 桑蚕丝面料');
    await page.keyboard.press(' ');
    await page.locator('[data-testid="prompter"][data-paused="true"]').waitFor();
    const paused = await offsetOf(page);
    await page.waitForTimeout(400);
    expect(await offsetOf(page)).toBe(paused);

    const speed = await page.getByTestId('prompter-speed').textContent();
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('prompter-speed').textContent()).not.toBe(speed);
    await page.keyboard.press('+');
    expect(await page.getByTestId('prompter-size').textContent()).toContain('56');
    await page.keyboard.press('m');
    await page.locator('[data-testid="prompter"][data-mirror="true"]').waitFor();
    expect(await page.getByTestId('prompter').evaluate((e) => getComputedStyle(e).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await shot(page, 'presenter-1920x1080-zh-CN-mirror');

    // Resumed, it moves on from where it stopped.
    await page.keyboard.press(' ');
    await page.waitForFunction(
      (from) => Number(document.querySelector('[data-testid="prompter-text"]')?.getAttribute('data-offset')) > from,
      paused,
    );

    // The settings are this screen's own: kept across a reload.
    await page.reload();
    await page.locator('[data-testid="prompter"][data-mirror="true"]').waitFor();
    expect(await page.getByTestId('prompter-size').textContent()).toContain('56');
    await page.getByTestId('prompter-mirror').click();
    await page.locator('[data-testid="prompter"][data-mirror="false"]').waitFor();
    await context.close();
  });

  it('follows the show: the next product’s points after GO, the countdown of a coupon, English when the setting says so', async () => {
    const { context, page } = await openPresenter({ width: 1920, height: 1080 });
    await expect.poll(() => page.getByTestId('prompter-text').textContent()).toContain('100% 桑蚕丝面料');
    await consoleCommand(api, show.sessionId, { type: 'go', expectedStandbyId: show.cues.coupon });
    await expect.poll(() => page.getByTestId('presenter-now').textContent()).toContain('满199减30');
    // The coupon's 5-minute claim window counts down.
    await expect.poll(() => page.getByTestId('presenter-countdown').textContent()).toMatch(/0[45]:\d\d/);
    // The dress is still on the card, so its points stay.
    expect(await page.getByTestId('prompter-text').textContent()).toContain('100% 桑蚕丝面料');
    await must(api, 'settings.update', { language: 'en' });
    await expect.poll(() => page.getByTestId('presenter-next').evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('prompter-pause').textContent()).toBe('Pause');
    await shot(page, 'presenter-1920x1080-en');
    await must(api, 'settings.update', { language: 'zh-CN' });
    await context.close();
  });

  it('is refused, and says so, with a token the host does not know', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${new URL(serveUrl).origin}${PRESENTER_PAGE_PATH}?token=wrong`);
    await page.getByTestId('presenter-refused').waitFor();
    await context.close();
  });

  it('opens from the live console’s 打开提词器 button in a window of its own', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(serveUrl);
    await page.getByTestId('live-go').waitFor();
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-presenter').click()]);
    await popup.getByTestId('presenter-connection').and(popup.locator('[data-state="connected"]')).waitFor();
    expect(new URL(popup.url()).pathname).toBe(PRESENTER_PAGE_PATH);
    // It reads with the overlay link's token, which commands nothing; the console's own token stays in the console.
    const overlay = await must<{ url: string }>(api, 'overlay.info', {});
    expect(new URL(popup.url()).searchParams.get('token')).toBe(new URL(overlay.url).searchParams.get('token'));
    expect(new URL(popup.url()).searchParams.get('token')).not.toBe(token);
    await expect.poll(() => popup.getByTestId('presenter-now').textContent()).toContain('满199减30');
    await context.close();
  });
});

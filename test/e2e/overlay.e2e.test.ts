/// <reference lib="dom" />
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Box } from '../../shared/domain/overlay/namedLayouts';
import { emptyOverlayContent } from '../../shared/domain/overlay/overlayContent';
import { layoutOverlay } from '../../shared/domain/overlay/overlayLayout';
import { defaultOverlayTheme } from '../../shared/domain/overlay/overlayTheme';
import { formatCountdown } from '../../shared/domain/runtime/templates';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { decodePng } from '../helpers/png';
import { startBuiltHost } from '../helpers/serveProcess';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { deadlines, endLiveSession, goLiveWithEveryGraphic, type LiveGraphics, logoPng, must, storeImage } from './overlayShow';

const serveUrl = inject('serveUrl');
/** Screenshots for a person to look at, when asked for (LIVECUE_SHOTS_DIR=/some/folder). */
const SHOTS = process.env.LIVECUE_SHOTS_DIR;

interface Drawn {
  id: string;
  element: string;
  kind: string;
  box: Box;
  text: string;
  colour: string;
  /** How far the text runs past its box (0 when it fits). */
  spill: number;
  loaded: boolean;
}

/** Every drawn part of the overlay (or of one preview), read from the page: its box, text and colour. */
function drawnParts(page: Page, root = '[data-testid="overlay-canvas"]'): Promise<Drawn[]> {
  return page.$$eval(`${root} [data-part]`, (elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      const html = e as HTMLElement;
      return {
        id: html.dataset.part ?? '',
        element: html.dataset.element ?? '',
        kind: html.dataset.kind ?? '',
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        text: html.textContent ?? '',
        colour: getComputedStyle(html).color,
        spill: Math.max(html.scrollWidth - html.clientWidth, html.scrollHeight - html.clientHeight, 0),
        loaded: html instanceof HTMLImageElement ? html.complete && html.naturalWidth > 0 : true,
      };
    }),
  );
}

const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
};

const CLOCKS = { 'coupon.countdown': 'coupon', 'flashSale.countdown': 'flashSale', 'giveaway.countdown': 'giveaway' } as const;

/** A camera stand-in behind the transparent page, only for the screenshot a person looks at. */
async function screenshotOverCamera(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => {
    document.documentElement.style.background =
      'radial-gradient(circle at 50% 40%, #d9b59b 0 9%, transparent 9.5%), linear-gradient(150deg, #4f8a6a, #2f5677 55%, #8a5a3c)';
  });
  await page.screenshot({ path: path.join(SHOTS, name) });
  await page.evaluate(() => {
    document.documentElement.style.background = '';
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe.skipIf(!chromiumAvailable())('Overlay page in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;
  let live: LiveGraphics;
  let overlayUrl: string;
  const run = Date.now().toString(36);

  async function openOverlay(url: string, canvas: { width: number; height: number }, skewMs = 0): Promise<Page> {
    const page = await browser.newPage({ viewport: canvas });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    if (skewMs !== 0) await page.clock.setSystemTime(Date.now() + skewMs);
    await page.goto(url);
    return page;
  }

  /** Waits until the card is drawn with its picture loaded (the picture is read through the API after the layout). */
  async function waitForPicture(page: Page) {
    await page.locator('[data-testid="overlay-canvas"] [data-part="product.title"]').waitFor();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid="overlay-canvas"] img')).every((i) => (i as HTMLImageElement).complete),
    );
    await page.locator('[data-part="product.image"]').waitFor();
  }

  /** Reads a countdown between two clock readings: it must show the backend deadline's second at one of them. */
  async function expectCountdownsOnTheSecond(page: Page) {
    const held = await deadlines(api);
    for (const [part, cue] of Object.entries(CLOCKS)) {
      const deadline = held.get(live.cues[cue]);
      expect(deadline, cue).toBeTypeOf('number');
      // Read again if a busy machine drew the page a tick late: it must show the deadline's second at some reading.
      const reading = async () => {
        const before = Date.now();
        const shown = await page.locator(`[data-testid="overlay-canvas"] [data-part="${part}"]`).textContent();
        const after = Date.now();
        const expected = [formatCountdown((deadline ?? 0) - before), formatCountdown((deadline ?? 0) - after)];
        return expected.includes(shown ?? '') ? 'on the second' : `${shown} not in ${expected.join(', ')}`;
      };
      await expect.poll(reading, { message: part, timeout: 3000 }).toBe('on the second');
    }
  }

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(serveUrl));
    const logo = await storeImage(api, logoPng());
    await must(api, 'settings.update', { overlayTheme: { ...defaultOverlayTheme, logo } });
    live = await goLiveWithEveryGraphic(api, run);
    overlayUrl = (await must<{ url: string }>(api, 'overlay.info', {})).url;
  });
  afterAll(async () => {
    if (api) {
      await endLiveSession(api);
      await must(api, 'settings.update', { overlayTheme: defaultOverlayTheme });
      api.close();
    }
    await browser?.close();
  });

  for (const canvas of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`${canvas.width}×${canvas.height}: every graphic inside the title-safe area, none overlapping, countdowns on the backend's second`, async () => {
      const page = await openOverlay(overlayUrl, canvas);
      await waitForPicture(page);
      const parts = await drawnParts(page);
      const safe = layoutOverlay(canvas, emptyOverlayContent(), defaultOverlayTheme, 0).safe;
      const viewport = { x: 0, y: 0, ...canvas };

      expect(new Set(parts.map((p) => p.element))).toEqual(new Set(['logo', 'task', 'giveaway', 'coupon', 'flashSale', 'product']));
      for (const part of parts) {
        expect(inside(part.box, viewport), `${part.id} inside the viewport`).toBe(true);
        expect(inside(part.box, safe), `${part.id} inside the title-safe area`).toBe(true);
        expect(part.spill, `${part.id} text fits its box`).toBeLessThanOrEqual(1);
        expect(part.loaded, `${part.id} image loaded`).toBe(true);
      }
      const graphics = [...new Set(parts.map((p) => p.element))].map((element) => ({
        element,
        box: union(parts.filter((p) => p.element === element).map((p) => p.box)),
      }));
      for (const [i, a] of graphics.entries())
        for (const b of graphics.slice(i + 1)) expect(overlap(a.box, b.box), `${a.element} overlaps ${b.element}`).toBe(false);

      expect(parts.find((p) => p.id === 'product.title')?.text.replace(/\n/g, '')).toContain('真丝睡衣两件套');
      expect(parts.find((p) => p.id === 'flashSale.price')?.text).toBe('¥9.90');
      expect(parts.find((p) => p.id === 'product.badge')?.text).toBe('秒杀');
      await expectCountdownsOnTheSecond(page);
      // It ticks: a second later the coupon shows the next second down, still the backend's.
      const first = await page.locator('[data-part="coupon.countdown"]').textContent();
      await page.waitForFunction((was) => document.querySelector('[data-part="coupon.countdown"]')?.textContent !== was, first);
      await expectCountdownsOnTheSecond(page);

      // A session push that changes nothing on stream (likes) and the ticking seconds touch only the countdowns' text:
      // no new layout (the view counts its layouts in data-layouts), no part moved or replaced.
      await page.evaluate(() => {
        const changed: string[] = [];
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const part = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[data-part]');
            changed.push(`${r.type}:${part?.getAttribute('data-part') ?? 'root'}`);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        (window as Window & { lcChanges?: string[] }).lcChanges = changed;
      });
      await must(api, 'session.command', { sessionId: live.sessionId, command: { type: 'increment', counter: 'likes', by: 10 } });
      await page.waitForTimeout(1_200);
      const changes = new Set(await page.evaluate(() => (window as Window & { lcChanges?: string[] }).lcChanges ?? []));
      for (const change of changes)
        expect(
          Object.keys(CLOCKS).map((id) => `characterData:${id}`),
          change,
        ).toContain(change);

      // See-through wherever nothing is drawn, so OBS shows the camera there.
      const transparent = decodePng(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 8, height: 8 } }));
      expect(transparent.channels).toBe(4);
      expect(transparent.data[3]).toBe(0);
      await screenshotOverCamera(page, `overlay-${canvas.width}x${canvas.height}.png`);
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      await page.close();
    });
  }

  it('counts down on the server’s clock when the browser’s clock is an hour off', async () => {
    const page = await openOverlay(overlayUrl, { width: 1080, height: 1920 }, 3_600_000);
    expect((await page.evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(3_500_000);
    await waitForPicture(page);
    // The offset is measured after the first layout; wait for the countdowns to follow it.
    await expect
      .poll(async () => {
        const held = await deadlines(api);
        const text = await page.locator('[data-part="coupon.countdown"]').textContent();
        return text === formatCountdown((held.get(live.cues.coupon) ?? 0) - Date.now());
      })
      .toBe(true);
    await expectCountdownsOnTheSecond(page);
    await page.close();
  });

  it('works with the console’s token too; a wrong or missing token says why and draws nothing', async () => {
    const consolePage = await openOverlay(overlayUrl.replace(/token=[^&]+/, `token=${new URL(serveUrl).searchParams.get('token')}`), {
      width: 1280,
      height: 720,
    });
    await waitForPicture(consolePage);
    await consolePage.close();

    for (const url of [overlayUrl.replace(/token=[^&]+/, 'token=wrong'), overlayUrl.replace(/\?token=[^&]+/, '')]) {
      const page = await openOverlay(url, { width: 1280, height: 720 });
      await page.getByTestId('overlay-refused').waitFor();
      expect(await page.getByTestId('overlay-refused').textContent()).toContain('设置 → 直播画面');
      expect(await page.locator('[data-part]').count()).toBe(0);
      await page.close();
    }
  });

  it('settings: the accent colour and a logo change the preview and, once saved, the overlay page', async () => {
    await must(api, 'settings.update', { overlayTheme: defaultOverlayTheme, language: 'zh-CN' });
    const overlay = await openOverlay(overlayUrl, { width: 1080, height: 1920 });
    await waitForPicture(overlay);
    expect(await overlay.locator('[data-part="logo.image"]').count()).toBe(0);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(serveUrl);
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('settings-stream-graphics');
    await section.locator('[data-testid="overlay-url"]').waitFor();
    expect(await page.getByTestId('overlay-url').inputValue()).toBe(overlayUrl);
    const previewAccent = () =>
      page.locator('[data-testid="overlay-preview-vertical"] [data-part="coupon.value"]').evaluate((e) => getComputedStyle(e).color);
    expect(await previewAccent()).toBe('rgb(255, 59, 48)');

    await page.getByTestId('overlay-accent').fill('#00c853');
    expect(await previewAccent()).toBe('rgb(0, 200, 83)');
    expect(
      await page.locator('[data-testid="overlay-preview-landscape"] [data-part="coupon.value"]').evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(0, 200, 83)');
    // Not on stream before it is saved.
    expect(await overlay.locator('[data-part="coupon.value"]').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 59, 48)');

    await page.getByTestId('overlay-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
    await page.getByTestId('overlay-logo-img').waitFor();
    await page.locator('[data-testid="overlay-preview-vertical"] [data-part="logo.image"]').waitFor();
    await page.getByTestId('overlay-theme-save').click();
    await overlay.waitForFunction(
      () => {
        const value = document.querySelector('[data-part="coupon.value"]');
        return value !== null && getComputedStyle(value).color === 'rgb(0, 200, 83)';
      },
      undefined,
      { timeout: 10_000 },
    );
    await overlay.locator('[data-part="logo.image"]').waitFor();
    const logoBox = await overlay.locator('[data-part="logo.image"]').boundingBox();
    const safe = layoutOverlay({ width: 1080, height: 1920 }, emptyOverlayContent(), defaultOverlayTheme, 0).safe;
    expect(logoBox && inside(logoBox, safe)).toBe(true);
    await screenshotOverCamera(overlay, 'overlay-1080x1920-green-logo.png');

    if (SHOTS) {
      await section.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SHOTS, 'settings-zh-CN-1366x768.png') });
      await page.getByTestId('overlay-preview-vertical').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: path.join(SHOTS, 'settings-preview-zh-CN-1366x768.png') });
      await page.getByTestId('overlay-link').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SHOTS, 'settings-link-zh-CN-1366x768.png') });
    }

    // Removing the logo takes it off the preview at once and off the stream once saved.
    await page.getByTestId('overlay-logo-remove').click();
    await expect.poll(() => page.locator('[data-testid="overlay-preview-vertical"] [data-part="logo.image"]').count()).toBe(0);
    await page.getByTestId('overlay-theme-save').click();
    await expect.poll(() => overlay.locator('[data-part="logo.image"]').count()).toBe(0);

    // A new link: the old one stops working at once, and the page that used it says so.
    await page.getByTestId('overlay-url').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.getByTestId('overlay-url-rotate').click();
    await page.getByTestId('overlay-url-rotate-confirm').click();
    await expect.poll(() => page.getByTestId('overlay-url').inputValue()).not.toBe(overlayUrl);
    await overlay.getByTestId('overlay-refused').waitFor();
    overlayUrl = await page.getByTestId('overlay-url').inputValue();
    expect(overlayUrl).toBe((await must<{ url: string }>(api, 'overlay.info', {})).url);
    await page.close();
    await overlay.close();
  });

  it('shows the same picture after a reload, and after the host goes away and comes back', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-overlay-restart-'));
    const port = await freePort();
    const args = ['--port', String(port), '--data-dir', dataDir];
    let host = await startBuiltHost(args);
    let own = await RawApiClient.connect(wsUrlFor(host.url));
    try {
      const ownLive = await goLiveWithEveryGraphic(own, `${run}r`);
      const url = (await must<{ url: string }>(own, 'overlay.info', {})).url;
      const page = await openOverlay(url, { width: 1920, height: 1080 });
      await waitForPicture(page);
      /** The picture without the ticking seconds. */
      const picture = async () =>
        (await drawnParts(page)).map((p) => ({ ...p, text: p.id in CLOCKS ? '' : p.text, colour: p.colour, spill: 0 }));
      const before = await picture();

      await page.reload();
      await waitForPicture(page);
      expect(await picture()).toEqual(before);

      own.close();
      await host.stop();
      await page.waitForFunction(() => document.body.dataset.connection !== 'connected');
      // The last picture stays on stream while the backend is away.
      expect(await picture()).toEqual(before);

      host = await startBuiltHost(args);
      own = await RawApiClient.connect(wsUrlFor(host.url));
      await page.waitForFunction(() => document.body.dataset.connection === 'connected', undefined, { timeout: 20_000 });
      expect(await picture()).toEqual(before);
      // And it follows the show again: a new follower moves the task's progress.
      await must(own, 'session.command', { sessionId: ownLive.sessionId, command: { type: 'increment', counter: 'newFollowers', by: 5 } });
      await page.waitForFunction(() => document.querySelector('[data-part="task.progress"]')?.textContent?.startsWith('5 / 100'));
      await page.close();
    } finally {
      own.close();
      await host.stop();
    }
  });
});

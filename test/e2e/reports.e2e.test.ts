/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { shot } from '../helpers/screenshots';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');

describe.skipIf(!chromiumAvailable())('Reports area in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;
  const run = Date.now().toString(36);
  /** The session the first test fills with cues, products and sales; the Chinese test reads its tables. */
  let filledSessionId = '';

  async function must<T>(method: string, payload: unknown): Promise<T> {
    const result = await api.invoke(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  type View = { sessionId: string; state: { standbyId: string | null } };
  const command = (sessionId: string, cmd: unknown) => must<View>('session.command', { sessionId, command: cmd });

  async function endLiveSession() {
    const live = await api.invoke('session.current', {});
    if (live.ok && live.value) await command((live.value as View).sessionId, { type: 'end' });
  }

  async function openReports(
    locale: string,
    viewport?: { width: number; height: number },
  ): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ locale, acceptDownloads: true, ...(viewport ? { viewport } : {}) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-reports').click();
    return { page, errors, close: () => context.close() };
  }

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
    await must('settings.update', { language: 'system' });
    // A session left live by an earlier run would block going live.
    await endLiveSession();
  });
  afterAll(async () => {
    if (api) await endLiveSession();
    api?.close();
    await browser?.close();
  });

  it('lists a live session, follows it ending, shows its review with absent figures as not entered, and exports CSV', async () => {
    const productA = await must<{ id: string }>('product.create', { sku: `E2E-REP-${run}-A`, title: `Cream ${run}`, livePriceFen: 19_900 });
    const productB = await must<{ id: string }>('product.create', { sku: `E2E-REP-${run}-B`, title: `Mask ${run}`, livePriceFen: 5_900 });
    const show = await must<{ id: string }>('show.create', { name: `E2E review ${run}` });
    // A 1 s plan for the first cue, so holding it for 2 s is an overrun.
    const cueA = await must<{ id: string }>('cue.insert', {
      showId: show.id,
      type: 'product',
      config: { productId: productA.id, plannedDurationMs: 1000 },
    });
    const cueB = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: productB.id } });
    // Non-product cues: marked on the timeline rather than shaded.
    const flash = await must<{ id: string }>('cue.insert', {
      showId: show.id,
      type: 'flash_sale',
      title: `Flash ${run}`,
      config: { productId: productA.id, flashPriceFen: 9_900 },
    });
    const gift = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'giveaway', title: `Lucky bag ${run}`, config: {} });

    const live = await must<View>('session.start', { showId: show.id });
    const sessionId = live.sessionId;
    filledSessionId = sessionId;
    let view = await command(sessionId, { type: 'go', expectedStandbyId: live.state.standbyId });
    await command(sessionId, { type: 'increment', counter: 'likes', by: 3 });
    await command(sessionId, { type: 'readGauge', gauge: 'viewersOnline', value: 120 });
    await command(sessionId, { type: 'increment', counter: 'orders', by: 2, productId: productA.id });
    await command(sessionId, { type: 'increment', counter: 'gmvFen', by: 39_800, productId: productA.id });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    view = await command(sessionId, { type: 'go', expectedStandbyId: view.state.standbyId });
    // Jumps, not GOs: a GO within 300 ms of the last is refused as a double press.
    await command(sessionId, { type: 'jump', cueId: flash.id });
    await command(sessionId, { type: 'jump', cueId: gift.id });

    const { page, errors, close } = await openReports('en-US');
    const item = (id: string) => page.locator(`[data-testid="reports-session"][data-session-id="${id}"]`);

    // Newest first, with the live badge while it is live.
    await item(sessionId).waitFor();
    expect(await page.getByTestId('reports-session').first().getAttribute('data-session-id')).toBe(sessionId);
    expect(await item(sessionId).getAttribute('data-phase')).toBe('live');
    expect(await item(sessionId).getByTestId('reports-live-badge').textContent()).toBe('LIVE');
    expect(await item(sessionId).textContent()).toContain(`E2E review ${run}`);

    await item(sessionId).click();
    await page
      .getByTestId('reports-review')
      .and(page.locator(`[data-session-id="${sessionId}"]`))
      .waitFor();
    expect(await page.getByTestId('reports-review-title').textContent()).toContain('LIVE');

    // Ending it elsewhere (here: the API) reaches the list and the open review by push.
    await command(sessionId, { type: 'end' });
    await expect.poll(() => item(sessionId).getAttribute('data-phase')).toBe('ended');
    await expect.poll(() => page.getByTestId('reports-review-title').textContent()).not.toContain('LIVE');
    // The list row says how long it ran, with units, and what it sold.
    expect(await item(sessionId).textContent()).toMatch(/Duration \d+ s/);
    expect(await item(sessionId).getByTestId('reports-session-gmv').textContent()).toBe('GMV ¥398.00');
    // …and its peak viewers online, in people.
    expect(await item(sessionId).getByTestId('reports-session-peak').textContent()).toBe('Peak 120 online');

    const value = (key: string) => page.getByTestId(`reports-value-${key}`);
    expect(await value('gmvFen').textContent()).toBe('¥398.00');
    expect(await value('gmvFen').getAttribute('data-absent')).toBe('false');
    expect(await value('likes').textContent()).toBe('3');
    expect(await value('orders').textContent()).toBe('2');
    expect(await value('peakViewers').textContent()).toBe('120');
    // People are counted whole: the time-weighted average is rounded, never "120.0" people.
    expect(await value('averageViewers').textContent()).toBe('120');
    // Never entered: views, buyers, unique viewers. Their figures and what derives from them are absent, not 0.
    for (const key of ['views', 'buyers', 'uniqueViewers', 'gpmFen', 'uvValueFen', 'averageOrderValueFen', 'conversion']) {
      expect(await value(key).getAttribute('data-absent'), key).toBe('true');
      expect(await value(key).textContent(), key).toContain('not entered');
    }
    // Each derived figure carries its definition.
    expect(await page.getByTestId('reports-figure-gpmFen').textContent()).toContain('GPM = GMV × 1000 ÷ views');

    // Planned vs actual: both cues, the first over its 1 s plan.
    const cueRows = page.getByTestId('reports-cue');
    expect(await cueRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cue-id')))).toEqual([
      cueA.id,
      cueB.id,
      flash.id,
      gift.id,
    ]);
    expect(await cueRows.first().getAttribute('data-overrun')).toBe('true');
    expect(await cueRows.first().getByTestId('reports-cue-overrun').textContent()).toMatch(/^\+0:0[1-9]/);

    // Per product: the sales entered for product A, in yuan.
    const productRow = page.locator(`[data-testid="reports-product"][data-product-id="${productA.id}"]`);
    expect(await productRow.textContent()).toContain(`Cream ${run}`);
    expect(await productRow.getByTestId('reports-product-gmv').textContent()).toBe('¥398.00');

    // Charts: the minute-by-minute timeline and the per-product chart are drawn (their canvases hold pixels).
    for (const chart of ['reports-chart-timeline', 'reports-chart-products']) {
      expect(await page.getByTestId(chart).getAttribute('aria-label'), chart).toBeTruthy();
      expect(await page.getByTestId(chart).evaluate(paintedPixels), chart).toBeGreaterThan(500);
    }
    // Hovering a minute shows its figures with their units and the cues marked in it (the flash sale, the giveaway).
    const tooltip = await hoverTimeline(page);
    expect(tooltip).toContain('Viewers online');
    expect(tooltip).toMatch(/\b120 people\b/);
    expect(tooltip).toContain('¥398.00');
    expect(tooltip).toContain(`Flash sale · Flash ${run}`);
    expect(tooltip).toContain(`Giveaway · Lucky bag ${run}`);
    // Product explains are spans, not markers.
    expect(tooltip).not.toContain(`· Cream ${run}`);

    // CSV export: a real download, UTF-8 with BOM, English headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['Summary', 'Figure,Value,Definition,Source']);
    await expect.poll(() => page.getByTestId('reports-export-message').textContent()).toContain(download.suggestedFilename());

    // A second, empty session appears on top by push; arrow keys move through the list and open what they land on.
    const empty = await must<View>('session.start', { showId: show.id });
    await command(empty.sessionId, { type: 'end' });
    await expect.poll(() => page.getByTestId('reports-session').first().getAttribute('data-session-id')).toBe(empty.sessionId);
    await item(empty.sessionId).focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('reports-review')
      .and(page.locator(`[data-session-id="${empty.sessionId}"]`))
      .waitFor();
    expect(await value('gmvFen').getAttribute('data-absent')).toBe('true');
    // Viewers never read: no peak in its list row rather than "0 online".
    expect(await item(empty.sessionId).getByTestId('reports-session-peak').count()).toBe(0);
    expect(await page.getByTestId('reports-section-cues').textContent()).toContain('No cue was fired');
    // Nothing counted: the charts say so instead of drawing empty axes.
    expect(await page.getByTestId('reports-section-charts').textContent()).toContain('Nothing was counted minute by minute');
    expect(await page.getByTestId('reports-chart-timeline').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page
      .getByTestId('reports-review')
      .and(page.locator(`[data-session-id="${sessionId}"]`))
      .waitFor();
    expect(await item(sessionId).getAttribute('aria-current')).toBe('true');

    expect(errors).toEqual([]);
    await close();
  });

  it('reads in Chinese at 1366×768, with absent figures as 未录入 and every table fitting the window', async () => {
    const { page, errors, close } = await openReports('zh-CN', { width: 1366, height: 768 });
    await page.getByTestId('reports-session').first().click();
    await page.getByTestId('reports-review').waitFor();
    expect(await page.getByTestId('reports-section-totals').textContent()).toContain('场次总计');
    expect(await page.getByTestId('reports-value-gpmFen').textContent()).toContain('未录入');
    expect(await page.getByTestId('reports-export-csv').textContent()).toBe('导出 CSV');

    // The filled session: its tables must fit 1366 px without scrolling sideways or squeezing a label to a column.
    const filled = page.locator(`[data-testid="reports-session"][data-session-id="${filledSessionId}"]`);
    await filled.click();
    await page.getByTestId('reports-product').first().waitFor();
    await shot(page, 'reports-1366-zh-CN-review');
    expect(await filled.getByTestId('reports-session-peak').textContent()).toBe('最高在线 120 人');
    await expectChartsInChinese(page, 1366);
    for (const testId of ['reports-cues', 'reports-products']) {
      const table = page.getByTestId(testId);
      await table.scrollIntoViewIfNeeded();
      await shot(page, `reports-1366-zh-CN-${testId}`);
      const fit = await table.evaluate((el) => {
        const wrap = el.parentElement as HTMLElement;
        const cells = Array.from(el.querySelectorAll('th, td'), (cell) => {
          const text = cell.textContent?.trim() ?? '';
          const fontSize = Number.parseFloat(getComputedStyle(cell).fontSize);
          // A label wrapped one character per line is narrower than two characters.
          return { text, squeezed: text.length >= 2 && cell.getBoundingClientRect().width < 2 * fontSize };
        });
        return { overflow: el.scrollWidth - wrap.clientWidth, squeezed: cells.filter((c) => c.squeezed).map((c) => c.text) };
      });
      expect(fit, testId).toEqual({ overflow: 0, squeezed: [] });
      // The last column (GMV for products) ends inside the window.
      const lastHeader = await table.locator('thead th').last().boundingBox();
      expect(lastHeader && lastHeader.x + lastHeader.width, testId).toBeLessThanOrEqual(1366);
    }

    // Print / save as PDF: the review alone, dark text on white, the navigation, status bar and list left out.
    await page.emulateMedia({ media: 'print' });
    // The charts are redrawn for paper (dark on white), and back in the screen's colours afterwards.
    for (const chart of ['reports-chart-timeline', 'reports-chart-products']) {
      await expect.poll(() => page.getByTestId(chart).getAttribute('data-palette')).toBe('print');
      const fit = await page.getByTestId(chart).evaluate((el) => {
        const canvas = el.querySelector('canvas');
        return { chart: el.getBoundingClientRect().right, canvas: canvas?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY };
      });
      expect(fit.canvas, chart).toBeLessThanOrEqual(fit.chart + 1);
    }
    await page.getByTestId('reports-section-charts').scrollIntoViewIfNeeded();
    await shot(page, 'reports-1366-zh-CN-print-charts');
    for (const hidden of ['.nav', '.status-bar', '.reports-list-pane', '.reports-review__actions']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.getByTestId('reports-review').isVisible()).toBe(true);
    // The page's width, not the column the navigation left it on screen.
    expect((await page.getByTestId('reports-review').boundingBox())?.width).toBeGreaterThan(1200);
    const colours = await page.evaluate(() => {
      const review = document.querySelector('[data-testid="reports-review"]') as HTMLElement;
      return { text: getComputedStyle(review).color, page: getComputedStyle(document.documentElement).backgroundColor };
    });
    expect(colours).toEqual({ text: 'rgb(17, 17, 17)', page: 'rgb(255, 255, 255)' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'reports-1366-zh-CN-print');
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByTestId('reports-chart-timeline').getAttribute('data-palette')).toBe('screen');
    expect(errors).toEqual([]);
    await close();
  });

  it('reads in Chinese at 1920×1080: the session list beside the review, its peak viewers, the charts with their markers', async () => {
    const { page, errors, close } = await openReports('zh-CN', { width: 1920, height: 1080 });
    const filled = page.locator(`[data-testid="reports-session"][data-session-id="${filledSessionId}"]`);
    await filled.click();
    await page.getByTestId('reports-product').first().waitFor();
    expect(await filled.getByTestId('reports-session-peak').textContent()).toBe('最高在线 120 人');
    // Beside the review at this width, and the row's figures inside the list.
    const list = await page.locator('.reports-list-pane').boundingBox();
    const peak = await filled.getByTestId('reports-session-peak').boundingBox();
    expect(list && peak && peak.x + peak.width <= list.x + list.width).toBe(true);
    await shot(page, 'reports-1920-zh-CN-review');
    await expectChartsInChinese(page, 1920);
    expect(errors).toEqual([]);
    await close();
  });
});

/** The filled session's charts in Chinese: drawn inside the window, the timeline's tooltip with units and markers. */
async function expectChartsInChinese(page: Page, width: number): Promise<void> {
  for (const chart of ['reports-chart-timeline', 'reports-chart-products']) {
    const box = await page.getByTestId(chart).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, chart).toBe(true);
  }
  const tooltip = await hoverTimeline(page);
  expect(tooltip).toContain('在线人数');
  expect(tooltip).toMatch(/120 人/);
  expect(tooltip).toMatch(/秒杀 · Flash /);
  expect(tooltip).toMatch(/福袋 · Lucky bag /);
  await shot(page, `reports-${width}-zh-CN-charts`);
  await page.mouse.move(0, 0);
}

/**
 * Moves the pointer across the timeline's top grid and returns what its tooltip said at each stop, joined: the short
 * session may straddle a minute boundary, and each minute's tooltip lists only that minute's figures and markers.
 */
async function hoverTimeline(page: Page): Promise<string> {
  const chart = page.getByTestId('reports-chart-timeline');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('timeline not laid out');
  const tip = chart
    .locator('div')
    .filter({ hasText: /\d{2}:\d{2}/ })
    .last();
  const seen: string[] = [];
  // The grid runs from 56 px after the left edge to 56 px before the right one (chartsOptions.ts).
  for (const share of [0.05, 0.25, 0.45, 0.55, 0.75, 0.95]) {
    await page.mouse.move(box.x + 56 + share * (box.width - 112), box.y + 120);
    await tip.waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    seen.push((await tip.textContent()) ?? '');
  }
  return seen.join('\n');
}

/** How many pixels of a chart's canvas are painted (not transparent): an empty chart has only its background. */
function paintedPixels(el: Element): number {
  const canvas = el.querySelector('canvas');
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return 0;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
  return painted;
}

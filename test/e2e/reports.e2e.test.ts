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
    expect(await cueRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cue-id')))).toEqual([cueA.id, cueB.id]);
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

    // CSV export: a real download, UTF-8 with BOM, English headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['Summary', 'Figure,Value,Definition']);
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
    await page.locator(`[data-testid="reports-session"][data-session-id="${filledSessionId}"]`).click();
    await page.getByTestId('reports-product').first().waitFor();
    await shot(page, 'reports-1366-zh-CN-review');
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
    expect(errors).toEqual([]);
    await close();
  });
});

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

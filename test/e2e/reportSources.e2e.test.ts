/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { systemClock } from '../../electron/backend/clock';
import { DATABASE_FILE_NAME } from '../../electron/backend/createBackend';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { openDatabase } from '../../electron/backend/store/database';
import type { PlatformMinuteRow, PlatformProductRow } from '../../shared/domain/platform/platformData';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';
import { shot } from '../helpers/screenshots';
import { productRow } from '../support/domain/reportFixtures';

const url = inject('serveUrl');
const dataDir = inject('serveDataDir');
const MINUTE = 60_000;

type View = { sessionId: string; state: { standbyId: string | null } };

/**
 * The platform's files as the import stores them: events of the session, appended through the backend's event store
 * on the served database (the import itself is built elsewhere).
 */
function appendPlatformFiles(sessionId: string, products: PlatformProductRow[], trend: PlatformMinuteRow[]) {
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME) });
  try {
    const at = Date.now();
    const file = { sessionId, at, platform: 'douyin' as const };
    createEventStore(db, systemClock).appendMany([
      { type: 'platform.products', sessionId, payload: { ...file, importId: 'e2e-products', fileName: '商品数据.xlsx', rows: products } },
      { type: 'platform.trend', sessionId, payload: { ...file, importId: 'e2e-trend', fileName: '分钟趋势.xlsx', rows: trend } },
    ]);
  } finally {
    db.close();
  }
}

/** The table's overflow past its wrap, and the cells squeezed narrower than two characters (as reports.e2e checks). */
async function tableFit(page: Page, testId: string) {
  const table = page.getByTestId(testId);
  await table.scrollIntoViewIfNeeded();
  return table.evaluate((el) => {
    const wrap = el.parentElement as HTMLElement;
    const cells = Array.from(el.querySelectorAll('th, td'), (cell) => {
      const text = cell.textContent?.trim() ?? '';
      const fontSize = Number.parseFloat(getComputedStyle(cell).fontSize);
      return { text, squeezed: text.length >= 2 && cell.getBoundingClientRect().width < 2 * fontSize };
    });
    const right = el.getBoundingClientRect().right;
    return {
      overflow: el.scrollWidth - wrap.clientWidth,
      squeezed: cells.filter((c) => c.squeezed).map((c) => c.text),
      inWindow: right <= 1366,
    };
  });
}

describe.skipIf(!chromiumAvailable())('The review with the platform’s own numbers, in Chromium against npm run serve', () => {
  const run = Date.now().toString(36);
  const { must, open } = browserSuite(url);
  const command = (sessionId: string, cmd: unknown) => must<View>('session.command', { sessionId, command: cmd });

  it('shows platform figures with their source at 1366×768 in zh-CN, typed ones marked as typed, and every table fits', async () => {
    const cream = await must<{ id: string }>('product.create', { sku: `E2E-SRC-${run}-A`, title: `面霜 ${run}`, livePriceFen: 19_900 });
    const mask = await must<{ id: string }>('product.create', { sku: `E2E-SRC-${run}-B`, title: `面膜 ${run}`, livePriceFen: 5_900 });
    const task = await must<{ id: string }>('task.create', { type: 'follow', title: `关注主播 ${run}`, target: 100, reward: '小样' });
    const show = await must<{ id: string }>('show.create', { name: `平台数据复盘 ${run}` });
    const insert = async (type: string, config: Record<string, unknown>) =>
      (await must<{ id: string }>('cue.insert', { showId: show.id, type, config })).id;
    const creamCue = await insert('product', { productId: cream.id });
    const maskCue = await insert('product', { productId: mask.id });
    const taskCue = await insert('task', { taskId: task.id });

    const live = await must<View>('session.start', { showId: show.id });
    const { sessionId } = live;
    const startedAt = Date.now();
    await command(sessionId, { type: 'go', expectedStandbyId: live.state.standbyId });
    // Typed during the show: buyers of the cream (the platform's file has no buyers column for it).
    await command(sessionId, { type: 'increment', counter: 'buyers', by: 2, productId: cream.id });
    await command(sessionId, { type: 'increment', counter: 'gmvFen', by: 10_000, productId: cream.id });
    // Jumps, not GOs: a second GO within the debounce window would be refused.
    await command(sessionId, { type: 'jump', cueId: maskCue });
    await command(sessionId, { type: 'jump', cueId: taskCue });
    await command(sessionId, { type: 'refire', cueId: creamCue });
    await command(sessionId, { type: 'end' });

    const minute = Math.floor(startedAt / MINUTE) * MINUTE;
    const trend = [0, 1, 2].map(
      (k): PlatformMinuteRow => ({
        at: minute + (k - 1) * MINUTE,
        viewersOnline: [800, 1500, 1100][k] ?? null,
        entries: [900, 700, 400][k] ?? null,
        likes: [1200, 3400, 2100][k] ?? null,
        comments: [30, 80, 45][k] ?? null,
        newFollowers: [12, 40, 21][k] ?? null,
        orders: [0, 6, 4][k] ?? null,
        gmvFen: [0, 100_000, 57_000][k] ?? null,
      }),
    );
    appendPlatformFiles(
      sessionId,
      [
        productRow(cream.id, { sku: `E2E-SRC-${run}-A`, exposures: 12_000, clicks: 960, orders: 7, gmvFen: 139_300, refundFen: 19_900 }),
        productRow(mask.id, { sku: `E2E-SRC-${run}-B`, exposures: 5000, clicks: 150, orders: 3, buyers: 3, gmvFen: 17_700, refundFen: 0 }),
        productRow(null, {
          platformProductId: '3690001',
          sku: 'GIFT-1',
          title: `赠品小样 ${run}`,
          exposures: 800,
          clicks: 40,
          orders: 1,
          buyers: 1,
          gmvFen: 100,
        }),
      ],
      trend,
    );

    const { context, page, errors } = await open('zh-CN', { width: 1366, height: 768 });
    await page.getByTestId('nav-reports').click();
    await page.locator(`[data-testid="reports-session"][data-session-id="${sessionId}"]`).click();
    await page
      .getByTestId('reports-review')
      .and(page.locator(`[data-session-id="${sessionId}"]`))
      .waitFor();
    await shot(page, 'report-sources-1366-zh-CN-top');

    // Totals: the trend's sums (GMV ¥1,570.00 = 0 + 1,000 + 570; likes 6,700), tagged as Douyin's; buyers typed.
    const figure = (key: string) => page.getByTestId(`reports-figure-${key}`);
    const value = (key: string) => page.getByTestId(`reports-value-${key}`);
    expect(await value('gmvFen').textContent()).toBe('¥1,570.00');
    // The glossary's word in Chinese, as on the live console: 成交额, not GMV.
    expect(await figure('gmvFen').textContent()).toMatch(/^成交额¥/);
    expect(await figure('gmvFen').getByTestId('reports-source').textContent()).toBe('平台数据 · 抖音');
    expect(await value('likes').textContent()).toBe('6,700');
    expect(await value('peakViewers').textContent()).toBe('1,500');
    // (800 + 1,500 + 1,100) ÷ 3 minutes, defined as the platform's figure, not as typed readings.
    expect(await value('averageViewers').textContent()).toBe('1,133');
    expect(await figure('averageViewers').textContent()).toContain('平均在线（平台）');
    expect(await value('entries').textContent()).toBe('2,000');
    expect(await figure('entries').getByTestId('reports-source').getAttribute('data-source')).toBe('platform');
    expect(await value('buyers').textContent()).toBe('2');
    expect(await figure('buyers').getByTestId('reports-source').textContent()).toBe('手动录入');
    // Never entered anywhere: no tag, and still "not entered".
    expect(await figure('views').getByTestId('reports-source').count()).toBe(0);
    expect(await value('views').getAttribute('data-absent')).toBe('true');
    // A derived figure from a platform total and a typed one names both: average order value = ¥1,570 ÷ 2 typed buyers.
    expect(await value('averageOrderValueFen').textContent()).toBe('¥785.00');
    expect(await figure('averageOrderValueFen').getByTestId('reports-source').allTextContents()).toEqual(['平台数据 · 抖音', '手动录入']);
    await page.getByTestId('reports-section-derived').scrollIntoViewIfNeeded();
    await shot(page, 'report-sources-1366-zh-CN-derived');
    const files = await page.getByTestId('reports-platform-files').textContent();
    expect(files).toContain('商品数据.xlsx');
    expect(files).toContain('分钟趋势.xlsx');

    // Products: the cream's orders and GMV from the file, its buyers typed — both sources named on its row.
    const creamRow = page.locator(`[data-testid="reports-product"][data-product-id="${cream.id}"]`);
    expect(await creamRow.getByTestId('reports-product-gmv').textContent()).toBe('¥1,393.00');
    expect(await creamRow.getByTestId('reports-source').allTextContents()).toEqual(['平台数据 · 抖音', '手动录入']);

    // The platform's funnel per product, the unmatched row last with its figures.
    const platformRows = page.getByTestId('reports-platform-product');
    expect(await platformRows.count()).toBe(3);
    const creamFunnel = page.locator(`[data-testid="reports-platform-product"][data-product-id="${cream.id}"]`);
    expect(await creamFunnel.textContent()).toContain('8.00%'); // 960 ÷ 12,000 clicks per exposure
    // Its buyers were typed, not the platform's: this table leaves them (and a conversion from them) out.
    expect(await creamFunnel.locator('[data-absent="true"]').count()).toBe(2);
    const unmatched = page.locator('[data-testid="reports-platform-product"][data-matched="false"]');
    expect(await unmatched.textContent()).toContain(`赠品小样 ${run}`);
    expect(await unmatched.getByTestId('reports-unmatched-tag').textContent()).toBe('未匹配商品库');
    expect(await unmatched.getByTestId('reports-platform-product-gmv').textContent()).toBe('¥1.00');
    expect(await unmatched.textContent()).toContain('5.00%'); // 40 ÷ 800

    // Explain time vs sales, from the trend; the task that ran with nothing counted; the 返场 numbered.
    expect(await page.getByTestId('reports-explain-row').count()).toBe(2);
    expect(await page.getByTestId('reports-section-explainSales').getByTestId('reports-source').textContent()).toBe('平台数据 · 抖音');
    // Nothing typed while the follower task ran: its reach is the trend's new followers during it, tagged as Douyin's
    // (a run of well under a second of a 40-follower minute: 0).
    const taskRow = page.locator(`[data-testid="reports-task"][data-task-id="${task.id}"]`);
    expect(await taskRow.getAttribute('data-counted')).toBe('true');
    expect(await taskRow.getAttribute('data-source')).toBe('platform');
    expect(await taskRow.getByTestId('reports-source').textContent()).toBe('平台数据 · 抖音');
    expect(await taskRow.textContent()).toContain('100');
    expect(await page.getByTestId('reports-cue-run').allTextContents()).toEqual(['第 2 次']);

    for (const testId of ['reports-cues', 'reports-products', 'reports-explain-sales', 'reports-platform-products', 'reports-tasks']) {
      expect(await tableFit(page, testId), testId).toEqual({ overflow: 0, squeezed: [], inWindow: true });
      await shot(page, `report-sources-1366-zh-CN-${testId}`);
    }
    expect(errors).toEqual([]);
    await context.close();

    // The same review in English: the same tags in its words, and the longer headers still fit.
    const en = await open('en-US', { width: 1366, height: 768 });
    await en.page.getByTestId('nav-reports').click();
    await en.page.locator(`[data-testid="reports-session"][data-session-id="${sessionId}"]`).click();
    await en.page
      .getByTestId('reports-review')
      .and(en.page.locator(`[data-session-id="${sessionId}"]`))
      .waitFor();
    expect(await en.page.getByTestId('reports-figure-gmvFen').getByTestId('reports-source').textContent()).toBe('Platform data · Douyin');
    expect(await en.page.getByTestId('reports-figure-buyers').getByTestId('reports-source').textContent()).toBe('Typed in');
    // A cue's kind and trigger under its title (not columns of their own), its times on a 24-hour clock.
    const firstCue = en.page.getByTestId('reports-cue').first();
    expect(await firstCue.getByTestId('reports-cue-kind').textContent()).toBe('Product explain · GO');
    expect(await firstCue.textContent()).toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(await firstCue.textContent()).not.toMatch(/[AP]M/);
    // English headers and times are wider, and platform GMVs longer: the tables still fit (the products table leaves
    // out its coupon and flash-sale columns when no product has any).
    for (const testId of ['reports-cues', 'reports-products', 'reports-explain-sales', 'reports-platform-products', 'reports-tasks']) {
      const fits = await tableFit(en.page, testId);
      await shot(en.page, `report-sources-1366-en-${testId}`);
      expect(fits, testId).toEqual({ overflow: 0, squeezed: [], inWindow: true });
    }
    expect(en.errors).toEqual([]);
    await en.context.close();
  });
});

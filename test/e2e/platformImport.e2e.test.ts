/// <reference lib="dom" />
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { douyinProductsCsv, utf16TrendTsv } from '../fixtures/platform/platformFiles';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';
import { shot } from '../helpers/screenshots';

const url = inject('serveUrl');
const dataDir = inject('serveDataDir');

/** "2026-12-06 20:01" in local time, as the platform's trend file writes it. */
function minuteText(ms: number): string {
  const d = new Date(ms);
  const p = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The rest of a box must be inside the window: the control is usable without scrolling. */
async function fullyVisible(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  const view = page.viewportSize();
  expect(box && view).toBeTruthy();
  if (!box || !view) return;
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
}

describe.skipIf(!chromiumAvailable())('Import platform data into an ended session, in Chromium against npm run serve', () => {
  const suite = browserSuite(url);
  const must = suite.must;
  /** The session the first test imports into; the second opens it again. */
  let endedSessionId = '';

  it('imports the product file and the minute file through the dialog in zh-CN at 1366×768, listing the problems, one event each', async () => {
    const run = Date.now().toString(36);
    // A session left live by another test would block going live.
    const current = await must<{ sessionId: string } | null>('session.current', {});
    if (current) await must('session.command', { sessionId: current.sessionId, command: { type: 'end' } });
    // The catalog product the Douyin file's row 4 (商家编码 A-2) matches (the title too, so an earlier run's copy also matches).
    await must('product.create', { sku: 'A-2', title: '防晒霜' }).catch(() => undefined);
    const product = await must<{ id: string }>('product.create', { sku: `E2E-PI-${run}`, title: `Platform ${run}` });
    const show = await must<{ id: string }>('show.create', { name: `平台数据 ${run}` });
    await must('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    const live = await must<{ sessionId: string; state: { startedAt: number } }>('session.start', { showId: show.id });
    const { sessionId } = live;
    await must('session.command', { sessionId, command: { type: 'end' } });

    const { context, page, errors } = await suite.open('zh-CN');
    await page.getByTestId('nav-reports').click();
    await page.locator(`[data-testid="reports-session"][data-session-id="${sessionId}"]`).click();
    await page.locator(`[data-testid="reports-review"][data-session-id="${sessionId}"]`).waitFor();

    await shot(page, 'platform-import-1366-zh-CN-review');
    const open = page.getByTestId('platform-import-open');
    await expect(open.textContent()).resolves.toBe('导入平台数据');
    // Keyboard: the button opens the dialog with Enter.
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('platform-import-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('platform-import-platform-douyin').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('platform-import-kind-products').isChecked()).resolves.toBe(true);

    await page
      .getByTestId('platform-import-file')
      .setInputFiles({ name: '巨量百应-商品.csv', mimeType: 'text/csv', buffer: Buffer.from(douyinProductsCsv()) });
    await page.getByTestId('platform-import-preview').waitFor();
    const issues = page.getByTestId('platform-import-issue');
    const codes = await issues.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-row')} ${i.getAttribute('data-code')}`));
    // Errors first (those rows are left out), then notes; only A-2 is in this catalog, so other products are unmatched.
    expect(codes.slice(0, 3)).toEqual(['8 NUMBER_INVALID', '8 NUMBER_NEGATIVE', '10 NUMBER_NOT_WHOLE']);
    expect(codes.slice(3).join(', ')).toBe(
      '3 PRODUCT_UNMATCHED, 5 PRODUCT_UNMATCHED, 6 PRODUCT_UNMATCHED, 7 DUPLICATE_ROW, 9 PRODUCT_UNMATCHED, 9 FORMULA_TEXT',
    );
    await expect(
      page.locator('[data-testid="platform-import-issue"][data-row="8"][data-code="NUMBER_INVALID"]').textContent(),
    ).resolves.toContain('第 8 行错误“曝光人数”列的“abc”不是数字。');
    await expect(page.getByTestId('platform-import-totals-lines').textContent()).resolves.toContain('第 11 行（合计）');
    await expect(page.getByTestId('platform-import-source').textContent()).resolves.toContain('UTF-8-BOM');
    // With rows in error the import waits until the user agrees to leave them out.
    await expect(page.getByTestId('platform-import-commit').isDisabled()).resolves.toBe(true);
    await shot(page, 'platform-import-1366-zh-CN-products-preview');
    await fullyVisible(page, 'platform-import-commit');

    // Agreeing to leave rows out holds for that preview only: read for another platform, the question is asked again.
    await page.getByTestId('platform-import-skip').check();
    const before = await page.getByTestId('platform-import-preview').getAttribute('data-preview-id');
    await page.getByTestId('platform-import-platform-kuaishou').check();
    await page.waitForFunction((id) => {
      const el = document.querySelector('[data-testid="platform-import-preview"]');
      return el !== null && el.getAttribute('data-preview-id') !== id;
    }, before);
    await expect(page.getByTestId('platform-import-skip').isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('platform-import-commit').isDisabled()).resolves.toBe(true);
    await page.getByTestId('platform-import-platform-douyin').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="platform-import-preview"]') !== null);
    await page.getByTestId('platform-import-skip').check();
    await page.getByTestId('platform-import-commit').click();
    await page.getByTestId('platform-import-done').waitFor();
    await expect(page.getByTestId('platform-import-done').textContent()).resolves.toContain('5 行');

    // The minute file: another file, the other kind, one minute repeated.
    await page.getByTestId('platform-import-another').click();
    await page.getByTestId('platform-import-kind-trend').check();
    const start = live.state.startedAt;
    const trend = utf16TrendTsv([minuteText(start), minuteText(start + 60_000), minuteText(start + 60_000)]);
    await page.getByTestId('platform-import-file').setInputFiles({ name: '趋势.txt', mimeType: 'text/plain', buffer: Buffer.from(trend) });
    await page.getByTestId('platform-import-preview').waitFor();
    await expect(issues.evaluateAll((items) => items.map((i) => i.getAttribute('data-code')))).resolves.toEqual(['DUPLICATE_ROW']);
    await expect(issues.first().textContent()).resolves.toContain('与第 3 行重复');
    // The repeated minute: row 3 is imported unless row 4 is picked instead, which the preview then says.
    const repeated = page.getByTestId('platform-import-duplicate');
    await expect(repeated.getAttribute('data-chosen')).resolves.toBe('3');
    await expect(repeated.textContent()).resolves.toContain('第 4 行 · 在线 102 人 · 成交额 ¥9.90');
    await shot(page, 'platform-import-1366-zh-CN-trend-preview');
    // A click, not check(): the radio shows the pick once the backend has checked it again, not at the click.
    await repeated.locator('[data-testid="platform-import-duplicate-row"][data-row="4"]').click();
    await page.locator('[data-testid="platform-import-duplicate"][data-chosen="4"]').waitFor();
    await expect(issues.first().textContent()).resolves.toContain('与第 4 行重复');
    await shot(page, 'platform-import-1366-zh-CN-trend-row-chosen');
    await page.getByTestId('platform-import-commit').click();
    await page.getByTestId('platform-import-done').waitFor();
    await shot(page, 'platform-import-1366-zh-CN-done');
    await page.getByTestId('platform-import-close').click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();

    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true, fileMustExist: true });
    const stored = db
      .prepare("SELECT type, payload FROM events WHERE session_id = ? AND type LIKE 'platform.%' ORDER BY seq")
      .all(sessionId) as { type: string; payload: string }[];
    db.close();
    expect(stored.map((e) => e.type)).toEqual(['platform.products', 'platform.trend']);
    const products = JSON.parse(stored[0]?.payload ?? '{}') as {
      platform: string;
      fileName: string;
      rows: { sku: string | null; matchedBy: string | null }[];
    };
    expect(products).toMatchObject({ platform: 'douyin', fileName: '巨量百应-商品.csv' });
    expect(products.rows).toHaveLength(5);
    expect(products.rows.find((r) => r.sku === 'A-2')?.matchedBy).toBe('sku');
    const minutes = JSON.parse(stored[1]?.payload ?? '{}') as { rows: { at: number; viewersOnline: number }[] };
    // The second minute is row 4's, as picked.
    expect(minutes.rows.map((m) => m.viewersOnline)).toEqual([100, 102]);
    endedSessionId = sessionId;
  });

  it('shows the same preview in English at 1920×1080, and cancelling stores nothing and leaves no preview held', async () => {
    expect(endedSessionId).not.toBe('');
    const { context, page, errors } = await suite.open('en', { width: 1920, height: 1080 });
    await page.getByTestId('nav-reports').click();
    await page.locator(`[data-testid="reports-session"][data-session-id="${endedSessionId}"]`).click();
    await page.getByTestId('platform-import-open').click();
    await page.getByTestId('platform-import-platform-kuaishou').check();
    await page
      .getByTestId('platform-import-file')
      .setInputFiles({ name: 'douyin.csv', mimeType: 'text/csv', buffer: Buffer.from(douyinProductsCsv()) });
    await page.getByTestId('platform-import-preview').waitFor();
    const invalid = page.locator('[data-testid="platform-import-issue"][data-row="8"][data-code="NUMBER_INVALID"]');
    await expect(invalid.textContent()).resolves.toContain('Row 8error“abc” in “曝光人数” is not a number.');
    await expect(page.getByTestId('platform-import-totals-lines').textContent()).resolves.toBe('Totals lines left out: Row 11 (合计)');
    await shot(page, 'platform-import-1920-en-products-preview');
    const previewId = await page.getByTestId('platform-import-preview').getAttribute('data-preview-id');
    await page.keyboard.press('Escape');
    await page.getByTestId('platform-import-dialog').waitFor({ state: 'detached' });
    // The backend no longer holds the preview the dialog showed.
    const held = () =>
      must('platformImport.remap', { previewId, choices: {} }).then(
        () => 'still held',
        (error: unknown) => String(error),
      );
    await expect.poll(held).toMatch(/no longer available/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvText, gbk, utf8 } from '../fixtures/import/productFiles';
import { taobaoAssistantTsv } from '../fixtures/import/sellerExports';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { shot } from '../helpers/screenshots';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');

/** Every test uses its own SKUs: the suite shares one backend. */
const run = Date.now().toString(36).toUpperCase();
const sku = (test: string, n: number | string) => `E2E-${run}-${test}-${n}`;

describe.skipIf(!chromiumAvailable())('Products area in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
    expect(await api.invoke('settings.update', { language: 'system' })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    api?.close();
    await browser?.close();
  });

  /** `prepare`: runs on the new context before the page opens (routes, say). */
  async function openProducts(
    locale = 'en-US',
    viewport = { width: 1440, height: 1000 },
    prepare: (context: BrowserContext) => Promise<void> = async () => {},
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, acceptDownloads: true, viewport });
    await prepare(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-products').click();
    await page.getByTestId('products-total').and(page.locator('[data-total]')).waitFor();
    return { context, page, errors };
  }

  async function search(page: Page, text: string, expectedRows: number) {
    await page.getByTestId('products-search').fill(text);
    await expect.poll(() => page.getByTestId('products-row').count()).toBe(expectedRows);
  }

  async function createViaApi(fields: Record<string, unknown>): Promise<{ id: string }> {
    const result = await api.invoke('product.create', fields);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  }

  it('imports a GBK CSV with Chinese headers: names bad rows, skips them on request, keeps the first of a repeated SKU, lists the rest in ¥', async () => {
    const { context, page, errors } = await openProducts();
    const file = gbk(
      csvText([
        ['商品编码', '商品名称', '价格', '直播价', '库存', '类目', '卖点'],
        [sku('imp', 1), '春季连衣裙', 199, '129.9', 10, '女装', '面料舒适\n版型显瘦'],
        [sku('imp', 2), '真丝围巾', '89.5', 59, 5, '配饰', null],
        [sku('imp', 3), '价格写错的商品', '一百', 10, 1, '配饰', null],
        [sku('imp', 4), '重复一', 10, 9, 1, '配饰', null],
        [sku('imp', 4), '重复二', 10, 9, 1, '配饰', null],
      ]),
    );

    await page.getByTestId('products-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '商品表.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });

    const totals = page.getByTestId('import-totals');
    await totals.waitFor();
    expect(await page.getByTestId('import-source-encoding').getAttribute('data-encoding')).toBe('gb18030');
    expect(await totals.getAttribute('data-valid')).toBe('3');
    expect(await totals.getAttribute('data-invalid')).toBe('1');
    expect(await totals.getAttribute('data-duplicate')).toBe('1');
    expect(await totals.getAttribute('data-create')).toBe('3');

    // Problems are named by their Excel row (header = row 1).
    const issues = page.getByTestId('import-issue');
    await expect.poll(() => issues.count()).toBe(2);
    const price = page.locator('[data-testid="import-issue"][data-row="4"]');
    expect(await price.getAttribute('data-code')).toBe('PRICE_INVALID');
    expect(await price.textContent()).toContain('一百');
    expect(
      await page
        .locator('[data-testid="import-issue"][data-code="DUPLICATE_SKU"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row'))),
    ).toEqual(['6']);
    expect(await page.locator('[data-testid="import-issue"][data-row="6"]').textContent()).toContain('row 5');

    // Invalid rows: importing needs the explicit choice to skip them.
    const commit = page.getByTestId('import-commit');
    expect(await commit.isDisabled()).toBe(true);
    expect(await commit.textContent()).toContain('Import 3 products');
    await page.getByTestId('import-skip-invalid').check();
    await commit.click();

    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getAttribute('data-created')).toBe('3');
    expect(await result.getAttribute('data-updated')).toBe('0');
    expect(await result.getAttribute('data-skipped')).toBe('1');
    await page.getByTestId('import-done').click();

    await search(page, `E2E-${run}-imp-`, 3);
    const first = page.locator(`[data-testid="products-row"][data-sku="${sku('imp', 1)}"]`);
    expect(await first.getByTestId('products-row-live-price').textContent()).toBe('¥129.90');
    expect(await first.getByTestId('products-row-list-price').textContent()).toBe('¥199.00');
    const second = page.locator(`[data-testid="products-row"][data-sku="${sku('imp', 2)}"]`);
    expect(await second.getByTestId('products-row-live-price').textContent()).toBe('¥59.00');
    const kept = page.locator(`[data-testid="products-row"][data-sku="${sku('imp', 4)}"]`);
    expect(await kept.textContent()).toContain('重复一');
    expect(await page.getByTestId('products-total').textContent()).toContain('3 products');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1366×768 in Chinese: picks the row of a repeated SKU, flags a formula title, warns about prices, sets a totals line aside, splits talking points', async () => {
    const { context, page, errors } = await openProducts('zh-CN', { width: 1366, height: 768 });
    const file = utf8(
      csvText([
        ['商品编码', '商品名称', '划线价', '直播价', '卖点'],
        [sku('real', 1), '春季碎花连衣裙', 199, 129, '面料舒适|版型显瘦|包邮'],
        [sku('real', 2), '=HYPERLINK("https://x.invalid","围巾")', 89, 59, null],
        [sku('real', 3), '直播比平时还贵的杯子', 39, 49, '保温；不漏水'],
        [sku('real', 4), '还没定价的新品', null, null, null],
        [sku('real', 1), '春季碎花连衣裙（新版标题）', 199, 119, '面料舒适'],
        ['合计', null, 327, 356, null],
      ]),
    );
    await page.getByTestId('products-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '商品表.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const totals = page.getByTestId('import-totals');
    await totals.waitFor();
    expect(await totals.getAttribute('data-rows')).toBe('5');
    expect(await totals.getAttribute('data-invalid')).toBe('1');
    expect(await totals.getAttribute('data-duplicate')).toBe('1');
    expect(await totals.getAttribute('data-warned')).toBe('2');
    expect(await page.getByTestId('import-totals-lines').getAttribute('data-rows')).toBe('7');
    expect(await page.getByTestId('import-totals-lines').textContent()).toBe('第 7 行是合计行（合计），不导入。');
    const codeOf = (row: number) => page.locator(`[data-testid="import-issue"][data-row="${row}"]`).getAttribute('data-code');
    expect(await codeOf(3)).toBe('TITLE_LOOKS_LIKE_FORMULA');
    expect(await codeOf(4)).toBe('LIVE_PRICE_ABOVE_LIST');
    expect(await codeOf(5)).toBe('PRICE_MISSING_FOR_NEW');
    expect(await page.locator('[data-testid="import-issue"][data-row="4"]').getAttribute('data-severity')).toBe('warning');
    expect(await page.getByTestId('import-points-split').textContent()).toContain('|');

    // The repeated SKU: the first row is chosen; picking row 6 re-checks and leaves row 2 out instead.
    const group = page.locator(`[data-testid="import-duplicate"][data-sku="${sku('real', 1)}"]`);
    expect(await group.getAttribute('data-chosen')).toBe('2');
    expect(await group.textContent()).toContain('第 2、6 行');
    await shot(page, 'products-import-realfiles-01-preview-zh-1366');
    // A click, not check(): the radio shows the pick once the backend has checked it again, not at the click.
    await group.locator('[data-testid="import-duplicate-row"][data-row="6"]').click();
    await expect.poll(() => group.getAttribute('data-chosen')).toBe('6');
    expect(await codeOf(2)).toBe('DUPLICATE_SKU');
    expect(await page.locator('[data-testid="import-issue"][data-row="2"]').textContent()).toContain('另见第 6 行');

    // Nothing in the preview is cut off or squeezed to one character per line.
    const squeezed = await page.getByTestId('import-preview').evaluate((root) =>
      Array.from(root.querySelectorAll<HTMLElement>('h3, legend, label, p, td, th, dd, dt'))
        .filter((el) => el.offsetParent !== null && el.textContent?.trim())
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis')
        .map((el) => el.textContent?.trim().slice(0, 30)),
    );
    expect(squeezed).toEqual([]);
    const englishLeft = await page.getByTestId('import-dialog').evaluate((root) => {
      const text = (root as HTMLElement).innerText;
      return ['row', 'Row', 'SKU ', 'Warning', 'duplicate', 'Totals'].filter((w) => text.includes(w));
    });
    expect(englishLeft).toEqual([]);

    await group.scrollIntoViewIfNeeded();
    await shot(page, 'products-import-realfiles-02-row-chosen-zh-1366');
    await page.getByTestId('import-issues').scrollIntoViewIfNeeded();
    await shot(page, 'products-import-realfiles-03-issues-zh-1366');
    await page.getByTestId('import-points-split').scrollIntoViewIfNeeded();
    await shot(page, 'products-import-realfiles-04-points-note-zh-1366');
    await page.getByTestId('import-skip-invalid').check();
    await page.getByTestId('import-commit').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getAttribute('data-created')).toBe('3');
    expect(await result.getAttribute('data-skipped')).toBe('1');

    const list = await api.invoke('product.list', { limit: 10, offset: 0, query: `E2E-${run}-real-` });
    if (!list.ok) throw new Error(list.error.message);
    const items = (list.value as { items: { sku: string; title: string; sellingPoints: string[] }[] }).items;
    const dress = items.find((p) => p.sku === sku('real', 1));
    expect(dress).toMatchObject({ title: '春季碎花连衣裙（新版标题）', sellingPoints: ['面料舒适'] });
    expect(items.find((p) => p.sku === sku('real', 3))?.sellingPoints).toEqual(['保温', '不漏水']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a 淘宝助理 export as it comes: UTF-16, tab-separated, the header on row 3', async () => {
    const { context, page, errors } = await openProducts('zh-CN', { width: 1366, height: 768 });
    const file = taobaoAssistantTsv([
      { code: sku('tb', 1), title: '春季碎花连衣裙', priceYuan: '199.00', stock: 120 },
      { code: sku('tb', 2), title: '真丝围巾 "限定款"', priceYuan: '89.50', stock: 35 },
    ]);
    await page.getByTestId('products-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '宝贝.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const totals = page.getByTestId('import-totals');
    await totals.waitFor();
    expect(await page.getByTestId('import-source-encoding').getAttribute('data-encoding')).toBe('utf-16le');
    expect(await page.getByTestId('import-source-delimiter').textContent()).toBe('制表符（Tab）');
    expect(await page.getByTestId('import-preview').textContent()).toContain('表头所在行3');
    expect(await totals.getAttribute('data-valid')).toBe('2');
    expect(await page.getByTestId('import-issues').getAttribute('data-total')).toBe('0');
    await shot(page, 'products-import-realfiles-05-taobao-zh-1366');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').getAttribute('data-created')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1366×768 in Chinese: an import whose dialog is closed while it writes says in the list that it goes on, then that it is done', async () => {
    // The commit's answer is held back until the dialog is closed: closed while the import writes, whatever its speed.
    let commitId: string | null = null;
    let releaseCommit: () => void = () => {};
    const commitAnswered = new Promise<void>((resolve) => (releaseCommit = resolve));
    const { context, page, errors } = await openProducts('zh-CN', { width: 1366, height: 768 }, (opened) =>
      opened.routeWebSocket(/\/api\/ws/, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) => {
          if (typeof message === 'string' && message.includes('"method":"import.products.commit"')) commitId = JSON.parse(message).id;
          server.send(message);
        });
        server.onMessage(async (message) => {
          if (
            typeof message === 'string' &&
            commitId !== null &&
            !message.includes('"type":"event"') &&
            JSON.parse(message).id === commitId
          )
            await commitAnswered;
          ws.send(message);
        });
      }),
    );

    const rows = 2_000;
    const file = utf8(
      csvText([
        ['商品编码', '商品名称', '价格'],
        ...Array.from({ length: rows }, (_, i) => [sku('bg', i), `后台导入的商品 ${i}`, '59.90']),
      ]),
    );
    await page.getByTestId('products-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '大批商品.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page
      .getByTestId('import-totals')
      .and(page.locator(`[data-valid="${rows}"]`))
      .waitFor();
    await page.getByTestId('import-commit').click();
    // Past the point where closing would stop it: writing, or written (its answer still on the way).
    await page
      .locator('[data-testid="import-progress"][data-phase="committing"], [data-testid="import-progress"][data-phase="done"]')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    const notice = page.getByTestId('import-background');
    await notice.and(page.locator('[data-kind="running"]')).waitFor();
    expect(await notice.textContent()).toContain('正在后台导入 大批商品.csv。');
    await shot(page, 'products-import-background-running-zh-1366');
    releaseCommit();
    await notice.and(page.locator('[data-kind="done"]')).waitFor();
    expect(await notice.textContent()).toContain(`大批商品.csv 已导入：新建 ${rows.toLocaleString('zh-CN')} 个、更新 0 个商品。`);
    await shot(page, 'products-import-background-done-zh-1366');
    const listed = await api.invoke('product.list', { limit: 1, offset: 0, query: `E2E-${run}-bg-` });
    expect(listed.ok && (listed.value as { total: number }).total).toBe(rows);

    await page.getByTestId('import-background-dismiss').click();
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-checks the file when a column mapping is corrected', async () => {
    const { context, page } = await openProducts();
    const file = utf8(
      csvText([
        ['商品编码', '宝贝叫法', '直播价'],
        [sku('map', 1), '保温杯', '39.9'],
        [sku('map', 2), '帆布包', '59'],
      ]),
    );
    await page.getByTestId('products-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'mapping.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const totals = page.getByTestId('import-totals');
    await totals.waitFor();
    // The title column was not recognised, so both new products lack a title.
    expect(await page.getByTestId('import-mapping-1').inputValue()).toBe('');
    expect(await totals.getAttribute('data-invalid')).toBe('2');
    expect(await page.locator('[data-testid="import-issue"][data-code="TITLE_REQUIRED_FOR_NEW"]').count()).toBe(2);

    await page.getByTestId('import-mapping-1').selectOption('title');
    await expect.poll(() => totals.getAttribute('data-valid')).toBe('2');
    expect(await totals.getAttribute('data-invalid')).toBe('0');
    expect(await page.getByTestId('import-issue').count()).toBe(0);
    expect(await page.getByTestId('import-commit').isEnabled()).toBe(true);

    // Closing without importing writes nothing.
    await page.keyboard.press('Escape');
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    await page.getByTestId('products-search').fill(`E2E-${run}-map-`);
    await page.getByTestId('products-nomatch').waitFor();
    await context.close();
  });

  it('edits the live price in yuan and saves it as exact fen', async () => {
    await createViaApi({ sku: sku('edit', 1), title: '羊毛大衣', livePriceFen: 59900, listPriceFen: 129900 });
    const { context, page } = await openProducts();
    await search(page, sku('edit', 1), 1);
    await page.getByTestId('products-row').click();
    const form = page.getByTestId('product-form');
    await form.waitFor();
    const live = page.getByTestId('product-field-livePrice');
    expect(await live.inputValue()).toBe('599');

    await live.fill('12.345');
    await page.getByTestId('product-save').click();
    expect(await page.getByTestId('product-field-error-livePrice').textContent()).toContain('2 decimals');

    await live.fill('4.35');
    await live.press('Control+s');
    await expect.poll(() => page.getByTestId('product-saved').textContent()).toContain('Saved');
    const list = await api.invoke('product.list', { query: sku('edit', 1) });
    expect(list).toMatchObject({ ok: true, value: { items: [{ livePriceFen: 435, listPriceFen: 129900 }] } });

    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('products-row-live-price').textContent()).toBe('¥4.35');
    await context.close();
  });

  it('shows the duplicate-SKU conflict next to the SKU field', async () => {
    await createViaApi({ sku: sku('dup', 1), title: '已有商品' });
    const { context, page } = await openProducts();
    await page.getByTestId('products-new').click();
    await page.getByTestId('product-field-sku').fill(sku('dup', 1));
    await page.getByTestId('product-field-title').fill('另一个商品');
    await page.getByTestId('product-field-livePrice').fill('10');
    await page.getByTestId('product-save').click();
    const error = page.getByTestId('product-field-error-sku');
    await error.waitFor();
    expect(await page.getByTestId('product-field-sku').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('product-field-error-title').count()).toBe(0);
    await context.close();
  });

  it('exports products as XLSX through a browser download', async () => {
    const { context, page } = await openProducts('zh-CN');
    await page.getByTestId('products-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('products-export-products-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    // An XLSX file is a zip: it starts with "PK".
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
    await context.close();
  });
});

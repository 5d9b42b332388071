/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { shot } from '../helpers/screenshots';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');

describe.skipIf(!chromiumAvailable())('Shows area in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;
  const run = Date.now().toString(36);
  const skuPrefix = `E2E-SHOW-${run}`;

  async function must<T>(method: string, payload: unknown): Promise<T> {
    const result = await api.invoke(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
    await must('settings.update', { language: 'system' });
  });
  afterAll(async () => {
    await api?.invoke('settings.update', { language: 'system' });
    api?.close();
    await browser?.close();
  });

  /** A new browser context on the Shows area, once the backend is connected; `errors` collects the page's errors. */
  async function openShows(options: Parameters<Browser['newContext']>[0]) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-shows').click();
    return { context, page, errors };
  }

  const cueOrder = (page: Page) =>
    page.getByTestId('cue-item').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-type')}:${r.textContent ?? ''}`));
  const cueTypes = async (page: Page) => (await cueOrder(page)).map((row) => row.split(':')[0]);

  it('builds a show, reorders by keyboard, exports it and imports the package as a new show', async () => {
    const productA = await must<{ id: string }>('product.create', {
      sku: `${skuPrefix}-A`,
      title: `Hydra cream ${run}`,
      livePriceFen: 12900,
      stock: 50,
    });
    await must('product.create', { sku: `${skuPrefix}-B`, title: `Cleanser ${run}`, livePriceFen: 5900 });
    const showName = `E2E show ${run}`;

    const { context, page, errors } = await openShows({ locale: 'en-US', acceptDownloads: true });

    // Create the show.
    await page.getByTestId('shows-new').click();
    await page.getByTestId('show-form').waitFor();
    await page.getByTestId('show-field-name').fill(showName);
    await page.getByTestId('show-field-notes').fill('Host: Lin');
    await page.getByTestId('show-save').click();
    const item = page.locator(`[data-testid="shows-item"][data-name="${showName}"]`);
    await item.waitFor();
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(showName);

    // A product cue, picked by searching the SKU.
    await page.getByTestId('cue-add').click();
    await page.getByTestId('cue-form').waitFor();
    await page.getByTestId('picker-search').fill(`${skuPrefix}-A`);
    await expect.poll(() => page.getByTestId('picker-option').count()).toBe(1);
    await page.getByTestId('picker-option').first().click();
    await page.getByTestId('cue-save').click();
    await page.getByTestId('cue-form').waitFor({ state: 'detached' });
    await expect.poll(() => cueTypes(page)).toEqual(['product']);
    expect(await page.getByTestId('cue-item').first().textContent()).toContain(`${skuPrefix}-A`);

    // A note cue; a note with no text is refused next to its field first.
    await page.getByTestId('cue-add').click();
    await page.getByTestId('cue-field-type').locator('input[value="note"]').check();
    await page.getByTestId('cue-save').click();
    await page.getByTestId('cue-form').getByRole('alert').waitFor();
    await page.getByTestId('cue-field-text').fill('Welcome everyone, introduce today’s offers');
    await page.getByTestId('cue-save').click();
    await page.getByTestId('cue-form').waitFor({ state: 'detached' });
    await expect.poll(() => cueTypes(page)).toEqual(['product', 'note']);

    // Alt+↑ on the note moves it above the product; the order survives a reload.
    const note = page.locator('[data-testid="cue-item"][data-type="note"]');
    await note.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => cueTypes(page)).toEqual(['note', 'product']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-type'))).toBe('note');
    await page.reload();
    await page.getByTestId('nav-shows').click();
    await page.locator(`[data-testid="shows-item"][data-name="${showName}"]`).click();
    await expect.poll(() => cueTypes(page)).toEqual(['note', 'product']);
    const order = await cueOrder(page);

    // Export: the browser downloads the .livecue file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('show-export-package').click()]);
    expect(download.suggestedFilename()).toMatch(/\.livecue$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // Meanwhile this PC's price of A changed: the package will set it back, and the preview says so.
    await must('product.update', { id: productA.id, livePriceFen: 9900 });

    // Import the same file: preview first, no product to create, A updated from → to, the show gets " (2)".
    await page.getByTestId('show-import-package').click();
    await page
      .getByTestId('package-file-input')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
    const preview = page.getByTestId('package-preview');
    await preview.waitFor();
    expect(await page.getByTestId('package-show-name').textContent()).toBe(showName);
    expect(await page.getByTestId('package-import-as').textContent()).toBe(`${showName} (2)`);
    expect(await page.getByTestId('package-problems').locator('[data-code="SHOW_RENAMED"]').textContent()).toBe(
      `A show named “${showName}” already exists; this one is imported as “${showName} (2)”.`,
    );
    expect(await preview.textContent()).toContain('2 cues');
    const updated = page.getByTestId('package-products-update').locator(`[data-sku="${skuPrefix}-A"]`);
    expect(await updated.textContent()).toMatch(/Live price\s*¥99\.00\s*→\s*¥129\.00/);
    expect(await page.getByTestId('package-products-create').count()).toBe(0);

    await page.getByTestId('package-commit').click();
    await page.getByTestId('package-result').waitFor();
    expect(await page.getByTestId('package-result').textContent()).toContain(`${showName} (2)`);
    const imported = page.locator(`[data-testid="shows-item"][data-name="${showName} (2)"]`);
    await imported.waitFor();
    expect(await imported.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(`${showName} (2)`);
    await expect.poll(() => cueOrder(page)).toEqual(order);
    const back = await must<{ livePriceFen: number }>('product.get', { id: productA.id });
    expect(back.livePriceFen).toBe(12900);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Chinese why a package that was changed after export is refused', async () => {
    const show = await must<{ id: string }>('show.create', { name: `E2E 被改动的节目 ${run}` });
    await must('cue.insert', { showId: show.id, type: 'note', title: '感谢大家', config: { text: '感谢大家' } });
    const exported = await must<{ fileName: string; bytes: string }>('showPackage.export', { showId: show.id });
    // show.json edited after export, the manifest left as it was: its hash no longer matches.
    const entries = unzipSync(Buffer.from(exported.bytes, 'base64'));
    entries['show.json'] = strToU8(strFromU8(entries['show.json'] as Uint8Array).replace('感谢大家', '感谢各位'));
    const altered = Buffer.from(zipSync(entries));

    const { context, page, errors } = await openShows({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    await page.getByTestId('show-import-package').click();
    await page.getByTestId('package-file-input').setInputFiles({ name: exported.fileName, mimeType: 'application/zip', buffer: altered });

    const refusal = page.getByTestId('package-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-kind')).toBe('tampered');
    expect(await refusal.textContent()).toContain('节目包已损坏，或导出后被改动过');
    const detail = page.getByTestId('package-error-detail');
    expect(await detail.getAttribute('data-code')).toBe('entryHashChanged');
    expect(await detail.textContent()).toBe('show.json 与 manifest.json 中记录的 SHA-256 不符（节目包已损坏或被改动过）。');
    await shot(page, 'package-refused-zh-CN-1366x768');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits a cue’s colour, planned duration, follow mode, hotkey and a custom OBS text, and keeps them after a reload', async () => {
    const product = await must<{ id: string }>('product.create', {
      sku: `${skuPrefix}-LIVE`,
      title: `Lip tint ${run}`,
      livePriceFen: 6900,
    });
    const show = await must<{ id: string }>('show.create', { name: `E2E live settings ${run}` });
    const cue = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    await must('cue.insert', { showId: show.id, type: 'note', title: 'Thank the fans', config: { text: 'Thank the fans', hotkey: 'F3' } });

    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const openShow = async () => {
      await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
      await page.getByTestId('nav-shows').click();
      await page.locator(`[data-testid="shows-item"][data-name="E2E live settings ${run}"]`).click();
      await expect.poll(() => page.getByTestId('cue-item').count()).toBe(2);
    };
    const productRow = page.locator(`[data-testid="cue-item"][data-cue-id="${cue.id}"]`);
    await page.goto(url);
    await openShow();

    await productRow.getByTestId('cue-edit').click();
    const form = page.getByTestId('cue-form');
    await form.getByTestId('cue-field-colour').locator('input[value="#30A46C"]').check();
    await form.getByTestId('cue-field-plannedDuration').fill('3:30');
    await form.getByTestId('cue-field-follow').locator('input[value="auto_follow"]').check();

    // The recorder refuses the live console's own keys on the spot; a key another cue has is refused by the backend.
    const hotkey = form.getByTestId('cue-field-hotkey');
    await hotkey.focus();
    await page.keyboard.press('Space');
    expect(await form.getByTestId('cue-hotkey-error').textContent()).toContain('Space is GO');
    await page.keyboard.press('F3');
    expect(await hotkey.getAttribute('data-hotkey')).toBe('F3');

    // By default the cue's graphic goes over the camera and OBS is asked for nothing more.
    const summary = form.getByTestId('cue-obs-summary');
    expect(await summary.textContent()).toBe('LiveCue puts the cue’s graphic over the camera picture; no scene switch.');
    await form.getByTestId('cue-field-graphic').uncheck();
    expect(await summary.textContent()).toBe('Nothing of this cue goes on stream, and no scene switches.');
    // Extra actions start with a scene switch; add a text with a placeholder from the insert buttons.
    await form.getByTestId('cue-obs-custom').check();
    expect(await form.getByTestId('obs-action').count()).toBe(1);
    const sceneSwitch = form.getByTestId('obs-action').first();
    expect(await sceneSwitch.getAttribute('data-kind')).toBe('switchScene');
    await sceneSwitch.getByTestId('obs-action-scene').fill('Close-up');
    const defaultCount = 1;
    await form.getByTestId('obs-action-add').click();
    const added = form.getByTestId('obs-action').last();
    await added.getByTestId('obs-action-source').fill('Price banner');
    await added.getByTestId('obs-action-text').fill('Now only ');
    await added.locator('[data-testid="obs-template"][data-template="product.livePrice"]').click();
    expect(await added.getByTestId('obs-action-text').inputValue()).toBe('Now only {product.livePrice}');

    await form.getByTestId('cue-save').click();
    await expect.poll(() => form.getByTestId('cue-hotkey-error').textContent()).toContain('already the hotkey of cue 2 “Thank the fans”');
    await hotkey.focus();
    await page.keyboard.press('F2');
    await form.getByTestId('cue-save').click();
    await form.waitFor({ state: 'detached' });
    expect(await productRow.getByTestId('cue-colour').getAttribute('data-colour')).toBe('#30A46C');
    expect(await productRow.getByTestId('cue-hotkey').textContent()).toBe('F2');

    // After a reload the list and the form show what was saved.
    await page.reload();
    await openShow();
    expect(await productRow.getByTestId('cue-colour').getAttribute('data-colour')).toBe('#30A46C');
    expect(await productRow.getByTestId('cue-hotkey').textContent()).toBe('F2');
    expect(await productRow.textContent()).toContain('planned 3:30');
    await productRow.getByTestId('cue-edit').click();
    expect(await form.getByTestId('cue-field-plannedDuration').inputValue()).toBe('3:30');
    expect(await form.getByTestId('cue-field-follow').locator('input[value="auto_follow"]').isChecked()).toBe(true);
    expect(await form.getByTestId('cue-field-colour').locator('input[value="#30A46C"]').isChecked()).toBe(true);
    expect(await form.getByTestId('cue-field-hotkey').getAttribute('data-hotkey')).toBe('F2');
    expect(await form.getByTestId('cue-obs-custom').isChecked()).toBe(true);
    expect(await form.getByTestId('cue-field-graphic').isChecked()).toBe(false);
    expect(await form.getByTestId('obs-action').count()).toBe(defaultCount + 1);
    expect(await form.getByTestId('obs-action').last().getByTestId('obs-action-text').inputValue()).toBe('Now only {product.livePrice}');

    const saved = await must<{ id: string; config: Record<string, unknown> }[]>('cue.list', { showId: show.id });
    expect(saved.find((c) => c.id === cue.id)?.config).toMatchObject({
      colour: '#30A46C',
      plannedDurationMs: 210_000,
      follow: 'auto_follow',
      hotkey: 'F2',
      graphic: false,
      obsActions: [
        { kind: 'switchScene', scene: 'Close-up' },
        { kind: 'setText', source: 'Price banner', text: 'Now only {product.livePrice}' },
      ],
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

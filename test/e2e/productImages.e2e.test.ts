/// <reference lib="dom" />
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { IMAGE_MAX_BYTES } from '../../shared/domain/catalog/image';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';
import { solidPng } from '../helpers/png';

const url = inject('serveUrl');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!chromiumAvailable())('Product images in Chromium against npm run serve', () => {
  const run = Date.now().toString(36).toUpperCase();
  const { must, open, openCatalogTab } = browserSuite(url);
  const red = solidPng(64, 64, [200, 40, 60]);
  const blue = solidPng(80, 60, [30, 90, 200]);
  const green = solidPng(48, 48, [30, 160, 80]);

  const tileOrder = (page: Page) => page.getByTestId('product-image').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-hash')));
  const savedImages = async (id: string) => (await must<{ images: string[] }>('product.get', { id })).images;

  async function openEditor(sku: string) {
    const app = await openCatalogTab('en-US', 'products', sku);
    await app.page.locator(`[data-testid="products-row"][data-sku="${sku}"]`).click();
    await app.page.getByTestId('product-form').waitFor();
    return app;
  }

  it('uploads picked files, names the one that is not a picture, reorders by keyboard and by drag, removes, saves in order', async () => {
    const sku = `E2E-IMG-${run}-A`;
    const product = await must<{ id: string }>('product.create', { sku, title: `Silk scarf ${run}` });
    const { context, page, errors } = await openEditor(sku);

    await page.getByTestId('product-image-input').setInputFiles([
      { name: 'front.png', mimeType: 'image/png', buffer: red },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') },
      { name: 'back.png', mimeType: 'image/png', buffer: blue },
    ]);
    await expect.poll(() => tileOrder(page)).toEqual([sha256(red), sha256(blue)]);
    expect(await page.getByTestId('product-image-problem').textContent()).toContain('notes.txt: not a PNG, JPEG, WebP or GIF picture.');
    // The same picture again is said, not added twice.
    await page.getByTestId('product-image-input').setInputFiles([{ name: 'front-again.png', mimeType: 'image/png', buffer: red }]);
    await expect
      .poll(() => page.getByTestId('product-image-problem').allTextContents())
      .toContainEqual(expect.stringContaining('front-again.png is already one of the images.'));
    expect(await tileOrder(page)).toEqual([sha256(red), sha256(blue)]);

    // Alt+← on the second image makes it the main one; the focus stays with it.
    await page.locator(`[data-testid="product-image"][data-hash="${sha256(blue)}"]`).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => tileOrder(page)).toEqual([sha256(blue), sha256(red)]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hash'))).toBe(sha256(blue));
    expect(await page.getByTestId('product-image').first().textContent()).toContain('Main image');

    // A third, dragged to the front.
    await page.getByTestId('product-image-input').setInputFiles([{ name: 'side.png', mimeType: 'image/png', buffer: green }]);
    await expect.poll(() => tileOrder(page)).toEqual([sha256(blue), sha256(red), sha256(green)]);
    await page
      .locator(`[data-testid="product-image"][data-hash="${sha256(green)}"]`)
      .dragTo(page.locator(`[data-testid="product-image"][data-hash="${sha256(blue)}"]`));
    await expect.poll(() => tileOrder(page)).toEqual([sha256(green), sha256(blue), sha256(red)]);

    // Delete removes the focused image.
    await page.locator(`[data-testid="product-image"][data-hash="${sha256(red)}"]`).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => tileOrder(page)).toEqual([sha256(green), sha256(blue)]);

    await page.getByTestId('product-save').click();
    await expect.poll(() => page.getByTestId('product-saved').textContent()).toBe('Saved.');
    expect(await savedImages(product.id)).toEqual([sha256(green), sha256(blue)]);

    // The list shows the main image.
    await page.keyboard.press('Escape');
    const thumb = page.locator(`[data-testid="products-row"][data-sku="${sku}"]`).getByTestId('thumbnail');
    await expect.poll(() => thumb.getAttribute('data-hash')).toBe(sha256(green));
    expect(await thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(48);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a pasted picture, refuses a file over 10 MB before sending it, and shows the thumbnail in a cue picker', async () => {
    const sku = `E2E-IMG-${run}-B`;
    const product = await must<{ id: string }>('product.create', { sku, title: `Tea set ${run}` });
    const { context, page } = await openEditor(sku);

    // Paste (Ctrl+V) while the title field has the focus.
    await page.getByTestId('product-field-title').focus();
    await page.evaluate(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'clipboard.png', { type: 'image/png' }));
        document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [...blue],
    );
    await expect.poll(() => tileOrder(page)).toEqual([sha256(blue)]);
    expect(await page.getByTestId('product-field-title').inputValue()).toBe(`Tea set ${run}`);

    const huge = Buffer.concat([red, Buffer.alloc(IMAGE_MAX_BYTES)]);
    await page.getByTestId('product-image-input').setInputFiles([{ name: 'poster.png', mimeType: 'image/png', buffer: huge }]);
    await expect
      .poll(() => page.getByTestId('product-image-problem').textContent())
      .toContain('poster.png: larger than 10 MB. Make it smaller and try again.');
    expect(await tileOrder(page)).toEqual([sha256(blue)]);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('product-saved').textContent()).toBe('Saved.');
    expect(await savedImages(product.id)).toEqual([sha256(blue)]);
    await context.close();

    // A product cue's picker shows the main image beside the product.
    await must('show.create', { name: `Images show ${run}` });
    const app = await open('en-US');
    await app.page.getByTestId('nav-shows').click();
    await app.page.locator(`[data-testid="shows-item"][data-name="Images show ${run}"]`).click();
    await app.page.getByTestId('cue-add').click();
    await app.page.getByTestId('picker-search').fill(sku);
    const option = app.page.locator(`[data-testid="picker-option"][data-id="${product.id}"]`);
    await expect.poll(() => option.getByTestId('thumbnail').getAttribute('data-hash')).toBe(sha256(blue));
    await app.context.close();
  });
});

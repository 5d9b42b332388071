/// <reference lib="dom" />
import { afterEach, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';

const url = inject('serveUrl');

interface Cue {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

describe.skipIf(!chromiumAvailable())('A flash sale carries its flash price, in Chromium against npm run serve', () => {
  const run = Date.now().toString(36);
  const { must, open } = browserSuite(url);

  /** A session left live (by a failed test, or another file) would refuse the next one. */
  async function endLiveSession() {
    const live = await must<{ sessionId: string } | null>('session.current', {});
    if (live) await must('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
  }
  afterEach(endLiveSession);

  it('takes the flash price in yuan and the quantity in the cue form, lists them, and warns before going live without one', async () => {
    const product = await must<{ id: string }>('product.create', {
      sku: `E2E-FLASH-${run}-A`,
      title: `Lipstick ${run}`,
      livePriceFen: 89_900,
    });
    const name = `Flash show ${run}`;
    const show = await must<{ id: string }>('show.create', { name });
    const { context, page, errors } = await open('zh-CN');
    await page.getByTestId('nav-shows').click();
    await page.locator(`[data-testid="shows-item"][data-name="${name}"]`).click();

    const addFlashSale = async (price: string, quantity: string) => {
      await page.getByTestId('cue-add').click();
      await page.getByTestId('cue-field-type').locator('input[value="flash_sale"]').check();
      await page.getByTestId('picker-search').fill(`E2E-FLASH-${run}-A`);
      await page.locator(`[data-testid="picker-option"][data-id="${product.id}"]`).click();
      await page.getByTestId('cue-field-flashPrice').fill(price);
      await page.getByTestId('cue-field-flashQuantity').fill(quantity);
      await page.getByTestId('cue-field-durationSec').fill('60');
      await page.getByTestId('cue-save').click();
    };
    // What cannot be read is said at its field, in Chinese.
    await addFlashSale('9.999', '');
    await expect
      .poll(() => page.getByTestId('cue-form').getByRole('alert').first().textContent())
      .toBe('请输入以元为单位的金额，例如 9.9（最多两位小数）。');
    await page.getByTestId('cue-field-flashPrice').fill('¥9.9');
    await page.getByTestId('cue-field-flashQuantity').fill('100');
    await page.getByTestId('cue-save').click();
    await page.getByTestId('cue-form').waitFor({ state: 'detached' });
    const listed = page.locator('[data-testid="cue-item"][data-type="flash_sale"]').getByTestId('cue-detail');
    await expect.poll(() => listed.textContent()).toContain('秒杀价 ¥9.90');
    expect(await listed.textContent()).toContain('限量 100 件');

    // A second flash sale without a price: listed as such, and the check before going live warns (it does not fail).
    await addFlashSale('', '');
    await page.getByTestId('cue-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('cue-item').nth(1).getByTestId('cue-detail').textContent()).toContain('未设秒杀价');
    const cues = (await must<{ cues: Cue[] }>('show.get', { id: show.id })).cues;
    expect(cues.map((c) => [c.config.flashPriceFen, c.config.flashQuantity])).toEqual([
      [990, 100],
      [undefined, undefined],
    ]);
    const preflight = await must<{ checks: { id: string; status: string; issues: { code: string; cueId: string }[] }[] }>(
      'session.preflight',
      { showId: show.id },
    );
    expect(preflight.checks.find((c) => c.id === 'show')).toMatchObject({
      status: 'warning',
      issues: [{ code: 'FLASH_PRICE_MISSING', cueId: cues[1]?.id }],
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the flash price beside the struck-through live price on the console's card once the cue is on air", async () => {
    await endLiveSession();
    const product = await must<{ id: string }>('product.create', {
      sku: `E2E-FLASH-${run}-B`,
      title: `Serum ${run}`,
      livePriceFen: 89_900,
    });
    const show = await must<{ id: string }>('show.create', { name: `Flash live ${run}` });
    const cue = await must<{ id: string }>('cue.insert', {
      showId: show.id,
      type: 'flash_sale',
      title: `9.9 秒杀 ${run}`,
      config: { productId: product.id, flashPriceFen: 990, flashQuantity: 100, durationMs: 60_000 },
    });
    await must('session.start', { showId: show.id });

    const { context, page, errors } = await open('en-US');
    await page.getByTestId('nav-live').click();
    const go = page.getByTestId('live-go');
    await expect.poll(() => go.getAttribute('data-standby-id')).toBe(cue.id);
    // On standby the card already says it: 秒杀价, the live price struck through, how many.
    const next = page.getByTestId('live-card-next');
    await expect.poll(() => next.getByTestId('live-card-flash-price').textContent()).toBe('¥9.90');
    expect(await next.getByTestId('live-card-price').textContent()).toContain('Flash price');
    const was = next.getByTestId('live-card-live-price');
    expect(await was.textContent()).toBe('¥899');
    expect(await was.evaluate((el) => el.tagName)).toBe('S');
    expect(await next.getByTestId('live-card-flash-quantity').textContent()).toBe('100 at this price');

    // GO: while it runs the console shows the flash price, not the live price, for it.
    await go.click();
    const onAir = page.getByTestId('live-card-onair');
    await expect.poll(() => onAir.getAttribute('data-cue-id')).toBe(cue.id);
    expect(await onAir.getByTestId('live-card-flash-price').textContent()).toBe('¥9.90');
    expect(await onAir.getByTestId('live-card-live-price').textContent()).toBe('¥899');
    expect(errors).toEqual([]);
    await context.close();
  });
});

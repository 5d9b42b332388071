/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';

const url = inject('serveUrl');

interface Coupon {
  id: string;
  name: string;
  type: string;
  value: number;
  thresholdFen: number | null;
  quantity: number | null;
  perBuyerLimit: number | null;
  startsAt: number;
  endsAt: number;
  productIds: string[];
}

describe.skipIf(!chromiumAvailable())('Coupons tab in Chromium against npm run serve', () => {
  /** Names carry the run, so the suite's shared backend never mixes tests up. */
  const run = Date.now().toString(36);
  const { must, openCatalogTab } = browserSuite(url);
  async function coupons(): Promise<Coupon[]> {
    return (await must<{ items: Coupon[] }>('coupon.list', { limit: 500 })).items.filter((c) => c.name.includes(run));
  }
  const openCoupons = (locale: string) => openCatalogTab(locale, 'coupons', run);

  const row = (page: Page, name: string) => page.locator('[data-testid="coupons-row"]', { hasText: name });

  it('creates a coupon of every type, money typed in yuan and a discount as 折, and lists what each gives', async () => {
    const product = await must<{ id: string }>('product.create', { sku: `E2E-CPN-${run}`, title: `Face mask ${run}`, livePriceFen: 8900 });
    const { context, page, errors } = await openCoupons('zh-CN');
    const create = async (type: string, name: string, fill: Record<string, string>, pickProduct = false) => {
      await page.getByTestId('coupons-new').click();
      await page.getByTestId('coupon-form').waitFor();
      await page.getByTestId('coupon-field-type').locator(`input[value="${type}"]`).check();
      await page.getByTestId('coupon-field-name').fill(name);
      for (const [field, text] of Object.entries(fill)) await page.getByTestId(`coupon-field-${field}`).fill(text);
      if (pickProduct) {
        await page.getByTestId('coupon-field-productIds').getByTestId('picker-search').fill(`E2E-CPN-${run}`);
        const option = page.getByTestId('coupon-field-productIds').locator(`[data-testid="picker-option"][data-id="${product.id}"]`);
        await option.click();
        await page.locator(`[data-testid="coupon-product"][data-id="${product.id}"]`).waitFor();
        expect(await option.getAttribute('data-picked')).toBe('true');
      }
      // Enter in a field saves.
      await page.getByTestId('coupon-field-name').press('Enter');
      await expect.poll(() => page.getByTestId('coupon-saved').textContent()).toBe('已保存。');
      await page.keyboard.press('Escape');
      await page.getByTestId('coupon-form').waitFor({ state: 'detached' });
      await row(page, name).waitFor();
    };

    await create('threshold', `满减 ${run}`, { threshold: '¥199', value: '30', quantity: '500', perBuyerLimit: '1' }, true);
    await create('direct', `直降 ${run}`, { value: '20.5' });
    await create('percent', `折扣 ${run}`, { value: '8.5折' });
    await create('newcomer', `新人 ${run}`, { value: '10', threshold: '50' });
    await create('share', `裂变 ${run}`, { value: '5' });
    await create('flash_price', `秒杀 ${run}`, { value: '9.9' }, true);

    expect(await row(page, `满减 ${run}`).getByTestId('coupons-row-offer').textContent()).toBe('满 ¥199 减 ¥30');
    expect(await row(page, `折扣 ${run}`).getByTestId('coupons-row-offer').textContent()).toBe('8.5折（减 15%）');
    expect(await row(page, `秒杀 ${run}`).getByTestId('coupons-row-offer').textContent()).toBe('秒杀价 ¥9.90');

    const saved = new Map((await coupons()).map((c) => [c.type, c]));
    expect(saved.get('threshold')).toMatchObject({
      value: 3000,
      thresholdFen: 19900,
      quantity: 500,
      perBuyerLimit: 1,
      productIds: [product.id],
    });
    expect(saved.get('direct')).toMatchObject({ value: 2050, thresholdFen: null, productIds: [] });
    expect(saved.get('percent')).toMatchObject({ value: 1500, thresholdFen: null });
    expect(saved.get('newcomer')).toMatchObject({ value: 1000, thresholdFen: 5000 });
    expect(saved.get('share')).toMatchObject({ value: 500 });
    expect(saved.get('flash_price')).toMatchObject({ value: 990, productIds: [product.id] });
    // Valid from when it was made, for a week.
    const threshold = saved.get('threshold');
    expect(threshold && threshold.endsAt - threshold.startsAt).toBe(7 * 24 * 3600 * 1000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each refusal of the backend under the field it names, in Chinese', async () => {
    const { context, page } = await openCoupons('zh-CN');
    await page.getByTestId('coupons-new').click();
    await page.getByTestId('coupon-field-name').fill(`refused ${run}`);
    await page.getByTestId('coupon-field-threshold').fill('100');
    await page.getByTestId('coupon-field-value').fill('150');
    await page.getByTestId('coupon-field-quantity').fill('5');
    await page.getByTestId('coupon-field-perBuyerLimit').fill('10');
    await page.getByTestId('coupon-save').click();
    const valueError = page.getByTestId('coupon-field-error-value');
    await valueError.waitFor();
    expect(await valueError.textContent()).toBe('减免金额不能超过使用门槛。');
    expect(await page.getByTestId('coupon-field-error-perBuyerLimit').textContent()).toBe('每人限领不能超过发放数量。');
    expect(await page.getByTestId('coupon-field-value').getAttribute('aria-invalid')).toBe('true');
    // The focus goes to the first field with a problem.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('coupon-field-value');

    // What the form cannot read is named before anything is sent.
    await page.getByTestId('coupon-field-type').locator('input[value="percent"]').check();
    await page.getByTestId('coupon-field-value').fill('二十');
    await page.getByTestId('coupon-save').click();
    expect(await page.getByTestId('coupon-field-error-value').textContent()).toBe('请写成 8折、8.5折 或 20% 这样的格式。');

    // A flash price without products, and an end before the start.
    await page.getByTestId('coupon-field-type').locator('input[value="flash_price"]').check();
    await page.getByTestId('coupon-field-value').fill('9.9');
    await page.getByTestId('coupon-field-perBuyerLimit').fill('');
    await page.getByTestId('coupon-field-endsAt').fill('2020-01-01T10:00');
    await page.getByTestId('coupon-save').click();
    await page.getByTestId('coupon-field-error-productIds').waitFor();
    expect(await page.getByTestId('coupon-field-error-productIds').textContent()).toBe('秒杀价至少要选择一个商品。');
    expect(await page.getByTestId('coupon-field-error-endsAt').textContent()).toBe('结束时间必须晚于开始时间。');
    expect(await coupons().then((all) => all.filter((c) => c.name.startsWith('refused')))).toEqual([]);
    await context.close();
  });

  it('edits a coupon, and refuses to delete one a cue uses, saying why', async () => {
    const now = Date.now();
    const coupon = await must<Coupon>('coupon.create', {
      name: `In use ${run}`,
      type: 'direct',
      value: 1000,
      startsAt: now,
      endsAt: now + 86_400_000,
    });
    const show = await must<{ id: string }>('show.create', { name: `Coupon show ${run}` });
    await must('cue.insert', { showId: show.id, type: 'coupon', config: { couponId: coupon.id } });

    const { context, page } = await openCoupons('en-US');
    await row(page, `In use ${run}`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('coupon-form').waitFor();
    expect(await page.getByTestId('coupon-field-value').inputValue()).toBe('10');
    await page.getByTestId('coupon-field-value').fill('12.5');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('coupon-saved').textContent()).toBe('Saved.');
    expect((await coupons()).find((c) => c.id === coupon.id)?.value).toBe(1250);

    await page.getByTestId('coupon-delete').click();
    await page.getByTestId('coupon-delete-confirm').click();
    const refusal = page.getByTestId('coupon-form-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('used in a show');
    expect(await refusal.textContent()).toContain(`Coupon show ${run}`);
    await page.keyboard.press('Escape');
    expect(await row(page, `In use ${run}`).getByTestId('coupons-row-offer').textContent()).toBe('¥12.50 off');
    expect((await coupons()).some((c) => c.id === coupon.id)).toBe(true);

    // Once no cue uses it, it goes.
    const unused = await must<Coupon>('coupon.create', {
      name: `Unused ${run}`,
      type: 'direct',
      value: 100,
      startsAt: now,
      endsAt: now + 1000,
    });
    // Coming back to the tab reads the list again (the coupon was made elsewhere).
    await page.getByTestId('catalog-tab-products').click();
    await page.getByTestId('catalog-tab-coupons').click();
    await page.getByTestId('coupons-search').fill(`Unused ${run}`);
    await row(page, `Unused ${run}`).click();
    await page.getByTestId('coupon-delete').click();
    await page.getByTestId('coupon-delete-confirm').click();
    await page.getByTestId('coupon-form').waitFor({ state: 'detached' });
    await row(page, `Unused ${run}`).waitFor({ state: 'detached' });
    expect((await coupons()).some((c) => c.id === unused.id)).toBe(false);
    await context.close();
  });
});

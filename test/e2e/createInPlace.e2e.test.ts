/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';

const url = inject('serveUrl');

interface Cue {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

describe.skipIf(!chromiumAvailable())('Creating a coupon or a giveaway from a cue picker, in Chromium', () => {
  const run = Date.now().toString(36);
  const { must, open } = browserSuite(url);
  let seq = 0;

  /** A new empty show, open in the Shows area, with the add-cue form of the given type showing. */
  async function addCueForm(locale: string, type: string) {
    const name = `Create in place ${run}-${++seq}`;
    const show = await must<{ id: string }>('show.create', { name });
    const app = await open(locale);
    const { page } = app;
    await page.getByTestId('nav-shows').click();
    await page.locator(`[data-testid="shows-item"][data-name="${name}"]`).click();
    await page.getByTestId('cue-add').click();
    await page.getByTestId('cue-form').waitFor();
    await page.getByTestId('cue-field-type').locator(`input[value="${type}"]`).check();
    return { ...app, showId: show.id };
  }
  const cuesOf = async (showId: string) => (await must<{ cues: Cue[] }>('show.get', { id: showId })).cues;
  const saveCue = async (page: Page) => {
    await page.getByTestId('cue-save').click();
    await page.getByTestId('cue-form').waitFor({ state: 'detached' });
  };

  it('makes a coupon from what was typed in the coupon picker and picks it for the cue', async () => {
    const { context, page, errors, showId } = await addCueForm('zh-CN', 'coupon');
    const name = `满300减50 ${run}`;
    await page.getByTestId('picker-search').fill(name);
    await expect.poll(() => page.getByTestId('picker-create').textContent()).toBe(`+ 新建优惠券“${name}”`);
    // The search answers after a pause in typing; then nothing matches.
    await page.getByRole('status').filter({ hasText: '没有找到。' }).waitFor();
    expect(await page.getByTestId('picker-option').count()).toBe(0);

    // Esc closes the new coupon only; the cue form stays as it was.
    await page.getByTestId('picker-create').click();
    await page.getByTestId('coupon-form').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('coupon-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cue-form').isVisible()).toBe(true);
    expect(await page.getByTestId('picker-search').inputValue()).toBe(name);

    await page.getByTestId('picker-create').click();
    await page.getByTestId('coupon-form').waitFor();
    // The name sets the type and the amounts.
    expect(await page.getByTestId('coupon-field-name').inputValue()).toBe(name);
    expect(await page.getByTestId('coupon-field-type').locator('input[value="threshold"]').isChecked()).toBe(true);
    expect(await page.getByTestId('coupon-field-threshold').inputValue()).toBe('300');
    expect(await page.getByTestId('coupon-field-value').inputValue()).toBe('50');
    await page.getByTestId('coupon-field-quantity').fill('200');
    await page.getByTestId('coupon-save').click();
    await page.getByTestId('coupon-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cue-picked').textContent()).toBe(name);

    await saveCue(page);
    const coupons = (
      await must<{ items: { id: string; name: string; thresholdFen: number; value: number; quantity: number }[] }>('coupon.list', {
        limit: 500,
      })
    ).items;
    const made = coupons.find((c) => c.name === name);
    expect(made).toMatchObject({ thresholdFen: 30000, value: 5000, quantity: 200 });
    expect(await cuesOf(showId)).toEqual([
      expect.objectContaining({ type: 'coupon', config: expect.objectContaining({ couponId: made?.id }) }),
    ]);
    expect(await page.getByTestId('cue-item').first().getByTestId('cue-detail').textContent()).toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a giveaway with Enter on an empty giveaway picker, prize and entry condition included', async () => {
    const { context, page, errors, showId } = await addCueForm('en-US', 'giveaway');
    const title = `9 pm giveaway ${run}`;
    await page.getByTestId('picker-search').fill(title);
    await expect.poll(() => page.getByTestId('picker-create').textContent()).toBe(`+ New giveaway “${title}”`);
    await page.getByRole('status').filter({ hasText: 'Nothing found.' }).waitFor();
    await page.getByTestId('picker-search').press('Enter');
    await page.getByTestId('task-form').waitFor();
    expect(await page.getByTestId('task-drawer').locator('h2').textContent()).toBe('New giveaway');
    // A giveaway cue makes giveaways: no other type is offered.
    expect(await page.getByTestId('task-field-type').count()).toBe(0);
    expect(await page.getByTestId('task-field-title').inputValue()).toBe(title);
    expect(await page.getByTestId('task-field-target').inputValue()).toBe('1');
    await page.getByTestId('task-field-reward').fill('Silk pyjamas');
    await page.getByTestId('task-field-entry').fill('Follow the host and join the fan club');
    await page.getByTestId('task-field-target').fill('3');
    await page.getByTestId('task-field-target').press('Enter');
    await page.getByTestId('task-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cue-picked').textContent()).toBe(title);
    await saveCue(page);

    const tasks = (
      await must<{ items: { id: string; type: string; title: string; reward: string; entry: string; target: number }[] }>('task.list', {
        limit: 500,
      })
    ).items;
    const made = tasks.find((t) => t.title === title);
    expect(made).toMatchObject({ type: 'giveaway', reward: 'Silk pyjamas', entry: 'Follow the host and join the fan club', target: 3 });
    expect(await cuesOf(showId)).toEqual([
      expect.objectContaining({ type: 'giveaway', config: expect.objectContaining({ taskId: made?.id }) }),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

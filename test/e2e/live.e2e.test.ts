/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');

describe.skipIf(!chromiumAvailable())('Live area in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;
  const run = Date.now().toString(36);

  async function must<T>(method: string, payload: unknown): Promise<T> {
    const result = await api.invoke(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
    await must('settings.update', { language: 'system' });
    // A session left live by an earlier run would block going live.
    const live = await must<{ sessionId: string } | null>('session.current', {});
    if (live) await must('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
  });
  afterAll(async () => {
    const live = await api?.invoke('session.current', {});
    if (live?.ok && live.value) {
      await api.invoke('session.command', { sessionId: (live.value as { sessionId: string }).sessionId, command: { type: 'end' } });
    }
    api?.close();
    await browser?.close();
  });

  it('goes live, fires two cues by button and Space, counts likes and ends into a review', async () => {
    const productA = await must<{ id: string }>('product.create', { sku: `E2E-LIVE-${run}-A`, title: `Serum ${run}`, livePriceFen: 9900 });
    const productB = await must<{ id: string }>('product.create', { sku: `E2E-LIVE-${run}-B`, title: `Toner ${run}`, livePriceFen: 5900 });
    const show = await must<{ id: string }>('show.create', { name: `E2E live ${run}` });
    const cueA = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: productA.id } });
    const cueB = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: productB.id } });

    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-live').click();

    await page.getByTestId('live-show-select').selectOption(show.id);
    await page.getByTestId('live-start').click();
    const go = page.getByTestId('live-go');
    await go.waitFor();
    await expect.poll(() => go.getAttribute('data-standby-id')).toBe(cueA.id);
    expect(await go.textContent()).toContain(`Serum ${run}`);
    const cue = (id: string) => page.locator(`[data-testid="live-cue"][data-cue-id="${id}"]`);
    expect(await cue(cueA.id).getAttribute('data-state')).toBe('standby');

    // GO by the button: A on air, B on standby.
    await go.click();
    await expect.poll(() => cue(cueA.id).getAttribute('data-state')).toBe('running');
    await expect.poll(() => go.getAttribute('data-standby-id')).toBe(cueB.id);
    expect(await cue(cueB.id).getAttribute('data-state')).toBe('standby');

    // GO by the Space bar (after the GO debounce).
    await page.waitForTimeout(500);
    await page.keyboard.press('Space');
    await expect.poll(() => cue(cueB.id).getAttribute('data-state')).toBe('running');
    await expect.poll(() => go.getAttribute('data-standby-id')).toBe('');

    // Likes +1 twice.
    await page.getByTestId('live-counter-likes').click();
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('1');
    await page.getByTestId('live-counter-likes').click();
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('2');

    const live = await must<{ sessionId: string }>('session.current', {});

    // End, confirmed: back to the picker.
    await page.getByTestId('live-end').click();
    await page.getByTestId('live-end-confirm').click();
    await page.getByTestId('live-start').waitFor();
    expect(await page.getByTestId('live-go').count()).toBe(0);

    const report = await must<{ cues: { cueId: string }[]; totals: { likes: number }; session: { live: boolean } }>('report.session', {
      sessionId: live.sessionId,
    });
    expect(report.session.live).toBe(false);
    expect(report.cues.map((c) => c.cueId)).toEqual([cueA.id, cueB.id]);
    expect(report.totals.likes).toBe(2);

    expect(errors).toEqual([]);
    await context.close();
  });
});

/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');

interface CueInterval {
  cueId: string;
  trigger: string;
  endReason: string | null;
}
interface Report {
  cues: CueInterval[];
  totals: { likes: number | null; peakViewers: number | null; orders: number | null; gmvFen: number | null };
  products: { productId: string; orders: number | null; gmvFen: number | null }[];
  panics: { at: number }[];
  session: { live: boolean };
}

describe.skipIf(!chromiumAvailable())('Live area in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;
  let context: BrowserContext | undefined;
  const run = Date.now().toString(36);
  let seq = 0;

  async function must<T>(method: string, payload: unknown): Promise<T> {
    const result = await api.invoke(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  }

  async function endLiveSession() {
    const live = await must<{ sessionId: string } | null>('session.current', {});
    if (live) await must('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
  }

  /** A show of product cues, one per title, each product with two talking points. */
  async function makeShow(titles: string[]) {
    const tag = `${run}-${++seq}`;
    const show = await must<{ id: string }>('show.create', { name: `E2E live ${tag}` });
    const cues: { id: string; productId: string; title: string }[] = [];
    for (const [i, title] of titles.entries()) {
      const product = await must<{ id: string }>('product.create', {
        sku: `E2E-LIVE-${tag}-${i}`,
        title: `${title} ${tag}`,
        livePriceFen: 9900 + i * 100,
        sellingPoints: [`${title} point one`, `${title} point two`],
      });
      const cue = await must<{ id: string }>('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
      cues.push({ id: cue.id, productId: product.id, title: `${title} ${tag}` });
    }
    return { showId: show.id, cues };
  }

  async function openLive(): Promise<Page> {
    context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    const sent: string[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (frame) => void (typeof frame.payload === 'string' && sent.push(frame.payload))));
    (page as Page & { sent?: string[] }).sent = sent;
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-live').click();
    return page;
  }

  /** Picks the show, waits for its preflight (OBS is not set up here, so it fails) and goes live anyway. */
  async function goLive(page: Page, showId: string) {
    await page.getByTestId('live-show-select').selectOption(showId);
    await page.locator('[data-testid="live-check"][data-check="obs"][data-status="failed"]').waitFor();
    await page.getByTestId('live-start').click();
    await page.getByTestId('live-start-confirm').click();
    await page.getByTestId('live-go').waitFor();
  }

  const cueRow = (page: Page, id: string) => page.locator(`[data-testid="live-cue"][data-cue-id="${id}"]`);
  const stateOf = (page: Page, id: string) => cueRow(page, id).getAttribute('data-state');
  const standbyOf = (page: Page) => page.getByTestId('live-go').getAttribute('data-standby-id');
  const report = async () => {
    const live = await must<{ sessionId: string }>('session.current', {});
    return must<Report>('report.session', { sessionId: live.sessionId });
  };

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
    await must('settings.update', { language: 'system' });
    // A session left live by an earlier run would block going live.
    await endLiveSession();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await endLiveSession();
  });
  afterAll(async () => {
    api?.close();
    await browser?.close();
  });

  it('checks before going live, goes live anyway, fires by button and Space, shows talking points, counts and ends', async () => {
    const { showId, cues } = await makeShow(['Serum', 'Toner']);
    const [a, b] = cues as [(typeof cues)[0], (typeof cues)[0]];
    const page = await openLive();

    await page.getByTestId('live-show-select').selectOption(showId);
    const obsCheck = page.locator('[data-testid="live-check"][data-check="obs"]');
    await obsCheck.and(page.locator('[data-status="failed"]')).waitFor();
    expect(await obsCheck.textContent()).toContain('No OBS connection is set up');
    expect(await page.locator('[data-testid="live-check"][data-check="show"]').getAttribute('data-status')).toBe('ok');
    const scenes = page.locator('[data-testid="live-check"][data-check="scenes"]');
    expect(await scenes.getAttribute('data-status')).toBe('skipped');
    expect(await scenes.textContent()).toContain('Not checked: OBS is not ready.');
    // Outputs cannot be chosen while OBS is not ready.
    expect(await page.getByTestId('live-output-stream').getAttribute('data-note')).toBe('obsNotReady');
    expect(await page.getByTestId('live-output-stream').locator('input').isDisabled()).toBe(true);

    // A failed check: going live takes a confirm.
    const start = page.getByTestId('live-start');
    expect(await start.textContent()).toBe('Go live anyway');
    await start.click();
    expect(await page.getByTestId('live-go').count()).toBe(0);
    await page.getByTestId('live-start-confirm').click();

    const go = page.getByTestId('live-go');
    await go.waitFor();
    await expect.poll(() => go.getAttribute('data-standby-id')).toBe(a.id);
    expect(await go.textContent()).toContain(a.title);
    expect(await stateOf(page, a.id)).toBe('standby');
    // The next card shows the standby product before it airs.
    await expect.poll(() => page.getByTestId('live-card-next').getByTestId('live-card-title').textContent()).toBe(a.title);
    // The card after it is read ahead, so after GO the next card has its talking points at once.
    const sent = (page as Page & { sent?: string[] }).sent ?? [];
    const asked = (productId: string) => sent.some((m) => m.includes('"product.get"') && m.includes(productId));
    await expect.poll(() => asked(b.productId)).toBe(true);

    // GO by the button: A on air with its talking points, B on standby.
    await go.click();
    await expect.poll(() => stateOf(page, a.id)).toBe('running');
    await expect.poll(() => standbyOf(page)).toBe(b.id);
    const onAir = page.getByTestId('live-card-onair');
    await expect.poll(() => onAir.getAttribute('data-cue-id')).toBe(a.id);
    await expect.poll(() => onAir.getByTestId('live-talking-points').textContent()).toContain('Serum point one');
    expect(await onAir.getByTestId('live-card-price').textContent()).toBe('¥99');

    // GO by the Space bar (after the GO debounce).
    await page.waitForTimeout(500);
    await page.keyboard.press('Space');
    await expect.poll(() => stateOf(page, b.id)).toBe('running');
    await expect.poll(() => standbyOf(page)).toBe('');
    await expect.poll(() => onAir.getByTestId('live-talking-points').textContent()).toContain('Toner point two');

    // Likes +1 twice.
    await page.getByTestId('live-counter-likes').click();
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('1');
    await page.getByTestId('live-counter-likes').click();
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('2');
    // A typed amount adds to the count; a negative one corrects it.
    const likes = page.getByTestId('live-counter-input-likes');
    await likes.fill('1,000');
    await likes.press('Enter');
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('1,002');
    await likes.fill('-2');
    await likes.press('Enter');
    await expect.poll(() => page.getByTestId('live-counter-value-likes').textContent()).toBe('1,000');
    await likes.fill('lots');
    await likes.press('Enter');
    await page.getByText('Enter a whole number, e.g. 1,200 (negative to correct)').waitFor();

    // Sales count against the product on air (B).
    expect(await page.getByTestId('live-counters-for').textContent()).toContain('Toner');
    const orders = page.getByTestId('live-counter-input-orders');
    await orders.fill('3');
    await orders.press('Enter');
    await expect.poll(() => page.getByTestId('live-counter-value-orders').textContent()).toBe('3');
    const gmv = page.getByTestId('live-gmv-input');
    await gmv.fill('299.70');
    await gmv.press('Enter');
    await expect.poll(() => page.getByTestId('live-counter-value-gmvFen').textContent()).toBe('¥299.70');
    await gmv.fill('-0.70');
    await gmv.press('Enter');
    await expect.poll(() => page.getByTestId('live-counter-value-gmvFen').textContent()).toBe('¥299.00');

    // Viewer readings: the last and the peak.
    const viewers = page.getByTestId('live-gauge-input-viewersOnline');
    await viewers.fill('1,200');
    await viewers.press('Enter');
    await expect.poll(() => page.getByTestId('live-gauge-last-viewersOnline').textContent()).toBe('1200');
    await viewers.fill('800');
    await viewers.press('Enter');
    await expect.poll(() => page.getByTestId('live-gauge-last-viewersOnline').textContent()).toBe('800');
    expect(await page.getByTestId('live-gauge-peak-viewersOnline').textContent()).toBe('1200');

    const live = await must<{ sessionId: string }>('session.current', {});

    // End, confirmed: the ended session's panel, then back to the picker.
    await page.getByTestId('live-end').click();
    await page.getByTestId('live-end-confirm').click();
    await page.getByTestId('live-ended-another').click();
    await page.getByTestId('live-start').waitFor();
    expect(await page.getByTestId('live-go').count()).toBe(0);

    const review = await must<Report>('report.session', { sessionId: live.sessionId });
    expect(review.session.live).toBe(false);
    expect(review.cues.map((c) => c.cueId)).toEqual([a.id, b.id]);
    expect(review.totals.likes).toBe(1000);
    expect(review.totals).toMatchObject({ orders: 3, gmvFen: 29_900 });
    expect(review.products.find((p) => p.productId === b.productId)).toMatchObject({ orders: 3, gmvFen: 29_900 });
    expect(review.totals.peakViewers).toBe(1200);

    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('skips, backs, stops, re-fires, jumps by click, Fire, Enter and a hotkey', async () => {
    const { showId, cues } = await makeShow(['Lipstick', 'Mascara', 'Blush', 'Primer']);
    const [a, b, c, d] = cues as [(typeof cues)[0], (typeof cues)[0], (typeof cues)[0], (typeof cues)[0]];
    // The hotkey is written like a KeyboardEvent.code: F2 fires cue D.
    await must('cue.update', { id: d.id, config: { productId: d.productId, hotkey: 'F2' } });
    const page = await openLive();
    await goLive(page, showId);
    expect(await cueRow(page, d.id).getByTestId('live-cue-hotkey').textContent()).toBe('F2');

    // Skip moves standby A → B, Back returns it to A.
    await page.getByTestId('live-skip').click();
    await expect.poll(() => standbyOf(page)).toBe(b.id);
    expect(await stateOf(page, a.id)).toBe('idle');
    await page.getByTestId('live-back').click();
    await expect.poll(() => standbyOf(page)).toBe(a.id);

    // GO A, then stop it.
    await page.getByTestId('live-go').click();
    await expect.poll(() => stateOf(page, a.id)).toBe('running');
    await cueRow(page, a.id).getByTestId('live-stop').click();
    // Stopped after it aired: done, not "not yet".
    await expect.poll(() => stateOf(page, a.id)).toBe('done');

    // Re-fire A (返场).
    await cueRow(page, a.id).getByTestId('live-refire').click();
    await expect.poll(() => stateOf(page, a.id)).toBe('running');

    // A click on C puts it on standby without firing it.
    await cueRow(page, c.id).locator('.live-cue__title').click();
    await expect.poll(() => standbyOf(page)).toBe(c.id);
    expect(await stateOf(page, c.id)).toBe('standby');

    // Fire on B plays it at once; a product replaces the one on air, and standby stays on C.
    await cueRow(page, b.id).getByTestId('live-fire').click();
    await expect.poll(() => stateOf(page, b.id)).toBe('running');
    expect(await stateOf(page, a.id)).toBe('done');
    expect(await standbyOf(page)).toBe(c.id);

    // Arrow keys move the focus; Enter fires the focused cue.
    await cueRow(page, a.id).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cue-id'))).toBe(c.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => stateOf(page, c.id)).toBe('running');

    // The hotkey fires D.
    await page.keyboard.press('F2');
    await expect.poll(() => stateOf(page, d.id)).toBe('running');
    // C is off air; a jump never moves standby, so C is still next.
    expect(await stateOf(page, c.id)).toBe('standby');

    // What the session logged: every run with how it started and ended.
    const review = await report();
    expect(review.cues.map((i) => [i.cueId, i.trigger, i.endReason])).toEqual([
      [a.id, 'go', 'stopped'],
      [a.id, 'refire', 'next'],
      [b.id, 'jump', 'next'],
      [c.id, 'jump', 'next'],
      [d.id, 'jump', null],
    ]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('PANIC by holding the button, by press and confirm, and by holding Escape', async () => {
    const { showId, cues } = await makeShow(['Cream', 'Mask']);
    const [a, b] = cues as [(typeof cues)[0], (typeof cues)[0]];
    const page = await openLive();
    await goLive(page, showId);
    const panic = page.getByTestId('live-panic');
    const panicState = page.getByTestId('live-panic-state');

    // Hold: the press alone does nothing until the hold completes.
    await page.getByTestId('live-go').click();
    await expect.poll(() => stateOf(page, a.id)).toBe('running');
    await panic.hover();
    await page.mouse.down();
    await panicState.waitFor();
    await page.mouse.up();
    await expect.poll(() => stateOf(page, a.id)).toBe('done');
    expect((await report()).panics).toHaveLength(1);
    // Letting go after a completed hold does not arm it again.
    expect(await panic.getAttribute('data-armed')).toBe('false');

    // Press, then confirm.
    await cueRow(page, b.id).getByTestId('live-fire').click();
    await expect.poll(() => stateOf(page, b.id)).toBe('running');
    expect(await panicState.count()).toBe(0);
    await panic.click();
    await expect.poll(() => panic.getAttribute('data-armed')).toBe('true');
    expect(await stateOf(page, b.id)).toBe('running');
    await panic.click();
    await panicState.waitFor();
    // B is off air and back to what it was before the jump: the standby cue.
    await expect.poll(() => stateOf(page, b.id)).toBe('standby');
    expect((await report()).panics).toHaveLength(2);

    // Keyboard: Escape then Enter.
    await cueRow(page, a.id).getByTestId('live-fire').click();
    await expect.poll(() => panicState.count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => panic.getAttribute('data-armed')).toBe('true');
    await page.keyboard.press('Enter');
    await panicState.waitFor();
    expect((await report()).panics).toHaveLength(3);

    // Keyboard: hold Escape.
    await cueRow(page, b.id).getByTestId('live-fire').click();
    await expect.poll(() => panicState.count()).toBe(0);
    await page.keyboard.down('Escape');
    await panicState.waitFor();
    await page.keyboard.up('Escape');
    await expect.poll(() => stateOf(page, b.id)).toBe('standby');
    expect((await report()).panics).toHaveLength(4);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';
import { shot } from '../helpers/screenshots';
import { couponOff30, productPng } from './overlayShow';

const url = inject('serveUrl');

interface View {
  sessionId: string;
  state: { standbyId: string | null; counters: Record<string, number> };
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Every text node of the buttons under `root` that takes more than one line (a label wrapped, e.g. 播/出 stacked). */
async function wrappedLabels(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const wrapped: string[] = [];
    for (const button of Array.from(el.querySelectorAll('button'))) {
      if (button.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) wrapped.push(node.textContent.trim());
      }
    }
    return wrapped;
  });
}

/** The element's box lies wholly inside the window (seen without scrolling). */
async function inView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  const name = (await locator.getAttribute('data-testid')) ?? 'element';
  expect(box, name).not.toBeNull();
  if (!box || !size) return;
  expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(size.height + 0.5);
  expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(size.width + 0.5);
}

/** The counter bar's controls side by side, none under another (a squeezed 成交 form once slid under Undo). */
async function barControlsApart(page: Page): Promise<void> {
  const ids = [
    'live-bar-tap-likes',
    'live-bar-tap-newFollowers',
    'live-bar-tap-fanClubJoins',
    'live-sale-orders',
    'live-sale-amount',
    'live-sale-add',
    'live-bar-undo',
  ];
  const boxes = await Promise.all(ids.map((id) => page.getByTestId(id).boundingBox()));
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b, k) => {
      if (!a || !b) throw new Error('a bar control is not shown');
      const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      expect(apart, `${ids[i]} overlaps ${ids[i + 1 + k]}`).toBe(true);
    });
  });
}

const fontPx = (locator: Locator) => locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

/** WCAG contrast of an element's text colour on its background colour (both opaque rgb()). */
const contrastOf = (locator: Locator) =>
  locator.evaluate((el) => {
    const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string) => {
      const [r, g, b] = rgb(css).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    let bgEl: Element | null = el;
    while (bgEl && getComputedStyle(bgEl).backgroundColor === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
    const a = lum(getComputedStyle(el).color);
    const b = lum(bgEl ? getComputedStyle(bgEl).backgroundColor : 'rgb(0,0,0)');
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });

/**
 * Live mode and the console at a store PC's 1366×768 and at 1920×1080, in Chinese and English, against the suite's
 * `npm run serve`: a product on air, a coupon counting down, the counter bar, the end of the session and its review.
 */
describe.skipIf(!chromiumAvailable())('live mode, counter bar and the end of a session (Chromium)', () => {
  const run = Date.now().toString(36);
  let seq = 0;
  const { must, open } = browserSuite(url);

  afterEach(async () => {
    const live = await must<{ sessionId: string } | null>('session.current', {});
    if (live) await must('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
  });

  /** A product with a picture and talking points, a coupon with a 5-minute countdown, then a second product. */
  async function goLiveWithCoupon(): Promise<{ view: View; productId: string; dress: string; coupon: string }> {
    const tag = `${run}-${++seq}`;
    const image = (await must<{ hash: string }>('image.store', { dataBase64: productPng().toString('base64') })).hash;
    const dress = await must<{ id: string }>('product.create', {
      sku: `LM-1-${tag}`,
      title: '真丝连衣裙 夏季新款',
      livePriceFen: 19_900,
      images: [image],
      sellingPoints: ['100% 桑蚕丝，透气不闷热', '三个颜色，S 到 XL 都有', '今晚下单送同款发带'],
    });
    const other = await must<{ id: string }>('product.create', { sku: `LM-2-${tag}`, title: '防晒霜 SPF50+ 50ml', livePriceFen: 12_990 });
    const now = Date.now();
    const coupon = await must<{ id: string }>('coupon.create', couponOff30(now));
    const show = await must<{ id: string }>('show.create', { name: `夏季上新专场 ${tag}` });
    const cue = (type: string, config: Record<string, unknown>) => must<{ id: string }>('cue.insert', { showId: show.id, type, config });
    const dressCue = await cue('product', { productId: dress.id });
    const couponCue = await cue('coupon', { couponId: coupon.id, countdownMs: 300_000 });
    await cue('product', { productId: other.id });
    await must('settings.update', { goDebounceMs: 0 });
    let view = await must<View>('session.start', { showId: show.id });
    for (let i = 0; i < 2; i++) {
      view = await must<View>('session.command', {
        sessionId: view.sessionId,
        command: { type: 'go', expectedStandbyId: view.state.standbyId },
      });
    }
    await must('session.command', { sessionId: view.sessionId, command: { type: 'readGauge', gauge: 'viewersOnline', value: 1234 } });
    return { view, productId: dress.id, dress: dressCue.id, coupon: couponCue.id };
  }

  const counters = async () => (await must<View>('session.current', {})).state.counters;

  for (const locale of ['zh-CN', 'en']) {
    for (const size of SIZES) {
      const name = `${locale}-${size.width}`;
      it(`live mode at ${size.width}×${size.height} in ${locale}: on air, countdown, GO and the bar in view, big, still`, async () => {
        const { dress } = await goLiveWithCoupon();
        const { context, page, errors } = await open(locale, size);
        await page.locator(`[data-testid="live-card-onair"][data-cue-id="${dress}"]`).waitFor();
        await page.keyboard.press('F11');
        const mode = page.getByTestId('live-mode');
        await mode.waitFor();
        // The sidebar and the status bar are gone; the Live area has the whole window.
        expect(await page.locator('nav.nav').count()).toBe(0);
        expect(await page.locator('.status-bar').count()).toBe(0);
        await page.getByTestId('live-card-image').waitFor();
        await shot(page, `livemode-${name}`);

        for (const id of [
          'live-card-onair',
          'live-go',
          'live-offers',
          'live-card-next',
          'live-bar',
          'live-panic',
          'live-mode-leave',
          'live-light-stream',
        ]) {
          await inView(page, page.getByTestId(id).first());
        }
        expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
        expect(await wrappedLabels(mode)).toEqual([]);
        await barControlsApart(page);
        const title = page.getByTestId('live-card-onair').getByTestId('live-card-title');
        expect(await fontPx(title)).toBeGreaterThanOrEqual(40);
        const countdown = page.getByTestId('live-offer').first().getByTestId('live-countdown');
        expect(await fontPx(countdown)).toBeGreaterThanOrEqual(96);
        await inView(page, countdown);
        await inView(page, page.getByTestId('live-talking-points'));
        expect(await page.getByTestId('live-mode-viewers').textContent()).toContain('1,234');

        // Nothing moves when a number changes: the countdown, the title and GO keep their boxes as the second turns.
        const watched = [countdown, title, page.getByTestId('live-go'), page.getByTestId('live-bar')];
        const before = await Promise.all(watched.map((l) => l.boundingBox()));
        const first = await countdown.textContent();
        await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);
        expect(await Promise.all(watched.map((l) => l.boundingBox()))).toEqual(before);

        // Esc leaves live mode (and does not arm PANIC); F11 comes back, the button leaves too.
        await page.keyboard.press('Escape');
        await page.getByTestId('live-mode').waitFor({ state: 'detached' });
        expect(await page.getByTestId('live-panic').getAttribute('data-armed')).toBe('false');
        await page.locator('nav.nav').waitFor();
        await page.getByTestId('live-mode-enter').click();
        await mode.waitFor();
        await page.getByTestId('live-mode-leave').click();
        await page.getByTestId('live-console-body').waitFor();
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('the counter bar: taps, one 成交 counted to the product on air at its price, undo, and Space is GO again', async () => {
    const { productId } = await goLiveWithCoupon();
    const { context, page, errors } = await open('zh-CN');
    await page.getByTestId('live-bar').waitFor();
    expect(await page.getByTestId('live-sale-for').getAttribute('data-product-id')).toBe(productId);
    expect(await page.getByTestId('live-sale-for').textContent()).toContain('真丝连衣裙');

    await page.getByTestId('live-bar-tap-newFollowers').click();
    await expect.poll(async () => (await counters()).newFollowers).toBe(1);
    await page.getByTestId('live-sale-orders').fill('2');
    await page.getByTestId('live-sale-orders').press('Enter');
    // A blank amount is the orders at the live price.
    await expect.poll(async () => (await counters()).orders).toBe(2);
    expect((await counters()).gmvFen).toBe(39_800);
    await expect.poll(() => page.getByTestId('live-bar-undo-what').textContent()).toBe('成交 2 单 ¥398');
    // The field let go of the keyboard: Space is GO.
    const standby = await page.getByTestId('live-go').getAttribute('data-standby-id');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('live-go').getAttribute('data-standby-id')).not.toBe(standby);

    await page.getByTestId('live-bar-undo').click();
    await expect.poll(async () => (await counters()).orders).toBe(0);
    expect((await counters()).gmvFen).toBe(0);
    await expect.poll(() => page.getByTestId('live-bar-undo').isDisabled()).toBe(true);

    await shot(page, 'counter-bar-zh-CN-1366');
    await page.getByTestId('live-sale-amount').fill('abc');
    await page.getByTestId('live-sale-add').click();
    expect(await page.getByTestId('live-sale-problem').textContent()).toContain('金额');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`the console at 1366×768 in ${locale}: row buttons on one line, typing in a counter keeps GO and the cues in view, PANIC readable`, async () => {
      const { dress } = await goLiveWithCoupon();
      const { context, page, errors } = await open(locale);
      await page.locator(`[data-testid="live-cue"][data-cue-id="${dress}"] [data-testid="live-refire"]`).waitFor();
      expect(await wrappedLabels(page.getByTestId('live-cues'))).toEqual([]);
      expect(await wrappedLabels(page.locator('.live-console__head'))).toEqual([]);
      expect(await wrappedLabels(page.getByTestId('live-bar'))).toEqual([]);
      await barControlsApart(page);
      expect(await contrastOf(page.locator('.live-panic__label'))).toBeGreaterThanOrEqual(4.5);

      // The last field of the full counter panel, far down the side column.
      const gmv = page.getByTestId('live-gmv-input');
      await gmv.click();
      await gmv.pressSequentially('199');
      await inView(page, gmv);
      await inView(page, page.getByTestId('live-go'));
      await inView(page, page.locator(`[data-testid="live-cue"][data-cue-id="${dress}"]`));
      await inView(page, page.getByTestId('live-bar'));
      expect(await page.evaluate(() => document.querySelector('.shell__main')?.scrollTop)).toBe(0);
      await shot(page, `console-typing-${locale}-1366`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('ending the session offers its review at once; Enter opens it in 复盘, or the operator starts another show', async () => {
    const { view } = await goLiveWithCoupon();
    const { context, page, errors } = await open('zh-CN');
    await page.getByTestId('live-end').click();
    await page.getByTestId('live-end-confirm').click();
    const panel = page.getByTestId('live-ended');
    await panel.waitFor();
    expect(await panel.getAttribute('data-session-id')).toBe(view.sessionId);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('live-ended-review');
    await shot(page, 'ended-zh-CN-1366');

    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="reports-review"][data-session-id="${view.sessionId}"]`).waitFor();
    expect(await page.getByTestId('nav-reports').getAttribute('aria-current')).toBe('page');
    await shot(page, 'ended-review-zh-CN-1366');

    // Back in Live: the show picker, ready for another show.
    await page.getByTestId('nav-live').click();
    await page.getByTestId('live-show-select').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('another session ended elsewhere shows the panel too, and “start another show” goes back to the picker', async () => {
    const { view } = await goLiveWithCoupon();
    const { context, page } = await open('en');
    await page.getByTestId('live-go').waitFor();
    await must('session.command', { sessionId: view.sessionId, command: { type: 'end' } });
    await page.getByTestId('live-ended').waitFor();
    expect(await page.getByTestId('live-ended').textContent()).toContain('Session ended');
    await shot(page, 'ended-en-1366');
    await page.getByTestId('live-ended-another').click();
    await page.getByTestId('live-show-select').waitFor();
    await context.close();
  });
});

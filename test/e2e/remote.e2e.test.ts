/// <reference lib="dom" />
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { shot } from '../helpers/screenshots';
import { type ServeProcess, startBuiltHost } from '../helpers/serveProcess';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { must } from './overlayShow';
import { consoleCommand, goLiveForRemotes, type RemoteShow } from './remoteShow';

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface Session {
  state: {
    standbyId: string | null;
    counters: Record<string, number>;
    panicAt: number | null;
    running: { cueId: string }[];
    cues: { id: string; title: string }[];
  };
}

describe.skipIf(!chromiumAvailable())('Phone remote in Chromium against npm run serve -- --lan', () => {
  let host: ServeProcess;
  let browser: Browser;
  let api: RawApiClient;
  let show: RemoteShow;
  let pc: { context: BrowserContext; page: Page };
  let phone: { context: BrowserContext; page: Page; errors: string[] };
  /** While set, the phone does not hear the session pushes (it keeps showing an old standby). */
  let holdPushes = false;
  const tag = Date.now().toString(36);

  const current = () => must<Session>(api, 'session.current', {});

  beforeAll(async () => {
    host = await startBuiltHost(['--port', '0', '--lan', '--data-dir', mkdtempSync(path.join(tmpdir(), 'livecue-remote-e2e-'))]);
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(host.url));
    await must(api, 'settings.update', { language: 'zh-CN', goDebounceMs: 0 });
    show = await goLiveForRemotes(api, tag);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-settings').click();
    pc = { context, page };
  });
  afterAll(async () => {
    api?.close();
    await browser?.close();
    await host?.stop();
  });

  /** The phone's first screen, as a person holding it sees it (taps scroll the page; a screenshot starts at the top). */
  async function phoneShot(page: Page, name: string) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, name);
  }

  /** A phone: 390×844, touch, mobile, an iPhone's browser; its socket can be told to miss session pushes. */
  async function openPhone(url: string) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
      userAgent: IPHONE_UA,
      locale: 'zh-CN',
    });
    await context.routeWebSocket(/\/api\/ws/, (ws) => {
      const server = ws.connectToServer();
      server.onMessage((message) => {
        if (holdPushes && typeof message === 'string' && message.includes('"topic":"session.state"')) return;
        ws.send(message);
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    return { context, page, errors };
  }

  /** Shows a new QR code on the PC for `role` and returns the URL it holds. */
  async function offerOnPc(role: 'control' | 'view'): Promise<string> {
    const section = pc.page.getByTestId('settings-remote');
    await section.scrollIntoViewIfNeeded();
    await pc.page.getByTestId(`remote-role-${role}`).check();
    await pc.page.getByTestId('remote-offer').click();
    await pc.page.locator(`[data-testid="remote-offer-shown"][data-role="${role}"]`).waitFor();
    const qr = pc.page.getByTestId('remote-qr');
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const url = (await pc.page.getByTestId('remote-offer-url').textContent()) ?? '';
    expect(await qr.getAttribute('data-url')).toBe(url);
    return url;
  }

  it('pairs a phone through the UI: the PC shows the QR code and the pending device, the phone waits until confirmed', async () => {
    const origin = await pc.page.getByTestId('remote-origin').textContent();
    expect(origin).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:\d+$/);
    const url = await offerOnPc('control');
    expect(url.startsWith(`${origin}/remote?pair=`)).toBe(true);

    phone = await openPhone(url);
    const name = phone.page.getByTestId('phone-device-name');
    expect(await name.inputValue()).toBe('iPhone');
    await name.fill('小王的手机');
    await phone.page.getByTestId('phone-pair-submit').tap();
    await phone.page.getByTestId('phone-waiting').waitFor();
    expect(await phone.page.getByTestId('phone-waiting').textContent()).toContain('等待电脑确认');
    expect(new URL(phone.page.url()).search).toBe('');

    // It appears on the PC by itself (pushed on remote.info).
    const pending = pc.page.getByTestId('remote-pending-device').filter({ hasText: '小王的手机' });
    await pending.waitFor();
    // The code was spent; a new QR code for the next phone shows beside the one waiting.
    await offerOnPc('control');
    await pending.scrollIntoViewIfNeeded();
    await shot(pc.page, 'settings-remote-1366x768-zh-CN');
    await must(api, 'settings.update', { language: 'en' });
    await pc.page.getByRole('heading', { name: 'Remote' }).waitFor();
    await pending.scrollIntoViewIfNeeded();
    await shot(pc.page, 'settings-remote-1366x768-en');
    await must(api, 'settings.update', { language: 'zh-CN' });

    await pending.getByTestId('remote-confirm').click();
    await phone.page.getByTestId('phone-go').waitFor();
    await pc.page.locator('[data-testid="remote-device"][data-connected="true"]').filter({ hasText: '小王的手机' }).waitFor();
    await phone.page.locator('[data-testid="phone-connection"][data-state="connected"]').waitFor();

    // Reopened later, it connects with the token it kept.
    await phone.page.reload();
    await phone.page.getByTestId('phone-go').waitFor();
  });

  it('drives the show with taps: GO with the standby’s name, standby ▼, the counters, 成交 and its undo', async () => {
    const { page } = phone;
    const go = page.getByTestId('phone-go');
    await expect.poll(() => go.textContent()).toContain('真丝连衣裙');
    await go.tap();
    await expect.poll(async () => (await current()).state.running.map((r) => r.cueId)).toContain(show.cues.dress);
    await expect.poll(() => page.getByTestId('phone-notice').textContent()).toContain('已播出「真丝连衣裙');
    await expect.poll(() => go.textContent()).toContain('满199减30');

    await page.getByTestId('phone-standby-down').tap();
    await expect.poll(async () => (await current()).state.standbyId).toBe(show.cues.serum);
    await page.getByTestId('phone-standby-up').tap();
    await expect.poll(async () => (await current()).state.standbyId).toBe(show.cues.coupon);

    await page.getByTestId('phone-counter-likes').tap();
    await page.getByTestId('phone-counter-newFollowers').tap();
    await expect.poll(async () => (await current()).state.counters.likes).toBe(1);
    await expect.poll(() => page.getByTestId('phone-counter-value-newFollowers').textContent()).toBe('1');

    expect(await page.getByTestId('phone-sale-for').textContent()).toContain('真丝连衣裙');
    await page.getByTestId('phone-orders-more').tap();
    await page.getByTestId('phone-amount').fill('398');
    await page.getByTestId('phone-sale').tap();
    await expect.poll(async () => (await current()).state.counters).toMatchObject({ orders: 2, gmvFen: 39_800 });
    await expect.poll(() => page.getByTestId('phone-notice').textContent()).toContain('已记录成交 2 单 ¥398.00');
    await phoneShot(page, 'phone-control-390x844-zh-CN');
    // GO, standby and the counters are on the first screen, under the thumb, without scrolling.
    const offScreen = await page.evaluate(() =>
      ['phone-go', 'phone-standby-up', 'phone-standby-down', 'phone-counter-likes', 'phone-counter-fanClubJoins'].filter((id) => {
        const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
        return !r || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth;
      }),
    );
    expect(offScreen).toEqual([]);
    await page.getByTestId('phone-sale-undo').tap();
    await expect.poll(async () => (await current()).state.counters).toMatchObject({ orders: 0, gmvFen: 0 });
    expect(phone.errors).toEqual([]);
  });

  it('refuses a GO for a cue the PC has fired meanwhile, and says on the phone which cue is on standby now', async () => {
    const { page } = phone;
    const go = page.getByTestId('phone-go');
    await expect.poll(() => go.textContent()).toContain('满199减30');
    holdPushes = true;
    await consoleCommand(api, show.sessionId, { type: 'go', expectedStandbyId: show.cues.coupon }); // the PC fires the coupon
    expect(await go.textContent()).toContain('满199减30'); // the phone has not heard
    await go.tap();
    const notice = page.getByTestId('phone-notice');
    await expect.poll(() => notice.textContent()).toContain('待播已变为「修护精华液');
    expect(await notice.getAttribute('role')).toBe('alert');
    await phoneShot(page, 'phone-stale-go-390x844-zh-CN');
    holdPushes = false;
    // Nothing fired twice, nothing fired that nobody meant: the serum waits for a second press.
    expect((await current()).state.running.map((r) => r.cueId)).not.toContain(show.cues.serum);
    await expect.poll(() => go.textContent()).toContain('修护精华液');
    await go.tap();
    await expect.poll(async () => (await current()).state.running.map((r) => r.cueId)).toContain(show.cues.serum);
  });

  it('PANIC needs a hold: a tap does nothing, a one-second press switches to the safe scene', async () => {
    const { page, context } = phone;
    const panic = page.getByTestId('phone-panic');
    await panic.scrollIntoViewIfNeeded();
    await panic.tap();
    await page.waitForTimeout(1500);
    expect((await current()).state.panicAt).toBeNull();

    const box = await panic.boundingBox();
    if (!box) throw new Error('PANIC is not on screen');
    const touch = await context.newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await page.locator('[data-testid="phone-panic"][data-holding="true"]').waitFor();
    await expect.poll(async () => (await current()).state.panicAt, { timeout: 5000 }).not.toBeNull();
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.getByTestId('phone-notice').textContent()).toContain('已紧急切换到安全画面');
  });

  it('a view-only device shows now, next and the countdown, with no controls', async () => {
    const url = await offerOnPc('view');
    const tablet = await openPhone(url);
    await tablet.page.getByTestId('phone-device-name').fill('提词平板');
    await tablet.page.getByTestId('phone-pair-submit').tap();
    await tablet.page.getByTestId('phone-waiting').waitFor();
    await pc.page.getByTestId('remote-pending-device').filter({ hasText: '提词平板' }).getByTestId('remote-confirm').click();
    // The view QR code opens the prompter; the phone page (same token) shows the view-only remote.
    await tablet.page.getByTestId('presenter').waitFor();
    await shot(tablet.page, 'presenter-paired-390x844-zh-CN');
    await tablet.page.goto(new URL('/remote', url).href);
    await tablet.page.getByTestId('phone-view-only').waitFor();
    expect(await tablet.page.getByTestId('phone-go').count()).toBe(0);
    expect(await tablet.page.getByTestId('phone-panic').count()).toBe(0);
    // PANIC took everything off air: the PC brings the serum back (返场), and the view-only phone follows.
    await consoleCommand(api, show.sessionId, { type: 'refire', cueId: show.cues.serum });
    await expect.poll(() => tablet.page.getByTestId('phone-now').textContent()).toContain('修护精华液');
    await tablet.page.getByTestId('phone-clock').waitFor();
    await phoneShot(tablet.page, 'phone-view-390x844-zh-CN');
    await tablet.context.close();
  });

  it('revoked mid-show on the PC: the phone is cut off at once and says so, and its token opens nothing any more', async () => {
    const token = await phone.page.evaluate(() => JSON.parse(localStorage.getItem('livecue.remote.device') ?? '{}').token as string);
    const row = pc.page.locator('[data-testid="remote-device"]').filter({ hasText: '小王的手机' });
    await row.getByTestId('remote-revoke').click();
    await row.getByTestId('remote-revoke-confirm').click();
    await row.waitFor({ state: 'detached' });
    await phone.page.getByTestId('phone-revoked').waitFor();
    expect(await phone.page.getByTestId('phone-revoked').textContent()).toContain('此设备已被电脑停用，请重新配对');
    await phoneShot(phone.page, 'phone-revoked-390x844-zh-CN');
    await expect(RawApiClient.connect(wsUrlFor(host.url, token))).rejects.toThrow(/401/);
    // Reopened, it still knows it has to pair again.
    await phone.page.reload();
    await phone.page.getByTestId('phone-unpaired').waitFor();
  });
});

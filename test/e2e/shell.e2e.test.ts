/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

const url = inject('serveUrl');
const dataDir = inject('serveDataDir');

describe.skipIf(!chromiumAvailable())('LiveCue shell in Chromium against npm run serve', () => {
  let browser: Browser;
  let api: RawApiClient;

  beforeAll(async () => {
    browser = await launchChromium();
    api = await RawApiClient.connect(wsUrlFor(url));
  });
  afterAll(async () => {
    api?.close();
    await browser?.close();
  });
  beforeEach(async () => {
    // Every test starts from the default: language follows the OS.
    expect(await api.invoke('settings.update', { language: 'system' })).toMatchObject({ ok: true });
  });

  async function open(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    expect(errors).toEqual([]);
    return { context, page };
  }

  it('loads the shell with navigation and both connection states', async () => {
    const { context, page } = await open();
    for (const [id, label] of [
      ['nav-live', 'Live'],
      ['nav-shows', 'Shows'],
      ['nav-products', 'Products'],
      ['nav-reports', 'Reports'],
      ['nav-settings', 'Settings'],
    ] as const) {
      await expect(page.getByTestId(id).textContent()).resolves.toContain(label);
    }
    expect(await page.getByTestId('status-obs').getAttribute('data-state')).toBe('not_configured');
    await page.getByTestId('nav-products').click();
    expect(await page.getByTestId('area-title').textContent()).toContain('Products');
    await page.keyboard.press('Control+5');
    expect(await page.getByTestId('area-title').textContent()).toContain('Settings');
    await context.close();
  });

  it('shows the SQLite version, data folder and host reported by the backend in About', async () => {
    const about = await api.invoke('app.about', {});
    if (!about.ok) throw new Error(about.error.message);
    const expected = about.value as { sqliteVersion: string; dataDir: string; version: string };
    expect(expected.sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
    expect(expected.dataDir).toBe(dataDir);

    const { context, page } = await open();
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('about-sqlite-version').textContent()).toContain(expected.sqliteVersion);
    expect(await page.getByTestId('about-data-dir').textContent()).toContain(dataDir);
    expect(await page.getByTestId('about-version').textContent()).toContain(expected.version);
    expect(await page.getByTestId('about-host').textContent()).toMatch(/serve|browser|浏览器/i);
    await context.close();
  });

  it('switches language in Settings, keeps it after reload, and follows the OS locale by default', async () => {
    const { context, page } = await open('en-US');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => page.getByTestId('nav-settings').textContent()).toContain('设置');
    expect(await page.getByTestId('nav-live').textContent()).toContain('直播');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-products').textContent()).toContain('商品');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-settings').textContent()).toContain('Settings');
    await context.close();

    await api.invoke('settings.update', { language: 'system' });
    const zh = await open('zh-CN');
    await expect.poll(() => zh.page.getByTestId('nav-reports').textContent()).toContain('复盘');
    await zh.context.close();
  });

  it('pushes a language change made elsewhere to an open window', async () => {
    const { context, page } = await open('en-US');
    await expect.poll(() => page.getByTestId('nav-live').textContent()).toContain('Live');
    expect(await api.invoke('settings.update', { language: 'zh-CN' })).toMatchObject({ ok: true });
    await expect.poll(() => page.getByTestId('nav-live').textContent()).toContain('直播');
    await context.close();
  });

  it('answers a bad payload from the page with the structured error', async () => {
    const { context, page } = await open();
    const result = await page.evaluate(async () => {
      const token = new URL(location.href).searchParams.get('token') ?? '';
      const ws = new WebSocket(`ws://${location.host}/api/ws?token=${encodeURIComponent(token)}`);
      await new Promise((resolve, reject) => {
        ws.onopen = resolve;
        ws.onerror = reject;
      });
      const reply = new Promise<string>((resolve) => {
        ws.onmessage = (e) => resolve(String(e.data));
      });
      ws.send(JSON.stringify({ type: 'invoke', id: 1, method: 'settings.update', payload: { language: 'fr' } }));
      const text = await reply;
      ws.close();
      return JSON.parse(text);
    });
    expect(result).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: false, error: { code: 'INVALID_PAYLOAD', path: ['language'], message: expect.stringContaining('language') } },
    });
    // Nothing was changed by the refused request.
    expect(await api.invoke('settings.get', {})).toMatchObject({ ok: true, value: { language: 'system' } });
    await context.close();
  });

  it('refuses a WebSocket connection without the token, from the page and from outside', async () => {
    const { context, page } = await open();
    const outcome = await page.evaluate(
      (wsUrls) =>
        Promise.all(
          wsUrls.map(
            (u) =>
              new Promise<string>((resolve) => {
                const ws = new WebSocket(u);
                ws.onopen = () => {
                  ws.close();
                  resolve('open');
                };
                ws.onclose = (e) => resolve(`closed:${e.code}`);
              }),
          ),
        ),
      [wsUrlFor(url, null), wsUrlFor(url, 'wrong-token')],
    );
    expect(outcome).toEqual(['closed:1006', 'closed:1006']);
    await expect(RawApiClient.connect(wsUrlFor(url, null))).rejects.toThrow('HTTP 401');
    await expect(RawApiClient.connect(wsUrlFor(url, 'wrong-token'))).rejects.toThrow('HTTP 401');
    await context.close();
  });

  it('tells the operator when the page was opened without a valid token', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const bare = new URL(url);
    bare.searchParams.set('token', 'wrong');
    await page.goto(bare.href);
    await expect.poll(() => page.getByTestId('status-backend').getAttribute('data-state'), { timeout: 20_000 }).toBe('unauthorized');
    await context.close();
  });

  it('sets the GO debounce and standby guard in Settings; they persist and a bad value is refused by name', async () => {
    const { context, page } = await open();
    try {
      await page.getByTestId('nav-settings').click();
      const live = page.getByTestId('settings-live');
      await live.getByTestId('go-debounce').fill('5000');
      await live.getByRole('button', { name: 'Save' }).click();
      await live.getByText('Enter whole milliseconds from 0 to 2000.').waitFor();
      await live.getByTestId('go-debounce').fill('450');
      await live.getByTestId('go-guard').uncheck();
      await live.getByRole('button', { name: 'Save' }).click();
      await live.getByText('Saved. Applies from the next session.').waitFor();
      await expect
        .poll(async () => (await api.invoke('settings.get', {})) as unknown)
        .toMatchObject({
          ok: true,
          value: { goDebounceMs: 450, goGuardStandby: false },
        });
      await page.reload();
      await page.getByTestId('nav-settings').click();
      // The form fills in once the settings arrive after the reload.
      await expect.poll(() => page.getByTestId('go-debounce').inputValue()).toBe('450');
      await expect.poll(() => page.getByTestId('go-guard').isChecked()).toBe(false);
    } finally {
      await api.invoke('settings.update', { goDebounceMs: 300, goGuardStandby: true });
      await context.close();
    }
  });
});

/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { RawApiClient, wsUrlFor } from './wsClient';

/** The API beside the browser, for setting up what a test needs and checking what the UI stored. */
export async function connectApi(serveUrl: string): Promise<{ api: RawApiClient; must<T>(method: string, payload: unknown): Promise<T> }> {
  const api = await RawApiClient.connect(wsUrlFor(serveUrl));
  return {
    api,
    async must<T>(method: string, payload: unknown): Promise<T> {
      const result = await api.invoke(method, payload);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    },
  };
}

/** A fresh browser window on the app (a store PC's 1366×768 unless said), connected, with its page errors collected. */
export async function openApp(
  browser: Browser,
  serveUrl: string,
  locale: string,
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(serveUrl);
  await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
  return { context, page, errors };
}

/**
 * One browser and one API connection for a describe block (opened before its tests, closed after), the language
 * setting back on "system", and the ways in its tests use to open the app.
 */
export function browserSuite(serveUrl: string) {
  let browser: Browser | undefined;
  let connection: Awaited<ReturnType<typeof connectApi>> | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    connection = await connectApi(serveUrl);
    await connection.must('settings.update', { language: 'system' });
  });
  afterAll(async () => {
    connection?.api.close();
    await browser?.close();
  });
  const opened = () => {
    if (!browser || !connection) throw new Error('browserSuite: used outside its tests');
    return { browser, connection };
  };
  return {
    must: <T>(method: string, payload: unknown): Promise<T> => opened().connection.must<T>(method, payload),
    open: (locale: string, viewport?: { width: number; height: number }) => openApp(opened().browser, serveUrl, locale, viewport),
    /** The Products area on one of its tabs, its list searched for `search` (the run's tag). */
    async openCatalogTab(locale: string, tab: 'products' | 'coupons' | 'tasks', search: string) {
      const app = await openApp(opened().browser, serveUrl, locale);
      await app.page.getByTestId('nav-products').click();
      await app.page.getByTestId(`catalog-tab-${tab}`).click();
      await app.page.getByTestId(`${tab}-total`).and(app.page.locator('[data-total]')).waitFor();
      await app.page.getByTestId(`${tab}-search`).fill(search);
      return app;
    },
  };
}

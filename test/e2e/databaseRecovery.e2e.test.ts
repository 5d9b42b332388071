/// <reference lib="dom" />
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { type ServeProcess, startBuiltHost } from '../helpers/serveProcess';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';

describe.skipIf(!chromiumAvailable())('a damaged database at start-up', () => {
  let browser: Browser;
  let host: ServeProcess | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
  });

  it('is replaced by the newest good backup and the operator is told where the damaged file is', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-e2e-recover-'));
    host = await startBuiltHost(['--port', '0', '--data-dir', dataDir]);
    const api = await RawApiClient.connect(wsUrlFor(host.url));
    expect(await api.invoke('settings.update', { language: 'en' })).toMatchObject({ ok: true });
    api.close();
    await host.stop();

    const file = path.join(dataDir, 'livecue.db');
    const fd = openSync(file, 'r+');
    for (let offset = 4096; offset < statSync(file).size; offset += 4096) writeSync(fd, Buffer.alloc(256, 0x5a), 0, 256, offset);
    closeSync(fd);

    host = await startBuiltHost(['--port', '0', '--data-dir', dataDir]);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(host.url);
    const notice = page.getByTestId('database-notice');
    await notice.waitFor();
    expect(await notice.locator('p').getAttribute('data-kind')).toBe('restored_from_backup');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('replaced by the backup from');
    expect(text).toContain(path.join(dataDir, 'damaged'));
    await notice.getByRole('button').click();
    await expect.poll(() => notice.count()).toBe(0);
    await context.close();
  });
});

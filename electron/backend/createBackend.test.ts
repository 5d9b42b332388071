import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/settings';
import { createBackend } from './createBackend';

const tmpDir = () => mkdtempSync(path.join(tmpdir(), 'livecue-backend-'));
const fixedClock = { now: () => 1_700_000_000_000, monotonic: () => 42 };

describe('createBackend', () => {
  it('reports about data from the real database', async () => {
    const dataDir = tmpDir();
    const backend = await createBackend({ dataDir, appVersion: '9.9.9', host: 'serve', clock: fixedClock });
    const about = await backend.dispatch('app.about', {});
    expect(about).toMatchObject({
      ok: true,
      value: {
        appName: 'LiveCue',
        version: '9.9.9',
        host: 'serve',
        dataDir,
        databaseFile: path.join(dataDir, 'livecue.db'),
        electronVersion: null,
      },
    });
    if (about.ok) expect((about.value as { sqliteVersion: string }).sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
    expect(await backend.dispatch('app.ping', { echo: 'x' })).toEqual({ ok: true, value: { echo: 'x', serverTime: 1_700_000_000_000 } });
    await backend.close();
  });

  it('persists settings across restarts and publishes changes', async () => {
    const dataDir = tmpDir();
    const first = await createBackend({ dataDir, appVersion: '1', host: 'serve' });
    expect(await first.dispatch('settings.get', {})).toEqual({ ok: true, value: { ...defaultSettings, language: 'system' } });
    const seen: unknown[] = [];
    const sub = first.subscribe('settings', (d) => seen.push(d));
    expect(sub.ok).toBe(true);
    await first.dispatch('settings.update', { language: 'zh-CN' });
    expect(seen).toEqual([{ ...defaultSettings, language: 'zh-CN' }]);
    await first.close();
    await first.close(); // idempotent
    const raw = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    expect(raw.prepare('SELECT type, payload FROM events').all()).toEqual([{ type: 'settings.changed', payload: '{"language":"zh-CN"}' }]);
    raw.close();

    const second = await createBackend({ dataDir, appVersion: '1', host: 'serve' });
    expect(await second.dispatch('settings.get', {})).toEqual({ ok: true, value: { ...defaultSettings, language: 'zh-CN' } });
    await second.close();
  });

  it('reports store status: level, device id, backups and unsent events', async () => {
    const backend = await createBackend({ dataDir: tmpDir(), appVersion: '1', host: 'serve', clock: fixedClock });
    await backend.dispatch('settings.update', { language: 'en' });
    const status = await backend.dispatch('store.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { schemaLevel: expect.any(Number), notices: [], outboxSize: 1, backups: [{ reason: 'daily', takenAt: 1_700_000_000_000 }] },
    });
    if (status.ok) expect((status.value as { deviceId: string }).deviceId).toMatch(/^[0-9a-f-]{36}$/);
    await backend.close();
  });

  it('leaves settings unchanged when an update is invalid', async () => {
    const backend = await createBackend({ dataDir: tmpDir(), appVersion: '1', host: 'serve' });
    await backend.dispatch('settings.update', { language: 'en' });
    expect(await backend.dispatch('settings.update', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await backend.dispatch('settings.get', {})).toEqual({ ok: true, value: { ...defaultSettings, language: 'en' } });
    await backend.close();
  });
});

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/createBackend';
import { openDatabase } from '../../electron/backend/store/database';
import { killTsxChildren, startTsxChild } from '../helpers/tsxChild';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'productImportApply.ts');

afterAll(() => killTsxChildren());

/** The app SIGKILLed while a product import is being applied in short transactions: the next start finishes it. */
describe('a product import killed mid-apply', () => {
  it('is part-applied on disk, and whole, with one event, once the app starts again', async () => {
    const child = startTsxChild(CHILD, []);
    const dataDir = (await child.waitFor(/^dir /)).slice(4);
    await child.waitFor(/^slice 1200$/);
    await child.kill('SIGKILL');
    expect(await child.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(child.lines).not.toContain('committed');

    const raw = openDatabase({ file: path.join(dataDir, 'livecue.db') });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const applied = (raw.prepare('SELECT applied_through AS n FROM product_import_job').get() as { n: number }).n;
      const products = (raw.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
      // Killed between slices: exactly the slices recorded as applied are in the catalog.
      expect(applied).toBeGreaterThanOrEqual(1200);
      expect(applied).toBeLessThan(3000);
      expect(products).toBe(applied);
    } finally {
      raw.close();
    }

    const api = await createBackend({ dataDir, appVersion: 'test', host: 'serve' });
    try {
      await expect
        .poll(async () => {
          const listed = await api.dispatch('product.list', { limit: 1, offset: 0 });
          return listed.ok ? (listed.value as { total: number }).total : -1;
        })
        .toBe(3000);
    } finally {
      // Closing waits for the finishing import to write its event.
      await api.close();
    }
    const db = openDatabase({ file: path.join(dataDir, 'livecue.db') });
    try {
      const events = db.prepare("SELECT payload FROM events WHERE type = 'product.imported'").all() as { payload: string }[];
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ rows: 3000, created: 3000, updated: 0, resumed: true });
      expect(db.prepare('SELECT count(*) AS n FROM product_import_stage').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM product_import_job').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 120_000);
});

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/store/database';
import { killTsxChildren, startTsxChild } from '../helpers/tsxChild';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'packageCommit.ts');
const TABLES = ['products', 'product_images', 'coupons', 'coupon_products', 'loyalty_tasks', 'shows', 'cues', 'images', 'events', 'outbox'];

afterAll(() => killTsxChildren());

/** The app SIGKILLed while a large show package is being applied, deep inside its transaction: nothing of it survives. */
describe('a show package import killed mid-apply', () => {
  it('leaves a sound database holding none of the package', async () => {
    const child = startTsxChild(CHILD, []);
    const file = (await child.waitFor(/^db /)).slice(3);
    // Products (20 steps), coupons and tasks are applied by then: well inside the one transaction.
    await child.waitFor(/^turn 40$/);
    await child.kill('SIGKILL');
    expect(await child.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(child.lines).not.toContain('committed');

    const db = openDatabase({ file });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const counts = Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
      expect(counts).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
    } finally {
      db.close();
    }
  }, 120_000);
});

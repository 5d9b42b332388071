import { afterAll, describe, expect, it } from 'vitest';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { monthPartition } from './eventPartitions';
import { migrate, NewerDatabaseError } from './migrate';
import { migrations } from './migrations';
import { openHubDb } from './openHubDb';

afterAll(stopHubBackends);

describe.each(hubBackends())('migrations on $name', (backend) => {
  it('applies each migration in order, once, and each leaves its tables', async () => {
    const db = await openHubDb(await backend.database());
    try {
      const tables = async () =>
        (await db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);
      const expected: Record<number, string[]> = {
        1: ['device_streams', 'devices', 'enrollment_codes', 'stores'],
        2: ['events'],
        3: ['accounts', 'producer_sessions'],
        4: ['deliveries', 'images', 'publications'],
        5: ['session_reports'],
        6: ['enrollment_failures'],
        7: ['device_backlog', 'session_item_results', 'session_product_results', 'session_results'],
        8: ['login_failures'],
        9: ['login_known_addresses'],
      };
      let seen: string[] = [];
      for (let n = 1; n <= migrations.length; n++) {
        expect(await migrate(db, () => 1, migrations.slice(0, n))).toEqual([n]);
        const now = await tables();
        const added = now.filter((t) => !seen.includes(t) && t !== 'schema_migrations');
        // Partitioned parents are not in pg_tables on every version; look them up in pg_class too.
        const parents = (await db.query<{ t: string }>("SELECT relname AS t FROM pg_class WHERE relkind = 'p'")).map((r) => r.t);
        expect([...added, ...parents.filter((p) => !seen.includes(p) && !added.includes(p))].sort()).toEqual(expected[n]);
        seen = [...now, ...parents];
      }
      expect(await migrate(db, () => 1)).toEqual([]);
      const versions = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a database written by a newer hub, changing nothing', async () => {
    const db = await openHubDb(await backend.database());
    try {
      await migrate(db, () => 1);
      await db.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', 1)");
      await expect(migrate(db, () => 1)).rejects.toThrow(NewerDatabaseError);
      await expect(migrate(db, () => 1)).rejects.toThrow(/schema version 999, newer than this hub knows \(9\)/);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('keeps events partitioned by month of the hub receive time', async () => {
    const db = await openHubDb(await backend.database());
    try {
      await migrate(db, () => 1);
      const [row] = await db.query<{ strategy: string; column: string }>(
        `SELECT p.partstrat AS strategy, a.attname AS column FROM pg_partitioned_table p
           JOIN pg_class c ON c.oid = p.partrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.partattrs[0]
          WHERE c.relname = 'events'`,
      );
      expect(row).toEqual({ strategy: 'r', column: 'received_at' });
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe('monthPartition', () => {
  it('names the UTC month and bounds it [first ms, next month)', () => {
    expect(monthPartition(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toEqual({
      name: 'events_2026_12',
      from: Date.UTC(2026, 11, 1),
      to: Date.UTC(2027, 0, 1),
    });
  });
});

import { PGlite, types } from '@electric-sql/pglite';
import type { HubDb, HubQueryable } from './hubDb';
import { createMutex } from './mutex';

/**
 * The embedded database: PGlite in a data folder (or in memory). It serves one connection, so every
 * query and transaction takes turns through one mutex — a query outside a transaction would otherwise
 * run inside someone else's.
 */
export async function openPgliteHubDb(dataDir: string | null): Promise<HubDb> {
  const pg = await PGlite.create(dataDir ?? undefined, { parsers: { [types.INT8]: Number } });
  const exclusive = createMutex();
  const query = async <T extends object>(on: Pick<PGlite, 'query'>, sql: string, params: readonly unknown[] = []) =>
    (await on.query<T>(sql, [...params])).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => exclusive(() => query(pg, sql, params)),
    transaction: (fn) =>
      exclusive(() =>
        pg.transaction(async (tx) => {
          const scoped: HubQueryable = { query: (sql, params) => query(tx, sql, params) };
          return fn(scoped);
        }),
      ),
    close: () => exclusive(() => pg.close()),
  };
}

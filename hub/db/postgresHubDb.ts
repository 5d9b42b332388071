import pg from 'pg';
import type { HubDb, HubQueryable } from './hubDb';

/** int8 (counts, bigserial ids, epoch-ms times) as numbers: every value the hub keeps fits in 2^53. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** A real PostgreSQL 15+ through a pg Pool. */
export async function openPostgresHubDb(url: string): Promise<HubDb> {
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not take the hub down; the pool reconnects.
  pool.on('error', () => {});
  // Fail now with the server's own words rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const query = async <T extends object>(on: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) =>
    (await on.query<T & pg.QueryResultRow>(sql, [...params])).rows as T[];
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const scoped: HubQueryable = { query: (sql, params) => query(client, sql, params) };
        const result = await fn(scoped);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

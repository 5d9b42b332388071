import type { HubDb } from './hubDb';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';

/** Any constant: the advisory lock that lets one hub process at a time migrate a shared database. */
const MIGRATION_LOCK = 7_104_201;

export class NewerDatabaseError extends Error {}

/**
 * Brings the schema up to date, one transaction per migration. Hub processes starting together take
 * turns on an advisory lock; a database written by a newer hub is refused, never downgraded.
 */
export async function migrate(db: HubDb, clock: () => number, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  // Under the lock too: two processes running CREATE TABLE IF NOT EXISTS at once can both try to create it.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)',
    );
  });
  const latest = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [newest] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      if ((newest?.version ?? 0) > latest) {
        throw new NewerDatabaseError(
          `The database is at schema version ${newest?.version}, newer than this hub knows (${latest}): run a newer hub.`,
        );
      }
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        clock(),
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

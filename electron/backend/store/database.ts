import Database from 'better-sqlite3';
import { DatabaseTooNewError, migrate } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  /** Path to a better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Overridable for migration tests. */
  migrations?: readonly Migration[];
}

/**
 * Opens a connection with the durability settings the design requires, without migrating.
 * A database from a newer LiveCue is refused before any setting is written to it.
 * WAL + synchronous=FULL: an acknowledged write survives power loss.
 */
export function openConnection(options: OpenDatabaseOptions): Db {
  const db = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const level = db.pragma('user_version', { simple: true }) as number;
    const supported = (options.migrations ?? allMigrations).length;
    if (level > supported) throw new DatabaseTooNewError(level, supported);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens and brings the schema up to date, synchronously (no backup): for tests and tools. */
export function openDatabase(options: OpenDatabaseOptions): Db {
  const db = openConnection(options);
  try {
    migrate(db, options.migrations ?? allMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaLevel(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function sqliteVersion(db: Db): string {
  const row = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
  return row.v;
}

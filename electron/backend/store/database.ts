import Database from 'better-sqlite3';
import { migrate } from './migrate';
import type { Migration } from './migration';
import { migrations } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  /** Path to a better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Overridable for migration tests. */
  migrations?: readonly Migration[];
}

/**
 * Opens the LiveCue database with the durability settings the design requires and brings its
 * schema up to date. WAL + synchronous=FULL: an acknowledged write survives power loss.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  const db = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations ?? migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function sqliteVersion(db: Db): string {
  const row = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
  return row.v;
}

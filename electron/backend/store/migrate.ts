import type Database from 'better-sqlite3';
import type { Migration } from './migration';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer LiveCue (schema level ${found}; this version understands up to ${supported}). ` +
        'It has not been modified. Update LiveCue to open it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Applies pending migrations in order, each in its own transaction with its version bump. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list is broken: expected version ${i + 1}, found ${m.version} (${m.name})`);
  });
  const latest = ordered.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const m of ordered.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latest;
}

import type { Db } from '../store/database';

/** Key/value rows of the settings table; values are JSON. */
export function createSettingsDao(db: Db) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    readAll(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of selectAll.all()) out[row.key] = JSON.parse(row.value);
      return out;
    },
    writeMany: db.transaction((entries: [string, unknown][]) => {
      for (const [key, value] of entries) upsert.run(key, JSON.stringify(value));
    }),
  };
}

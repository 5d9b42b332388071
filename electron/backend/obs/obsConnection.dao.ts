import { z } from 'zod';
import type { Db } from '../store/database';

/** The saved connection (the password is not here: it lives in the secrets store). */
export const SavedObsConnection = z.object({ url: z.string(), enabled: z.boolean() });
export type SavedObsConnection = z.infer<typeof SavedObsConnection>;

/** Stored as one row of the settings key/value table, under its own key (the Settings schema ignores it). */
const KEY = 'obs.connection';

export function createObsConnectionDao(db: Db) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    read(): SavedObsConnection | null {
      const row = select.get(KEY);
      if (!row) return null;
      const parsed = SavedObsConnection.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : null;
    },
    write(value: SavedObsConnection): void {
      upsert.run(KEY, JSON.stringify(value));
    },
  };
}

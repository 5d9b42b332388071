import type { LivePlatform, PlatformFileKind } from '../../../shared/domain/platform/platformData';
import { type PlatformColumn, PlatformField, type PlatformMapping } from '../../../shared/domain/platform/platformImport';
import { headerKey } from '../import/headerDictionary';
import type { Db } from '../store/database';

/**
 * The user's mapping corrections, remembered per platform and file kind by header text (column
 * positions move between exports; header words do not), in the settings table beside the other
 * settings. The settings service ignores keys it does not know, so these live alongside it.
 */
export function createMappingMemory(db: Db) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const keyOf = (platform: LivePlatform, kind: PlatformFileKind) => `platformImport.mapping.${platform}.${kind}`;

  function recall(platform: LivePlatform, kind: PlatformFileKind): Map<string, PlatformField | null> {
    const row = select.get(keyOf(platform, kind));
    const out = new Map<string, PlatformField | null>();
    if (!row) return out;
    let stored: unknown;
    try {
      stored = JSON.parse(row.value);
    } catch {
      return out; // damaged beyond reading: as if nothing was remembered
    }
    if (typeof stored !== 'object' || stored === null) return out;
    // A damaged or older entry loses only what no longer parses.
    for (const [header, field] of Object.entries(stored)) {
      if (field === null) out.set(header, null);
      else if (PlatformField.safeParse(field).success) out.set(header, PlatformField.parse(field));
    }
    return out;
  }

  return {
    /**
     * The remembered corrections as a column mapping for these headers, under what the user set
     * now: a column or field the user chose this time is not overridden.
     */
    mappingFor(platform: LivePlatform, kind: PlatformFileKind, headers: readonly string[], explicit: PlatformMapping): PlatformMapping {
      const remembered = recall(platform, kind);
      const out: PlatformMapping = {};
      if (remembered.size === 0) return out;
      const taken = new Set(Object.values(explicit).filter((f): f is PlatformField => f !== null));
      headers.forEach((header, index) => {
        const key = headerKey(header);
        if (!remembered.has(key) || String(index) in explicit) return;
        const field = remembered.get(key) ?? null;
        if (field !== null && taken.has(field)) return;
        if (field !== null) taken.add(field);
        out[String(index)] = field;
      });
      return out;
    },
    /** Keeps the columns the user mapped by hand; called in the import's transaction. */
    remember(platform: LivePlatform, kind: PlatformFileKind, columns: readonly PlatformColumn[]): void {
      const manual = columns.filter((c) => c.match === 'manual');
      if (manual.length === 0) return;
      const merged = Object.fromEntries(recall(platform, kind));
      for (const c of manual) merged[headerKey(c.header)] = c.field;
      upsert.run(keyOf(platform, kind), JSON.stringify(merged));
    },
  };
}

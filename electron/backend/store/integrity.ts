import Database from 'better-sqlite3';

export interface IntegrityResult {
  ok: boolean;
  /** First problems SQLite reported, or the error that stopped the check. */
  problems: string[];
}

/**
 * Runs `PRAGMA quick_check` on a database file without changing it. A file that is not a database
 * at all, or that SQLite cannot read, counts as damaged rather than throwing.
 */
export function checkFile(file: string, nativeBinding?: string): IntegrityResult {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return checkOpen(db);
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    db?.close();
  }
}

export function checkOpen(db: Database.Database): IntegrityResult {
  try {
    const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

import type { Migration } from '../migration';

/**
 * A product import's journal, so a large import is applied in short transactions (live commands run between
 * them) and still ends whole: the staged rows and how far the apply got are on disk, and an apply cut short by
 * a crash is finished at the next start. One import at a time: the job table holds at most one row.
 *
 * `status`: `staging` (rows being written; the user has not seen it succeed, so an interrupted one is
 * dropped), `applying` (finished at the next start if cut short). `outcome` per staged row: `c` created,
 * `u` updated, `-` unchanged, `x` skipped (its product was deleted meanwhile and the row has no title to
 * create it again).
 */
export const m0010ProductImportJournal: Migration = {
  version: 10,
  name: 'product_import_journal',
  up(db) {
    db.exec(`
      CREATE TABLE product_import_job (
        id              TEXT PRIMARY KEY,
        status          TEXT NOT NULL CHECK (status IN ('staging', 'applying')),
        applied_through INTEGER NOT NULL DEFAULT 0 CHECK (applied_through >= 0),
        now             INTEGER NOT NULL,
        started_at      INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE product_import_stage (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL,
        sku            TEXT NOT NULL UNIQUE,
        title          TEXT,
        subtitle       TEXT,
        list_price_fen INTEGER,
        live_price_fen INTEGER,
        stock          INTEGER,
        category       TEXT,
        tags           TEXT,
        selling_points TEXT,
        platform_ids   TEXT,
        outcome        TEXT CHECK (outcome IN ('c', 'u', '-', 'x'))
      ) STRICT;
    `);
  },
};

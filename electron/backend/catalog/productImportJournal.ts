import type { ProductUpsert } from '../../../shared/domain/catalog/product';
import type { Db } from '../store/database';
import { stageStatements, titleRequired, toStagedRows } from './productImportStage';

const TABLE = 'main.product_import_stage';

export type JournalStatus = 'staging' | 'applying';

export interface JournalJob {
  id: string;
  status: JournalStatus;
  /** Staged rows below this `seq` are applied (and committed). */
  appliedThrough: number;
  /** The `updated_at` / `created_at` every row of the import gets, fixed when it was staged. */
  now: number;
  startedAt: number;
  /** Rows staged. */
  size: number;
}

/** What the apply did, in file order: SKUs created, updated, and skipped (deleted meanwhile, no title to create them again). */
export interface JournalOutcome {
  created: string[];
  updated: string[];
  skipped: string[];
}

/**
 * A product import's rows and progress on disk (see migration 0010), read and written on one connection. Every
 * method but the reads expects the caller to hold a write transaction on it: the journal only says what to write.
 */
export interface ProductImportJournal {
  /** The job on disk, or null when there is none. */
  job(): JournalJob | null;
  /** Starts a job, throwing away the rows of any dropped one. */
  begin(id: string, now: number, startedAt: number): void;
  /** Validates rows by the catalog's rules and stages them after those already staged. */
  add(rows: readonly ProductUpsert[]): void;
  /** Refuses the import when a staged row would create a product without a title; checks staged rows [from, to). */
  checkTitles(from: number, to: number): void;
  setStatus(status: JournalStatus): void;
  /** Applies staged rows [from, to) to the catalog and records each row's outcome and the progress. */
  apply(from: number, to: number): JournalOutcome;
  /** What the rows applied so far did (a resumed apply picks up its earlier slices here). */
  outcomeSoFar(): JournalOutcome;
  /** Removes the job and its rows. */
  clear(): void;
}

/** The status of the journal's job, read on any connection (the main one at start: no import connection for nothing). */
export function journalStatus(db: Db): JournalStatus | null {
  const row = db.prepare<[], { status: JournalStatus }>('SELECT status FROM main.product_import_job LIMIT 1').get();
  return row?.status ?? null;
}

export function createProductImportJournal(db: Db): ProductImportJournal {
  const sql = stageStatements(db, TABLE);
  const readJob = db.prepare<[], { id: string; status: JournalStatus; applied_through: number; now: number; started_at: number }>(
    'SELECT id, status, applied_through, now, started_at FROM main.product_import_job LIMIT 1',
  );
  const countStaged = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${TABLE}`);
  const skusIn = db.prepare<{ from: number; to: number }, { seq: number; sku: string }>(
    `SELECT seq, sku FROM ${TABLE} WHERE seq >= @from AND seq < @to ORDER BY seq`,
  );
  const mark = db.prepare<{ outcome: string; seqs: string }>(
    `UPDATE ${TABLE} SET outcome = @outcome WHERE seq IN (SELECT value FROM json_each(@seqs))`,
  );
  const markRest = db.prepare<{ from: number; to: number }>(
    `UPDATE ${TABLE} SET outcome = CASE WHEN title IS NULL AND NOT EXISTS (SELECT 1 FROM main.products AS p WHERE p.sku = ${TABLE}.sku)
       THEN 'x' ELSE '-' END WHERE seq >= @from AND seq < @to AND outcome IS NULL`,
  );
  const skippedIn = db.prepare<{ from: number; to: number }, { sku: string }>(
    `SELECT sku FROM ${TABLE} WHERE seq >= @from AND seq < @to AND outcome = 'x' ORDER BY seq`,
  );
  const outcomes = db.prepare<[], { sku: string; outcome: string }>(
    `SELECT sku, outcome FROM ${TABLE} WHERE outcome IN ('c', 'u', 'x') ORDER BY seq`,
  );
  const setProgress = db.prepare<{ through: number }>('UPDATE main.product_import_job SET applied_through = @through');
  const setStatus = db.prepare<{ status: JournalStatus }>('UPDATE main.product_import_job SET status = @status');
  const insertJob = db.prepare<{ id: string; now: number; startedAt: number }>(
    "INSERT INTO main.product_import_job (id, status, now, started_at) VALUES (@id, 'staging', @now, @startedAt)",
  );

  let cached: JournalJob | null = null;
  const current = (): JournalJob => {
    const job = cached ?? readCurrent();
    if (!job) throw new Error('No product import is in the journal');
    return job;
  };
  function readCurrent(): JournalJob | null {
    const row = readJob.get();
    if (!row) return null;
    cached = {
      id: row.id,
      status: row.status,
      appliedThrough: row.applied_through,
      now: row.now,
      startedAt: row.started_at,
      size: countStaged.get()?.n ?? 0,
    };
    return cached;
  }
  // The staged rows' SKUs by seq and back, to give each slice's outcome in file order and mark it. A resumed
  // apply starts without them and reads each slice's from the stage.
  const skuAt: string[] = [];
  const seqOf = new Map<string, number>();
  const know = (seq: number, sku: string) => {
    skuAt[seq] = sku;
    seqOf.set(sku, seq);
  };
  const forget = () => {
    skuAt.length = 0;
    seqOf.clear();
  };

  return {
    job: () => readCurrent(),
    begin(id, now, startedAt) {
      db.exec('DELETE FROM main.product_import_job; DELETE FROM main.product_import_stage');
      insertJob.run({ id, now, startedAt });
      forget();
      cached = { id, status: 'staging', appliedThrough: 0, now, startedAt, size: 0 };
    },
    add(rows) {
      const job = current();
      const staged = toStagedRows(rows, job.size, seqOf, job.now);
      sql.stageMany(staged);
      for (const row of staged) know(row.seq, row.sku);
      job.size += staged.length;
    },
    checkTitles(from, to) {
      const missing = sql.newWithoutTitle.get({ from, to });
      if (missing) throw titleRequired(missing);
    },
    setStatus(status) {
      setStatus.run({ status });
      current().status = status;
    },
    apply(from, to) {
      const job = current();
      if (from < job.size && skuAt[from] === undefined) for (const { seq, sku } of skusIn.all({ from, to })) know(seq, sku);
      const inFileOrder = (rows: { sku: string }[]) => rows.map((r) => seqOf.get(r.sku) ?? -1).sort((x, y) => x - y);
      // Updates first: a row inserted by this slice must not then count as updated too.
      const updated = inFileOrder(sql.update.all({ from, to, now: job.now }));
      const created = inFileOrder(sql.insert.all({ from, to, now: job.now }));
      if (updated.length > 0) mark.run({ outcome: 'u', seqs: JSON.stringify(updated) });
      if (created.length > 0) mark.run({ outcome: 'c', seqs: JSON.stringify(created) });
      markRest.run({ from, to });
      const through = Math.min(to, job.size);
      setProgress.run({ through });
      job.appliedThrough = through;
      const names = (seqs: number[]) => seqs.map((seq) => skuAt[seq] ?? '');
      return { created: names(created), updated: names(updated), skipped: skippedIn.all({ from, to }).map((r) => r.sku) };
    },
    outcomeSoFar() {
      const outcome: JournalOutcome = { created: [], updated: [], skipped: [] };
      for (const row of outcomes.all()) {
        if (row.outcome === 'c') outcome.created.push(row.sku);
        else if (row.outcome === 'u') outcome.updated.push(row.sku);
        else outcome.skipped.push(row.sku);
      }
      return outcome;
    },
    clear() {
      // Without a WHERE, SQLite empties the table at once rather than row by row.
      db.exec('DELETE FROM main.product_import_stage; DELETE FROM main.product_import_job');
      forget();
      cached = null;
    },
  };
}

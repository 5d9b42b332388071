import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { ImportField } from '../../../shared/domain/import/importField';

/**
 * Where imported products go: implemented by the products service. The import pipeline never
 * touches the products table itself.
 *
 * Why staged rather than one `db.transaction(() => …)`: 50,000 upserts in a single synchronous
 * call would block the backend for far longer than 50 ms, and a SQLite transaction held open across
 * event-loop turns on the shared connection would swallow every other write made meanwhile (a cue
 * fired during the import would be rolled back with it). So the sink stages chunks somewhere
 * private (a TEMP table on the same connection, each chunk its own short statement batch) and
 * `commit()` moves them into the catalog in ONE transaction: all rows or none.
 */
export interface ProductImportSink {
  /** Which of these SKUs the catalog already has. Called with at most a few hundred SKUs at a time. */
  getExistingSkus(skus: readonly string[]): ReadonlySet<string>;
  /** Starts a staged write. `fields` are the mapped fields: an update changes only those (and only non-empty cells). */
  begin(fields: readonly ImportField[]): StagedProductWrite;
}

export interface StagedProductWrite {
  /**
   * Stages a chunk; short synchronous work. Nothing is visible to readers of the catalog yet.
   * Each SKU is staged once (the preview keeps one row per SKU); a row the catalog's rules refuse
   * throws here, its index counted across chunks.
   */
  upsertChunk(rows: readonly ImportedProduct[]): void;
  /**
   * Applies every staged row in one transaction and reports what it did; rejects (and changes
   * nothing) on failure. May be async: one INSERT … SELECT of 50,000 rows takes ~75 ms, over the
   * 50 ms budget, so the products service may apply in slices inside a transaction it guards from
   * other writers, or on a worker connection.
   */
  commit(): Promise<{ created: number; updated: number }> | { created: number; updated: number };
  /** Drops whatever was staged; the catalog is unchanged. Safe to call more than once and after a failed commit. */
  abort(): void;
}

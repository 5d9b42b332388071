import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { ImportField } from '../../../shared/domain/import/importField';

/**
 * Where imported products go: implemented by the products service. The import pipeline never
 * touches the products table itself.
 *
 * Why staged rather than one `db.transaction(() => …)`: 50,000 upserts in a single synchronous
 * call would block the backend for far longer than 50 ms, and one transaction held while commands
 * wait would make live operation wait with it. So the sink stages chunks in a journal on disk and
 * `commit()` applies them in short transactions that record their progress: commands run between
 * them, and an import cut short by a crash is finished at the next start, so it ends whole.
 */
export interface ProductImportSink {
  /** Which of these SKUs the catalog already has. Called with at most a few hundred SKUs at a time. */
  getExistingSkus(skus: readonly string[]): ReadonlySet<string>;
  /** Starts a staged write. `fields` are the mapped fields: an update changes only those (and only non-empty cells). */
  begin(fields: readonly ImportField[]): StagedProductWrite;
}

export interface StagedProductWrite {
  /**
   * Stages a chunk (a short write). Nothing is visible to readers of the catalog yet.
   * Each SKU is staged once (the preview keeps one row per SKU); a row the catalog's rules refuse
   * throws here, its index counted across chunks.
   */
  upsertChunk(rows: readonly ImportedProduct[]): void | Promise<void>;
  /**
   * Applies every staged row and reports what it did. Refused before anything is applied (changing
   * nothing) when a row cannot be applied; once applying, the import ends whole, now or at the next start.
   */
  commit(onApplied?: (rowsApplied: number, rowsTotal: number) => void): Promise<{ created: number; updated: number }>;
  /** Drops whatever was staged and not applied; the catalog is unchanged. Safe to call more than once and after a failed commit. */
  abort(): void | Promise<void>;
}

import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { CommitResult } from '../../../shared/domain/import/importPreview';
import { ImportError } from './importError';
import { type PreviewState, SKU_CHECK_CHUNK } from './preview';
import type { ProductImportSink } from './productSink';
import type { Yielder } from './yielder';

/** Rows per staged chunk: a few milliseconds of SQLite work each. */
export const COMMIT_CHUNK = 250;

export interface CommitOptions {
  /** Import the valid rows although others are invalid. Without it, any invalid row refuses the commit. */
  skipInvalid: boolean;
  onProgress?: (phase: 'checking' | 'staging' | 'committing', rowsDone: number, rowsTotal: number) => void;
}

/**
 * Writes the valid rows of a preview through the sink: staged in chunks (yielding between them,
 * cancellable), then applied in one transaction. All or nothing: a failure or a cancel before the
 * final apply leaves the catalog exactly as it was.
 *
 * With invalid rows in the preview the commit is refused unless `skipInvalid` is set: the user has
 * to say out loud that those rows stay out; they remain listed in the preview either way.
 */
export async function commitPreview(
  state: PreviewState,
  sink: ProductImportSink,
  yielder: Yielder,
  options: CommitOptions,
): Promise<CommitResult> {
  const first = state.blocking[0];
  if (first) throw new ImportError(first.code, first.message);
  const { totals } = state;
  if (totals.invalid > 0 && !options.skipInvalid) {
    throw new ImportError(
      'HAS_INVALID_ROWS',
      `${totals.invalid} of ${totals.rows} rows are invalid. Fix them and preview again, or import only the ${totals.valid} valid rows.`,
    );
  }
  const valid: { product: ImportedProduct; isUpdate: boolean }[] = [];
  for (const row of state.rows) {
    // A duplicate row carries its product for the user to choose, but only the chosen row is written.
    if (row.product && (row.action === 'create' || row.action === 'update'))
      valid.push({ product: row.product, isUpdate: row.action === 'update' });
  }
  if (valid.length === 0) throw new ImportError('NOTHING_TO_COMMIT', 'There is no valid row to import.');

  await ensureStillCurrent(valid, sink, yielder, options);

  const write = sink.begin(state.fields);
  try {
    for (let i = 0; i < valid.length; i += COMMIT_CHUNK) {
      await write.upsertChunk(valid.slice(i, i + COMMIT_CHUNK).map((v) => v.product));
      options.onProgress?.('staging', Math.min(valid.length, i + COMMIT_CHUNK), valid.length);
      await yielder.maybeYield();
    }
    // Last chance to cancel; past this line the import is one synchronous transaction.
    yielder.throwIfAborted();
    options.onProgress?.('committing', 0, valid.length);
    const { created, updated } = await write.commit((applied, total) => options.onProgress?.('committing', applied, total));
    return { created, updated, skippedInvalid: totals.invalid };
  } catch (error) {
    write.abort();
    throw error;
  }
}

/**
 * The preview said which rows create and which update; if the catalog changed since (a product
 * added or deleted elsewhere), those numbers and the "new SKU needs a title" check are wrong.
 */
async function ensureStillCurrent(
  valid: readonly { product: ImportedProduct; isUpdate: boolean }[],
  sink: ProductImportSink,
  yielder: Yielder,
  options: CommitOptions,
): Promise<void> {
  for (let i = 0; i < valid.length; i += SKU_CHECK_CHUNK) {
    const chunk = valid.slice(i, i + SKU_CHECK_CHUNK);
    const existing = sink.getExistingSkus(chunk.map((v) => v.product.sku));
    const changed = chunk.find((v) => existing.has(v.product.sku) !== v.isUpdate);
    if (changed) {
      throw new ImportError(
        'PREVIEW_STALE',
        `The catalog changed since the preview (SKU "${changed.product.sku}" ${changed.isUpdate ? 'was deleted' : 'was added'}). Preview the file again.`,
      );
    }
    options.onProgress?.('checking', Math.min(valid.length, i + SKU_CHECK_CHUNK), valid.length);
    await yielder.maybeYield();
  }
}

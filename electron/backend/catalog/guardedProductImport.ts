import { open } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { BackendContext } from '../backendContext';
import { createEventStore } from '../events/eventStore';
import type { ProductImportSink, StagedProductWrite } from '../import/productSink';
import { openConnection } from '../store/database';
import { createProductsService, type ProductsService, type ProductUpsert } from './products.service';

export interface GuardedImportOptions {
  /** Longest stretch of apply work between two event-loop turns. */
  sliceMs?: number;
  /** Rows per upsert call inside a slice. */
  chunkRows?: number;
  /** Called after each slice of the apply (tests use it to act mid-apply). */
  onSlice?: (rowsApplied: number, attempt: number) => void | Promise<void>;
}

/**
 * The catalog side of a product import, applied without blocking the backend and without ever
 * exposing half an import:
 *
 * - SKU look-ups for the preview run on the main connection.
 * - `commit` applies every staged row on a connection of its own, in ONE transaction, in slices of
 *   a few milliseconds with event-loop turns between them. Readers on the main connection keep
 *   seeing the catalog as it was until COMMIT (WAL snapshot), so no one sees half an import.
 * - The apply is a long write of the backend's write gate: a command arriving meanwhile (a cue
 *   fired during the import) makes it roll back at the next slice and start over after the command,
 *   so live operation waits for one slice at most.
 * - One `product.imported` event with the totals and the SKUs created and updated, in the same
 *   transaction (a per-product event each would double the cost of the apply).
 */
export function createGuardedProductImportSink(
  ctx: BackendContext,
  catalog: Pick<ProductsService, 'existingSkus'>,
  options: GuardedImportOptions = {},
): ProductImportSink {
  const sliceMs = options.sliceMs ?? 5;
  const chunkRows = options.chunkRows ?? 20;

  return {
    getExistingSkus: (skus) => catalog.existingSkus(skus),
    begin(): StagedProductWrite {
      let staged: ProductUpsert[] = [];
      let open = true;
      return {
        upsertChunk(rows: readonly ImportedProduct[]) {
          if (!open) throw new Error('This import is already committed or aborted');
          // The import validated these rows already; upsertMany checks them again as it applies them.
          for (const row of rows) staged.push(row);
        },
        async commit() {
          if (!open) throw new Error('This import is already committed or aborted');
          try {
            return await applyStaged(ctx, staged, { sliceMs, chunkRows, onSlice: options.onSlice });
          } finally {
            open = false;
            staged = [];
          }
        },
        abort() {
          open = false;
          staged = [];
        },
      };
    },
  };
}

async function applyStaged(
  ctx: BackendContext,
  rows: readonly ProductUpsert[],
  options: { sliceMs: number; chunkRows: number; onSlice: GuardedImportOptions['onSlice'] },
): Promise<{ created: number; updated: number }> {
  const connection = openConnection({ file: ctx.databaseFile, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) });
  // COMMIT of tens of megabytes must not fsync or checkpoint on this thread: the log is synced
  // below on the thread pool before the import is reported done, and checkpointed on a worker.
  connection.pragma('synchronous = NORMAL');
  connection.pragma('wal_autocheckpoint = 0');
  const wal = `${ctx.databaseFile}-wal`;
  try {
    const events = createEventStore(connection, ctx.clock);
    const products = createProductsService({ db: connection, events, clock: ctx.clock });
    let totals = { created: 0, updated: 0 };
    await ctx.writeGate.longWrite(async (control) => {
      totals = { created: 0, updated: 0 };
      const changed = { created: [] as string[], updated: [] as string[] };
      connection.exec('BEGIN IMMEDIATE');
      try {
        let next = 0;
        while (next < rows.length) {
          const sliceStart = performance.now();
          do {
            const result = products.upsertMany(rows.slice(next, next + options.chunkRows), { logEach: false });
            totals.created += result.created;
            totals.updated += result.updated;
            for (const row of result.rows) if (row.action !== 'unchanged') changed[row.action].push(row.sku);
            next += options.chunkRows;
          } while (next < rows.length && performance.now() - sliceStart < options.sliceMs);
          await options.onSlice?.(Math.min(next, rows.length), control.attempt);
          await yieldToLoop();
          if (control.shouldStepAside()) {
            connection.exec('ROLLBACK');
            // The rolled-back pages are in the log file too; flush them on the thread pool now, or
            // the next command's own fsync would pay for them on this thread.
            await syncFile(wal);
            return 'preempted';
          }
        }
        // One fact for the whole import (which SKUs it created and updated), not 50,000 of them.
        events.append({ type: 'product.imported', payload: { rows: rows.length, ...totals, skus: changed, attempts: control.attempt } });
        connection.exec('COMMIT');
        // Durable before anyone is told it worked (the fsync synchronous=FULL would have done on
        // this thread), and before the gate lets the next command commit.
        await syncFile(wal);
        return 'done';
      } catch (error) {
        if (connection.inTransaction) connection.exec('ROLLBACK');
        throw error;
      }
    });
    ctx.checkpointSoon();
    return totals;
  } finally {
    connection.close();
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

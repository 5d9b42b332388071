import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { BackendContext } from '../backendContext';
import { createEventStore } from '../events/eventStore';
import type { ProductImportSink, StagedProductWrite } from '../import/productSink';
import { openImportConnection, runSlicedLongWrite } from '../import/slicedLongWrite';
import type { Db } from '../store/database';
import { createProductImportStage, type ProductImportStage } from './productImportStage';
import type { ProductsService } from './products.service';

export interface GuardedImportOptions {
  /** Longest stretch of apply work between two event-loop turns. */
  sliceMs?: number;
  /** Staged rows per set-based statement inside a slice. */
  chunkRows?: number;
  /** Called after each slice of the apply (tests use it to act mid-apply). */
  onSlice?: (rowsApplied: number, attempt: number) => void | Promise<void>;
}

/**
 * The catalog side of a product import, applied without blocking the backend and without ever
 * exposing half an import:
 *
 * - SKU look-ups for the preview run on the main connection.
 * - `upsertChunk` validates rows and stages their final column values in a TEMP table of the
 *   import's own connection, which takes no catalog lock, so commands run freely meanwhile.
 * - `commit` applies every staged row on a connection of its own, in ONE transaction, in slices of
 *   a few milliseconds (set-based statements over staged row ranges) with event-loop turns between them. Readers on the main connection keep
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
  const chunkRows = options.chunkRows ?? 250;

  return {
    getExistingSkus: (skus) => catalog.existingSkus(skus),
    begin(): StagedProductWrite {
      const connection = openImportConnection(ctx);
      let stage: ProductImportStage;
      try {
        stage = createProductImportStage(connection, ctx.clock);
      } catch (error) {
        connection.close();
        throw error;
      }
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        stage.drop();
        connection.close();
      };
      return {
        upsertChunk(rows: readonly ImportedProduct[]) {
          if (!open) throw new Error('This import is already committed or aborted');
          stage.add(rows);
        },
        async commit() {
          if (!open) throw new Error('This import is already committed or aborted');
          try {
            return await applyStaged(ctx, connection, stage, { sliceMs, chunkRows, onSlice: options.onSlice });
          } finally {
            close();
          }
        },
        abort: close,
      };
    },
  };
}

async function applyStaged(
  ctx: BackendContext,
  connection: Db,
  stage: ProductImportStage,
  options: { sliceMs: number; chunkRows: number; onSlice: GuardedImportOptions['onSlice'] },
): Promise<{ created: number; updated: number }> {
  const events = createEventStore(connection, ctx.clock);
  const total = stage.size;
  return runSlicedLongWrite(ctx, connection, async ({ attempt, turn }) => {
    const changed = { created: [] as string[], updated: [] as string[] };
    const now = ctx.clock.now();
    let next = 0;
    while (next < total) {
      const sliceStart = performance.now();
      do {
        const result = stage.apply(next, next + options.chunkRows, now);
        for (const sku of result.created) changed.created.push(sku);
        for (const sku of result.updated) changed.updated.push(sku);
        next += options.chunkRows;
      } while (next < total && performance.now() - sliceStart < options.sliceMs);
      await options.onSlice?.(Math.min(next, total), attempt);
      await turn();
    }
    // The search index holds its newest entries in memory until the transaction ends; a savepoint
    // makes it write them now, in a turn of their own, rather than inside COMMIT.
    connection.exec('SAVEPOINT flush_search; RELEASE flush_search');
    await turn();
    const totals = { created: changed.created.length, updated: changed.updated.length };
    // One fact for the whole import (which SKUs it created and updated), not 50,000 of them.
    // Its payload is large, so it gets a turn of its own too.
    events.append({ type: 'product.imported', payload: { rows: total, ...totals, skus: changed, attempts: attempt } });
    await turn();
    return totals;
  });
}

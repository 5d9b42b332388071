import { open } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { BackendContext } from '../backendContext';
import { createEventStore } from '../events/eventStore';
import type { ProductImportSink, StagedProductWrite } from '../import/productSink';
import { type Db, openConnection } from '../store/database';
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

/** Negative: KiB, as PRAGMA cache_size takes it. Half of SQLite's default. */
const IMPORT_CACHE_KIB = -1000;

function openImportConnection(ctx: BackendContext): Db {
  const connection = openConnection({ file: ctx.databaseFile, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) });
  // COMMIT of tens of megabytes must not fsync or checkpoint on this thread: the log is synced
  // below on the thread pool before the import is reported done, and checkpointed on a worker.
  connection.pragma('synchronous = NORMAL');
  connection.pragma('wal_autocheckpoint = 0');
  // COMMIT writes the pages still dirty in the cache in one go; a smaller cache spills them to the
  // log during the sliced apply instead, which keeps the COMMIT turn short (~30 ms rather than ~80).
  connection.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  return connection;
}

async function applyStaged(
  ctx: BackendContext,
  connection: Db,
  stage: ProductImportStage,
  options: { sliceMs: number; chunkRows: number; onSlice: GuardedImportOptions['onSlice'] },
): Promise<{ created: number; updated: number }> {
  const wal = `${ctx.databaseFile}-wal`;
  const events = createEventStore(connection, ctx.clock);
  const total = stage.size;
  let totals = { created: 0, updated: 0 };
  await ctx.writeGate.longWrite(async (control) => {
    const changed = { created: [] as string[], updated: [] as string[] };
    /** Gives the event loop a turn; rolls back when a command is waiting. */
    const stepAside = async (): Promise<boolean> => {
      await yieldToLoop();
      if (!control.shouldStepAside()) return false;
      connection.exec('ROLLBACK');
      // The rolled-back pages are in the log file too; flush them on the thread pool now, or
      // the next command's own fsync would pay for them on this thread.
      await syncFile(wal);
      return true;
    };
    connection.exec('BEGIN IMMEDIATE');
    try {
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
        await options.onSlice?.(Math.min(next, total), control.attempt);
        if (await stepAside()) return 'preempted';
      }
      // The search index holds its newest entries in memory until the transaction ends; a savepoint
      // makes it write them now, in a turn of their own, rather than inside COMMIT.
      connection.exec('SAVEPOINT flush_search; RELEASE flush_search');
      if (await stepAside()) return 'preempted';
      totals = { created: changed.created.length, updated: changed.updated.length };
      // One fact for the whole import (which SKUs it created and updated), not 50,000 of them.
      // Its payload is large, so it gets a turn of its own too.
      events.append({ type: 'product.imported', payload: { rows: total, ...totals, skus: changed, attempts: control.attempt } });
      if (await stepAside()) return 'preempted';
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
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { BackendContext } from '../backendContext';
import { createEventStore } from '../events/eventStore';
import { uuidv7 } from '../events/uuidv7';
import { ImportError } from '../import/importError';
import type { ProductImportSink, StagedProductWrite } from '../import/productSink';
import { type LogSync, logFileOf, openImportConnection, openLogSync } from '../import/slicedLongWrite';
import type { Db } from '../store/database';
import { createProductImportJournal, type JournalOutcome, journalStatus, type ProductImportJournal } from './productImportJournal';
import type { ProductsService } from './products.service';

export interface GuardedImportOptions {
  /** Longest stretch of apply work in one transaction. */
  sliceMs?: number;
  /** Staged rows per set-based statement inside a slice. */
  chunkRows?: number;
  /** Called after each committed slice of the apply (tests use it to act, or crash, mid-apply). */
  onSlice?: (rowsApplied: number) => void | Promise<void>;
  /** True once the backend is closing: the apply stops between slices, and the next start finishes it. */
  stopped?: () => boolean;
}

/** The apply's own options: those of the sink, and who hears its progress. */
interface ApplyOptions extends GuardedImportOptions {
  onApplied?: ((rowsApplied: number, rowsTotal: number) => void) | undefined;
}

/**
 * The catalog side of a product import, applied without making live commands wait and without ever
 * leaving half an import behind:
 *
 * - SKU look-ups for the preview run on the main connection.
 * - `upsertChunk` validates rows and stages their final column values in the import journal (migration
 *   0010), a short write each.
 * - `commit` applies the staged rows set-based on a connection of its own, in short transactions of a few
 *   milliseconds, each recording how far it got; live commands run between them and never wait for more
 *   than one. Readers see the import arrive over its second or so of applying.
 * - A crash mid-apply leaves the journal on disk: the next start finishes the import (`resumeProductImport`),
 *   so it ends whole either way. Cancelling is possible until the apply starts.
 * - One `product.imported` event with the totals and the SKUs created, updated and skipped, written with the
 *   apply's last rows (a per-product event each would double the cost of the apply).
 */
export function createGuardedProductImportSink(
  ctx: BackendContext,
  catalog: Pick<ProductsService, 'existingSkus'>,
  options: GuardedImportOptions = {},
): ProductImportSink {
  return {
    getExistingSkus: (skus) => catalog.existingSkus(skus),
    begin(): StagedProductWrite {
      const connection = openImportConnection(ctx);
      const journal = createProductImportJournal(connection);
      let open = true;
      const id = uuidv7(ctx.clock.now());
      // An import cut short while applying (its apply failed, say on a full disk) is finished first, here and now,
      // unless it is being finished already: it must never be thrown away for this one.
      let staged: Promise<void> = finishLeftover(ctx, options).then(() =>
        inSlice(ctx, connection, () => {
          if (journal.job()?.status === 'applying') {
            throw new ImportError('JOB_BUSY', 'An earlier import is still being finished; try again in a moment.');
          }
          journal.begin(id, ctx.clock.now(), ctx.clock.now());
        }),
      );
      let closing: Promise<void> | null = null;
      // Rows staged for an import that never started applying are thrown away; an applying one stays for the next start.
      const close = (): Promise<void> => {
        if (closing) return closing;
        open = false;
        closing = staged
          .catch(() => undefined)
          .then(() =>
            inSlice(ctx, connection, () => {
              const job = journal.job();
              if (job?.id === id && job.status === 'staging') journal.clear();
            }),
          )
          .catch((error: unknown) => console.error('[livecue] dropping a staged import failed; dropped at the next start', error))
          .finally(() => closeImport(connection));
        return closing;
      };
      return {
        upsertChunk(rows: readonly ImportedProduct[]) {
          if (!open) throw new Error('This import is already committed or aborted');
          // Each chunk is its own short write, after the ones before it.
          staged = staged.then(() => inSlice(ctx, connection, () => journal.add(rows)));
          return staged;
        },
        async commit(onApplied) {
          if (!open) throw new Error('This import is already committed or aborted');
          try {
            await staged;
            const job = journal.job();
            if (!job) throw new Error('The import journal lost its job');
            await checkTitles(journal, job.size, options);
            await inSlice(ctx, connection, () => journal.setStatus('applying'));
          } catch (error) {
            await close();
            throw error;
          }
          // From here on the import ends whole: now, or at the next import or start if this apply stops first.
          try {
            const outcome = await applyJournal(
              ctx,
              connection,
              journal,
              { ...options, onApplied },
              { created: [], updated: [], skipped: [] },
              false,
            );
            return { created: outcome.created.length, updated: outcome.updated.length };
          } catch (error) {
            throw unfinished(error);
          } finally {
            open = false;
            closing = Promise.resolve();
            closeImport(connection);
          }
        },
        abort: close,
      };
    },
  };
}

/**
 * Finishes a product import a crash cut short while applying (and drops one that was still being staged:
 * no one was told it worked). Run at start; live commands run between its slices as during any import.
 * Returns what the import did, or null when there was nothing to finish.
 */
export async function resumeProductImport(ctx: BackendContext, options: GuardedImportOptions = {}): Promise<JournalOutcome | null> {
  // Nearly every start has nothing to finish: asked on the main connection, no connection is opened for it.
  if (journalStatus(ctx.db) === null) return null;
  const connection = openImportConnection(ctx);
  try {
    const journal = createProductImportJournal(connection);
    const job = journal.job();
    if (!job) return null;
    if (job.status === 'staging') {
      // Only that job: an import begun meanwhile has a job of its own.
      await inSlice(ctx, connection, () => {
        const now = journal.job();
        if (now?.id === job.id && now.status === 'staging') journal.clear();
      });
      return null;
    }
    return await applyJournal(ctx, connection, journal, options, journal.outcomeSoFar(), true);
  } finally {
    closeImport(connection);
  }
}

/** Applies under way in this process, per backend: a new import waits for one rather than starting another. */
const applying = new WeakMap<BackendContext, Promise<unknown>>();

/** Finishes an applying job left in the journal when no apply of this process is working on it. */
async function finishLeftover(ctx: BackendContext, options: GuardedImportOptions): Promise<void> {
  if (!applying.has(ctx) && journalStatus(ctx.db) === 'applying')
    await resumeProductImport(ctx, options).catch((error: unknown) => {
      // Nothing of the new file was written, and none of it will be: it is not "unfinished" like the earlier one.
      console.error('[livecue] an earlier products import could not be finished; the new import did not start', error);
      throw new ImportError('EARLIER_IMPORT_UNFINISHED', causeOf(error));
    });
}

/**
 * An apply that stopped partway, as the user is told it: not "failed", since what was written stays and the
 * journal finishes the rest at the next import or start. The code says that; the message is the cause.
 */
function unfinished(error: unknown): ImportError {
  if (error instanceof ImportError && error.code === 'APPLY_UNFINISHED') return error;
  console.error('[livecue] a products import stopped partway; it is finished at the next import or start', error);
  return new ImportError('APPLY_UNFINISHED', causeOf(error));
}

const causeOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A staged row that would create a product without a title refuses the whole import, before anything is applied. */
async function checkTitles(journal: ProductImportJournal, size: number, options: GuardedImportOptions): Promise<void> {
  const chunk = (options.chunkRows ?? DEFAULT_CHUNK_ROWS) * 8;
  for (let from = 0; from < size; from += chunk) {
    journal.checkTitles(from, from + chunk);
    // Reads only: a turn between chunks is enough.
    await yieldToLoop();
  }
}

const DEFAULT_SLICE_MS = 5;
const DEFAULT_CHUNK_ROWS = 250;

/** Applies the journal's job to its end (see applyJournalNow), noted as under way for its backend meanwhile. */
function applyJournal(...args: Parameters<typeof applyJournalNow>): Promise<JournalOutcome> {
  const [ctx] = args;
  const running = applyJournalNow(...args);
  applying.set(ctx, running);
  return running.finally(() => {
    if (applying.get(ctx) === running) applying.delete(ctx);
  });
}

async function applyJournalNow(
  ctx: BackendContext,
  connection: Db,
  journal: ProductImportJournal,
  options: ApplyOptions,
  sofar: JournalOutcome,
  resumed: boolean,
): Promise<JournalOutcome> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const job = journal.job();
  if (!job) throw new Error('The import journal lost its job');
  const outcome: JournalOutcome = { created: [...sofar.created], updated: [...sofar.updated], skipped: [...sofar.skipped] };
  const events = createEventStore(connection, ctx.clock);
  let next = job.appliedThrough;
  while (next < job.size) {
    if (options.stopped?.()) throw new ImportError('APPLY_UNFINISHED', 'the app is closing');
    await inSlice(ctx, connection, () => {
      const sliceStart = performance.now();
      do {
        const done = journal.apply(next, next + chunkRows);
        for (const sku of done.created) outcome.created.push(sku);
        for (const sku of done.updated) outcome.updated.push(sku);
        for (const sku of done.skipped) outcome.skipped.push(sku);
        next = Math.min(job.size, next + chunkRows);
      } while (next < job.size && performance.now() - sliceStart < sliceMs);
    });
    options.onApplied?.(next, job.size);
    await options.onSlice?.(next);
  }
  // One fact for the whole import (which SKUs it created, updated and skipped), not 50,000 of them; the
  // journal goes with it, so the import ends exactly once.
  await inSlice(ctx, connection, () => {
    events.append({
      type: 'product.imported',
      payload: {
        rows: job.size,
        created: outcome.created.length,
        updated: outcome.updated.length,
        skipped: outcome.skipped.length,
        skus: outcome,
        ...(resumed ? { resumed: true } : {}),
      },
    });
    journal.clear();
  });
  // Durable before anyone is told it worked: this connection commits without syncing (synchronous=NORMAL).
  await syncLog(ctx, connection);
  ctx.checkpointSoon();
  // Its event went in on this connection, past the main store's listeners: the sync loop hears of it now.
  ctx.events.notifyAppended();
  return outcome;
}

/**
 * Runs `write` in one short transaction on the import connection, as a long write of the backend's write gate
 * that never steps aside: it is over within the turn, and commands arriving meanwhile run right after it.
 */
async function inSlice(ctx: BackendContext, connection: Db, write: () => void): Promise<void> {
  // A turn of the event loop first, so what arrived meanwhile (a command, a timer) is heard before the next slice.
  await yieldToLoop();
  await ctx.writeGate.longWrite(async () => {
    connection.exec('BEGIN IMMEDIATE');
    // The log this connection left unsynced is synced on the thread pool every so often, before commands run: a
    // command's own synced commit on the main thread would otherwise pay for all of it. The sync starts with this
    // slice and runs while it works; the slice waits for it (still holding the gate) once it has committed. A
    // command so meets at most SYNC_EVERY_MS of unsynced slices, and the one the sync ran beside.
    const syncing = performance.now() - (lastSynced.get(ctx) ?? 0) >= SYNC_EVERY_MS ? syncLog(ctx, connection) : null;
    try {
      write();
      connection.exec('COMMIT');
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw error;
    } finally {
      if (syncing) await syncing;
    }
    return 'done';
  });
}

/** How much unsynced apply work (plus one slice) a command's commit may meet at most. */
const SYNC_EVERY_MS = 50;
const lastSynced = new WeakMap<BackendContext, number>();

/** Each import connection's handle on the log, for syncs that start at once (see openLogSync). */
const logSyncs = new WeakMap<Db, LogSync>();

function syncLog(ctx: BackendContext, connection: Db): Promise<void> {
  lastSynced.set(ctx, performance.now());
  let log = logSyncs.get(connection);
  if (!log) {
    log = openLogSync(logFileOf(ctx));
    logSyncs.set(connection, log);
  }
  return log.sync();
}

/** Closes an import connection and its handle on the log. */
function closeImport(connection: Db): void {
  void logSyncs.get(connection)?.close();
  logSyncs.delete(connection);
  connection.close();
}

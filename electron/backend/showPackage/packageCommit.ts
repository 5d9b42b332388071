import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { withUnfinishedCounts } from '../../../shared/domain/showPackage/packageRefusals';
import type { ShowPackageImportResult } from '../../../shared/domain/showPackage/showPackageResults';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { createEventStore } from '../events/eventStore';
import { logFileOf, openImportConnection, openLogSync, runSlicedLongWrite, runStepsSliced } from '../import/slicedLongWrite';
import { type ApplyTarget, applyPackage, noProgress } from './packageApply';
import type { ReadPackage } from './packageReader';
import { type PackageStage, stagePackage } from './packageStage';
import { relabel } from './partLabel';
import type { ShowPackageServices } from './services';

export interface PackageCommitOptions {
  /** Longest stretch of staging or apply work between two event-loop turns. */
  sliceMs?: number;
  /** Called at each turn of the apply, before the write gate is asked (tests act mid-apply). */
  onTurn?: (attempt: number) => void | Promise<void>;
  /**
   * Writes of the caller's in the apply's own transactions, on its connection. `guard` runs at the start of each
   * transaction, before anything of the package is written in it (throwing stops the import there); `before` once
   * the products are in, just ahead of the show and what goes with it (again at each restart of that part);
   * `after` last, with the result, in the same transaction as the show.
   */
  guard?: (tx: ApplyTarget) => void;
  before?: (tx: ApplyTarget) => void;
  after?: (tx: ApplyTarget, result: ShowPackageImportResult) => void;
  /**
   * False: the apply never keeps products written ahead of the rest (see below), so it is all or nothing even when
   * commands arrive meanwhile, at the price of starting over (unless one arrives near the end, see REST_GRACE_MS).
   * For a caller whose refusal must leave nothing written: a head-office show found live is applied when its session
   * ends, not half now.
   */
  keepProducts?: boolean;
}

const DEFAULT_SLICE_MS = 5;

/**
 * Applies a checked package without blocking the backend, the way the products import does:
 *
 * - Image files are written (content-addressed: harmless if what follows fails) while the package is validated
 *   and staged on a connection of its own (TEMP tables, no catalog lock), in slices with event-loop turns between.
 * - The apply is a long write of the write gate on that connection, set-based for the products, in slices of a
 *   few milliseconds. Left alone it is ONE transaction: readers see the catalog as it was until COMMIT.
 * - A command arriving meanwhile makes it commit the products written so far (with a fact naming them) and carry on
 *   after the command, rather than start over; what it had written of the show and its cues, coupons and tasks is
 *   rolled back first (to a savepoint) and written again after the command. The show is therefore never seen
 *   half-written, while products may arrive ahead of it when the console is in use (never with
 *   `keepProducts: false`: every command then makes it start over).
 * - An everyday command arriving while the show and what goes with it are written waits for that part to finish
 *   instead, when it would wait no more than REST_GRACE_MS in all (a live one never waits); with
 *   `keepProducts: false` too, where stepping aside there would throw the whole package away.
 * - The database log is synced on the thread pool as the show's part begins, while it is written: the final sync
 *   after COMMIT then has only that part to flush.
 * - Should the apply fail after products were kept, the answer says so (PACKAGE_APPLY_UNFINISHED): importing the
 *   file again finishes it, the products written already counting as unchanged.
 */
export async function commitShowPackage(
  ctx: BackendContext,
  services: ShowPackageServices,
  pkg: ReadPackage,
  options: PackageCommitOptions = {},
): Promise<ShowPackageImportResult> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const keepProducts = options.keepProducts ?? true;
  // The image files are written (on the image file worker) while the products are staged (on this thread).
  const images = stagePackageImages(services, pkg);
  // Handled at once: a write failing while staging still runs must not be an unhandled rejection (it is thrown below).
  const imagesSettled = images.catch(() => undefined);
  const connection = openImportConnection(ctx);
  let stage: PackageStage | null = null;
  const progress = noProgress();
  const log = openLogSync(logFileOf(ctx));
  // Opened while the package is staged, so the sync below starts the moment it is asked for.
  log.open();
  try {
    try {
      stage = await runStepsSliced(stagePackage(connection, ctx.clock, pkg), () => yieldToLoop(), sliceMs);
    } finally {
      // Settled before anything is refused or written: no write is left running behind a refusal.
      await imagesSettled;
    }
    await images;
    const staged = stage;
    const target = { db: connection, events: createEventStore(connection, ctx.clock), clock: ctx.clock };
    return await runSlicedLongWrite(ctx, connection, async ({ attempt, turn, keep }) => {
      options.guard?.(target);
      const result = await runStepsSliced(
        applyPackage(target, staged, pkg, progress, () => {
          // The products are in the log by now, but for the last of them the import connection's small cache holds:
          // synced on the thread pool while the show's part is written, they leave the final sync little more than
          // that part. A restart of the part asks again (harmless: the sync flushes what is new).
          void log.sync();
          options.before?.(target);
        }),
        async (point) => {
          await options.onTurn?.(attempt);
          await (point && keepProducts ? keep(point) : turn(point?.graceMs));
        },
        sliceMs,
      );
      options.after?.(target, result);
      return result;
    });
  } catch (error) {
    if (progress.productsThrough === 0) throw error;
    throw unfinished(pkg, progress.productsThrough, stage?.products.size ?? 0, error);
  } finally {
    try {
      stage?.drop();
      connection.close();
    } finally {
      await log.close();
    }
  }
}

/** An apply that stopped after products were kept: what is written stays, and the same file finishes it. */
function unfinished(pkg: ReadPackage, written: number, total: number, error: unknown): DomainError {
  console.error(`[livecue] ${pkg.fileName}: the apply stopped after ${written} of ${total} products were written`, error);
  const cause = error instanceof DomainError ? error.detail : undefined;
  return new DomainError(
    'CONFLICT',
    `${pkg.fileName}: stopped after ${written} of ${total} products were imported; the show was not created. Once the cause is dealt with, importing the file again finishes it (products already imported are not imported again). Cause: ${error instanceof Error ? error.message : String(error)}`,
    // The panel says it stopped partway, and how far, in its own words; the cause's detail, when it has one, words the cause.
    { reason: 'PACKAGE_APPLY_UNFINISHED', ...(cause ? { detail: withUnfinishedCounts(cause, written, total) } : {}) },
  );
}

export type StagedImage = Awaited<ReturnType<ShowPackageServices['images']['stageFile']>>;

/**
 * Image files handed to the image file worker at once: enough that it never waits for a turn of this thread (which
 * stages meanwhile, in slices of a few milliseconds) to be given the next one.
 */
const IMAGE_WRITES_AT_ONCE = 16;
/** Each is copied for the worker on this thread: fewer at once when they are large (at least one). */
const IMAGE_BYTES_AT_ONCE = 16 * 1024 * 1024;

/**
 * Writes the package's image files (content-addressed, outside any transaction; on the image file worker, so this
 * thread stages meanwhile), several at a time; in package order. After a write fails no other is started, and the
 * ones under way settle before the refusal is thrown, so none is left running.
 */
export async function stagePackageImages(
  services: ShowPackageServices,
  pkg: ReadPackage,
  atOnce = IMAGE_WRITES_AT_ONCE,
): Promise<StagedImage[]> {
  const images = [...pkg.images.values()];
  const largest = images.reduce((max, image) => Math.max(max, image.bytes.length), 1);
  const writers = Math.max(1, Math.min(atOnce, images.length, Math.floor(IMAGE_BYTES_AT_ONCE / largest)));
  const settled: PromiseSettledResult<StagedImage>[] = [];
  let next = 0;
  let failed = false;
  const writer = async () => {
    for (let i = next++; i < images.length && !failed; i = next++) {
      const image = images[i] as (typeof images)[number];
      // The reader checked each image against the hash in its name; the writer checks it again, on its own thread.
      settled[i] = await services.images.stageFile(image.bytes, image.hash).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => {
          failed = true;
          return { status: 'rejected', reason };
        },
      );
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const staged: StagedImage[] = [];
  for (const [i, result] of settled.entries()) {
    if (result?.status === 'rejected') throw relabel(`${pkg.fileName}: ${images[i]?.entry}`, result.reason);
    if (result) staged.push(result.value);
  }
  return staged;
}

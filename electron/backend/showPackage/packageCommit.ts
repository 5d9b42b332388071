import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ShowPackageImportResult } from '../../../shared/domain/showPackage/showPackageResults';
import type { BackendContext } from '../backendContext';
import { createEventStore } from '../events/eventStore';
import { openImportConnection, runSlicedLongWrite, runStepsSliced } from '../import/slicedLongWrite';
import { type ApplyTarget, applyPackage } from './packageApply';
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
   * Writes of the caller's in the apply's own transaction, on its connection: `before` runs first (again at each
   * restart; throwing stops the import with nothing written), `after` last, with the result.
   */
  before?: (tx: ApplyTarget) => void;
  after?: (tx: ApplyTarget, result: ShowPackageImportResult) => void;
}

const DEFAULT_SLICE_MS = 5;

/**
 * Applies a checked package without blocking the backend and without ever exposing half of it, the way
 * the products import does:
 *
 * - Image files are written first (content-addressed: harmless if what follows fails).
 * - The package is validated and staged once on a connection of its own (TEMP tables, no catalog lock),
 *   in slices with event-loop turns between them.
 * - The apply is ONE transaction on that connection, set-based for the products, in slices of a few
 *   milliseconds: a long write of the write gate, so a command arriving meanwhile makes it roll back at
 *   the next turn and start over after the command. Readers see the catalog as it was until COMMIT.
 */
export async function commitShowPackage(
  ctx: BackendContext,
  services: ShowPackageServices,
  pkg: ReadPackage,
  options: PackageCommitOptions = {},
): Promise<ShowPackageImportResult> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  await stagePackageImages(services, pkg);
  const connection = openImportConnection(ctx);
  let stage: PackageStage | null = null;
  try {
    stage = await runStepsSliced(stagePackage(connection, ctx.clock, pkg), () => yieldToLoop(), sliceMs);
    const staged = stage;
    const target = { db: connection, events: createEventStore(connection, ctx.clock), clock: ctx.clock };
    return await runSlicedLongWrite(ctx, connection, async ({ attempt, turn }) => {
      options.before?.(target);
      const result = await runStepsSliced(
        applyPackage(target, staged, pkg),
        async () => {
          await options.onTurn?.(attempt);
          await turn();
        },
        sliceMs,
      );
      options.after?.(target, result);
      return result;
    });
  } finally {
    stage?.drop();
    connection.close();
  }
}

export type StagedImage = Awaited<ReturnType<ShowPackageServices['images']['stageFile']>>;

/** Image files written at once: each waits on its own fsyncs, so a few side by side take the time of one. */
const IMAGE_WRITES_AT_ONCE = 4;

/** Writes the package's image files (content-addressed, outside any transaction), a few at a time; in package order. */
export async function stagePackageImages(services: ShowPackageServices, pkg: ReadPackage): Promise<StagedImage[]> {
  const images = [...pkg.images.values()];
  const staged: StagedImage[] = [];
  for (let at = 0; at < images.length; at += IMAGE_WRITES_AT_ONCE) {
    const batch = images.slice(at, at + IMAGE_WRITES_AT_ONCE);
    // Every write of the batch settles before a refusal is thrown, so none is left running.
    const settled = await Promise.allSettled(batch.map((image) => services.images.stageFile(image.bytes)));
    for (const [i, result] of settled.entries()) {
      if (result.status === 'rejected') throw relabel(`${pkg.fileName}: ${batch[i]?.entry}`, result.reason);
      staged.push(result.value);
    }
  }
  return staged;
}

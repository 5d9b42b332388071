import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { largeShowPackage } from '../../../test/support/backend/largeShowPackage';
import { createCoreServices } from '../coreServices';
import { commitShowPackage } from './packageCommit';
import { readShowPackage } from './packageReader';
import { showPackageServices } from './services';

const calls = vi.hoisted(() => [] as string[]);

// The real log syncs, with each call recorded.
vi.mock('../import/slicedLongWrite', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../import/slicedLongWrite')>();
  return {
    ...actual,
    openLogSync(wal: string) {
      const log = actual.openLogSync(wal);
      return {
        open() {
          calls.push(`open ${path.basename(wal)}`);
          log.open();
        },
        sync() {
          calls.push(`sync ${path.basename(wal)}`);
          return log.sync();
        },
        async close() {
          await log.close();
          calls.push('closed');
        },
      };
    },
  };
});

const contexts: ReturnType<typeof backendTestContext>[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.db.close();
  calls.length = 0;
});

/** A fresh store and a small package for it. */
async function store() {
  const ctx = backendTestContext();
  contexts.push(ctx);
  const services = showPackageServices(ctx, createCoreServices(ctx));
  const file = await largeShowPackage({ cues: 3, products: 300, coupons: 1, tasks: 1, images: 2, imageSide: 8 });
  return { ctx, services, pkg: await readShowPackage(file.fileName, file.bytes) };
}

describe('show package commit: the database log', () => {
  it("opens the log while staging, starts syncing the products written as the show's part begins, and lets go of it after", async () => {
    const { ctx, services, pkg } = await store();

    await commitShowPackage(ctx, services, pkg, {
      before: () => void calls.push('show part begins'),
      after: () => void calls.push('show written'),
    });

    const log = `${path.basename(ctx.databaseFile)}-wal`;
    expect(calls).toEqual([`open ${log}`, `sync ${log}`, 'show part begins', 'show written', 'closed']);
  });

  it('lets go of the log when the import fails', async () => {
    const { ctx, services, pkg } = await store();
    ctx.db.exec("CREATE TRIGGER fail_cue BEFORE INSERT ON cues BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");

    await expect(commitShowPackage(ctx, services, pkg)).rejects.toThrow(/simulated disk failure/);
    expect(calls.at(-1)).toBe('closed');
  });
});

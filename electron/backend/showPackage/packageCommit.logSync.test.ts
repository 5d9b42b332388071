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

describe('show package commit: the database log', () => {
  it("starts syncing the products written on the thread pool as the show's part begins, and lets go of the log after", async () => {
    const ctx = backendTestContext();
    contexts.push(ctx);
    const services = showPackageServices(ctx, createCoreServices(ctx));
    const file = await largeShowPackage({ cues: 3, products: 300, coupons: 1, tasks: 1, images: 2, imageSide: 8 });
    const pkg = await readShowPackage(file.fileName, file.bytes);

    await commitShowPackage(ctx, services, pkg, {
      before: () => void calls.push('show part begins'),
      after: () => void calls.push('show written'),
    });

    const log = `sync ${path.basename(ctx.databaseFile)}-wal`;
    expect(calls).toEqual([log, 'show part begins', 'show written', 'closed']);
  });
});

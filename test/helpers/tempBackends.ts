import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { backendTestContext } from '../support/backend/catalogTestContext';

/**
 * A factory of test backends (real on-disk databases in temp directories), each closed and deleted after the test
 * that made it. Call once per `describe`.
 */
export function tempBackends(): () => ReturnType<typeof backendTestContext> {
  const made: ReturnType<typeof backendTestContext>[] = [];
  afterEach(() => {
    for (const c of made.splice(0)) {
      c.db.close();
      rmSync(c.dataDir, { recursive: true, force: true });
    }
  });
  return () => {
    const c = backendTestContext();
    made.push(c);
    return c;
  };
}

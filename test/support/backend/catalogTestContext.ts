import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BackendContext } from '../../../electron/backend/backendContext';
import type { Clock } from '../../../electron/backend/clock';
import { DomainError } from '../../../electron/backend/dispatch/domainError';
import { TopicHub } from '../../../electron/backend/dispatch/topicHub';
import { createEventStore } from '../../../electron/backend/events/eventStore';
import { openDatabase } from '../../../electron/backend/store/database';
import { WriteGate } from '../../../electron/backend/store/writeGate';

/** A real on-disk database in a fresh temp directory, with a clock that ticks 1 ms per read. For tests. */
export function catalogTestContext() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-catalog-'));
  const db = openDatabase({ file: path.join(dataDir, 'livecue.db') });
  let t = 1_700_000_000_000;
  const clock: Clock = { now: () => t++, monotonic: () => 1 };
  const events = createEventStore(db, clock);
  const eventTypes = () => events.listAfter(0, 1_000_000).map((e) => e.type);
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { dataDir, db, clock, events, eventTypes, count };
}

/** A whole BackendContext over a test database (from catalogTestContext unless given one). For tests and benchmarks. */
export function backendTestContext(base = catalogTestContext()): BackendContext & ReturnType<typeof catalogTestContext> {
  return {
    ...base,
    hub: new TopicHub(),
    writeGate: new WriteGate(),
    databaseFile: path.join(base.dataDir, 'livecue.db'),
    appVersion: 'test',
    host: 'serve',
    electronVersion: null,
    nativeBinding: undefined,
    checkpointSoon: () => {},
  };
}

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The DomainError `fn` throws; anything else (or nothing) fails the test. */
export function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

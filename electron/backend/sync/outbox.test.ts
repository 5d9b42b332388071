import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEventStore } from '../events/eventStore';
import { openDatabase } from '../store/database';
import { createOutbox } from './outbox';
import { createSyncStateDao } from './syncState.dao';

function setup(n: number) {
  const db = openDatabase({ file: path.join(mkdtempSync(path.join(tmpdir(), 'livecue-outbox-')), 'o.db') });
  const events = createEventStore(db, { now: () => 1_700_000_000_000, monotonic: () => 1 });
  events.appendMany(Array.from({ length: n }, (_, i) => ({ type: 't', payload: { i }, sessionId: 's' })));
  const state = createSyncStateDao(db);
  state.enroll({
    hubUrl: 'http://127.0.0.1',
    deviceId: 'd',
    deviceName: 'PC',
    store: { id: 'x', code: 'c', name: 'n', region: '', group: '' },
  });
  const seqs = () => (db.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
  return { db, outbox: createOutbox(db), state, seqs };
}

describe('outbox', () => {
  it('lists waiting events in seq order with their payloads', () => {
    const { outbox } = setup(3);
    expect(outbox.pending(2)).toEqual([
      expect.objectContaining({ seq: 1, type: 't', schemaVersion: 1, sessionId: 's', payload: { i: 0 } }),
      expect.objectContaining({ seq: 2, payload: { i: 1 } }),
    ]);
  });

  it('deletes acknowledged rows, puts back rows the hub lost, and records a new epoch, in one transaction', () => {
    const { outbox, state, seqs } = setup(10);
    outbox.apply(1, { ackedUpTo: 6, refill: null, newEpoch: null }, state.setEpoch);
    expect(seqs()).toEqual([7, 8, 9, 10]);
    outbox.apply(1, { ackedUpTo: null, refill: { from: 3, to: 6 }, newEpoch: null }, state.setEpoch);
    expect(seqs()).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    outbox.apply(1, { ackedUpTo: 4, refill: null, newEpoch: { epoch: 2, start: 5 } }, state.setEpoch);
    expect(seqs()).toEqual([5, 6, 7, 8, 9, 10]);
    expect(state.get()).toMatchObject({ epoch: 2, epochStart: 5 });
    // Acknowledgements under the new epoch count from its first seq.
    outbox.apply(5, { ackedUpTo: 7, refill: null, newEpoch: null }, state.setEpoch);
    expect(seqs()).toEqual([8, 9, 10]);
    expect(outbox.size()).toBe(3);
  });

  it('rolls everything back when part of the answer cannot be applied', () => {
    const { outbox, seqs } = setup(5);
    const failing = () => {
      throw new Error('disk full');
    };
    expect(() => outbox.apply(1, { ackedUpTo: 3, refill: null, newEpoch: { epoch: 2, start: 4 } }, failing)).toThrow('disk full');
    expect(seqs()).toEqual([1, 2, 3, 4, 5]);
  });
});

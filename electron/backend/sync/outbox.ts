import type { UploadEvent } from '../../../shared/api/hub/hubIngest';
import { type EventRow, fromRow } from '../events/eventStore';
import type { Db } from '../store/database';
import type { AckPlan } from './uploadBatch';

/** The outbox as the uploader sees it: events waiting for head office, and the one short write an answer makes. */
export function createOutbox(db: Db) {
  const pending = db.prepare<[number], EventRow>('SELECT e.* FROM outbox o JOIN events e ON e.seq = o.seq ORDER BY o.seq LIMIT ?');
  const deleteRange = db.prepare<[number, number]>('DELETE FROM outbox WHERE seq BETWEEN ? AND ?');
  // Events are never deleted, so whatever left the outbox can come back from them.
  const refill = db.prepare<[number, number]>('INSERT OR IGNORE INTO outbox (seq) SELECT seq FROM events WHERE seq BETWEEN ? AND ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');

  return {
    /** The oldest waiting events, in seq order. */
    pending(limit: number): UploadEvent[] {
      // The hub knows the device from its credential: the local device id is not part of an upload.
      return pending.all(limit).map((row) => {
        const { deviceId: _local, ...event } = fromRow(row);
        return event;
      });
    },
    size(): number {
      return count.get()?.n ?? 0;
    },
    /** Applies an answer in one transaction: a few hundred rows by primary key, so it is short. */
    apply: db.transaction((epochStart: number, plan: AckPlan, setEpoch: (epoch: number, start: number) => void) => {
      if (plan.ackedUpTo !== null) deleteRange.run(epochStart, plan.ackedUpTo);
      if (plan.refill) refill.run(plan.refill.from, plan.refill.to);
      if (plan.newEpoch) setEpoch(plan.newEpoch.epoch, plan.newEpoch.start);
    }),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

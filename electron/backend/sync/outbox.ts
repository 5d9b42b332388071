import type { UploadEvent } from '../../../shared/api/hub/hubIngest';
import type { Db } from '../store/database';
import type { AckPlan } from './uploadBatch';

interface PendingRow {
  seq: number;
  event_id: string;
  type: string;
  schema_version: number;
  session_id: string | null;
  wall_time: number;
  mono_ms: number;
  payload: string;
}

/** The outbox as the uploader sees it: events waiting for head office, and the one short write an answer makes. */
export function createOutbox(db: Db) {
  const pending = db.prepare<[number], PendingRow>(
    `SELECT e.seq, e.event_id, e.type, e.schema_version, e.session_id, e.wall_time, e.mono_ms, e.payload
       FROM outbox o JOIN events e ON e.seq = o.seq ORDER BY o.seq LIMIT ?`,
  );
  const deleteRange = db.prepare<[number, number]>('DELETE FROM outbox WHERE seq BETWEEN ? AND ?');
  // Events are never deleted, so whatever left the outbox can come back from them.
  const refill = db.prepare<[number, number]>('INSERT OR IGNORE INTO outbox (seq) SELECT seq FROM events WHERE seq BETWEEN ? AND ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');

  return {
    /** The oldest waiting events, in seq order. */
    pending(limit: number): UploadEvent[] {
      return pending.all(limit).map((r) => ({
        seq: r.seq,
        eventId: r.event_id,
        type: r.type,
        schemaVersion: r.schema_version,
        sessionId: r.session_id,
        wallTime: r.wall_time,
        monoMs: r.mono_ms,
        payload: JSON.parse(r.payload) as unknown,
      }));
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

import { createReportAccumulator } from '../../shared/domain/report/reportAccumulator';
import type { SessionReport } from '../../shared/domain/report/sessionReport';
import type { HubQueryable } from '../db/hubDb';

interface Row {
  device_id: string;
  epoch: number;
  seq: number;
  type: string;
  payload: unknown;
  received_at: number;
}

const PAGE = 1000;

export interface ComputedReport {
  report: SessionReport;
  /** The session's own events read (health samples not included). */
  eventsCounted: number;
}

/**
 * A session's review from the ingested events, through the same accumulator the app's report service
 * uses, fed the same way: the session's events in log order (epoch, then seq), then the device's
 * `obs.health` samples from the session's first event on, while they fall inside the session window.
 * Seqs restart under a new epoch, so the accumulator is given a running ordinal instead.
 * Null when the hub holds no event of the session.
 */
export async function computeHubSessionReport(
  db: HubQueryable,
  storeId: string,
  sessionId: string,
  now: number,
): Promise<ComputedReport | null> {
  const rows = await db.query<Row>(
    `SELECT device_id, epoch, seq, type, payload, received_at FROM events
      WHERE store_id = $1 AND session_id = $2 ORDER BY device_id, epoch, seq`,
    [storeId, sessionId],
  );
  const first = rows[0];
  if (!first) return null;
  const acc = createReportAccumulator({ sessionId });
  let ordinal = 0;
  for (const row of rows) acc.addStored(++ordinal, row.type, row.payload);

  const { startedAt, endedAt } = acc.window();
  const windowEnd = endedAt ?? now;
  let after = { epoch: first.epoch, seq: first.seq - 1 };
  let past = startedAt === null;
  while (!past) {
    const health = await db.query<Row>(
      `SELECT device_id, epoch, seq, type, payload, received_at FROM events
        WHERE store_id = $1 AND device_id = $2 AND type = 'obs.health' AND received_at >= $3 AND (epoch, seq) > ($4, $5)
        ORDER BY epoch, seq LIMIT ${PAGE}`,
      [storeId, first.device_id, first.received_at, after.epoch, after.seq],
    );
    for (const row of health) {
      // Samples are logged in time order; once one is past the window, the rest are too.
      if (payloadAt(row.payload) > windowEnd) {
        past = true;
        break;
      }
      acc.addStored(++ordinal, row.type, row.payload);
    }
    const last = health.at(-1);
    if (!last || health.length < PAGE) break;
    after = { epoch: last.epoch, seq: last.seq };
  }
  return { report: acc.finish(now), eventsCounted: rows.length };
}

/** The `at` of an event payload (a health sample's time, a session's end); -∞ when it has none (the report code skips such an event). */
export function payloadAt(payload: unknown): number {
  const at = typeof payload === 'object' && payload !== null ? (payload as { at?: unknown }).at : undefined;
  return typeof at === 'number' ? at : Number.NEGATIVE_INFINITY;
}

import type { SessionReport } from '../../shared/domain/report/sessionReport';
import type { HubDb, HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { readableStore } from '../producers/regions';
import { computeHubSessionReport } from './hubSessionReport';
import { writeSessionResults } from './sessionResults';

/**
 * Marks reviews stale inside the ingest's transaction: the sessions the batch stored events of (noting
 * the end when the batch holds a `session.ended`), and, when it carried health samples, the reviews
 * those samples can reach (live ones, and ended ones whose end is not before the earliest sample).
 * One statement each; ids sorted so concurrent ingests lock rows in one order. A row held by a
 * refresher makes this wait until that refresher commits, so a review computed without these events
 * is never left marked fresh.
 */
export async function markReportsStale(
  tx: HubQueryable,
  storeId: string,
  sessions: ReadonlyMap<string, number | null>,
  earliestHealthAt: number | null,
): Promise<void> {
  if (sessions.size > 0) {
    const ids = [...sessions.keys()].sort();
    await tx.query(
      `INSERT INTO session_reports (store_id, session_id, stale, ended_at)
       SELECT $1, u.id, true, u.ended_at FROM unnest($2::text[], $3::bigint[]) AS u(id, ended_at)
       ON CONFLICT (store_id, session_id) DO UPDATE SET stale = true, ended_at = coalesce(EXCLUDED.ended_at, session_reports.ended_at)
       WHERE NOT session_reports.stale OR EXCLUDED.ended_at IS NOT NULL`,
      [storeId, ids, ids.map((id) => sessions.get(id) ?? null)],
    );
  }
  if (earliestHealthAt !== null) {
    await tx.query('UPDATE session_reports SET stale = true WHERE store_id = $1 AND NOT stale AND (ended_at IS NULL OR ended_at >= $2)', [
      storeId,
      earliestHealthAt,
    ]);
  }
}

/**
 * Computes a session's review and stores it as fresh, with its flat result rows; the caller holds the row's
 * lock. Null (and the row gone, its result rows with it) when the session has no events.
 */
export async function storeComputedReport(
  tx: HubQueryable,
  storeId: string,
  sessionId: string,
  now: number,
): Promise<SessionReport | null> {
  const computed = await computeHubSessionReport(tx, storeId, sessionId, now);
  if (!computed) {
    await tx.query('DELETE FROM session_reports WHERE store_id = $1 AND session_id = $2', [storeId, sessionId]);
    return null;
  }
  await tx.query(
    `UPDATE session_reports SET report = $3::jsonb, events_counted = $4, computed_at = $5, stale = false, ended_at = $6
      WHERE store_id = $1 AND session_id = $2`,
    [storeId, sessionId, JSON.stringify(computed.report), computed.eventsCounted, now, computed.report.session.endedAt],
  );
  await writeSessionResults(tx, storeId, sessionId, computed.report, now);
  return computed.report;
}

/**
 * The review the report route answers: the stored one when it is fresh and the session has ended;
 * otherwise computed now and stored (a live session's review is measured to now, so it is always
 * computed). Computing holds the row's lock, so an ingest of the session waits and then marks it stale.
 */
export async function readSessionReport(
  db: HubDb,
  caller: ProducerCaller,
  storeCode: string,
  sessionId: string,
  now: number,
): Promise<SessionReport> {
  const store = await readableStore(db, caller, storeCode);
  const [kept] = await db.query<{ report: SessionReport }>(
    'SELECT report FROM session_reports WHERE store_id = $1 AND session_id = $2 AND NOT stale AND ended_at IS NOT NULL',
    [store.id, sessionId],
  );
  if (kept) return kept.report;
  const report = await db.transaction(async (tx) => {
    // Creates the row if missing and locks it either way; a 404 below rolls the creation back.
    const [row] = await tx.query<{ stale: boolean; report: SessionReport | null; ended_at: number | null }>(
      `INSERT INTO session_reports (store_id, session_id, stale) VALUES ($1, $2, true)
       ON CONFLICT (store_id, session_id) DO UPDATE SET stale = session_reports.stale RETURNING stale, report, ended_at`,
      [store.id, sessionId],
    );
    // Another reader or a refresher stored it while this one waited for the lock.
    if (row && !row.stale && row.ended_at !== null && row.report) return row.report;
    return storeComputedReport(tx, store.id, sessionId, now);
  });
  if (!report) throw HubHttpError.notFound(`No session ${sessionId} at store ${storeCode}.`);
  return report;
}

import type { ResultSession, ResultsQuery } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { readableStore } from '../producers/regions';
import { resultsScope } from './resultsScope';
import { type SessionListRow, storeSessionsStatement } from './resultsSql';

/** A store's sessions in a results range (same filters as the results), newest first, for drilling down to a review. */
export async function resultSessions(
  db: HubQueryable,
  caller: ProducerCaller,
  storeCode: string,
  query: ResultsQuery,
): Promise<{ sessions: ResultSession[] }> {
  const scope = resultsScope(caller, query);
  const store = await readableStore(db, caller, storeCode);
  const statement = storeSessionsStatement(scope, store.id);
  const rows = await db.query<SessionListRow>(statement.sql, statement.params);
  return {
    sessions: rows.map((r) => ({
      sessionId: r.session_id,
      showName: r.show_name,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      durationMs: r.duration_ms,
      live: r.live,
      gmvFen: r.gmv_fen,
      peakViewers: r.peak_viewers,
    })),
  };
}

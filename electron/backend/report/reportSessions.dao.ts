import type { SessionList, SessionListCursor, SessionSummary } from '../../../shared/api/methods/report.methods';
import type { Db } from '../store/database';

interface Row {
  id: string;
  show_id: string;
  show_name: string;
  status: 'live' | 'ended';
  started_at: number;
  ended_at: number | null;
  cue_count: number;
  fired_cue_count: number;
  gmv_fen: number | null;
  peak_viewers: number | null;
}

/*
 * Peak viewers online comes from the same restore point as GMV: the runtime keeps each gauge's peak
 * beside its last reading (absent until the first reading), so the list never reads the event log.
 * Cue counts come out of the restore-point JSON in SQL, so the (possibly large) state is never
 * shipped to JS just to count: from the setup (sessions since 0009) or the state that held the cues
 * before. `lastRun` holds one key per cue that has started at least once.
 * Ties on started_at are broken by id so the keyset order is total.
 */
const COLUMNS = `id, show_id, show_name, status, started_at, ended_at,
  coalesce(json_array_length(setup, '$.cues'), json_array_length(state, '$.cues'), 0) AS cue_count,
  (SELECT count(*) FROM json_each(state, '$.lastRun')) AS fired_cue_count,
  nullif(json_extract(state, '$.counters.gmvFen'), 0) AS gmv_fen,
  json_extract(state, '$.gauges.viewersOnline.peak') AS peak_viewers`;

/** Read side of the sessions table for the Reports area (the session service owns the writes). */
export function createReportSessionsDao(db: Db) {
  const first = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM sessions ORDER BY started_at DESC, id DESC LIMIT ?`);
  const after = db.prepare<[number, number, string, number], Row>(
    `SELECT ${COLUMNS} FROM sessions
     WHERE started_at < ? OR (started_at = ? AND id < ?)
     ORDER BY started_at DESC, id DESC LIMIT ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions');

  return {
    /** Newest first; one row past the page is read to know whether another page follows. */
    list(limit: number, before?: SessionListCursor): SessionList {
      const rows = before ? after.all(before.startedAt, before.startedAt, before.sessionId, limit + 1) : first.all(limit + 1);
      const items = rows.slice(0, limit).map(fromRow);
      const last = items.at(-1);
      const next = rows.length > limit && last ? { startedAt: last.startedAt, sessionId: last.sessionId } : null;
      return { items, total: count.get()?.n ?? 0, next };
    },
  };
}

function fromRow(row: Row): SessionSummary {
  return {
    sessionId: row.id,
    showId: row.show_id,
    showName: row.show_name,
    phase: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    cueCount: row.cue_count,
    firedCueCount: row.fired_cue_count,
    gmvFen: row.gmv_fen,
    peakViewers: row.peak_viewers,
  };
}

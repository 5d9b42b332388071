import type { SessionList, SessionListCursor, SessionSummary } from '../../../shared/api/methods/report.methods';
import { platformEventSchemas } from '../../../shared/domain/platform/platformData';
import { platformGmvFen, trendTotals } from '../../../shared/domain/report/platformFigures';
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
 * Typed figures: peak viewers online comes from the same restore point as GMV: the runtime keeps each gauge's peak
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
  // Platform files are a few events in the whole log: found through the type index (`+session_id` keeps the planner
  // off the session index, which would walk every counter event of each listed session).
  const platformEvents = db.prepare<[string], { session_id: string; type: string; payload: string }>(
    `SELECT session_id, type, payload FROM events
     WHERE type IN ('platform.products', 'platform.trend') AND +session_id IN (SELECT value FROM json_each(?))
     ORDER BY seq`,
  );

  /** GMV and peak viewers as the review gives them: the platform's files, where imported, over the typed counts. */
  function withPlatformFigures(items: SessionSummary[]): SessionSummary[] {
    if (items.length === 0) return items;
    const latest = new Map<string, { products: unknown; trend: unknown }>();
    for (const row of platformEvents.all(JSON.stringify(items.map((i) => i.sessionId)))) {
      const held = latest.get(row.session_id) ?? { products: null, trend: null };
      // A later import of the same kind replaces the earlier one, as in the review.
      if (row.type === 'platform.trend') held.trend = JSON.parse(row.payload);
      else held.products = JSON.parse(row.payload);
      latest.set(row.session_id, held);
    }
    if (latest.size === 0) return items;
    return items.map((item) => {
      const files = latest.get(item.sessionId);
      if (!files) return item;
      const products = platformEventSchemas['platform.products'].safeParse(files.products);
      const trend = platformEventSchemas['platform.trend'].safeParse(files.trend);
      const fromTrend = trend.success ? trendTotals(trend.data.rows) : null;
      return {
        ...item,
        gmvFen: platformGmvFen(fromTrend, products.success ? products.data.rows : null) ?? item.gmvFen,
        peakViewers: fromTrend?.peakViewers ?? item.peakViewers,
      };
    });
  }

  return {
    /** Newest first; one row past the page is read to know whether another page follows. */
    list(limit: number, before?: SessionListCursor): SessionList {
      const rows = before ? after.all(before.startedAt, before.startedAt, before.sessionId, limit + 1) : first.all(limit + 1);
      const items = withPlatformFigures(rows.slice(0, limit).map(fromRow));
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

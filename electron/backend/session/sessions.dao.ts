import { RuntimeState } from '../../../shared/domain/runtime';
import type { Db } from '../store/database';

export interface SessionRecord {
  id: string;
  showId: string;
  showName: string;
  status: 'live' | 'ended';
  state: RuntimeState;
  revision: number;
  startedAt: number;
  endedAt: number | null;
}

interface Row {
  id: string;
  show_id: string;
  show_name: string;
  status: 'live' | 'ended';
  state: string;
  /** The cues and catalog, written once when the session starts; null in rows written before they were split. */
  setup: string | null;
  revision: number;
  started_at: number;
  ended_at: number | null;
}

export function createSessionsDao(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, number]>(
    "INSERT INTO sessions (id, show_id, show_name, status, state, setup, revision, started_at) VALUES (?, ?, ?, 'live', ?, ?, 1, ?)",
  );
  // The revision check makes a lost update impossible even if two writers raced.
  const save = db.prepare<[string, string, number | null, string, number]>(
    'UPDATE sessions SET state = ?, status = ?, ended_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?',
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM sessions WHERE id = ?');
  const liveRow = db.prepare<[], Row>("SELECT * FROM sessions WHERE status = 'live'");
  const markEnded = db.prepare<[number, string]>("UPDATE sessions SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'live'");
  return {
    insert(state: RuntimeState): void {
      const { cues, catalog, ...live } = state;
      insert.run(state.sessionId, state.showId, state.showName, JSON.stringify(live), JSON.stringify({ cues, catalog }), state.startedAt);
    },
    /** Writes what commands change; the setup stays as inserted (a session's cues and catalog never change). */
    save(state: RuntimeState, expectedRevision: number): void {
      const { cues: _cues, catalog: _catalog, ...live } = state;
      const info = save.run(JSON.stringify(live), state.phase, state.endedAt, state.sessionId, expectedRevision);
      if (info.changes !== 1) throw new Error(`Session ${state.sessionId} changed underneath (revision ${expectedRevision})`);
    },
    get(id: string): SessionRecord | undefined {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    live(): SessionRecord | undefined {
      const row = liveRow.get();
      return row && fromRow(row);
    },
    /** Closes a live session that cannot be resumed, leaving its stored state as it was (for support). */
    markEnded(id: string, at: number): void {
      markEnded.run(at, id);
    },
  };
}

/** A stored restore point that no longer parses (damaged, or written by something else): it cannot be resumed. */
export class UnreadableSessionState extends Error {
  constructor(
    readonly sessionId: string,
    detail: string,
  ) {
    super(`The restore point of session ${sessionId} cannot be read: ${detail}`);
    this.name = 'UnreadableSessionState';
  }
}

function parseState(row: Row): RuntimeState {
  let json: unknown;
  try {
    const live: unknown = JSON.parse(row.state);
    json = row.setup === null ? live : { ...(live as object), ...(JSON.parse(row.setup) as object) };
  } catch (error) {
    throw new UnreadableSessionState(row.id, error instanceof Error ? error.message : String(error));
  }
  const parsed = RuntimeState.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UnreadableSessionState(row.id, `${first?.path.join('.') || 'state'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function fromRow(row: Row): SessionRecord {
  return {
    id: row.id,
    showId: row.show_id,
    showName: row.show_name,
    status: row.status,
    state: parseState(row),
    revision: row.revision,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}

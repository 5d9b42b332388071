import type { Clock } from '../clock';
import type { Db } from '../store/database';
import { uuidv7 } from './uuidv7';

export interface NewEvent {
  type: string;
  payload: unknown;
  sessionId?: string | null;
  /** Version of this event type's payload shape. */
  schemaVersion?: number;
}

export interface StoredEvent {
  seq: number;
  eventId: string;
  deviceId: string;
  type: string;
  schemaVersion: number;
  sessionId: string | null;
  wallTime: number;
  monoMs: number;
  payload: unknown;
}

export interface EventRow {
  seq: number;
  event_id: string;
  device_id: string;
  type: string;
  schema_version: number;
  session_id: string | null;
  wall_time: number;
  mono_ms: number;
  payload: string;
}

export type EventStore = ReturnType<typeof createEventStore>;

/**
 * The append-only event log. `append` joins the caller's transaction when there is one (better-sqlite3
 * nests transactions as savepoints), so a state change and the event describing it commit together.
 * Every appended event also enters the outbox for head office.
 */
export function createEventStore(db: Db, clock: Clock) {
  const deviceId = (db.prepare('SELECT device_id FROM device WHERE id = 1').get() as { device_id: string }).device_id;
  const insertEvent = db.prepare<[string, string, string, number, string | null, number, number, string]>(
    'INSERT INTO events (event_id, device_id, type, schema_version, session_id, wall_time, mono_ms, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertOutbox = db.prepare<[number | bigint]>('INSERT INTO outbox (seq) VALUES (?)');
  const selectAfter = db.prepare<[number, number], EventRow>('SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const selectSession = db.prepare<[string], EventRow>('SELECT * FROM events WHERE session_id = ? ORDER BY seq');
  const countOutbox = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');
  const lastSeq = db.prepare<[], { s: number | null }>('SELECT max(seq) AS s FROM events');
  const appendListeners = new Set<() => void>();

  function insertOne(event: NewEvent): StoredEvent {
    if (!event.type) throw new Error('An event needs a type');
    const json = JSON.stringify(event.payload ?? null);
    const wallTime = clock.now();
    const stored: Omit<StoredEvent, 'seq'> = {
      eventId: uuidv7(wallTime),
      deviceId,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      sessionId: event.sessionId ?? null,
      wallTime,
      monoMs: clock.monotonic(),
      payload: event.payload ?? null,
    };
    const info = insertEvent.run(
      stored.eventId,
      deviceId,
      stored.type,
      stored.schemaVersion,
      stored.sessionId,
      wallTime,
      stored.monoMs,
      json,
    );
    insertOutbox.run(info.lastInsertRowid);
    // Listeners only schedule work for later (the sync nudge); the caller's transaction may still roll back.
    for (const listener of appendListeners) listener();
    return { seq: Number(info.lastInsertRowid), ...stored };
  }

  const append = db.transaction((event: NewEvent): StoredEvent => insertOne(event));
  const appendMany = db.transaction((events: readonly NewEvent[]): StoredEvent[] => events.map(insertOne));

  return {
    deviceId,
    append,
    appendMany,
    listAfter(afterSeq: number, limit = 1000): StoredEvent[] {
      return selectAfter.all(afterSeq, limit).map(fromRow);
    },
    listSession(sessionId: string): StoredEvent[] {
      return selectSession.all(sessionId).map(fromRow);
    },
    outboxSize(): number {
      return countOutbox.get()?.n ?? 0;
    },
    lastSeq(): number {
      return lastSeq.get()?.s ?? 0;
    },
    /** Called (synchronously, so keep it tiny) whenever an event enters the log. */
    onAppend(listener: () => void): () => void {
      appendListeners.add(listener);
      return () => appendListeners.delete(listener);
    },
    /** Tells the listeners that events were committed through another connection (an import's long write). */
    notifyAppended(): void {
      for (const listener of appendListeners) listener();
    },
  };
}

export function fromRow(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    eventId: row.event_id,
    deviceId: row.device_id,
    type: row.type,
    schemaVersion: row.schema_version,
    sessionId: row.session_id,
    wallTime: row.wall_time,
    monoMs: row.mono_ms,
    payload: JSON.parse(row.payload) as unknown,
  };
}

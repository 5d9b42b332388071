import { randomUUID } from 'node:crypto';
import type { Migration } from '../migration';

/**
 * The device identity, the append-only event log and the sync outbox. Events are facts: the
 * triggers make UPDATE and DELETE impossible, so a report can always be recomputed from them.
 */
export const m0002Events: Migration = {
  version: 2,
  name: 'events',
  up(db) {
    db.exec(`
      CREATE TABLE device (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        device_id  TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE events (
        seq            INTEGER PRIMARY KEY,          -- per-device, gap-free, assigned in commit order
        event_id       TEXT NOT NULL UNIQUE,          -- UUIDv7
        device_id      TEXT NOT NULL,
        type           TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        session_id     TEXT,
        wall_time      INTEGER NOT NULL,              -- epoch ms
        mono_ms        REAL NOT NULL,                 -- monotonic ms of the writing process
        payload        TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX events_session ON events (session_id, seq) WHERE session_id IS NOT NULL;
      CREATE INDEX events_type ON events (type, seq);

      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

      -- Events not yet acknowledged by head office.
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY REFERENCES events (seq)
      ) STRICT;
    `);
    db.prepare('INSERT INTO device (id, device_id, created_at) VALUES (1, ?, ?)').run(randomUUID(), Date.now());
  },
};

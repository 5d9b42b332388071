import type { Migration } from '../migration';

/**
 * Live sessions and their restore point: the runtime state (running cues with their absolute
 * deadlines, standby, counters) is rewritten in the same transaction as the events each command
 * produces, so a killed app resumes exactly where it was. At most one session is live.
 */
export const m0005Sessions: Migration = {
  version: 5,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id         TEXT PRIMARY KEY NOT NULL,
        show_id    TEXT NOT NULL,
        show_name  TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('live', 'ended')),
        state      TEXT NOT NULL CHECK (json_valid(state)),
        revision   INTEGER NOT NULL CHECK (revision >= 1),
        started_at INTEGER NOT NULL,
        ended_at   INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX sessions_one_live ON sessions (status) WHERE status = 'live';
      CREATE INDEX sessions_started ON sessions (started_at DESC);
    `);
  },
};

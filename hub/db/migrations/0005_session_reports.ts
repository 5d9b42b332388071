import type { Migration } from './migration';

/**
 * Each session's review, kept ready. The ingest marks the sessions it touched `stale` in its own
 * transaction; a refresher (or the next read) recomputes them. `ended_at` is the session's end as the
 * hub knows it (from an ingested `session.ended`, then from the computed review); null while live. A
 * live review is measured to "now", so only an ended one is kept in the background and served as
 * stored, and a late health sample only reaches reviews of sessions not ended before it.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'session_reports',
  statements: [
    `CREATE TABLE session_reports (
      store_id uuid NOT NULL REFERENCES stores (id),
      session_id text NOT NULL,
      report jsonb,
      events_counted bigint NOT NULL DEFAULT 0,
      computed_at bigint,
      stale boolean NOT NULL,
      ended_at bigint,
      PRIMARY KEY (store_id, session_id)
    )`,
    // The refresher's queue: small, because a row leaves it as soon as it is recomputed.
    'CREATE INDEX session_reports_stale ON session_reports (computed_at) WHERE stale AND ended_at IS NOT NULL',
  ],
};

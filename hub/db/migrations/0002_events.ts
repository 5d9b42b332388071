import type { Migration } from './migration';

/**
 * Events, partitioned by month of the hub's receive time (partitions are created on demand by the
 * ingest). The device's wall time and monotonic time are facts only: a far-future device clock cannot
 * pick a partition. A unique index on a partitioned table must hold the partition key, so exactly-once
 * comes from the ingest's row lock on device_streams; the primary key is a belt, not the guarantee.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'events',
  statements: [
    `CREATE TABLE events (
      store_id uuid NOT NULL,
      device_id uuid NOT NULL,
      epoch integer NOT NULL,
      seq bigint NOT NULL,
      event_id text NOT NULL,
      type text NOT NULL,
      schema_version integer NOT NULL,
      session_id text,
      wall_time bigint NOT NULL,
      mono_ms double precision NOT NULL,
      payload jsonb NOT NULL,
      received_at bigint NOT NULL,
      PRIMARY KEY (store_id, device_id, epoch, seq, received_at)
    ) PARTITION BY RANGE (received_at)`,
    'CREATE INDEX events_event_id ON events (store_id, device_id, event_id)',
    'CREATE INDEX events_session ON events (store_id, session_id)',
  ],
};

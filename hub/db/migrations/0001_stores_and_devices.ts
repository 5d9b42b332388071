import type { Migration } from './migration';

/** Times are epoch milliseconds (bigint) taken from the hub's clock; device times are kept elsewhere, as facts. */
export const migration0001: Migration = {
  version: 1,
  name: 'stores_and_devices',
  statements: [
    `CREATE TABLE stores (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      region text NOT NULL DEFAULT '',
      grp text NOT NULL DEFAULT '',
      created_at bigint NOT NULL
    )`,
    // Only the hash of a code is kept: a leaked table does not enroll anything.
    `CREATE TABLE enrollment_codes (
      store_id uuid NOT NULL REFERENCES stores (id),
      code_hash text NOT NULL,
      created_at bigint NOT NULL,
      expires_at bigint NOT NULL,
      used_at bigint,
      PRIMARY KEY (store_id, code_hash)
    )`,
    'CREATE INDEX enrollment_codes_hash ON enrollment_codes (code_hash)',
    `CREATE TABLE devices (
      store_id uuid NOT NULL REFERENCES stores (id),
      id uuid NOT NULL,
      -- The credential names its store and device (see deviceCredential.ts): looked up by key, no global unique index.
      credential_hash text NOT NULL,
      name text NOT NULL,
      app_version text NOT NULL,
      local_device_id text NOT NULL,
      enrolled_at bigint NOT NULL,
      revoked_at bigint,
      last_seen_at bigint,
      clock_skew_ms bigint,
      clock_flagged boolean NOT NULL DEFAULT false,
      PRIMARY KEY (store_id, id)
    )`,
    // One row per device epoch: its first seq and the highest contiguous seq held. Locked by every ingest.
    `CREATE TABLE device_streams (
      store_id uuid NOT NULL,
      device_id uuid NOT NULL,
      epoch integer NOT NULL,
      first_seq bigint NOT NULL,
      acked_seq bigint NOT NULL,
      parent_epoch integer,
      created_at bigint NOT NULL,
      PRIMARY KEY (store_id, device_id, epoch),
      FOREIGN KEY (store_id, device_id) REFERENCES devices (store_id, id)
    )`,
  ],
};

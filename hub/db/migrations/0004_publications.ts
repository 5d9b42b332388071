import type { Migration } from './migration';

/** Publications (the stores' cursor is `id`), the images they name, and what became of them at each store. */
export const migration0004: Migration = {
  version: 4,
  name: 'publications',
  statements: [
    `CREATE TABLE images (
      sha256 text PRIMARY KEY,
      mime text NOT NULL,
      size integer NOT NULL,
      bytes bytea NOT NULL,
      created_at bigint NOT NULL
    )`,
    `CREATE TABLE publications (
      id bigserial PRIMARY KEY,
      kind text NOT NULL,
      key text NOT NULL,
      version integer NOT NULL,
      title text NOT NULL,
      target_kind text NOT NULL CHECK (target_kind IN ('all', 'region', 'group', 'store')),
      target_value text,
      content jsonb NOT NULL,
      published_at bigint NOT NULL,
      published_by text NOT NULL,
      UNIQUE (key, version)
    )`,
    `CREATE TABLE deliveries (
      store_id uuid NOT NULL,
      publication_id bigint NOT NULL REFERENCES publications (id),
      device_id uuid NOT NULL,
      status text NOT NULL,
      reason text,
      at bigint NOT NULL,
      recorded_at bigint NOT NULL,
      PRIMARY KEY (store_id, publication_id, device_id),
      FOREIGN KEY (store_id, device_id) REFERENCES devices (store_id, id)
    )`,
  ],
};

import type { Migration } from '../migration';

/**
 * The link to head office. `sync_state` is one row while this PC is enrolled (deleted on leave; the
 * credential itself lives in the secret store, never here). `hub_origin` marks what came from head office
 * (a show with a row here is 总部下发, read-only); `publication_inbox` is every publication pulled, with
 * what became of it and whether the hub has heard so. `hub_producer` is the head-office account this
 * LiveCue is signed in with for publishing (its token is in the secret store).
 */
export const m0007Sync: Migration = {
  version: 7,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        hub_url            TEXT NOT NULL,
        device_id          TEXT NOT NULL,
        device_name        TEXT NOT NULL,
        store              TEXT NOT NULL CHECK (json_valid(store)),
        epoch              INTEGER NOT NULL DEFAULT 1 CHECK (epoch >= 1),
        epoch_start        INTEGER NOT NULL DEFAULT 1 CHECK (epoch_start >= 1),
        publication_cursor INTEGER NOT NULL DEFAULT 0 CHECK (publication_cursor >= 0),
        last_sync_at       INTEGER,
        last_error         TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        clock_skew_ms      INTEGER,
        revoked_at         INTEGER
      ) STRICT;

      CREATE TABLE hub_origin (
        kind           TEXT NOT NULL CHECK (kind IN ('show', 'coupon')),
        key            TEXT NOT NULL,
        local_id       TEXT NOT NULL,
        publication_id INTEGER NOT NULL,
        version        INTEGER NOT NULL,
        published_at   INTEGER NOT NULL,
        published_by   TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
      CREATE UNIQUE INDEX hub_origin_local ON hub_origin (kind, local_id);

      CREATE TABLE publication_inbox (
        publication_id INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('show', 'catalog', 'coupons')),
        key            TEXT NOT NULL,
        version        INTEGER NOT NULL,
        title          TEXT NOT NULL,
        published_at   INTEGER NOT NULL,
        published_by   TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('received', 'applied', 'deferred', 'failed')),
        reason         TEXT,
        content        TEXT NOT NULL CHECK (json_valid(content)),
        reported       INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
        updated_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX publication_inbox_status ON publication_inbox (status, publication_id);
      CREATE TABLE hub_producer (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        hub_url    TEXT NOT NULL,
        account    TEXT NOT NULL CHECK (json_valid(account)),
        expires_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX publication_inbox_unreported ON publication_inbox (publication_id) WHERE reported = 0;
    `);
  },
};

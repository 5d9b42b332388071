import type { Migration } from '../migration';

/**
 * Runs of show and their cues. Cue order is a fractional index (`order_key`, compared byte-wise),
 * unique within a show, so inserting or moving a cue rewrites that one row only.
 * `config` is JSON whose shape depends on `type` (checked by the API schema).
 */
export const m0004Shows: Migration = {
  version: 4,
  name: 'shows',
  up(db) {
    db.exec(`
      CREATE TABLE shows (
        id               TEXT PRIMARY KEY NOT NULL,
        name             TEXT NOT NULL CHECK (length(name) >= 1),
        notes            TEXT NOT NULL DEFAULT '',
        planned_start_at INTEGER,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX shows_updated ON shows (updated_at DESC, id);

      CREATE TABLE cues (
        id         TEXT PRIMARY KEY NOT NULL,
        show_id    TEXT NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
        order_key  TEXT NOT NULL COLLATE BINARY CHECK (length(order_key) >= 2),
        type       TEXT NOT NULL CHECK (type IN ('product', 'coupon', 'flash_sale', 'giveaway', 'task', 'scene', 'note')),
        title      TEXT NOT NULL,
        config     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config) AND json_type(config) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX cues_order ON cues (show_id, order_key);
    `);
  },
};

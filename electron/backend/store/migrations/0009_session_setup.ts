import type { Migration } from '../migration';

/**
 * A session's setup (its cues and catalog look-up, fixed when it goes live) in a column of its own, written once;
 * `state` then holds only what commands change. A GO rewrote the whole show before (57 KB on a 120-cue show, in
 * every synchronous commit); now about 4 KB. Rows written before keep a null setup and their whole state in `state`.
 */
export const m0009SessionSetup: Migration = {
  version: 9,
  name: 'session_setup',
  up(db) {
    db.exec('ALTER TABLE sessions ADD COLUMN setup TEXT CHECK (json_valid(setup))');
  },
};

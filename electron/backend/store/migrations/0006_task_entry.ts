import type { Migration } from '../migration';

/** A task's entry condition (how viewers take part in a giveaway), shown on stream. Existing tasks have none yet. */
export const m0006TaskEntry: Migration = {
  version: 6,
  name: 'task entry',
  up(db) {
    db.exec(`ALTER TABLE loyalty_tasks ADD COLUMN entry TEXT NOT NULL DEFAULT '' CHECK (length(entry) <= 200);`);
  },
};

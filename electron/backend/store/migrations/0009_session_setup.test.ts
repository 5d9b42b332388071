import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0009 session setup', () => {
  it('keeps earlier sessions whole with no setup, and accepts only JSON as a setup', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 8));
    db.prepare(
      "INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at) VALUES ('old', 's', 'n', 'ended', '{\"cues\":[]}', 3, 0)",
    ).run();
    migrate(db, migrations.slice(0, 9));
    expect(db.prepare("SELECT state, setup, revision FROM sessions WHERE id = 'old'").get()).toEqual({
      state: '{"cues":[]}',
      setup: null,
      revision: 3,
    });
    const insert = db.prepare(
      "INSERT INTO sessions (id, show_id, show_name, status, state, setup, revision, started_at) VALUES (?, 's', 'n', 'ended', '{}', ?, 1, 0)",
    );
    insert.run('new', '{"cues":[],"catalog":{}}');
    expect(() => insert.run('torn', '{"cues":[')).toThrow(/CHECK/);
  });
});

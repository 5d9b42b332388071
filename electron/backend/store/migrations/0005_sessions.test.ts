import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0005 sessions', () => {
  it('adds sessions to a level-4 database with its data intact, and allows one live session only', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 4));
    db.prepare("INSERT INTO settings VALUES ('language', '\"en\"')").run();
    migrate(db, migrations.slice(0, 5));
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    const insert = db.prepare(
      "INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at) VALUES (?, 's', 'n', ?, '{}', 1, 0)",
    );
    insert.run('a', 'live');
    expect(() => insert.run('b', 'live')).toThrow(/UNIQUE/);
    insert.run('c', 'ended');
    expect(() => insert.run('d', 'paused')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at) VALUES ('e', 's', 'n', 'ended', 'nope', 1, 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { m0001Settings } from './0001_settings';
import { m0002Events } from './0002_events';
import { m0003Catalog } from './0003_catalog';
import { m0004Shows } from './0004_shows';

const upTo3 = [m0001Settings, m0002Events, m0003Catalog];
const all = [...upTo3, m0004Shows];

function levelThreeWithData() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, upTo3);
  db.prepare(
    "INSERT INTO products (id, sku, title, tags, selling_points, platform_ids, created_at, updated_at) VALUES ('p1', 'A', '口红', '[]', '[]', '{}', 1, 1)",
  ).run();
  return db;
}

const insertCue = (db: Database.Database, id: string, show: string, key: string, config = '{}') =>
  db
    .prepare(
      "INSERT INTO cues (id, show_id, order_key, type, title, config, created_at, updated_at) VALUES (?, ?, ?, 'note', 't', ?, 1, 1)",
    )
    .run(id, show, key, config);

describe('migration 0004 shows', () => {
  it('upgrades a level-3 database with its catalog intact', () => {
    const db = levelThreeWithData();
    migrate(db, all);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT sku, title FROM products').all()).toEqual([{ sku: 'A', title: '口红' }]);
  });

  it('keeps order keys unique per show, orders them byte-wise, and deletes cues with their show', () => {
    const db = levelThreeWithData();
    migrate(db, all);
    db.prepare("INSERT INTO shows (id, name, created_at, updated_at) VALUES ('s1', 'one', 1, 1), ('s2', 'two', 1, 1)").run();
    insertCue(db, 'c1', 's1', 'a0');
    insertCue(db, 'c2', 's1', 'Zz');
    insertCue(db, 'c3', 's1', 'a0V');
    insertCue(db, 'c4', 's2', 'a0'); // same key, other show: fine
    expect(() => insertCue(db, 'c5', 's1', 'a0')).toThrow(/UNIQUE/);
    expect(() => insertCue(db, 'c6', 'nope', 'a1')).toThrow(/FOREIGN KEY/);
    expect(() => insertCue(db, 'c7', 's1', 'a2', '[1]')).toThrow(/CHECK/);
    expect(db.prepare("SELECT id FROM cues WHERE show_id = 's1' ORDER BY order_key").all()).toEqual([
      { id: 'c2' },
      { id: 'c1' },
      { id: 'c3' },
    ]);
    db.prepare("DELETE FROM shows WHERE id = 's1'").run();
    expect(db.prepare('SELECT id FROM cues').all()).toEqual([{ id: 'c4' }]);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0006 task entry', () => {
  it('gives existing tasks an empty entry condition and refuses one longer than 200 characters', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 5));
    db.prepare(
      "INSERT INTO loyalty_tasks (id, type, title, target, reward, created_at, updated_at) VALUES ('t1', 'giveaway', '福袋', 3, '睡衣', 0, 0)",
    ).run();
    migrate(db, migrations.slice(0, 6));
    expect(db.prepare("SELECT title, entry FROM loyalty_tasks WHERE id = 't1'").get()).toEqual({ title: '福袋', entry: '' });
    db.prepare("UPDATE loyalty_tasks SET entry = '关注主播并评论口令' WHERE id = 't1'").run();
    expect(() => db.prepare('UPDATE loyalty_tasks SET entry = ? WHERE id = ?').run('很'.repeat(201), 't1')).toThrow(/CHECK/);
  });
});

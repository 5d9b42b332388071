import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0012 search automerge', () => {
  it('has the search index merge 16 segments of a level at a time, and finds products written before and after', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 11));
    const automerge = () => db.prepare("SELECT v FROM products_search_config WHERE k = 'automerge'").pluck().get();
    const insert = db.prepare('INSERT INTO products (id, sku, title, created_at, updated_at) VALUES (?, ?, ?, 0, 0)');
    insert.run('p1', 'SKU-1', '纯棉圆领短袖');
    expect(automerge()).toBeUndefined(); // FTS5's default, 4

    migrate(db, migrations.slice(0, 12));
    expect(automerge()).toBe(16);
    // A segment a transaction, as the products import writes them.
    for (let i = 2; i <= 40; i++) db.transaction(() => insert.run(`p${i}`, `SKU-${i}`, `纯棉圆领短袖 ${i}`))();
    const found = db.prepare('SELECT count(*) FROM products_search WHERE products_search MATCH \'"圆领短"\'').pluck().get();
    expect(found).toBe(40);
    expect(
      db.prepare('SELECT rowid FROM products_search WHERE products_search MATCH \'"SKU-1"\' ORDER BY rowid').pluck().all(),
    ).toHaveLength(11);
  });
});

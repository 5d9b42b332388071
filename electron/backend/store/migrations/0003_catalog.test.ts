import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { m0001Settings } from './0001_settings';
import { m0002Events } from './0002_events';
import { m0003Catalog } from './0003_catalog';

const HASH = 'a'.repeat(64);

function levelTwoWithData() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [m0001Settings, m0002Events]);
  db.prepare("INSERT INTO settings VALUES ('language', '\"zh-CN\"')").run();
  db.prepare(
    "INSERT INTO events (event_id, device_id, type, schema_version, wall_time, mono_ms, payload) VALUES ('e1', 'd', 'settings.changed', 1, 1, 1, '{}')",
  ).run();
  return db;
}

const insertProduct = (db: Database.Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO products (id, sku, title, list_price_fen, live_price_fen, stock, tags, selling_points, platform_ids, created_at, updated_at)
       VALUES (@id, @sku, @title, @list, @live, @stock, @tags, '[]', '{}', 1, 1)`,
    )
    .run({ list: null, live: null, stock: null, tags: '[]', ...values });

describe('migration 0003 catalog', () => {
  it('upgrades a level-2 database with its settings and events intact', () => {
    const db = levelTwoWithData();
    migrate(db, [m0001Settings, m0002Events, m0003Catalog]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"zh-CN"' });
    expect(db.prepare('SELECT type FROM events').all()).toEqual([{ type: 'settings.changed' }]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['images', 'products', 'product_images', 'products_search', 'coupons', 'coupon_products', 'loyalty_tasks']),
    );
  });

  it('enforces unique SKUs, integer non-negative money, JSON lists and real image hashes', () => {
    const db = levelTwoWithData();
    migrate(db, [m0001Settings, m0002Events, m0003Catalog]);
    insertProduct(db, { id: 'p1', sku: 'A', title: 'a', list: 100 });
    expect(() => insertProduct(db, { id: 'p2', sku: 'A', title: 'b' })).toThrow(/UNIQUE/);
    expect(() => insertProduct(db, { id: 'p3', sku: 'B', title: 'b', list: -1 })).toThrow(/CHECK/);
    expect(() => insertProduct(db, { id: 'p4', sku: 'C', title: 'c', live: 1.5 })).toThrow(/cannot store REAL/); // STRICT
    expect(() => insertProduct(db, { id: 'p5', sku: 'D', title: 'd', tags: '{"not":"a list"}' })).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO images VALUES ('xyz', 'image/png', 1, 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO images VALUES ('${HASH}', 'image/svg+xml', 1, 1)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO product_images VALUES ('p1', 0, '${HASH}')`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO images VALUES ('${HASH}', 'image/png', 10, 1)`).run();
    db.prepare(`INSERT INTO product_images VALUES ('p1', 0, '${HASH}')`).run();
    expect(() => db.prepare(`DELETE FROM images WHERE hash = '${HASH}'`).run()).toThrow(/FOREIGN KEY/); // in use
    db.prepare("DELETE FROM products WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM product_images').get()).toEqual({ n: 0 });
  });

  it('keeps the trigram search index in step with inserts, renames and deletes', () => {
    const db = levelTwoWithData();
    migrate(db, [m0001Settings, m0002Events, m0003Catalog]);
    const search = (q: string) =>
      (
        db
          .prepare(
            'SELECT p.sku FROM products p WHERE num IN (SELECT rowid FROM products_search WHERE products_search MATCH ?) ORDER BY sku',
          )
          .all(`"${q}"`) as { sku: string }[]
      ).map((r) => r.sku);
    insertProduct(db, { id: 'p1', sku: 'LIP-01', title: '丝绒口红' });
    insertProduct(db, { id: 'p2', sku: 'CRM-01', title: '保湿面霜' });
    expect(search('绒口红')).toEqual(['LIP-01']);
    expect(search('lip')).toEqual(['LIP-01']);
    db.prepare("UPDATE products SET title = '哑光唇釉' WHERE id = 'p1'").run();
    expect(search('绒口红')).toEqual([]);
    expect(search('光唇釉')).toEqual(['LIP-01']);
    // Rewriting the same title (as a full-row update does) must not touch the index.
    const indexWrites = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = indexWrites();
    db.prepare("UPDATE products SET stock = 5, title = title, sku = sku WHERE id = 'p2'").run();
    expect(indexWrites() - before).toBe(1); // the product row only, no delete + insert in the index
    db.prepare("DELETE FROM products WHERE id = 'p2'").run();
    expect(search('保湿面')).toEqual([]);
    // FTS5's own check that the index matches the products table (throws SQLITE_CORRUPT_VTAB if not).
    expect(() => db.prepare("INSERT INTO products_search (products_search) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('checks coupon windows and types and links coupons to products', () => {
    const db = levelTwoWithData();
    migrate(db, [m0001Settings, m0002Events, m0003Catalog]);
    insertProduct(db, { id: 'p1', sku: 'A', title: 'a' });
    const coupon = db.prepare(
      "INSERT INTO coupons (id, name, type, value, starts_at, ends_at, created_at, updated_at) VALUES (?, 'c', ?, 100, ?, ?, 1, 1)",
    );
    coupon.run('c1', 'threshold', 10, 20);
    expect(() => coupon.run('c2', 'threshold', 20, 20)).toThrow(/CHECK/);
    expect(() => coupon.run('c3', 'bogus', 10, 20)).toThrow(/CHECK/);
    db.prepare("INSERT INTO coupon_products VALUES ('c1', 'p1', 0)").run();
    expect(() => db.prepare("INSERT INTO coupon_products VALUES ('c1', 'nope', 1)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM products WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM coupon_products').get()).toEqual({ n: 0 });
    expect(() =>
      db
        .prepare("INSERT INTO loyalty_tasks (id, type, title, target, created_at, updated_at) VALUES ('t', 'like_goal', 'x', 0, 1, 1)")
        .run(),
    ).toThrow(/CHECK/);
  });
});

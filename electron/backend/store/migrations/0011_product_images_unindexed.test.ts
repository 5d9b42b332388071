import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0011 product images unindexed', () => {
  it('drops the image-hash index and keeps every image list, still in order and still checked against its product and image', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 10));
    const h1 = '1'.repeat(64);
    const h2 = '2'.repeat(64);
    db.exec(`INSERT INTO images (hash, mime, bytes, created_at) VALUES ('${h1}', 'image/png', 1, 0), ('${h2}', 'image/png', 1, 0);
      INSERT INTO products (id, sku, title, created_at, updated_at) VALUES ('p1', 'A', 'a', 0, 0);
      INSERT INTO product_images (product_id, position, image_hash) VALUES ('p1', 0, '${h2}'), ('p1', 1, '${h1}')`);
    const indexes = () =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'product_images' AND sql IS NOT NULL").all();
    expect(indexes()).toEqual([{ name: 'product_images_hash' }]);

    migrate(db, migrations.slice(0, 11));
    expect(indexes()).toEqual([]);
    expect(db.prepare("SELECT image_hash FROM product_images WHERE product_id = 'p1' ORDER BY position").all()).toEqual([
      { image_hash: h2 },
      { image_hash: h1 },
    ]);
    expect(() =>
      db.prepare(`INSERT INTO product_images (product_id, position, image_hash) VALUES ('p1', 2, '${'3'.repeat(64)}')`).run(),
    ).toThrow(/FOREIGN KEY/);
    // The query that reads a product's images uses the primary key, not a scan.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT image_hash FROM product_images WHERE product_id = 'p1' ORDER BY position").all();
    expect(JSON.stringify(plan)).toMatch(/USING PRIMARY KEY/);
  });
});

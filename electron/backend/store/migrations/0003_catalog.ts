import type { Migration } from '../migration';

/**
 * The catalog: content-addressed images, products (with their ordered images and a trigram search
 * index on SKU and title), coupons/offers linked to products, and loyalty tasks.
 * Money columns are integer fen. Lists and maps (tags, talking points, platform ids) are JSON.
 */
export const m0003Catalog: Migration = {
  version: 3,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE images (
        hash       TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'), -- SHA-256 of the bytes
        mime       TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
        bytes      INTEGER NOT NULL CHECK (bytes > 0),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE products (
        num            INTEGER PRIMARY KEY,          -- stable rowid for the search index (survives VACUUM)
        id             TEXT NOT NULL UNIQUE,          -- UUIDv7
        sku            TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64),
        title          TEXT NOT NULL CHECK (length(title) >= 1),
        subtitle       TEXT NOT NULL DEFAULT '',
        list_price_fen INTEGER CHECK (list_price_fen >= 0),
        live_price_fen INTEGER CHECK (live_price_fen >= 0),
        stock          INTEGER CHECK (stock >= 0),
        category       TEXT NOT NULL DEFAULT '',
        tags           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        selling_points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(selling_points) AND json_type(selling_points) = 'array'),
        platform_ids   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(platform_ids) AND json_type(platform_ids) = 'object'),
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX products_category ON products (category, sku); -- category filter, already in SKU order

      CREATE TABLE product_images (
        product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        image_hash TEXT NOT NULL REFERENCES images (hash),
        PRIMARY KEY (product_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX product_images_hash ON product_images (image_hash);

      -- Substring search on SKU and title (Chinese included): trigram tokens, kept in step by triggers.
      CREATE VIRTUAL TABLE products_search USING fts5 (sku, title, content = 'products', content_rowid = 'num', tokenize = 'trigram');
      CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_search (rowid, sku, title) VALUES (new.num, new.sku, new.title);
      END;
      CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
        INSERT INTO products_search (products_search, rowid, sku, title) VALUES ('delete', old.num, old.sku, old.title);
      END;
      -- Only when the text really changed: a price or stock update (every import) leaves the index alone.
      CREATE TRIGGER products_search_update AFTER UPDATE OF sku, title ON products
      WHEN old.sku IS NOT new.sku OR old.title IS NOT new.title BEGIN
        INSERT INTO products_search (products_search, rowid, sku, title) VALUES ('delete', old.num, old.sku, old.title);
        INSERT INTO products_search (rowid, sku, title) VALUES (new.num, new.sku, new.title);
      END;

      CREATE TABLE coupons (
        id              TEXT PRIMARY KEY NOT NULL,
        name            TEXT NOT NULL,
        type            TEXT NOT NULL CHECK (type IN ('threshold', 'direct', 'percent', 'newcomer', 'share', 'flash_price')),
        value           INTEGER NOT NULL CHECK (value >= 0), -- fen; basis points off for 'percent'
        threshold_fen   INTEGER CHECK (threshold_fen >= 0),
        quantity        INTEGER CHECK (quantity > 0),
        per_buyer_limit INTEGER CHECK (per_buyer_limit > 0),
        starts_at       INTEGER NOT NULL,
        ends_at         INTEGER NOT NULL,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX coupons_created ON coupons (created_at DESC, id);

      CREATE TABLE coupon_products (
        coupon_id  TEXT NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
        product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (coupon_id, product_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX coupon_products_product ON coupon_products (product_id, coupon_id);

      CREATE TABLE loyalty_tasks (
        id          TEXT PRIMARY KEY NOT NULL,
        type        TEXT NOT NULL CHECK (type IN ('follow', 'fan_club', 'like_goal', 'share', 'comment_keyword', 'giveaway')),
        title       TEXT NOT NULL,
        target      INTEGER NOT NULL CHECK (target > 0),
        reward      TEXT NOT NULL DEFAULT '',
        duration_ms INTEGER CHECK (duration_ms > 0),
        keyword     TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX loyalty_tasks_created ON loyalty_tasks (created_at DESC, id);
    `);
  },
};

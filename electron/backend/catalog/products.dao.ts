import type { Product } from '../../../shared/domain/catalog/product';
import type { Db } from '../store/database';

interface ProductRow {
  id: string;
  sku: string;
  title: string;
  subtitle: string;
  list_price_fen: number | null;
  live_price_fen: number | null;
  stock: number | null;
  category: string;
  tags: string;
  selling_points: string;
  platform_ids: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS =
  'id, sku, title, subtitle, list_price_fen, live_price_fen, stock, category, tags, selling_points, platform_ids, created_at, updated_at';

/** Product rows without their images (those come from product_images). */
export type ProductRecord = Omit<Product, 'images'>;

export interface ProductListQuery {
  query?: string | undefined;
  category?: string | undefined;
  limit: number;
  offset: number;
}

/** Search strings of at least this many characters use the trigram index; shorter ones scan with LIKE. */
const TRIGRAM = 3;

export function createProductsDao(db: Db) {
  const byId = db.prepare<[string], ProductRow>(`SELECT ${COLUMNS} FROM products WHERE id = ?`);
  const bySku = db.prepare<[string], ProductRow>(`SELECT ${COLUMNS} FROM products WHERE sku = ?`);
  const bySkus = db.prepare<[string], ProductRow>(`SELECT ${COLUMNS} FROM products WHERE sku IN (SELECT value FROM json_each(?))`);
  const afterSku = db.prepare<[string, number], ProductRow>(`SELECT ${COLUMNS} FROM products WHERE sku > ? ORDER BY sku LIMIT ?`);
  const existingIds = db.prepare<[string], { id: string }>('SELECT id FROM products WHERE id IN (SELECT value FROM json_each(?))');
  const insert = db.prepare(
    `INSERT INTO products (${COLUMNS}) VALUES (@id, @sku, @title, @subtitle, @list_price_fen, @live_price_fen, @stock, @category, @tags, @selling_points, @platform_ids, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE products SET sku = @sku, title = @title, subtitle = @subtitle, list_price_fen = @list_price_fen, live_price_fen = @live_price_fen,
       stock = @stock, category = @category, tags = @tags, selling_points = @selling_points, platform_ids = @platform_ids, updated_at = @updated_at
     WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM products WHERE id = ?');
  const imagesOf = db.prepare<[string], { image_hash: string }>(
    'SELECT image_hash FROM product_images WHERE product_id = ? ORDER BY position',
  );
  const imagesOfMany = db.prepare<[string], { product_id: string; image_hash: string }>(
    'SELECT product_id, image_hash FROM product_images WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, position',
  );
  const clearImages = db.prepare<[string]>('DELETE FROM product_images WHERE product_id = ?');
  const addImage = db.prepare<[string, number, string]>('INSERT INTO product_images (product_id, position, image_hash) VALUES (?, ?, ?)');

  function toRow(p: ProductRecord): ProductRow {
    return {
      id: p.id,
      sku: p.sku,
      title: p.title,
      subtitle: p.subtitle,
      list_price_fen: p.listPriceFen,
      live_price_fen: p.livePriceFen,
      stock: p.stock,
      category: p.category,
      tags: JSON.stringify(p.tags),
      selling_points: JSON.stringify(p.sellingPoints),
      platform_ids: JSON.stringify(p.platformIds),
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    };
  }

  function withImages(records: ProductRecord[]): Product[] {
    if (records.length === 0) return [];
    const images = new Map<string, string[]>();
    for (const row of imagesOfMany.all(JSON.stringify(records.map((r) => r.id)))) {
      const list = images.get(row.product_id) ?? [];
      list.push(row.image_hash);
      images.set(row.product_id, list);
    }
    return records.map((r) => ({ ...r, images: images.get(r.id) ?? [] }));
  }

  function searchWhere(q: ProductListQuery): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const text = q.query?.trim();
    if (text) {
      if ([...text].length >= TRIGRAM) {
        clauses.push('num IN (SELECT rowid FROM products_search WHERE products_search MATCH ?)');
        params.push(`"${text.replaceAll('"', '""')}"`);
      } else {
        const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        clauses.push("(sku LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')");
        params.push(like, like);
      }
    }
    if (q.category) {
      clauses.push('category = ?');
      params.push(q.category);
    }
    return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    get(id: string): ProductRecord | undefined {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    getBySku(sku: string): ProductRecord | undefined {
      const row = bySku.get(sku);
      return row && fromRow(row);
    },
    getBySkus(skus: readonly string[]): ProductRecord[] {
      return bySkus.all(JSON.stringify(skus)).map(fromRow);
    },
    /** The next `limit` products in SKU order after `sku` ('' for the first page): keyset paging for long walks. */
    pageAfterSku(sku: string, limit: number): ProductRecord[] {
      return afterSku.all(sku, limit).map(fromRow);
    },
    /** Which of `ids` are not products. */
    missingIds(ids: readonly string[]): string[] {
      const found = new Set(existingIds.all(JSON.stringify(ids)).map((r) => r.id));
      return ids.filter((id) => !found.has(id));
    },
    images(id: string): string[] {
      return imagesOf.all(id).map((r) => r.image_hash);
    },
    withImages,
    insert(p: ProductRecord): void {
      insert.run(toRow(p));
    },
    update(p: ProductRecord): void {
      update.run(toRow(p));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    setImages(id: string, hashes: readonly string[]): void {
      clearImages.run(id);
      for (const [i, hash] of hashes.entries()) addImage.run(id, i, hash);
    },
    list(q: ProductListQuery): { items: Product[]; total: number } {
      const where = searchWhere(q);
      const total = (db.prepare(`SELECT count(*) AS n FROM products ${where.sql}`).get(...where.params) as { n: number }).n;
      const rows = db
        .prepare(`SELECT ${COLUMNS} FROM products ${where.sql} ORDER BY sku LIMIT ? OFFSET ?`)
        .all(...where.params, q.limit, q.offset) as ProductRow[];
      return { items: withImages(rows.map(fromRow)), total };
    },
  };
}

export type ProductsDao = ReturnType<typeof createProductsDao>;

function fromRow(row: ProductRow): ProductRecord {
  return {
    id: row.id,
    sku: row.sku,
    title: row.title,
    subtitle: row.subtitle,
    listPriceFen: row.list_price_fen,
    livePriceFen: row.live_price_fen,
    stock: row.stock,
    category: row.category,
    tags: JSON.parse(row.tags) as string[],
    sellingPoints: JSON.parse(row.selling_points) as string[],
    platformIds: JSON.parse(row.platform_ids) as Record<string, string>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

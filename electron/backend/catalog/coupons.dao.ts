import type { Coupon, CouponType } from '../../../shared/domain/catalog/coupon';
import type { Db } from '../store/database';

interface CouponRow {
  id: string;
  name: string;
  type: CouponType;
  value: number;
  threshold_fen: number | null;
  quantity: number | null;
  per_buyer_limit: number | null;
  starts_at: number;
  ends_at: number;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, name, type, value, threshold_fen, quantity, per_buyer_limit, starts_at, ends_at, created_at, updated_at';
export type CouponRecord = Omit<Coupon, 'productIds'>;

export function createCouponsDao(db: Db) {
  const byId = db.prepare<[string], CouponRow>(`SELECT ${COLUMNS} FROM coupons WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO coupons (${COLUMNS}) VALUES (@id, @name, @type, @value, @threshold_fen, @quantity, @per_buyer_limit, @starts_at, @ends_at, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE coupons SET name = @name, type = @type, value = @value, threshold_fen = @threshold_fen, quantity = @quantity,
       per_buyer_limit = @per_buyer_limit, starts_at = @starts_at, ends_at = @ends_at, updated_at = @updated_at WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM coupons WHERE id = ?');
  const productsOf = db.prepare<[string], { product_id: string }>(
    'SELECT product_id FROM coupon_products WHERE coupon_id = ? ORDER BY position',
  );
  const clearProducts = db.prepare<[string]>('DELETE FROM coupon_products WHERE coupon_id = ?');
  // The whole list in one statement: a coupon of a show package covers hundreds of products.
  const addProducts = db.prepare<[string, string]>(
    'INSERT INTO coupon_products (coupon_id, product_id, position) SELECT ?, value, key FROM json_each(?)',
  );
  const page = db.prepare<[number, number], CouponRow>(`SELECT ${COLUMNS} FROM coupons ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM coupons');
  const pageForProduct = db.prepare<[string, number, number], CouponRow>(
    `SELECT ${COLUMNS} FROM coupons WHERE id IN (SELECT coupon_id FROM coupon_products WHERE product_id = ?)
     ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const countForProduct = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM coupon_products WHERE product_id = ?');

  const toRow = (c: CouponRecord): CouponRow => ({
    id: c.id,
    name: c.name,
    type: c.type,
    value: c.value,
    threshold_fen: c.thresholdFen,
    quantity: c.quantity,
    per_buyer_limit: c.perBuyerLimit,
    starts_at: c.startsAt,
    ends_at: c.endsAt,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });
  const full = (row: CouponRow): Coupon => ({ ...fromRow(row), productIds: productsOf.all(row.id).map((r) => r.product_id) });

  return {
    get(id: string): Coupon | undefined {
      const row = byId.get(id);
      return row && full(row);
    },
    insert(c: CouponRecord): void {
      insert.run(toRow(c));
    },
    update(c: CouponRecord): void {
      update.run(toRow(c));
    },
    remove(id: string): void {
      remove.run(id);
    },
    setProducts(id: string, productIds: readonly string[]): void {
      clearProducts.run(id);
      if (productIds.length > 0) addProducts.run(id, JSON.stringify(productIds));
    },
    list(q: { productId?: string | undefined; limit: number; offset: number }): { items: Coupon[]; total: number } {
      if (q.productId) {
        return { items: pageForProduct.all(q.productId, q.limit, q.offset).map(full), total: countForProduct.get(q.productId)?.n ?? 0 };
      }
      return { items: page.all(q.limit, q.offset).map(full), total: count.get()?.n ?? 0 };
    },
  };
}

function fromRow(row: CouponRow): CouponRecord {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    value: row.value,
    thresholdFen: row.threshold_fen,
    quantity: row.quantity,
    perBuyerLimit: row.per_buyer_limit,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

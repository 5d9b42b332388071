import { PRODUCT_STAGE_TABLE } from '../catalog/productImportStage';
import type { Db } from '../store/database';

/**
 * The image lists of staged package products (temp.package_products, see packageStage), applied
 * set-based: a new product's list goes in as it is; an existing product's is replaced only when the
 * package carries one that differs.
 */
export function productImages(db: Db) {
  // A product the slice created has its staged row's id (package_products and the products stage share `seq`).
  const insertCreated = db.prepare<{ from: number; to: number }>(
    `INSERT INTO main.product_images (product_id, position, image_hash)
     SELECT s.id, j.key, j.value FROM temp.package_products AS pp JOIN ${PRODUCT_STAGE_TABLE} AS s ON s.seq = pp.seq
       JOIN main.products AS p ON p.id = s.id, json_each(pp.images) AS j
     WHERE pp.seq >= @from AND pp.seq < @to AND pp.images IS NOT NULL`,
  );
  // Existing products whose list differs: same length and the same hash at every position, by primary-key look-ups
  // (no list built per product).
  const differing = db.prepare<{ from: number; to: number }, { sku: string; id: string }>(
    `SELECT pp.sku, p.id FROM temp.package_products AS pp JOIN ${PRODUCT_STAGE_TABLE} AS s ON s.seq = pp.seq
       JOIN main.products AS p ON p.sku = pp.sku
     WHERE pp.seq >= @from AND pp.seq < @to AND pp.images IS NOT NULL AND p.id != s.id
       AND ((SELECT count(*) FROM main.product_images AS i WHERE i.product_id = p.id) != json_array_length(pp.images)
         OR EXISTS (SELECT 1 FROM json_each(pp.images) AS j WHERE NOT EXISTS (
           SELECT 1 FROM main.product_images AS i WHERE i.product_id = p.id AND i.position = j.key AND i.image_hash = j.value)))`,
  );
  const clear = db.prepare<[string]>('DELETE FROM main.product_images WHERE product_id IN (SELECT value FROM json_each(?))');
  const insert = db.prepare<{ from: number; to: number; ids: string }>(
    `INSERT INTO main.product_images (product_id, position, image_hash)
     SELECT p.id, j.key, j.value FROM temp.package_products AS pp JOIN main.products AS p ON p.sku = pp.sku, json_each(pp.images) AS j
     WHERE pp.seq >= @from AND pp.seq < @to AND p.id IN (SELECT value FROM json_each(@ids))`,
  );
  const touch = db.prepare<[number, string]>('UPDATE main.products SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))');
  const ids = db.prepare<[], { packageId: string; id: string }>(
    'SELECT pp.package_id AS packageId, p.id FROM temp.package_products AS pp JOIN main.products AS p ON p.sku = pp.sku',
  );

  return {
    /**
     * Writes the image lists of staged rows [from, to) just applied: those of the products the apply created
     * (`created` of them), and those of existing products that differ, replaced. Returns the SKUs of products
     * that changed only by it (`changedAlready` says which the row apply created or updated).
     */
    replace(from: number, to: number, created: number, now: number, changedAlready: (sku: string) => boolean): string[] {
      insertCreated.run({ from, to });
      // Comparing costs as much as inserting: skipped when every row of the slice was new.
      if (created >= to - from) return [];
      const rows = differing.all({ from, to });
      if (rows.length === 0) return [];
      const idList = JSON.stringify(rows.map((r) => r.id));
      clear.run(idList);
      insert.run({ from, to, ids: idList });
      const onlyImages = rows.filter((r) => !changedAlready(r.sku));
      if (onlyImages.length > 0) touch.run(now, JSON.stringify(onlyImages.map((r) => r.id)));
      return onlyImages.map((r) => r.sku);
    },
    /** Package product id → this PC's product id, for every staged product (after they are applied). */
    localIds(): Map<string, string> {
      return new Map(ids.all().map((r) => [r.packageId, r.id]));
    },
  };
}

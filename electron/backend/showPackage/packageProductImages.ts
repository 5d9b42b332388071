import type { PackageProduct } from '../../../shared/domain/showPackage/showPackageFormat';
import { PRODUCT_STAGE_TABLE } from '../catalog/productImportStage';
import type { Db } from '../store/database';

/**
 * The image lists of a package's staged products (staged in package order, so a product's `seq` is its index in
 * `products`), applied set-based: a new product's list goes in as it is; an existing product's is replaced only
 * when the package carries one that differs. A slice's lists are bound as one JSON array (element i: the list of
 * row from + i, or null when the package carries none), rather than staged in a table of their own.
 */
export function productImages(db: Db, products: readonly PackageProduct[]) {
  // The slice's rows that carry a list, with their staged row.
  const carried = `json_each(@lists) AS l JOIN ${PRODUCT_STAGE_TABLE} AS s ON s.seq = @from + l.key`;
  // A product the slice created has its staged row's id.
  const insertCreated = db.prepare<{ from: number; lists: string }>(
    `INSERT INTO main.product_images (product_id, position, image_hash)
     SELECT s.id, j.key, j.value FROM ${carried} JOIN main.products AS p ON p.id = s.id, json_each(l.value) AS j
     WHERE l.type = 'array'`,
  );
  // Existing products whose list differs: same length and the same hash at every position, by primary-key look-ups
  // (no list built per product).
  const differing = db.prepare<{ from: number; lists: string }, { sku: string; id: string }>(
    `SELECT s.sku, p.id FROM ${carried} JOIN main.products AS p ON p.sku = s.sku
     WHERE l.type = 'array' AND p.id != s.id
       AND ((SELECT count(*) FROM main.product_images AS i WHERE i.product_id = p.id) != json_array_length(l.value)
         OR EXISTS (SELECT 1 FROM json_each(l.value) AS j WHERE NOT EXISTS (
           SELECT 1 FROM main.product_images AS i WHERE i.product_id = p.id AND i.position = j.key AND i.image_hash = j.value)))`,
  );
  const clear = db.prepare<[string]>('DELETE FROM main.product_images WHERE product_id IN (SELECT value FROM json_each(?))');
  const insert = db.prepare<{ from: number; lists: string; ids: string }>(
    `INSERT INTO main.product_images (product_id, position, image_hash)
     SELECT p.id, j.key, j.value FROM ${carried} JOIN main.products AS p ON p.sku = s.sku, json_each(l.value) AS j
     WHERE l.type = 'array' AND p.id IN (SELECT value FROM json_each(@ids))`,
  );
  const touch = db.prepare<[number, string]>('UPDATE main.products SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))');
  const ids = db.prepare<[], { seq: number; id: string }>(
    `SELECT s.seq, p.id FROM ${PRODUCT_STAGE_TABLE} AS s JOIN main.products AS p ON p.sku = s.sku`,
  );

  return {
    /**
     * Writes the image lists of staged rows [from, to) just applied: those of the products the apply created
     * (`created` of them), and those of existing products that differ, replaced. Returns the SKUs of products
     * that changed only by it (`changedAlready` says which the row apply created or updated).
     */
    replace(from: number, to: number, created: number, now: number, changedAlready: (sku: string) => boolean): string[] {
      const lists = JSON.stringify(products.slice(from, to).map((p) => p.images ?? null));
      insertCreated.run({ from, lists });
      // Comparing costs as much as inserting: skipped when every row of the slice was new.
      if (created >= to - from) return [];
      const rows = differing.all({ from, lists });
      if (rows.length === 0) return [];
      const idList = JSON.stringify(rows.map((r) => r.id));
      clear.run(idList);
      insert.run({ from, lists, ids: idList });
      const onlyImages = rows.filter((r) => !changedAlready(r.sku));
      if (onlyImages.length > 0) touch.run(now, JSON.stringify(onlyImages.map((r) => r.id)));
      return onlyImages.map((r) => r.sku);
    },
    /** Package product id → this PC's product id, for every staged product (after they are applied). */
    localIds(): Map<string, string> {
      const local = new Map<string, string>();
      for (const { seq, id } of ids.all()) {
        const product = products[seq];
        if (product) local.set(product.id, id);
      }
      return local;
    },
  };
}

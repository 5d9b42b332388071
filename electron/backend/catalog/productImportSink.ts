import type { ProductImportSink } from '../import/productSink';
import type { ProductsService } from './products.service';

/**
 * The catalog side of a product import: SKU look-ups for the preview, and a staged write that the
 * products service applies in one transaction (all rows or none, one event per created/updated product).
 */
export function createProductImportSink(products: Pick<ProductsService, 'existingSkus' | 'beginStagedUpsert'>): ProductImportSink {
  return {
    getExistingSkus: (skus) => products.existingSkus(skus),
    begin: () => {
      const stage = products.beginStagedUpsert();
      return {
        upsertChunk: (rows) => stage.upsertChunk(rows),
        commit: () => {
          const { created, updated } = stage.commit();
          return { created, updated };
        },
        abort: () => stage.abort(),
      };
    },
  };
}

import type { ExportedFile } from '../../../shared/api/methods/import.methods';
import type { Coupon } from '../../../shared/domain/catalog/coupon';
import type { LoyaltyTask } from '../../../shared/domain/catalog/loyaltyTask';
import type { BackendContext } from '../backendContext';
import { createProductsDao, type ProductRecord } from '../catalog/products.dao';
import type { CoreServices } from '../coreServices';
import { writeCsv } from './csvWriter';
import {
  couponExportColumns,
  type ExportColumn,
  type ExportProduct,
  type HeaderLanguage,
  productExportColumns,
  taskExportColumns,
} from './exportColumns';
import { writeXlsx, xlsxSheet } from './xlsxWriter';
import { createYielder, type Yielder } from './yielder';

export type ExportWhat = 'products' | 'coupons' | 'tasks';
export type ExportFormat = 'csv' | 'xlsx';

const PAGE = 1000;

/**
 * Exports part of the catalog as a spreadsheet. Products are read a page at a time by SKU with a
 * yield between pages, so 50,000 products never hold the event loop for long.
 */
export function createCatalogExport(ctx: BackendContext, { coupons, tasks }: Pick<CoreServices, 'coupons' | 'tasks'>) {
  const products = createProductsDao(ctx.db);
  const skusOf = ctx.db.prepare<[string], { id: string; sku: string }>(
    'SELECT id, sku FROM products WHERE id IN (SELECT value FROM json_each(?))',
  );

  async function allProducts(yielder: Yielder): Promise<ExportProduct[]> {
    const out: ExportProduct[] = [];
    let after = '';
    for (;;) {
      const page = products.pageAfterSku(after, PAGE);
      for (const row of page) out.push(toExportProduct(row));
      const last = page.at(-1);
      if (!last || page.length < PAGE) return out;
      after = last.sku;
      await yielder.maybeYield();
    }
  }

  async function allPaged<T>(
    list: (q: { limit: number; offset: number }) => { items: T[]; total: number },
    yielder: Yielder,
  ): Promise<T[]> {
    const out: T[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = list({ limit: 500, offset });
      out.push(...page.items);
      if (page.items.length < 500) return out;
      await yielder.maybeYield();
    }
  }

  async function write<T>(sheet: string, columns: ExportColumn<T>[], rows: T[], format: ExportFormat, yielder: Yielder) {
    return format === 'csv' ? writeCsv(columns, rows, { yielder }) : writeXlsx([xlsxSheet(sheet, columns, rows)], { yielder });
  }

  return async function exportCatalog(what: ExportWhat, format: ExportFormat, language: HeaderLanguage): Promise<ExportedFile> {
    const yielder = createYielder();
    const zh = language === 'zh';
    let bytes: Uint8Array;
    let rows: number;
    let base: string;
    if (what === 'products') {
      const items = await allProducts(yielder);
      bytes = await write(zh ? '商品' : 'Products', productExportColumns(language), items, format, yielder);
      rows = items.length;
      base = zh ? '商品' : 'products';
    } else if (what === 'coupons') {
      const items: Coupon[] = await allPaged((q) => coupons.list(q), yielder);
      const ids = [...new Set(items.flatMap((c) => c.productIds))];
      const skuById = new Map(skusOf.all(JSON.stringify(ids)).map((r) => [r.id, r.sku]));
      const withSkus = items.map((c) => ({ ...c, productSkus: c.productIds.map((id) => skuById.get(id) ?? id) }));
      bytes = await write(zh ? '优惠券' : 'Coupons', couponExportColumns(language), withSkus, format, yielder);
      rows = items.length;
      base = zh ? '优惠券' : 'coupons';
    } else {
      const items: LoyaltyTask[] = await allPaged((q) => tasks.list(q), yielder);
      bytes = await write(zh ? '粉丝任务' : 'Tasks', taskExportColumns(language), items, format, yielder);
      rows = items.length;
      base = zh ? '粉丝任务' : 'loyalty-tasks';
    }
    const stamp = new Date(ctx.clock.now()).toISOString().slice(0, 10);
    return {
      fileName: `${base}-${stamp}.${format}`,
      mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytesBase64: Buffer.from(bytes).toString('base64'),
      rows,
    };
  };
}

function toExportProduct(p: ProductRecord): ExportProduct {
  return {
    sku: p.sku,
    title: p.title,
    ...(p.subtitle ? { subtitle: p.subtitle } : {}),
    ...(p.listPriceFen === null ? {} : { listPriceFen: p.listPriceFen }),
    ...(p.livePriceFen === null ? {} : { livePriceFen: p.livePriceFen }),
    ...(p.stock === null ? {} : { stock: p.stock }),
    ...(p.category ? { category: p.category } : {}),
    ...(p.tags.length > 0 ? { tags: p.tags } : {}),
    ...(p.sellingPoints.length > 0 ? { sellingPoints: p.sellingPoints } : {}),
    ...(Object.keys(p.platformIds).length > 0 ? { platformIds: p.platformIds } : {}),
  };
}

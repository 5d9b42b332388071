import type { ExportedFile } from '../../../shared/api/methods/import.methods';
import type { Coupon } from '../../../shared/domain/catalog/coupon';
import type { LoyaltyTask } from '../../../shared/domain/catalog/loyaltyTask';
import type { BackendContext } from '../backendContext';
import { createCouponsService } from '../catalog/coupons.service';
import { createTasksService } from '../catalog/tasks.service';
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

interface ProductRow {
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
}

/**
 * Exports part of the catalog as a spreadsheet. Products are read a page at a time by SKU with a
 * yield between pages, so 50,000 products never hold the event loop for long.
 */
export function createCatalogExport(ctx: BackendContext) {
  const productPage = ctx.db.prepare<[string, number], ProductRow>(
    `SELECT sku, title, subtitle, list_price_fen, live_price_fen, stock, category, tags, selling_points, platform_ids
       FROM products WHERE sku > ? ORDER BY sku LIMIT ?`,
  );
  const skusOf = ctx.db.prepare<[string], { id: string; sku: string }>(
    'SELECT id, sku FROM products WHERE id IN (SELECT value FROM json_each(?))',
  );
  const coupons = createCouponsService({ db: ctx.db, events: ctx.events, clock: ctx.clock });
  const tasks = createTasksService({ db: ctx.db, events: ctx.events, clock: ctx.clock });

  async function allProducts(yielder: Yielder): Promise<ExportProduct[]> {
    const out: ExportProduct[] = [];
    let after = '';
    for (;;) {
      const page = productPage.all(after, PAGE);
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

function toExportProduct(row: ProductRow): ExportProduct {
  const tags = JSON.parse(row.tags) as string[];
  const sellingPoints = JSON.parse(row.selling_points) as string[];
  const platformIds = JSON.parse(row.platform_ids) as ExportProduct['platformIds'];
  return {
    sku: row.sku,
    title: row.title,
    ...(row.subtitle ? { subtitle: row.subtitle } : {}),
    ...(row.list_price_fen === null ? {} : { listPriceFen: row.list_price_fen }),
    ...(row.live_price_fen === null ? {} : { livePriceFen: row.live_price_fen }),
    ...(row.stock === null ? {} : { stock: row.stock }),
    ...(row.category ? { category: row.category } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(sellingPoints.length > 0 ? { sellingPoints } : {}),
    ...(platformIds && Object.keys(platformIds).length > 0 ? { platformIds } : {}),
  };
}

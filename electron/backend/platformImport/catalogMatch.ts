import type { Platform } from '../../../shared/domain/catalog/product';
import type { LivePlatform } from '../../../shared/domain/platform/platformData';
import type { Db } from '../store/database';

export interface CatalogMatch {
  productId: string;
  matchedBy: 'platformId' | 'sku' | 'title';
}

/** The catalog's platform-id keys each live platform's ids may be under (淘宝直播 sells Tmall items too). */
const ID_KEYS: Record<LivePlatform, readonly Platform[]> = { douyin: ['douyin'], kuaishou: ['kuaishou'], taobao: ['taobao', 'tmall'] };

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Matches a platform's product row to the catalog: the platform's item id (the catalog's
 * `platformIds`), then the merchant's SKU, then the title. An id or a title shared by several
 * products matches none of them, rather than the wrong one. The catalog is read once per preview: a few
 * hundred rows each looking through the whole catalog would not be.
 */
export function createCatalogMatcher(
  db: Db,
  platform: LivePlatform,
): (row: { platformProductId: string | null; sku: string | null; title: string | null }) => CatalogMatch | null {
  const products = db
    .prepare<[], { id: string; sku: string; title: string; platform_ids: string }>('SELECT id, sku, title, platform_ids FROM products')
    .all();
  const byPlatformId = new Map<string, string | null>();
  const bySku = new Map<string, string>();
  const byTitle = new Map<string, string | null>();
  for (const p of products) {
    bySku.set(p.sku, p.id);
    const title = norm(p.title);
    byTitle.set(title, byTitle.has(title) ? null : p.id);
    const ids = JSON.parse(p.platform_ids) as Partial<Record<Platform, string>>;
    for (const key of ID_KEYS[platform]) {
      const id = ids[key];
      // An id two products carry (a catalog mistake) matches neither, like a shared title.
      if (id) byPlatformId.set(id, byPlatformId.has(id) && byPlatformId.get(id) !== p.id ? null : p.id);
    }
  }
  return (row) => {
    const viaId = row.platformProductId === null ? null : byPlatformId.get(row.platformProductId);
    if (viaId) return { productId: viaId, matchedBy: 'platformId' };
    const viaSku = row.sku === null ? undefined : bySku.get(row.sku);
    if (viaSku) return { productId: viaSku, matchedBy: 'sku' };
    const viaTitle = row.title === null ? null : (byTitle.get(norm(row.title)) ?? null);
    return viaTitle ? { productId: viaTitle, matchedBy: 'title' } : null;
  };
}

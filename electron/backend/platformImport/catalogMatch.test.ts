import { describe, expect, it } from 'vitest';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { createProductsService } from '../catalog/products.service';
import { createCatalogMatcher } from './catalogMatch';

describe('catalog match for platform rows', () => {
  it('matches by platform id, then SKU, then title; an id or title two products share matches neither', () => {
    const ctx = backendTestContext();
    const products = createProductsService(ctx);
    const a = products.create({ sku: 'A-1', title: '连衣裙', platformIds: { taobao: '777', tmall: '777' } });
    const b = products.create({ sku: 'B-1', title: '围巾', platformIds: { taobao: '888' } });
    const c = products.create({ sku: 'C-1', title: '围巾', platformIds: { tmall: '888' } });
    const match = createCatalogMatcher(ctx.db, 'taobao');
    const row = (platformProductId: string | null, sku: string | null, title: string | null) => match({ platformProductId, sku, title });
    // One product under both Taobao and Tmall with the same id is one product.
    expect(row('777', null, null)).toEqual({ productId: a.id, matchedBy: 'platformId' });
    // 888 names two products: not a match by id; the SKU decides, else the (also shared) title matches none.
    expect(row('888', 'C-1', null)).toEqual({ productId: c.id, matchedBy: 'sku' });
    expect(row('888', null, '围巾')).toBeNull();
    expect(row(null, null, '连衣裙')).toEqual({ productId: a.id, matchedBy: 'title' });
    expect(b.id).not.toBe(c.id);
  });
});

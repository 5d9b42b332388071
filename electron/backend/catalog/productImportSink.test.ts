import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { createProductImportSink } from './productImportSink';
import { createProductsService } from './products.service';

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('product import sink', () => {
  it('answers SKU look-ups and applies a staged import in one go, with an event per changed product', async () => {
    const ctx = catalogTestContext();
    close = () => ctx.db.close();
    const products = createProductsService(ctx);
    products.create({ sku: 'A', title: 'old', stock: 1, platformIds: { tmall: 't' } });
    const sink = createProductImportSink(products);
    expect([...sink.getExistingSkus(['A', 'B'])]).toEqual(['A']);

    const write = sink.begin(['sku', 'title', 'stock', 'platformId.douyin']);
    write.upsertChunk([{ sku: 'A', stock: 5, platformIds: { douyin: 'd' } }]);
    write.upsertChunk([{ sku: 'B', title: '新品' }]);
    expect(ctx.count('products')).toBe(1);
    expect(await write.commit()).toEqual({ created: 1, updated: 1 });
    expect(products.getBySkus(['A']).get('A')).toMatchObject({ title: 'old', stock: 5, platformIds: { tmall: 't', douyin: 'd' } });
    expect(ctx.eventTypes()).toEqual(['product.created', 'product.updated', 'product.created']);
  });

  it('changes nothing when the commit is refused or the write aborted', async () => {
    const ctx = catalogTestContext();
    close = () => ctx.db.close();
    const sink = createProductImportSink(createProductsService(ctx));
    const refused = sink.begin(['sku', 'stock']);
    refused.upsertChunk([{ sku: 'NEW', stock: 1 }]);
    expect(() => refused.commit()).toThrow(/title is required/);
    refused.abort();
    const aborted = sink.begin(['sku', 'title']);
    aborted.upsertChunk([{ sku: 'X', title: 'x' }]);
    aborted.abort();
    expect(ctx.count('products')).toBe(0);
    expect(ctx.eventTypes()).toEqual([]);
  });
});

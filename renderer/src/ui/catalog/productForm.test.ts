import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/domain/catalog/product';
import { fieldErrorsFromApi } from '../apiFieldErrors';
import { draftOf, emptyDraft, fieldOfPath, readDraft, splitTags } from './productForm';

const product: Product = {
  id: '0190a6f0-0000-7000-8000-000000000001',
  sku: 'A-1',
  title: '连衣裙',
  subtitle: '春季新款',
  listPriceFen: 19900,
  livePriceFen: 12990,
  stock: 12,
  category: '女装',
  tags: ['新品', '包邮'],
  sellingPoints: ['面料舒适', '版型显瘦'],
  platformIds: { douyin: '3581' },
  images: ['a'.repeat(64), 'b'.repeat(64)],
  createdAt: 1,
  updatedAt: 1,
};

describe('product form', () => {
  it('round-trips a product through the draft', () => {
    const read = readDraft(draftOf(product));
    expect(read).toEqual({
      ok: true,
      values: {
        sku: 'A-1',
        title: '连衣裙',
        subtitle: '春季新款',
        listPriceFen: 19900,
        livePriceFen: 12990,
        stock: 12,
        category: '女装',
        tags: ['新品', '包邮'],
        sellingPoints: ['面料舒适', '版型显瘦'],
        platformIds: { douyin: '3581' },
        images: ['a'.repeat(64), 'b'.repeat(64)],
      },
    });
  });

  it('names every local problem by field', () => {
    const draft = { ...emptyDraft(), listPrice: '12.345', livePrice: '-3', stock: '1.5' };
    expect(readDraft(draft)).toEqual({
      ok: false,
      errors: {
        sku: 'required',
        title: 'required',
        listPrice: 'price.tooManyDecimals',
        livePrice: 'price.negative',
        stock: 'stock.invalid',
      },
    });
  });

  it('leaves empty prices and stock unset', () => {
    const read = readDraft({ ...emptyDraft(), sku: 'x', title: 'y' });
    expect(read.ok && read.values).toMatchObject({ listPriceFen: null, livePriceFen: null, stock: null, tags: [], platformIds: {} });
  });

  it('splits tags on Chinese and Latin separators', () => {
    expect(splitTags('新品，热卖、包邮, sale;;')).toEqual(['新品', '热卖', '包邮', 'sale']);
  });

  it('maps API paths to form fields', () => {
    expect(fieldOfPath(['sku'])).toBe('sku');
    expect(fieldOfPath(['livePriceFen'])).toBe('livePrice');
    expect(fieldOfPath(['tags', 2])).toBe('tags');
    expect(fieldOfPath(['platformIds', 'douyin'])).toBe('platformIds.douyin');
    expect(fieldOfPath(['platformIds', 'myspace'])).toBeNull();
    expect(fieldOfPath(['images', 2])).toBe('images');
    expect(fieldOfPath(undefined)).toBeNull();
  });

  it('puts a CONFLICT at sku next to the SKU field', () => {
    expect(fieldErrorsFromApi({ path: ['sku'], issues: undefined, message: 'SKU "A-1" is already used' }, fieldOfPath)).toEqual({
      fields: { sku: 'SKU "A-1" is already used' },
      general: null,
    });
  });

  it('keeps an error without a field as the general message', () => {
    expect(fieldErrorsFromApi({ message: 'database is busy', path: undefined, issues: undefined }, fieldOfPath)).toEqual({
      fields: {},
      general: 'database is busy',
    });
  });
});

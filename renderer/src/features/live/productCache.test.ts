import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createProductCache } from './productCache';

const ID = '0190a3c4-0000-7000-8000-0000000000aa';
const HASH = 'a'.repeat(64);
const product = (images: string[]) => ({
  id: ID,
  sku: 'S1',
  title: 'Serum',
  subtitle: '',
  listPriceFen: null,
  livePriceFen: 9900,
  stock: null,
  category: '',
  tags: [],
  sellingPoints: ['Light texture', 'Fragrance free'],
  platformIds: {},
  images,
  createdAt: 1,
  updatedAt: 2,
});

describe('product cache', () => {
  it('reads a product and its main image once per product id', async () => {
    const transport = new FakeTransport()
      .handle('product.get', () => ok(product([HASH])))
      .handle('image.read', () => ok({ hash: HASH, mime: 'image/png', dataBase64: 'iVBO' }));
    const cache = createProductCache(createApiClient(transport));
    await cache.getState().load(ID);
    await cache.getState().load(ID);
    const entry = cache.getState().byId[ID];
    expect(entry?.status === 'ready' && entry.card).toEqual({
      title: 'Serum',
      livePriceFen: 9900,
      talkingPoints: ['Light texture', 'Fragrance free'],
      imageUrl: 'data:image/png;base64,iVBO',
    });
    expect(transport.calls.filter((c) => c.method === 'product.get')).toHaveLength(1);
  });

  it('keeps the card without a picture when the image cannot be read, and retries a failed product', async () => {
    let fails = true;
    const transport = new FakeTransport()
      .handle('product.get', () => (fails ? fail('NOT_FOUND', 'gone') : ok(product([HASH]))))
      .handle('image.read', () => fail('NOT_FOUND', 'no image'));
    const cache = createProductCache(createApiClient(transport));
    await cache.getState().load(ID);
    expect(cache.getState().byId[ID]?.status).toBe('failed');
    fails = false;
    await cache.getState().load(ID);
    const entry = cache.getState().byId[ID];
    expect(entry?.status === 'ready' && entry.card.imageUrl).toBeNull();
  });
});

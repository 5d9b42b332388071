import { afterEach, describe, expect, it } from 'vitest';
import type { CouponCreate } from '../../../shared/domain/catalog/coupon';
import { catalogTestContext, domainError } from '../../../test/support/backend/catalogTestContext';
import { createCouponsService } from './coupons.service';
import { createProductsService } from './products.service';

let close: (() => void) | undefined;
function setup() {
  const ctx = catalogTestContext();
  close = () => ctx.db.close();
  return { ...ctx, products: createProductsService(ctx), coupons: createCouponsService(ctx) };
}
afterEach(() => close?.());

const base = (over: Partial<CouponCreate> = {}) =>
  ({
    name: '满300减50',
    type: 'threshold',
    value: 5_000,
    thresholdFen: 30_000,
    quantity: 100,
    perBuyerLimit: 1,
    startsAt: 1_000,
    endsAt: 2_000,
    productIds: [],
    ...over,
  }) as CouponCreate;

describe('coupons service', () => {
  it('creates, links products in order, updates, lists by product and deletes, with events', () => {
    const { products, coupons, eventTypes } = setup();
    const a = products.create({ sku: 'A', title: 'a' });
    const b = products.create({ sku: 'B', title: 'b' });
    const c = coupons.create(base({ productIds: [b.id, a.id] }));
    expect(coupons.get(c.id)).toEqual(c);
    expect(c.productIds).toEqual([b.id, a.id]);
    const flash = coupons.create(base({ name: '秒杀', type: 'flash_price', value: 9_900, thresholdFen: null, productIds: [a.id] }));

    const updated = coupons.update(c.id, { value: 6_000, productIds: [b.id] });
    expect(updated).toMatchObject({ value: 6_000, productIds: [b.id], thresholdFen: 30_000 });
    expect(coupons.list({ productId: a.id, limit: 50, offset: 0 }).items.map((x) => x.id)).toEqual([flash.id]);
    expect(coupons.list({ limit: 50, offset: 0 })).toMatchObject({ total: 2 });

    coupons.remove(c.id);
    expect(domainError(() => coupons.get(c.id)).code).toBe('NOT_FOUND');
    expect(eventTypes()).toEqual([
      'product.created',
      'product.created',
      'coupon.created',
      'coupon.created',
      'coupon.updated',
      'coupon.deleted',
    ]);
  });

  it('names the field for cross-field rules, on create and after merging an update', () => {
    const { coupons, products, count } = setup();
    const cases: [Partial<CouponCreate>, (string | number)[]][] = [
      [{ endsAt: 1_000 }, ['endsAt']],
      [{ thresholdFen: null }, ['thresholdFen']],
      [{ value: 40_000 }, ['value']],
      [{ type: 'percent', value: 10_000 }, ['value']],
      [{ type: 'flash_price', productIds: [] }, ['productIds']],
      [{ perBuyerLimit: 500 }, ['perBuyerLimit']],
    ];
    for (const [over, path] of cases)
      expect(domainError(() => coupons.create(base(over)))).toMatchObject({ code: 'INVALID_PAYLOAD', path });
    expect(count('coupons')).toBe(0);

    const c = coupons.create(base());
    expect(domainError(() => coupons.update(c.id, { startsAt: 5_000 }))).toMatchObject({ code: 'INVALID_PAYLOAD', path: ['endsAt'] });
    expect(domainError(() => coupons.update(c.id, { productIds: ['018f0000-0000-7000-8000-000000000000'] }))).toMatchObject({
      code: 'NOT_FOUND',
      path: ['productIds', 0],
    });
    expect(coupons.get(c.id)).toEqual(c);
    // A deleted product drops out of the coupon's list.
    const p = products.create({ sku: 'P', title: 'p' });
    coupons.update(c.id, { productIds: [p.id] });
    products.remove(p.id);
    expect(coupons.get(c.id).productIds).toEqual([]);
  });
});

import { ApiCallError } from '../../../../shared/api/errors';
import type { Coupon } from '../../../../shared/domain/catalog/coupon';
import type { LoyaltyTask } from '../../../../shared/domain/catalog/loyaltyTask';
import type { Product } from '../../../../shared/domain/catalog/product';
import type { ApiClient } from '../../api/client';

/** Catalog lists a cue (or a coupon's product list) can point into. */
export type RefKind = 'product' | 'coupon' | 'task';

/** What a referenced item looks like where it is named, once loaded. */
export type RefInfo = { state: 'ok'; code: string | null; title: string } | { state: 'missing' };

/** How each kind of item is named: products by SKU and title, coupons and tasks by their name. */
export const refInfoOf = {
  product: (p: Pick<Product, 'sku' | 'title'>): RefInfo => ({ state: 'ok', code: p.sku, title: p.title }),
  coupon: (c: Pick<Coupon, 'name'>): RefInfo => ({ state: 'ok', code: null, title: c.name }),
  task: (t: Pick<LoyaltyTask, 'title'>): RefInfo => ({ state: 'ok', code: null, title: t.title }),
};

/** Loads how an item is named: a deleted one reads as missing; null when it could not be asked (try again later). */
export async function fetchRefInfo(client: ApiClient, ref: { kind: RefKind; id: string }): Promise<RefInfo | null> {
  try {
    if (ref.kind === 'product') return refInfoOf.product(await client.call('product.get', { id: ref.id }));
    if (ref.kind === 'coupon') return refInfoOf.coupon(await client.call('coupon.get', { id: ref.id }));
    return refInfoOf.task(await client.call('task.get', { id: ref.id }));
  } catch (error) {
    return error instanceof ApiCallError && error.code === 'NOT_FOUND' ? { state: 'missing' } : null;
  }
}

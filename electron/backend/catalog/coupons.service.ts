import type { Page } from '../../../shared/domain/catalog/common';
import { type Coupon, CouponCreate, type CouponFields, type CouponPatch, couponIssues } from '../../../shared/domain/catalog/coupon';
import { DomainError } from '../dispatch/domainError';
import { uuidv7 } from '../events/uuidv7';
import { findCueUsing } from '../shows/cueRefs';
import { createCouponsDao } from './coupons.dao';
import { createProductsDao } from './products.dao';
import type { CatalogDeps } from './products.service';
import { changedFields } from './sameValue';

/** Coupons and offers, linked to the products they apply to. */
export function createCouponsService({ db, events, clock }: CatalogDeps) {
  const dao = createCouponsDao(db);
  const products = createProductsDao(db);

  function mustGet(id: string): Coupon {
    const found = dao.get(id);
    if (!found) throw DomainError.notFound('Coupon', id, ['id']);
    return found;
  }

  function checkProducts(ids: readonly string[]): void {
    const missing = new Set(products.missingIds(ids));
    const at = ids.findIndex((id) => missing.has(id));
    if (at >= 0) throw DomainError.notFound('Product', ids[at] as string, ['productIds', at]);
  }

  function create(input: CouponCreate): Coupon {
    const parsed = CouponCreate.safeParse(input);
    if (!parsed.success) throw DomainError.fromZod(parsed.error);
    const { productIds, ...fields } = parsed.data;
    return db.transaction(() => {
      checkProducts(productIds);
      const now = clock.now();
      const coupon: Coupon = { ...fields, productIds, id: uuidv7(now), createdAt: now, updatedAt: now };
      dao.insert(coupon);
      dao.setProducts(coupon.id, productIds);
      events.append({ type: 'coupon.created', payload: { coupon } });
      return coupon;
    })();
  }

  function update(id: string, patch: CouponPatch): Coupon {
    return db.transaction(() => {
      const current = mustGet(id);
      const changes = changedFields<CouponFields>(current, patch);
      if (Object.keys(changes).length === 0) return current;
      const next: Coupon = { ...current, ...changes, updatedAt: clock.now() };
      const problems = couponIssues(next);
      if (problems.length > 0) throw DomainError.invalid(problems);
      if (changes.productIds) {
        checkProducts(changes.productIds);
        dao.setProducts(id, changes.productIds);
      }
      dao.update(next);
      events.append({ type: 'coupon.updated', payload: { id, changes } });
      return next;
    })();
  }

  function remove(id: string): { id: string; deleted: true } {
    db.transaction(() => {
      const coupon = mustGet(id);
      const user = findCueUsing(db, 'couponId', id);
      if (user)
        throw new DomainError('CONFLICT', `"${coupon.name}" is used by cue "${user.cueTitle}" in show "${user.showName}"`, {
          path: ['id'],
        });
      dao.remove(id);
      events.append({ type: 'coupon.deleted', payload: { id } });
    })();
    return { id, deleted: true };
  }

  function list(q: { productId?: string | undefined; limit: number; offset: number }): Page<Coupon> {
    return { ...dao.list(q), limit: q.limit, offset: q.offset };
  }

  return { get: mustGet, create, update, remove, list };
}

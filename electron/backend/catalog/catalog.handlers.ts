import type { catalogMethods } from '../../../shared/api/methods/catalog.methods';
import type { CoreServices } from '../coreServices';
import type { DomainHandlers } from '../dispatch/handlers';

export function createCatalogHandlers({
  products,
  coupons,
  tasks,
}: Pick<CoreServices, 'products' | 'coupons' | 'tasks'>): DomainHandlers<typeof catalogMethods> {
  return {
    'product.create': (input) => products.create(input),
    'product.get': ({ id }) => products.get(id),
    'product.update': ({ id, ...patch }) => products.update(id, patch),
    'product.delete': ({ id }) => products.remove(id),
    'product.list': (query) => products.list(query),

    'coupon.create': (input) => coupons.create(input),
    'coupon.get': ({ id }) => coupons.get(id),
    'coupon.update': ({ id, ...patch }) => coupons.update(id, patch),
    'coupon.delete': ({ id }) => coupons.remove(id),
    'coupon.list': (query) => coupons.list(query),

    'task.create': (input) => tasks.create(input),
    'task.get': ({ id }) => tasks.get(id),
    'task.update': ({ id, ...patch }) => tasks.update(id, patch),
    'task.delete': ({ id }) => tasks.remove(id),
    'task.list': (query) => tasks.list(query),
  };
}

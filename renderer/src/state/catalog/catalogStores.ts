import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Coupon, CouponCreate } from '../../../../shared/domain/catalog/coupon';
import type { LoyaltyTask, TaskCreate } from '../../../../shared/domain/catalog/loyaltyTask';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../AppStateContext';
import { type CatalogListState, createCatalogListStore } from './catalogListStore';

export type CouponsState = CatalogListState<Coupon, CouponCreate>;
export type TasksState = CatalogListState<LoyaltyTask, TaskCreate>;

interface CatalogStores {
  coupons: StoreApi<CouponsState>;
  tasks: StoreApi<TasksState>;
}

/** As long as the client lives, like the products stores: the Products area and a cue's "新建" share them. */
const byClient = new WeakMap<ApiClient, CatalogStores>();

function storesFor(client: ApiClient): CatalogStores {
  let stores = byClient.get(client);
  if (!stores) {
    stores = {
      coupons: createCatalogListStore(client, {
        list: (page) => client.call('coupon.list', page),
        create: (values) => client.call('coupon.create', values),
        update: (id, values) => client.call('coupon.update', { id, ...values }),
        remove: (id) => client.call('coupon.delete', { id }),
      }),
      tasks: createCatalogListStore(client, {
        list: (page) => client.call('task.list', page),
        create: (values) => client.call('task.create', values),
        update: (id, values) => client.call('task.update', { id, ...values }),
        remove: (id) => client.call('task.delete', { id }),
      }),
    };
    byClient.set(client, stores);
  }
  return stores;
}

export function useCoupons<T>(selector: (state: CouponsState) => T): T {
  return useStore(storesFor(useAppState().client).coupons, selector);
}

export function useTasks<T>(selector: (state: TasksState) => T): T {
  return useStore(storesFor(useAppState().client).tasks, selector);
}

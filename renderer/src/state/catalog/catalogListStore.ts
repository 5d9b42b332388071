import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Page } from '../../../../shared/domain/catalog/common';
import type { ApiClient } from '../../api/client';
import { errorMessage } from '../bound';

/** How a list store reaches the backend for one kind of catalog item. */
export interface CatalogListApi<T, V> {
  list(page: { limit: number; offset: number }): Promise<Page<T>>;
  create(values: V): Promise<T>;
  update(id: string, values: V): Promise<T>;
  remove(id: string): Promise<unknown>;
}

export interface CatalogListState<T, V> {
  /** Every item, newest first (a shop has tens of coupons and tasks, not thousands). */
  items: T[];
  /** False until the first answer. */
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** What the search box holds; the list filters on it. */
  query: string;
  setQuery(query: string): void;
  reload(): Promise<void>;
  /** Editor actions throw the ApiCallError so the editor can place field errors. */
  create(values: V): Promise<T>;
  update(id: string, values: V): Promise<T>;
  remove(id: string): Promise<void>;
}

const PAGE = 500;
/** A guard against a backend that keeps growing while we read: never more than this many pages. */
const MAX_PAGES = 20;

/** Coupons or follower tasks, all of them, mirrored from the backend and re-read on every reconnection. */
export function createCatalogListStore<T extends { id: string }, V>(
  client: ApiClient,
  api: CatalogListApi<T, V>,
): StoreApi<CatalogListState<T, V>> {
  let seq = 0;
  const store = createStore<CatalogListState<T, V>>((set, get) => {
    async function load(): Promise<void> {
      const mine = ++seq;
      set({ loading: true });
      try {
        const items: T[] = [];
        for (let page = 0; page < MAX_PAGES; page++) {
          const answer = await api.list({ limit: PAGE, offset: page * PAGE });
          items.push(...answer.items);
          if (answer.items.length < PAGE || items.length >= answer.total) break;
        }
        if (mine === seq) set({ items, loaded: true, loading: false, error: null });
      } catch (error) {
        if (mine === seq) set({ loading: false, error: errorMessage(error) });
      }
    }
    return {
      items: [],
      loaded: false,
      loading: false,
      error: null,
      query: '',
      setQuery: (query) => set({ query }),
      reload: load,
      async create(values) {
        const item = await api.create(values);
        set({ items: [item, ...get().items.filter((i) => i.id !== item.id)] });
        void load();
        return item;
      },
      async update(id, values) {
        const item = await api.update(id, values);
        set({ items: get().items.map((i) => (i.id === id ? item : i)) });
        return item;
      },
      async remove(id) {
        await api.remove(id);
        set({ items: get().items.filter((i) => i.id !== id) });
      },
    };
  });
  client.onReconnect(() => void store.getState().reload());
  return store;
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Product, ProductFields } from '../../../../shared/domain/catalog/product';
import type { ApiClient } from '../../api/client';
import { errorMessage } from '../bound';

export const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

/** What the editor sends: every field, images included. */
type ProductValues = ProductFields;

export interface ProductsState {
  query: string;
  category: string;
  offset: number;
  items: Product[];
  total: number;
  /** False until the first page has arrived. */
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** Categories seen on the pages loaded so far, for the filter's suggestions. */
  categories: string[];
  setQuery(query: string): void;
  setCategory(category: string): void;
  setOffset(offset: number): void;
  reload(): Promise<void>;
  create(values: ProductValues): Promise<Product>;
  update(id: string, values: ProductValues): Promise<Product>;
  remove(id: string): Promise<void>;
}

/** One page of the catalog at a time: searching and filtering go to the backend, never through every product. */
export function createProductsStore(client: ApiClient): StoreApi<ProductsState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const store = createStore<ProductsState>((set, get) => {
    async function load(): Promise<void> {
      clearTimeout(timer);
      const mine = ++seq;
      const { query, category, offset } = get();
      set({ loading: true });
      try {
        const page = await client.call('product.list', {
          ...(query.trim() ? { query: query.trim().slice(0, 100) } : {}),
          ...(category.trim() ? { category: category.trim().slice(0, 100) } : {}),
          offset,
          limit: PAGE_SIZE,
        });
        if (mine !== seq) return;
        // A page past the end (after deletes elsewhere): step back to the last page.
        if (page.items.length === 0 && page.total > 0 && offset > 0) {
          set({ offset: Math.max(0, Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE) });
          return load();
        }
        const seen = new Set(get().categories);
        for (const p of page.items) if (p.category) seen.add(p.category);
        set({
          items: page.items,
          total: page.total,
          loaded: true,
          loading: false,
          error: null,
          categories: [...seen].sort((a, b) => a.localeCompare(b, 'zh-CN')),
        });
      } catch (error) {
        if (mine !== seq) return;
        set({ loading: false, error: errorMessage(error) });
      }
    }

    return {
      query: '',
      category: '',
      offset: 0,
      items: [],
      total: 0,
      loaded: false,
      loading: false,
      error: null,
      categories: [],
      setQuery(query) {
        set({ query, offset: 0 });
        clearTimeout(timer);
        timer = setTimeout(() => void load(), SEARCH_DEBOUNCE_MS);
      },
      setCategory(category) {
        set({ category, offset: 0 });
        clearTimeout(timer);
        timer = setTimeout(() => void load(), SEARCH_DEBOUNCE_MS);
      },
      setOffset(offset) {
        set({ offset: Math.max(0, offset) });
        void load();
      },
      reload: load,
      async create(values) {
        const product = await client.call('product.create', values);
        void load();
        return product;
      },
      async update(id, values) {
        const product = await client.call('product.update', { id, ...values });
        set({ items: get().items.map((p) => (p.id === id ? product : p)) });
        void load();
        return product;
      },
      async remove(id) {
        await client.call('product.delete', { id });
        await load();
      },
    };
  });

  client.onReconnect(() => void store.getState().reload());
  return store;
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';

/** What the console shows of a product beside a cue: the host reads the talking points aloud. */
export interface ProductCard {
  title: string;
  livePriceFen: number | null;
  talkingPoints: string[];
  /** The main image as a data URL; null when the product has none or it could not be read. */
  imageUrl: string | null;
}

export type CardEntry = { status: 'loading' } | { status: 'ready'; card: ProductCard } | { status: 'failed'; message: string };

export interface ProductCacheState {
  byId: Record<string, CardEntry>;
  /** Loads a product once; later calls for the same id reuse the entry (a failed one is tried again). */
  load(productId: string): Promise<void>;
  /** Forgets every entry, so the next look reads the catalog again (after a reconnection). */
  clear(): void;
}

/** Product cards per product id for the live console, read through the API once per product. */
export function createProductCache(client: ApiClient): StoreApi<ProductCacheState> {
  const store = createStore<ProductCacheState>((set, get) => ({
    byId: {},

    async load(productId) {
      const held = get().byId[productId];
      if (held && held.status !== 'failed') return;
      const put = (entry: CardEntry) => set((s) => ({ byId: { ...s.byId, [productId]: entry } }));
      put({ status: 'loading' });
      try {
        const product = await client.call('product.get', { id: productId });
        const card: ProductCard = {
          title: product.title,
          livePriceFen: product.livePriceFen,
          talkingPoints: product.sellingPoints,
          imageUrl: null,
        };
        put({ status: 'ready', card });
        const hash = product.images[0];
        if (hash === undefined) return;
        try {
          const image = await client.call('image.read', { hash });
          put({ status: 'ready', card: { ...card, imageUrl: `data:${image.mime};base64,${image.dataBase64}` } });
        } catch {
          // The card is useful without its picture.
        }
      } catch (error) {
        put({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },

    clear() {
      set({ byId: {} });
    },
  }));
  return store;
}

import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../../state/AppStateContext';
import { createLiveStore, type LiveState } from './liveStore';
import { type CardEntry, createProductCache, type ProductCacheState } from './productCache';

/** One live store per client (per window), kept while the window lives so leaving the area loses nothing. */
const byClient = new WeakMap<ApiClient, StoreApi<LiveState>>();

export function liveStoreFor(client: ApiClient): StoreApi<LiveState> {
  let store = byClient.get(client);
  if (!store) {
    store = createLiveStore(client).store;
    byClient.set(client, store);
  }
  return store;
}

export function useLiveStore(): StoreApi<LiveState> {
  return liveStoreFor(useAppState().client);
}

export function useLive<T>(selector: (state: LiveState) => T): T {
  return useStore(useLiveStore(), selector);
}

const cardsByClient = new WeakMap<ApiClient, StoreApi<ProductCacheState>>();

/** Product cards for this window; forgotten on reconnection, since the catalog may have changed meanwhile. */
function productCacheFor(client: ApiClient): StoreApi<ProductCacheState> {
  let cache = cardsByClient.get(client);
  if (!cache) {
    const created = createProductCache(client);
    client.onReconnect(() => created.getState().clear());
    cardsByClient.set(client, created);
    cache = created;
  }
  return cache;
}

/** The card of a product (loading it on first use); undefined for no product. */
export function useProductCard(productId: string | null): CardEntry | undefined {
  usePrefetchProductCard(productId);
  return useStore(productCacheFor(useAppState().client), (s) => (productId === null ? undefined : s.byId[productId]));
}

/**
 * Loads the card of a product about to be needed (the cue after the standby) without showing it, so after the next
 * GO the "next" card has its talking points at once instead of one more round trip later.
 */
export function usePrefetchProductCard(productId: string | null): void {
  const cache = productCacheFor(useAppState().client);
  useEffect(() => {
    if (productId !== null) void cache.getState().load(productId);
  }, [cache, productId]);
}

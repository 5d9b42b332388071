import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../../state/AppStateContext';
import { createLiveStore, type LiveState } from './liveStore';

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

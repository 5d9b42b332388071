import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../AppStateContext';
import { downloadText } from './downloadText';
import { createReportsStore, type ReportsState } from './reportsStore';

/** One reports store per client (per window), kept while the window lives so leaving the area keeps the selection. */
const byClient = new WeakMap<ApiClient, StoreApi<ReportsState>>();

export function reportsStoreFor(client: ApiClient): StoreApi<ReportsState> {
  let store = byClient.get(client);
  if (!store) {
    store = createReportsStore(client, downloadText).store;
    byClient.set(client, store);
  }
  return store;
}

export function useReportsStore(): StoreApi<ReportsState> {
  return reportsStoreFor(useAppState().client);
}

export function useReports<T>(selector: (state: ReportsState) => T): T {
  return useStore(useReportsStore(), selector);
}

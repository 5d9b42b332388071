import { createStore } from 'zustand/vanilla';
import type { SyncStatus } from '../../../shared/domain/sync/syncStatus';
import type { ApiClient } from '../api/client';
import { type BoundStore, mirrorStatus } from './bound';

export interface SyncStoreState {
  /** null until the backend has answered once. */
  status: SyncStatus | null;
  error: string | null;
  /** Keeps an answer from an action (enroll, leave, sync now) without waiting for the topic. */
  setStatus(status: SyncStatus): void;
}

/** The link to head office as the backend sees it: fetched on (re)connect, then pushed on `sync.status`. */
export function createSyncStore(client: ApiClient): BoundStore<SyncStoreState> {
  const store = createStore<SyncStoreState>((set) => ({
    status: null,
    error: null,
    setStatus: (status) => set({ status, error: null }),
  }));
  return {
    store,
    dispose: mirrorStatus(
      client,
      store,
      (apply) => client.subscribe('sync.status', apply),
      () => client.call('sync.status', {}),
    ),
  };
}

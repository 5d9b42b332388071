import { createStore } from 'zustand/vanilla';
import type { StoreStatus } from '../../../shared/domain/storeStatus';
import type { ApiClient } from '../api/client';
import { type BoundStore, errorMessage, loadOnConnect } from './bound';

export interface StoreStatusState {
  status: StoreStatus | null;
  error: string | null;
  /** Notices the operator has read in this window. */
  dismissed: number;
  dismiss(): void;
}

/** Database health from the backend; its start-up notices (restores, damage) must reach the operator. */
export function createStoreStatusStore(client: ApiClient): BoundStore<StoreStatusState> {
  const store = createStore<StoreStatusState>((set) => ({
    status: null,
    error: null,
    dismissed: 0,
    dismiss: () => set((s) => ({ dismissed: s.status?.notices.length ?? 0 })),
  }));
  const off = loadOnConnect(client, async () => {
    try {
      store.setState({ status: await client.call('store.status', {}), error: null });
    } catch (error) {
      store.setState({ error: errorMessage(error) });
    }
  });
  return { store, dispose: off };
}

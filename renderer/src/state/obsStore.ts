import { createStore } from 'zustand/vanilla';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { ApiClient } from '../api/client';
import { type BoundStore, mirrorStatus } from './bound';

export interface ObsState {
  status: ObsStatus | null;
  error: string | null;
}

/** OBS connection state as the backend sees it: fetched on (re)connect, then pushed on `obs.status`. */
export function createObsStore(client: ApiClient): BoundStore<ObsState> {
  const store = createStore<ObsState>(() => ({ status: null, error: null }));
  return {
    store,
    dispose: mirrorStatus(
      client,
      store,
      (apply) => client.subscribe('obs.status', apply),
      () => client.call('obs.status', {}),
    ),
  };
}

import { createStore } from 'zustand/vanilla';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { ApiClient } from '../api/client';
import { type BoundStore, errorMessage, loadOnConnect } from './bound';

export interface ObsState {
  status: ObsStatus | null;
  error: string | null;
}

/** OBS connection state as the backend sees it: fetched on (re)connect, then pushed on `obs.status`. */
export function createObsStore(client: ApiClient): BoundStore<ObsState> {
  const store = createStore<ObsState>(() => ({ status: null, error: null }));
  const offTopic = client.subscribe('obs.status', (status) => store.setState({ status, error: null }));
  const offLoad = loadOnConnect(client, async () => {
    try {
      store.setState({ status: await client.call('obs.status', {}), error: null });
    } catch (error) {
      store.setState({ error: errorMessage(error) });
    }
  });
  return {
    store,
    dispose() {
      offTopic();
      offLoad();
    },
  };
}

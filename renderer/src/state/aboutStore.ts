import { createStore } from 'zustand/vanilla';
import type { About } from '../../../shared/domain/about';
import type { ApiClient } from '../api/client';
import { type BoundStore, errorMessage, loadOnConnect } from './bound';

export interface AboutState {
  about: About | null;
  error: string | null;
  reload(): Promise<void>;
}

export function createAboutStore(client: ApiClient): BoundStore<AboutState> {
  const store = createStore<AboutState>((set) => ({
    about: null,
    error: null,
    async reload() {
      try {
        set({ about: await client.call('app.about', {}), error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  }));
  // After a reconnect the backend may be a restarted one (new version, other data folder): refetch.
  const off = loadOnConnect(client, () => store.getState().reload());
  return { store, dispose: off };
}

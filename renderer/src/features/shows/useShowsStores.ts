import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { ApiClient } from '../../api/client';
import { useAppState } from '../../state/AppStateContext';
import { createPackageStore, type PackageState } from './packageStore';
import { createShowsStore, type ShowsState } from './showsStore';

interface ShowsStores {
  shows: StoreApi<ShowsState>;
  packages: StoreApi<PackageState>;
}

/** One set of stores per client (per window), kept while the window lives so leaving the area keeps the open show. */
const byClient = new WeakMap<ApiClient, ShowsStores>();

function showsStoresFor(client: ApiClient): ShowsStores {
  let stores = byClient.get(client);
  if (!stores) {
    const shows = createShowsStore(client).store;
    stores = { shows, packages: createPackageStore(client, shows) };
    byClient.set(client, stores);
  }
  return stores;
}

function useShowsStores(): ShowsStores {
  return showsStoresFor(useAppState().client);
}

export function useShows<T>(selector: (state: ShowsState) => T): T {
  return useStore(useShowsStores().shows, selector);
}

export function usePackages<T>(selector: (state: PackageState) => T): T {
  return useStore(useShowsStores().packages, selector);
}

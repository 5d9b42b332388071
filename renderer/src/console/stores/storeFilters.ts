import type { ConsoleStore } from '../../../../shared/api/hub/hubConsole';

/** The stores page's filters. `region`/`group`: null = any; '' = stores with none. */
export interface StoreFilters {
  region: string | null;
  group: string | null;
  search: string;
}

export const NO_FILTERS: StoreFilters = { region: null, group: null, search: '' };

/** Stores matching every filter; the search finds the code or the name, ignoring case and full-width forms. */
export function filterStores(stores: readonly ConsoleStore[], filters: StoreFilters): ConsoleStore[] {
  const needle = fold(filters.search);
  return stores.filter(
    (s) =>
      (filters.region === null || s.region === filters.region) &&
      (filters.group === null || s.group === filters.group) &&
      (needle === '' || fold(s.code).includes(needle) || fold(s.name).includes(needle)),
  );
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** The distinct values of a field, sorted for the filter's choices (Chinese by pinyin order of the reader's locale). */
export function choices(stores: readonly ConsoleStore[], field: 'region' | 'group', locale: string): string[] {
  return [...new Set(stores.map((s) => s[field]))].sort((a, b) => a.localeCompare(b, locale));
}

/** Distinct app versions of a store's active PCs, newest first ("1.2.0, 1.1.9"). */
export function appVersions(store: ConsoleStore): string[] {
  const active = store.devices.filter((d) => d.revokedAt === null);
  return [...new Set(active.map((d) => d.appVersion))].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}

/** Active PCs (a revoked one no longer counts as the store's). */
export const activeDevices = (store: ConsoleStore) => store.devices.filter((d) => d.revokedAt === null).length;

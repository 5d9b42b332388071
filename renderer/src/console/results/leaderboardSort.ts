import type { LeaderboardRow } from '../../../../shared/api/hub/hubConsole';

/** The leaderboard columns a reader can sort by. */
export type LeaderboardSortKey =
  | 'storeName'
  | 'region'
  | 'group'
  | 'sessions'
  | 'gmvFen'
  | 'gpmFen'
  | 'uvValueFen'
  | 'uniqueViewers'
  | 'conversion'
  | 'explainMs';

export interface LeaderboardSort {
  key: LeaderboardSortKey;
  direction: 'asc' | 'desc';
}

/** GMV, highest first: who sold most is what head office looks for first. */
export const DEFAULT_SORT: LeaderboardSort = { key: 'gmvFen', direction: 'desc' };

const TEXT_KEYS: ReadonlySet<LeaderboardSortKey> = new Set(['storeName', 'region', 'group']);

/** A click on a column: the same column flips; another starts highest first for figures, A→Z for names. */
export function nextSort(current: LeaderboardSort, key: LeaderboardSortKey): LeaderboardSort {
  if (current.key === key) return { key, direction: current.direction === 'desc' ? 'asc' : 'desc' };
  return { key, direction: TEXT_KEYS.has(key) ? 'asc' : 'desc' };
}

/**
 * The rows in the chosen order. An absent figure sorts last whichever the direction (it is not a 0); ties keep
 * GMV then the store code order, so the same data always reads the same way.
 */
export function sortLeaderboard(rows: readonly LeaderboardRow[], sort: LeaderboardSort, collator: Intl.Collator): LeaderboardRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: LeaderboardRow, b: LeaderboardRow): number => {
    if (TEXT_KEYS.has(sort.key)) {
      const key = sort.key as 'storeName' | 'region' | 'group';
      return sign * collator.compare(a[key], b[key]);
    }
    const x = a[sort.key as Exclude<LeaderboardSortKey, 'storeName' | 'region' | 'group'>];
    const y = b[sort.key as Exclude<LeaderboardSortKey, 'storeName' | 'region' | 'group'>];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  const gmv = (r: LeaderboardRow) => r.gmvFen ?? Number.NEGATIVE_INFINITY;
  return [...rows].sort((a, b) => compare(a, b) || gmv(b) - gmv(a) || (a.storeCode < b.storeCode ? -1 : a.storeCode > b.storeCode ? 1 : 0));
}

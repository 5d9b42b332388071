import type { PublicationTarget } from '../../shared/api/hub/hubPublications';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

/** SQL matching publications whose target is this store ($n = region, $n+1 = group, $n+2 = code). */
export function visibleTo(first: number): string {
  return `(target_kind = 'all' OR (target_kind = 'region' AND target_value = $${first})
    OR (target_kind = 'group' AND target_value = $${first + 1}) OR (target_kind = 'store' AND target_value = $${first + 2}))`;
}

export function targetColumns(target: PublicationTarget): { kind: PublicationTarget['kind']; value: string | null } {
  switch (target.kind) {
    case 'all':
      return { kind: 'all', value: null };
    case 'region':
      return { kind: 'region', value: target.region };
    case 'group':
      return { kind: 'group', value: target.group };
    case 'store':
      return { kind: 'store', value: target.storeCode };
  }
}

/** The regions of the stores a target matches now, and how many stores. */
async function matchedStores(db: HubQueryable, target: PublicationTarget): Promise<{ region: string }[]> {
  const { kind, value } = targetColumns(target);
  const column = { all: null, region: 'region', group: 'grp', store: 'code' }[kind];
  return column === null
    ? db.query<{ region: string }>('SELECT region FROM stores')
    : db.query<{ region: string }>(`SELECT region FROM stores WHERE ${column} = $1`, [value]);
}

/**
 * Stores the target matches now, after checking it lies within the account's regions: an account
 * limited to regions cannot send to all stores, nor to a region, group or store reaching outside them.
 */
export async function checkedStoreCount(db: HubQueryable, caller: ProducerCaller, target: PublicationTarget): Promise<number> {
  const stores = await matchedStores(db, target);
  if (caller.regions.length === 0) return stores.length;
  const outside = target.kind === 'all' || (target.kind === 'region' && !caller.regions.includes(target.region));
  const reachesOut = stores.some((s) => !caller.regions.includes(s.region));
  if (outside || reachesOut) throw HubHttpError.forbidden(`This account may publish only within ${caller.regions.join(', ')}.`);
  return stores.length;
}

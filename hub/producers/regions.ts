import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

/** An account limited to regions reads only stores in them; an empty list means every region. */
function coversRegion(caller: ProducerCaller, region: string): boolean {
  return caller.regions.length === 0 || caller.regions.includes(region);
}

/** The store by code, if the account may read it: NOT_FOUND for no such store, FORBIDDEN outside its regions. */
export async function readableStore(db: HubQueryable, caller: ProducerCaller, storeCode: string): Promise<{ id: string }> {
  const [store] = await db.query<{ id: string; region: string }>('SELECT id, region FROM stores WHERE code = $1', [storeCode]);
  if (!store) throw HubHttpError.notFound(`No store ${storeCode}.`);
  if (!coversRegion(caller, store.region)) throw HubHttpError.forbidden(`Store ${storeCode} is outside this account's regions.`);
  return store;
}

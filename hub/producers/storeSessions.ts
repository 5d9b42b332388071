import type { StoreSessionSummary } from '../../shared/api/hub/hubEndpoints';
import type { TargetsResponse } from '../../shared/api/hub/hubProducer';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { readableStore } from './regions';

/** The sessions a store uploaded, newest first (by the hub's receive time: device clocks are not trusted). */
export async function storeSessions(
  db: HubQueryable,
  caller: ProducerCaller,
  storeCode: string,
): Promise<{ sessions: StoreSessionSummary[] }> {
  const store = await readableStore(db, caller, storeCode);
  const sessions = await db.query<StoreSessionSummary>(
    `SELECT session_id AS "sessionId", device_id AS "deviceId", count(*) AS events,
            min(received_at) AS "firstReceivedAt", max(received_at) AS "lastReceivedAt"
       FROM events WHERE store_id = $1 AND session_id IS NOT NULL
      GROUP BY session_id, device_id ORDER BY max(received_at) DESC, session_id`,
    [store.id],
  );
  return { sessions };
}

/** Regions and groups with their store counts, within the account's regions. */
export async function publishTargets(db: HubQueryable, caller: ProducerCaller): Promise<TargetsResponse> {
  const stores = await db.query<{ region: string; grp: string }>(
    'SELECT region, grp FROM stores WHERE cardinality($1::text[]) = 0 OR region = ANY($1::text[])',
    [caller.regions],
  );
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  };
  return {
    storeCount: stores.length,
    regions: count(stores.map((s) => s.region)).map(([region, storeCount]) => ({ region, storeCount })),
    groups: count(stores.map((s) => s.grp)).map(([group, storeCount]) => ({ group, storeCount })),
  };
}

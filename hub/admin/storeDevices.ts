import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { readableStore } from '../producers/regions';

export interface HubDeviceListing {
  deviceId: string;
  name: string;
  revokedAt: number | null;
  lastSeenAt: number | null;
  clockSkewMs: number | null;
  appVersion: string;
}

export async function listStoreDevices(db: HubQueryable, account: ProducerCaller, storeCode: string): Promise<HubDeviceListing[]> {
  const store = await readableStore(db, account, storeCode);
  return db.query<HubDeviceListing>(
    `SELECT id AS "deviceId", name, revoked_at AS "revokedAt", last_seen_at AS "lastSeenAt", clock_skew_ms AS "clockSkewMs",
            app_version AS "appVersion" FROM devices WHERE store_id = $1 ORDER BY enrolled_at, id`,
    [store.id],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Revokes a device of a store the account may read; its next call is refused as DEVICE_REVOKED. Revoking
 * again keeps the first time, so a retried request answers the same.
 */
export async function revokeStoreDevice(
  db: HubQueryable,
  account: ProducerCaller,
  storeCode: string,
  deviceId: string,
  now: number,
): Promise<number> {
  const store = await readableStore(db, account, storeCode);
  // The operator types the id: anything not shaped like one is simply not a device (and not a SQL error).
  const rows = UUID.test(deviceId)
    ? await db.query<{ revoked_at: number }>(
        'UPDATE devices SET revoked_at = coalesce(revoked_at, $3) WHERE store_id = $1 AND id = $2 RETURNING revoked_at',
        [store.id, deviceId, now],
      )
    : [];
  const revokedAt = rows[0]?.revoked_at;
  if (revokedAt === undefined) throw HubHttpError.notFound(`No device ${deviceId} at store ${storeCode}.`);
  return revokedAt;
}

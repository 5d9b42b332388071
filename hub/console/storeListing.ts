import { type ConsoleDevice, type ConsoleStore, type LiveNow, ONLINE_WINDOW_MS } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';

type StoreRow = Omit<ConsoleStore, 'devices' | 'lastSeenAt' | 'online' | 'eventsWaiting' | 'live'> & { id: string };
type DeviceRow = ConsoleDevice & { storeId: string };
type LiveRow = LiveNow & { storeId: string };

/** $1 = the account's regions (empty = every region), $2 = one store code or null for all. */
const IN_SCOPE = `(cardinality($1::text[]) = 0 OR s.region = ANY($1::text[])) AND ($2::text IS NULL OR s.code = $2)`;

/**
 * Stores within the regions with their devices and what is on air, in three queries whatever the number of
 * stores. Ordered by region then code, byte-wise (the "C" collation), so PGlite and PostgreSQL agree.
 */
export async function loadConsoleStores(
  db: HubQueryable,
  regions: readonly string[],
  now: number,
  onlyCode: string | null = null,
): Promise<ConsoleStore[]> {
  const scope = [regions, onlyCode];
  const onlineSince = now - ONLINE_WINDOW_MS;
  const [stores, devices, live] = await Promise.all([
    db.query<StoreRow>(
      `SELECT s.id, s.code, s.name, s.region, s.grp AS "group", s.created_at AS "createdAt" FROM stores s
        WHERE ${IN_SCOPE} ORDER BY s.region COLLATE "C", s.code COLLATE "C"`,
      scope,
    ),
    db.query<DeviceRow>(
      `SELECT d.store_id AS "storeId", d.id AS "deviceId", d.name, d.app_version AS "appVersion", d.enrolled_at AS "enrolledAt",
              d.last_seen_at AS "lastSeenAt", d.revoked_at AS "revokedAt", b.events_waiting AS "eventsWaiting", d.clock_flagged AS "clockFlagged"
         FROM devices d JOIN stores s ON s.id = d.store_id
         LEFT JOIN device_backlog b ON b.store_id = d.store_id AND b.device_id = d.id
        WHERE ${IN_SCOPE} ORDER BY d.enrolled_at, d.id`,
      scope,
    ),
    // Only stores online now: a session whose PC went quiet is not "live" whatever its last review said. The store's
    // newest session, and only while it is live: an older one never ended (its PC crashed or was revoked mid-show)
    // is not on air once a newer one started.
    db.query<LiveRow>(
      `SELECT "storeId", "sessionId", "showName", "startedAt", "currentCue", "viewersOnline", "gmvFen", "asOf" FROM (
         SELECT DISTINCT ON (r.store_id) r.store_id AS "storeId", r.session_id AS "sessionId", r.show_name AS "showName",
                r.started_at AS "startedAt", r.current_cue AS "currentCue", r.viewers_online AS "viewersOnline", r.gmv_fen AS "gmvFen",
                r.computed_at AS "asOf", r.live
           FROM session_results r JOIN stores s ON s.id = r.store_id
          WHERE ${IN_SCOPE}
            AND EXISTS (SELECT 1 FROM devices d WHERE d.store_id = r.store_id AND d.revoked_at IS NULL AND d.last_seen_at >= $3)
          ORDER BY r.store_id, r.started_at DESC NULLS LAST, r.computed_at DESC, r.session_id DESC) newest
        WHERE newest.live`,
      [...scope, onlineSince],
    ),
  ]);
  const devicesOf = groupBy(devices, (d) => d.storeId);
  const liveOf = new Map(live.map(({ storeId, ...figures }) => [storeId, figures]));
  return stores.map(({ id, ...store }) => {
    const mine = (devicesOf.get(id) ?? []).map(({ storeId: _, ...device }) => device);
    const active = mine.filter((d) => d.revokedAt === null);
    const reported = active.flatMap((d) => (d.eventsWaiting === null ? [] : [d.eventsWaiting]));
    const seen = mine.flatMap((d) => (d.lastSeenAt === null ? [] : [d.lastSeenAt]));
    const online = active.some((d) => d.lastSeenAt !== null && d.lastSeenAt >= onlineSince);
    return {
      ...store,
      devices: mine,
      lastSeenAt: seen.length > 0 ? Math.max(...seen) : null,
      online,
      eventsWaiting: reported.length > 0 ? reported.reduce((a, b) => a + b, 0) : null,
      live: online ? (liveOf.get(id) ?? null) : null,
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

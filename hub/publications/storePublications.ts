import type { DeliveryReport, Publication, PublicationsPage, PublicationsQuery } from '../../shared/api/hub/hubPublications';
import type { HubDb, HubQueryable } from '../db/hubDb';
import type { DeviceCaller, ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import type { RawBody } from '../http/registerEndpoints';
import { visibleTo } from './publicationTargets';

const storeArgs = (caller: DeviceCaller) => [caller.store.region, caller.store.group, caller.store.code];

/** This store's publications after its cursor, oldest first; notes the PC's upload backlog when it says it. */
export async function publicationsPage(
  db: HubQueryable,
  caller: DeviceCaller,
  query: PublicationsQuery,
  now: number,
): Promise<PublicationsPage> {
  const { after, limit, waiting } = query;
  if (waiting !== undefined) await noteBacklog(db, caller, waiting, now);
  const rows = await db.query<Omit<Publication, 'id'> & { id: number }>(
    `SELECT id, kind, key, version, title, published_at AS "publishedAt", published_by AS "publishedBy", content
       FROM publications WHERE ${visibleTo(1)} AND id > $4 ORDER BY id LIMIT $5`,
    [...storeArgs(caller), after, limit + 1],
  );
  const page = rows.slice(0, limit);
  return { publications: page, cursor: page.at(-1)?.id ?? after, more: rows.length > limit };
}

/** The latest word wins: of two pulls answered out of order, the older report does not overwrite the newer. */
async function noteBacklog(db: HubQueryable, caller: DeviceCaller, waiting: number, now: number): Promise<void> {
  await db.query(
    `INSERT INTO device_backlog (store_id, device_id, events_waiting, reported_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (store_id, device_id) DO UPDATE SET events_waiting = excluded.events_waiting, reported_at = excluded.reported_at
      WHERE device_backlog.reported_at <= excluded.reported_at`,
    [caller.store.id, caller.deviceId, waiting, now],
  );
}

/** An image: for a device only when a publication it can see names it; for a producer any. */
export async function imageFor(db: HubQueryable, caller: DeviceCaller | ProducerCaller, sha256: string): Promise<RawBody> {
  const [named] =
    caller.kind === 'producer'
      ? [true]
      : await db.query(
          `SELECT 1 FROM publications WHERE ${visibleTo(1)} AND content->'images' @> jsonb_build_array(jsonb_build_object('sha256', $4::text)) LIMIT 1`,
          [...storeArgs(caller), sha256],
        );
  const [image] = named
    ? await db.query<{ mime: string; bytes: Uint8Array }>('SELECT mime, bytes FROM images WHERE sha256 = $1', [sha256])
    : [];
  // The same answer whether the image is absent or belongs to another store's publication: nothing leaks.
  if (!image) throw HubHttpError.notFound(`No image ${sha256} for this store.`);
  return { mime: image.mime, bytes: image.bytes };
}

/** Records the latest status per publication and device; only publications this store can see. */
export function recordDeliveries(db: HubDb, caller: DeviceCaller, report: DeliveryReport, now: number): Promise<{ recorded: number }> {
  const latest = new Map<number, DeliveryReport['reports'][number]>();
  for (const r of report.reports) if ((latest.get(r.publicationId)?.at ?? Number.NEGATIVE_INFINITY) <= r.at) latest.set(r.publicationId, r);
  const ids = [...latest.keys()];
  return db.transaction(async (tx) => {
    const visible = await tx.query<{ id: number }>(`SELECT id FROM publications WHERE ${visibleTo(1)} AND id = ANY($4::bigint[])`, [
      ...storeArgs(caller),
      ids,
    ]);
    const unknown = ids.find((id) => !visible.some((v) => v.id === id));
    if (unknown !== undefined) throw HubHttpError.forbidden(`Publication ${unknown} is not one of this store's.`);
    const rows = [...latest.values()].map((r) => ({ publication_id: r.publicationId, status: r.status, reason: r.reason, at: r.at }));
    await tx.query(
      `INSERT INTO deliveries (store_id, publication_id, device_id, status, reason, at, recorded_at)
       SELECT $1::uuid, r.publication_id, $2::uuid, r.status, r.reason, r.at, $3::bigint
         FROM jsonb_to_recordset($4::jsonb) AS r(publication_id bigint, status text, reason text, at bigint)
       ON CONFLICT (store_id, publication_id, device_id) DO UPDATE
         SET status = excluded.status, reason = excluded.reason, at = excluded.at, recorded_at = excluded.recorded_at
         WHERE deliveries.at <= excluded.at`,
      [caller.store.id, caller.deviceId, now, JSON.stringify(rows)],
    );
    return { recorded: report.reports.length };
  });
}

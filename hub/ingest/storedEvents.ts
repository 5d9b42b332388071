import type { UploadEvent } from '../../shared/api/hub/hubIngest';
import type { HubQueryable } from '../db/hubDb';
import type { StreamKey } from './deviceStreams';

/** Event ids the hub holds at these seqs of this epoch. */
export async function storedIdsBySeq(tx: HubQueryable, key: StreamKey, seqs: number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<{ seq: number; event_id: string }>(
    'SELECT seq, event_id FROM events WHERE store_id = $1 AND device_id = $2 AND epoch = $3 AND seq = ANY($4::bigint[])',
    [key.storeId, key.deviceId, key.epoch, seqs],
  );
  return new Map(rows.map((r) => [r.seq, r.event_id]));
}

/** Rows one range read may return before the probe falls back to looking each id up. */
const RANGE_READ_LIMIT = 2000;

/**
 * Where the hub holds these event ids for this device, across all its epochs. Event ids are UUIDv7, so a
 * batch's ids sit close together in the (store, device, event_id) index: one range read between the batch's
 * lowest and highest id finds any held among them, instead of one index descent per id. A range that holds
 * many stored ids (a device clock that went back) falls back to the per-id lookup.
 */
export async function storedPlacesById(
  tx: HubQueryable,
  key: StreamKey,
  ids: string[],
  rangeReadLimit = RANGE_READ_LIMIT,
): Promise<Map<string, { epoch: number; seq: number }>> {
  if (ids.length === 0) return new Map();
  const wanted = new Set(ids);
  // The bounds are taken in SQL, so they follow the database's collation, as the index does.
  const inRange = await tx.query<{ event_id: string; epoch: number; seq: number }>(
    `SELECT event_id, epoch, seq FROM events
      WHERE store_id = $1 AND device_id = $2
        AND event_id >= (SELECT min(i) FROM unnest($3::text[]) AS i) AND event_id <= (SELECT max(i) FROM unnest($3::text[]) AS i)
      LIMIT $4`,
    [key.storeId, key.deviceId, ids, rangeReadLimit + 1],
  );
  const rows =
    inRange.length <= rangeReadLimit
      ? inRange.filter((r) => wanted.has(r.event_id))
      : await tx.query<{ event_id: string; epoch: number; seq: number }>(
          'SELECT event_id, epoch, seq FROM events WHERE store_id = $1 AND device_id = $2 AND event_id = ANY($3::text[])',
          [key.storeId, key.deviceId, ids],
        );
  return new Map(rows.map((r) => [r.event_id, { epoch: Number(r.epoch), seq: Number(r.seq) }]));
}

/** One multi-row insert. ON CONFLICT is a belt only: the stream lock is what keeps each event to one copy. */
export async function insertEvents(tx: HubQueryable, key: StreamKey, events: UploadEvent[], receivedAt: number): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((e) => ({
    seq: e.seq,
    event_id: e.eventId,
    type: e.type,
    schema_version: e.schemaVersion,
    session_id: e.sessionId,
    wall_time: e.wallTime,
    mono_ms: e.monoMs,
    payload: e.payload ?? null,
  }));
  const [result] = await tx.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO events (store_id, device_id, epoch, seq, event_id, type, schema_version, session_id, wall_time, mono_ms, payload, received_at)
       SELECT $1::uuid, $2::uuid, $3::integer, r.seq, r.event_id, r.type, r.schema_version, r.session_id, r.wall_time, r.mono_ms,
              coalesce(r.payload, 'null'::jsonb), $4::bigint
         FROM jsonb_to_recordset($5::jsonb) AS r(seq bigint, event_id text, type text, schema_version integer, session_id text,
                                                 wall_time bigint, mono_ms double precision, payload jsonb)
       ON CONFLICT DO NOTHING
       RETURNING 1)
     SELECT count(*) AS n FROM ins`,
    [key.storeId, key.deviceId, key.epoch, receivedAt, JSON.stringify(rows)],
  );
  return result?.n ?? 0;
}

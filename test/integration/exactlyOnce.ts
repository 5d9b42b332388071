import { expect } from 'vitest';
import type { HubQueryable } from '../../hub/db/hubDb';

/** What the hub holds of one device, as the adversarial suites check it. */
export interface HeldEvents {
  events: number;
  epochs: number[];
}

/**
 * Every event the store logged is at the hub exactly once (matched by event id), and each of the device's
 * epochs holds a gap-free run of seqs from its first seq up to the seq it acknowledged, nothing beyond.
 * `context` (e.g. the chaos seed) goes into every failure message.
 */
export async function expectExactlyOnceGapFree(
  db: HubQueryable,
  deviceId: string,
  localIds: readonly string[],
  context: string,
): Promise<HeldEvents> {
  const rows = await db.query<{ epoch: number; seq: number; event_id: string }>(
    'SELECT epoch, seq, event_id FROM events WHERE device_id = $1 ORDER BY epoch, seq',
    [deviceId],
  );
  const streams = await db.query<{ epoch: number; first_seq: number; acked_seq: number }>(
    'SELECT epoch, first_seq, acked_seq FROM device_streams WHERE device_id = $1 ORDER BY epoch',
    [deviceId],
  );
  const ids = rows.map((r) => r.event_id);
  const held = new Set(ids);
  expect(held.size, `${context}: an event is held twice`).toBe(ids.length);
  const local = new Set(localIds);
  const missing = localIds.filter((id) => !held.has(id));
  expect(missing.slice(0, 5), `${context}: ${missing.length} logged events are missing at the hub`).toEqual([]);
  const unknown = ids.filter((id) => !local.has(id));
  expect(unknown.slice(0, 5), `${context}: the hub holds events the store never logged`).toEqual([]);
  for (const stream of streams) {
    const seqs = rows.filter((r) => r.epoch === stream.epoch).map((r) => Number(r.seq));
    const expected = Array.from(
      { length: Number(stream.acked_seq) - Number(stream.first_seq) + 1 },
      (_, i) => Number(stream.first_seq) + i,
    );
    expect(seqs, `${context}: epoch ${stream.epoch} is not gap-free up to its acknowledged seq`).toEqual(expected);
  }
  return { events: rows.length, epochs: streams.map((s) => s.epoch) };
}

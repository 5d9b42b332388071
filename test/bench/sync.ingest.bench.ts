import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { UploadEvent } from '../../shared/api/hub/hubIngest';
import { type Benchmark, line } from './benchResult';
import { benchHub, chunks, enrollOverHttp, postBatch, showEvents } from './syncBenchKit';

const EVENTS = 40_000;
const BATCH = 500;
const ROUNDS = 3;

/**
 * `sync.ingest`: events per second through the hub — HTTP, the device's credential, contract validation,
 * the stream lock and exactly-once checks, the insert — against a raw batched
 * `INSERT … ON CONFLICT DO NOTHING` of the same rows, same batches, into the same PostgreSQL table.
 * Rounds alternate so both sides see the same machine; the median round of each is reported.
 */
export const syncIngest: Benchmark = {
  name: 'sync.ingest',
  async run() {
    const env = await benchHub();
    const raw = new pg.Client({ connectionString: env.databaseUrl });
    await raw.connect();
    try {
      const hubRates: number[] = [];
      const rawRates: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const events = showEvents(EVENTS, randomUUID());
        const device = await enrollOverHttp(env.hub, env.url, `BENCH-${round}`);
        hubRates.push(await rate(EVENTS, () => viaHub(env.url, device.credential, events)));
        const other = await enrollOverHttp(env.hub, env.url, `RAW-${round}`);
        rawRates.push(await rate(EVENTS, () => viaRawInsert(raw, other, events)));
      }
      const value = median(hubRates);
      const baselineValue = median(rawRates);
      return [
        line(
          {
            name: 'sync.ingest',
            value,
            unit: 'events/s',
            baseline: 'raw batched INSERT … ON CONFLICT DO NOTHING, same rows and table',
            baselineValue,
          },
          { events: EVENTS, batch: BATCH },
        ),
      ];
    } finally {
      await raw.end();
      await env.stop();
    }
  },
};

async function viaHub(url: string, credential: string, events: UploadEvent[]): Promise<void> {
  let acked = 0;
  for (const batch of chunks(events, BATCH)) acked = (await postBatch(url, credential, 1, batch)).ackedSeq;
  if (acked !== events.length) throw new Error(`The hub acknowledged ${acked} of ${events.length} events.`);
}

async function viaRawInsert(client: pg.Client, device: { storeId: string; deviceId: string }, events: UploadEvent[]): Promise<void> {
  const receivedAt = Date.now();
  for (const batch of chunks(events, BATCH)) {
    const values: unknown[] = [];
    const rows = batch.map((e, i) => {
      values.push(
        device.storeId,
        device.deviceId,
        1,
        e.seq,
        e.eventId,
        e.type,
        e.schemaVersion,
        e.sessionId,
        e.wallTime,
        e.monoMs,
        JSON.stringify(e.payload),
        receivedAt,
      );
      const b = i * 12;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 10}, $${b + 11}::jsonb, $${b + 12})`;
    });
    await client.query(
      `INSERT INTO events (store_id, device_id, epoch, seq, event_id, type, schema_version, session_id, wall_time, mono_ms, payload, received_at)
       VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING`,
      values,
    );
  }
}

async function rate(count: number, work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return count / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

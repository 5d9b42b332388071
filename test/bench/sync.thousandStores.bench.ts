import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Benchmark, line, percentile } from './benchResult';
import { benchHub, chunks, enrollOverHttp, postBatch, showEvents } from './syncBenchKit';

const STORES = Number(process.env.LIVECUE_BENCH_STORES ?? 1000);
/** About a 2-hour show: counters, cues and stream health every few seconds. */
const EVENTS_PER_STORE = 5000;
const BATCH = 500;
/** Stores uploading at the same moment (one process, bounded). */
const CONCURRENCY = 24;

/**
 * `sync.thousandStores`: 1,000 stores, each uploading a 2-hour show, through one hub on PostgreSQL, with at
 * most CONCURRENCY uploading at once. Reports the wall time and the hub's p95 batch latency, then checks
 * that every event landed exactly once. No baseline: a capacity figure.
 */
export const syncThousandStores: Benchmark = {
  name: 'sync.thousandStores',
  async run() {
    const env = await benchHub();
    try {
      const devices: Awaited<ReturnType<typeof enrollOverHttp>>[] = [];
      for (let i = 0; i < STORES; i++) devices.push(await enrollOverHttp(env.hub, env.url, `T${String(i).padStart(4, '0')}`));
      const latencies: number[] = [];
      const start = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < devices.length) {
          const device = devices[next++];
          if (!device) return;
          const events = showEvents(EVENTS_PER_STORE, randomUUID());
          for (const batch of chunks(events, BATCH)) {
            const t = performance.now();
            await postBatch(env.url, device.credential, 1, batch);
            latencies.push(performance.now() - t);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const wallS = (performance.now() - start) / 1000;
      await checkExactlyOnce(env.databaseUrl, STORES * EVENTS_PER_STORE);
      return [
        line(
          { name: 'sync.thousandStores', value: wallS, unit: 's', baseline: null, baselineValue: null },
          {
            stores: STORES,
            eventsPerStore: EVENTS_PER_STORE,
            concurrency: CONCURRENCY,
            batchP95Ms: percentile(latencies, 95),
            eventsPerS: (STORES * EVENTS_PER_STORE) / wallS,
          },
        ),
      ];
    } finally {
      await env.stop();
    }
  },
};

async function checkExactlyOnce(databaseUrl: string, expected: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; distinct_n: string; gaps: string }>(
      `SELECT count(*) AS n,
              count(DISTINCT (store_id, device_id, epoch, seq)) AS distinct_n,
              (SELECT count(*) FROM (SELECT store_id, device_id, epoch, max(seq) - min(seq) + 1 - count(*) AS gap
                                       FROM events GROUP BY 1, 2, 3) g WHERE gap <> 0) AS gaps
         FROM events`,
    );
    const row = rows[0];
    if (!row || Number(row.n) !== expected || Number(row.distinct_n) !== expected || Number(row.gaps) !== 0) {
      throw new Error(`Expected ${expected} events exactly once and gap-free, found ${JSON.stringify(row)}`);
    }
  } finally {
    await client.end();
  }
}

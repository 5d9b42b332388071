import { seededRandom } from '../helpers/seededRandom';
import { checkFleetExactlyOnce, runStoreFleet } from '../helpers/storeFleet';
import { type Benchmark, line, percentile } from './benchResult';
import { benchHub } from './syncBenchKit';

const STORES = Number(process.env.LIVECUE_BENCH_STORES ?? 1000);
/** About a 2-hour show: counters, cues and stream health every few seconds. */
const EVENTS_PER_STORE = 5000;
/** Stores uploading at the same moment (one process, bounded). */
const CONCURRENCY = 24;

/**
 * `sync.thousandStores`: 1,000 stores, each uploading a 2-hour show through the client's upload path (outbox,
 * batching, acknowledgements; the same simulation as the 1,000-store test, without its chaos) to one hub on
 * PostgreSQL, with at most CONCURRENCY uploading at once. Reports the wall time of the uploads and the hub's
 * p95 batch latency, then checks that every event landed exactly once. No baseline: a capacity figure.
 */
export const syncThousandStores: Benchmark = {
  name: 'sync.thousandStores',
  async run() {
    const env = await benchHub();
    try {
      const fleet = await runStoreFleet({
        hub: env.hub,
        url: env.url,
        stores: STORES,
        eventsPerStore: EVENTS_PER_STORE,
        concurrency: CONCURRENCY,
        chaos: null,
        random: seededRandom(1),
        codePrefix: 'T',
      });
      const wallS = fleet.uploadMs / 1000;
      await checkFleetExactlyOnce(env.databaseUrl, STORES * EVENTS_PER_STORE);
      return [
        line(
          { name: 'sync.thousandStores', value: wallS, unit: 's', baseline: null, baselineValue: null },
          {
            stores: STORES,
            eventsPerStore: EVENTS_PER_STORE,
            concurrency: CONCURRENCY,
            batches: fleet.batchMs.length,
            batchP95Ms: percentile(fleet.batchMs, 95),
            eventsPerS: (STORES * EVENTS_PER_STORE) / wallS,
          },
        ),
      ];
    } finally {
      await env.stop();
    }
  },
};

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Clock } from '../../electron/backend/clock';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { openDatabase } from '../../electron/backend/store/database';
import { WriteGate } from '../../electron/backend/store/writeGate';
import { createOutbox } from '../../electron/backend/sync/outbox';
import { createSyncStateDao } from '../../electron/backend/sync/syncState.dao';
import { uploadOutbox } from '../../electron/backend/sync/upload';
import type { Hub } from '../../hub/createHub';
import { createHubClient, HubRequestError } from '../../shared/api/hub/hubClient';
import { enrollOverHttp, showEvents } from '../bench/syncBenchKit';
import { type ChaosCounts, type ChaosRates, chaosFetch, noChaos } from './chaosFetch';
import type { SeededRandom } from './seededRandom';

export interface FleetOptions {
  hub: Hub;
  url: string;
  stores: number;
  eventsPerStore: number;
  /** Stores uploading at the same moment. */
  concurrency: number;
  /** Trouble made on the way to the hub; null for none. */
  chaos: ChaosRates | null;
  random: SeededRandom;
  /** Store codes are `${codePrefix}0001`…, unique per hub. */
  codePrefix: string;
  /** Called for each store once its outbox is empty, with what it logged (e.g. to check the hub holds it exactly once). */
  afterStore?: (store: { deviceId: string; eventIds: string[] }) => Promise<void>;
}

export interface FleetResult {
  /** Wall time of the upload phase (enrollment excluded). */
  uploadMs: number;
  /** Time to answer of every request that reached the hub's `/v1/events`. */
  batchMs: number[];
  /** Upload passes that ended in an error and were retried (lost answers). */
  retries: number;
  chaos: ChaosCounts;
}

/** A lost answer is retried at once; anything past this many in a row for one store is a bug, not bad luck. */
const MAX_PASSES = 50;

/**
 * Many stores uploading a show each to one hub, in one process with bounded concurrency. Each store is the
 * client's real upload path — its event store and outbox on an in-memory SQLite with the app's migrations,
 * its sync state, `uploadOutbox` with the batching, acknowledgement and epoch logic, the typed hub client —
 * without the rest of a backend, so a thousand of them fit in one process. Requests are real HTTP.
 */
export async function runStoreFleet(options: FleetOptions): Promise<FleetResult> {
  const { hub, url, random } = options;
  const devices = await pool(options.stores, options.concurrency, (i) =>
    enrollOverHttp(hub, url, `${options.codePrefix}${String(i + 1).padStart(4, '0')}`),
  );
  const result: FleetResult = { uploadMs: 0, batchMs: [], retries: 0, chaos: noChaos() };
  const start = performance.now();
  await pool(devices.length, options.concurrency, async (i) => {
    const device = devices[i];
    if (!device) throw new Error(`no device ${i}`);
    const db = openDatabase({ file: ':memory:' });
    try {
      const clock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };
      const sessionId = randomUUID();
      const logged = createEventStore(db, clock).appendMany(
        showEvents(options.eventsPerStore, sessionId).map((e) => ({ type: e.type, payload: e.payload, sessionId })),
      );
      const state = createSyncStateDao(db);
      state.enroll({ hubUrl: url, deviceId: device.deviceId, deviceName: 'bench', store: device.store });
      const outbox = createOutbox(db);
      const chaos = chaosFetch({ random, rates: options.chaos, counts: result.chaos, onHubRequest: (ms) => result.batchMs.push(ms) });
      const upload = {
        client: createHubClient({ baseUrl: url, fetch: chaos.fetch }),
        credential: device.credential,
        outbox,
        state,
        gate: new WriteGate(),
        clock,
      };
      for (let pass = 1; outbox.size() > 0; pass++) {
        if (pass > MAX_PASSES)
          throw new Error(`store ${device.store.code} still has ${outbox.size()} events waiting after ${MAX_PASSES} passes`);
        try {
          await uploadOutbox(upload);
        } catch (error) {
          if (!(error instanceof HubRequestError && error.problem === 'UNREACHABLE')) throw error;
          result.retries++;
        }
      }
      await chaos.deliverLate();
      await options.afterStore?.({ deviceId: device.deviceId, eventIds: logged.map((e) => e.eventId) });
    } finally {
      db.close();
    }
  });
  result.uploadMs = performance.now() - start;
  return result;
}

/** Runs `work(0…count-1)` with at most `concurrency` at once; results in index order. */
async function pool<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) results[i] = await work(i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Throws unless the hub holds exactly `expected` events, each (device, epoch, seq) once and every epoch gap-free. */
export async function checkFleetExactlyOnce(databaseUrl: string, expected: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; distinct_n: string; distinct_ids: string; gaps: string }>(
      `SELECT count(*) AS n,
              count(DISTINCT (store_id, device_id, epoch, seq)) AS distinct_n,
              count(DISTINCT (device_id, event_id)) AS distinct_ids,
              (SELECT count(*) FROM (SELECT store_id, device_id, epoch, max(seq) - min(seq) + 1 - count(*) AS gap
                                       FROM events GROUP BY 1, 2, 3) g WHERE gap <> 0) AS gaps
         FROM events`,
    );
    const row = rows[0];
    const ok = row && [row.n, row.distinct_n, row.distinct_ids].every((n) => Number(n) === expected) && Number(row.gaps) === 0;
    if (!ok) throw new Error(`Expected ${expected} events exactly once and gap-free, found ${JSON.stringify(row)}`);
  } finally {
    await client.end();
  }
}

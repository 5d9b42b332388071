import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../hub/createHub';
import { CHAOS_KINDS } from '../helpers/chaosFetch';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from '../helpers/postgresCluster';
import { chaosSeed } from '../helpers/seededRandom';
import { checkFleetExactlyOnce, runStoreFleet } from '../helpers/storeFleet';
import { expectExactlyOnceGapFree } from './exactlyOnce';

const STORES = 1000;
/** Small shows keep the suite quick; the 5,000-event scale runs in the sync.thousandStores benchmark, same code. */
const EVENTS_PER_STORE = 60;

/**
 * A thousand stores on one hub on PostgreSQL, each uploading a show through the client's real upload path,
 * with answers lost after the hub stored the batch, batches sent twice or again later, shuffled and cut short.
 */
describe.runIf(postgresAvailable())('1,000 stores uploading through trouble', () => {
  let cluster: PostgresCluster;
  let databaseUrl: string;
  let hub: Hub;
  let url: string;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    databaseUrl = await cluster.createDatabase();
    hub = await createHub({ database: { kind: 'postgres', url: databaseUrl } });
    url = await hub.listen(0);
  }, 60_000);

  afterAll(async () => {
    hub?.app.server.closeAllConnections();
    await hub?.close();
    await cluster?.stop();
  }, 30_000);

  it('lands every event exactly once', async () => {
    const random = chaosSeed('sync.thousandStores');
    const context = `seed ${random.seed}`;
    const fleet = await runStoreFleet({
      hub,
      url,
      stores: STORES,
      eventsPerStore: EVENTS_PER_STORE,
      concurrency: 16,
      chaos: { loseAnswer: 0.05, duplicate: 0.05, replayLater: 0.05, reorder: 0.05, truncate: 0.05 },
      random,
      codePrefix: 'K',
      afterStore: async ({ deviceId, eventIds }) => {
        await expectExactlyOnceGapFree(hub.db, deviceId, eventIds, `${context}, device ${deviceId}`);
      },
    });
    console.log(`[chaos] sync.thousandStores: ${fleet.batchMs.length} requests, ${fleet.retries} retries, ${JSON.stringify(fleet.chaos)}`);
    // Every kind of trouble really happened (a thousand stores at 5% each: hundreds of chances).
    for (const kind of CHAOS_KINDS) expect(fleet.chaos[kind], `${context}: no ${kind}`).toBeGreaterThan(0);
    await checkFleetExactlyOnce(databaseUrl, STORES * EVENTS_PER_STORE);
  }, 120_000);
});

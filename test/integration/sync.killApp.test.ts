import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../electron/backend/createBackend';
import { openDatabase } from '../../electron/backend/store/database';
import { UPLOAD_BATCH_EVENTS } from '../../electron/backend/sync/uploadBatch';
import { createHub, type Hub } from '../../hub/createHub';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from '../helpers/postgresCluster';
import { chaosSeed } from '../helpers/seededRandom';
import { killTsxChildren, startTsxChild } from '../helpers/tsxChild';
import { expectExactlyOnceGapFree } from './exactlyOnce';
import { appendEvents, enrollStore, localEvents, storeBackend, syncNow, tempDir } from './syncKit';

const STORE = path.join(import.meta.dirname, 'fixtures', 'syncingStore.ts');
const ROUNDS = 12;
const FIRST_EVENTS = 3000;

function outboxSize(dataDir: string): number {
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME) });
  try {
    return (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * The store app SIGKILLed mid-upload, many times: a real backend in a child process uploads its outbox with
 * its own sync loop to a hub on a throwaway PostgreSQL; the test kills it a random number of requests in,
 * after a random delay (so inside a request, between the hub's commit and the store's, or between batches).
 */
describe.runIf(postgresAvailable())('the store app killed mid-upload', () => {
  let cluster: PostgresCluster;
  let hub: Hub;
  let url: string;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    hub = await createHub({ database: { kind: 'postgres', url: await cluster.createDatabase() } });
    url = await hub.listen(0);
  }, 60_000);

  afterAll(async () => {
    await killTsxChildren();
    // A request cut off by a kill can leave a connection the server still counts as busy: do not wait for it.
    hub?.app.server.closeAllConnections();
    await hub?.close();
    await cluster?.stop();
  }, 30_000);

  it('ends with every logged event at the hub exactly once, gap-free, and the outbox empty', async () => {
    const random = chaosSeed('sync.killApp');
    const context = `seed ${random.seed}`;
    const dataDir = tempDir('killapp');
    const enrolling = await storeBackend(dataDir);
    const { deviceId } = await enrollStore(hub, url, enrolling);
    await syncNow(enrolling);
    await enrolling.close();
    appendEvents(dataDir, FIRST_EVENTS, 'show-1', 'before');

    const landed = { inRequest: 0, betweenRequests: 0, afterSync: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      // Somewhere within what is waiting, so the kill lands while there is still something to upload.
      const killAtSend = random.int(1, Math.max(1, Math.ceil(outboxSize(dataDir) / UPLOAD_BATCH_EVENTS)));
      const delayMs = random.int(0, 60);
      const store = startTsxChild(STORE, [dataDir]);
      let sends = 0;
      let inFlight = false;
      let synced = false;
      const due = new Promise<void>((resolve) => {
        store.onLine((line) => {
          if (line === 'send') {
            inFlight = true;
            if (++sends === killAtSend) setTimeout(resolve, delayMs);
          } else if (line.startsWith('answer')) inFlight = false;
          else if (line === 'synced') {
            synced = true;
            resolve();
          }
        });
      });
      await Promise.race([due, store.exited]);
      await store.kill('SIGKILL');
      const exit = await store.exited;
      expect(exit.signal, `${context}: round ${round}: the store ended on its own:\n${store.lines.join('\n')}`).toBe('SIGKILL');
      if (synced) landed.afterSync++;
      else if (inFlight) landed.inRequest++;
      else landed.betweenRequests++;
      // More of the show is logged while the app is down, as after a restart mid-show.
      appendEvents(dataDir, random.int(100, 900), `show-${round + 2}`, `round-${round}`);
    }
    console.log(`[chaos] sync.killApp: ${ROUNDS} kills: ${JSON.stringify(landed)}`);

    // The last start runs until the outbox is empty, then closes cleanly.
    const last = startTsxChild(STORE, [dataDir]);
    await last.waitFor(/^synced$/);
    await last.kill('SIGTERM');

    expect(outboxSize(dataDir), `${context}: the outbox is not empty`).toBe(0);
    const local = localEvents(dataDir);
    const held = await expectExactlyOnceGapFree(
      hub.db,
      deviceId,
      local.map((e) => e.event_id),
      context,
    );
    // A kill rewinds nothing on the store (its log is durable), so no second epoch may appear.
    expect(held, context).toEqual({ events: local.length, epochs: [1] });
  }, 150_000);
});

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/createBackend';
import { createHub, type Hub } from '../../hub/createHub';
import { freePort, type PostgresCluster, postgresAvailable, startPostgresCluster } from '../helpers/postgresCluster';
import { chaosSeed } from '../helpers/seededRandom';
import { killTsxChildren, startTsxChild, type TsxChild } from '../helpers/tsxChild';
import { expectExactlyOnceGapFree } from './exactlyOnce';
import { appendEvents, enrollStore, localEvents, status, storeBackend, tempDir } from './syncKit';

const HUB_CLI = path.join(import.meta.dirname, '..', '..', 'hub', 'cli.ts');
const ROUNDS = 12;
/** Long payloads make each 500-event batch a request worth interrupting. */
const PAD = 'x'.repeat(400);

/**
 * The hub SIGKILLed mid-ingest, many times: `npm run hub` in a child process on a throwaway PostgreSQL,
 * killed at a random moment inside an upload request and restarted on the same port, while a store
 * backend in this process keeps uploading with its background loop (short backoff).
 */
describe.runIf(postgresAvailable())('the hub killed mid-ingest', () => {
  let cluster: PostgresCluster;
  let databaseUrl: string;
  /** A second hub process on the same database, not listening: for the operator's commands and the checks. */
  let admin: Hub;
  let store: Backend | undefined;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    databaseUrl = await cluster.createDatabase();
    admin = await createHub({ database: { kind: 'postgres', url: databaseUrl } });
  }, 60_000);

  afterAll(async () => {
    await killTsxChildren();
    await store?.close();
    await admin?.close();
    await cluster?.stop();
  }, 30_000);

  async function startHubProcess(port: number): Promise<TsxChild> {
    const child = startTsxChild(HUB_CLI, ['serve', '--port', String(port), '--host', '127.0.0.1'], { DATABASE_URL: databaseUrl });
    await child.waitFor(/LiveCue hub listening on/);
    return child;
  }

  it('ends with every event exactly once, gap-free, and the outbox empty', async () => {
    const random = chaosSeed('sync.killHub');
    const context = `seed ${random.seed}`;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let hubProcess = await startHubProcess(port);

    // Upload requests in flight, and who waits for the next one to start.
    let inFlight = 0;
    let onRequest: (() => void) | null = null;
    const observed: typeof fetch = async (input, init) => {
      if (!String(input).endsWith('/v1/events')) return fetch(input, init);
      inFlight++;
      onRequest?.();
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const dataDir = tempDir('killhub');
    store = await storeBackend(dataDir, {
      intervalMs: 50,
      nudgeDelayMs: 10,
      retryBaseMs: 20,
      retryCapMs: 100,
      http: { fetch: observed, timeoutMs: 5_000 },
    });
    const { deviceId } = await enrollStore(admin, url, store);

    let killedInRequest = 0;
    for (let round = 0; round < ROUNDS; round++) {
      appendEvents(dataDir, random.int(600, 2000), `show-${round}`, `${round}-${PAD}`);
      await new Promise<void>((resolve) => {
        onRequest = resolve;
      });
      onRequest = null;
      await new Promise((r) => setTimeout(r, random.int(0, 40)));
      if (inFlight > 0) killedInRequest++;
      await hubProcess.kill('SIGKILL');
      // Down for a moment: the store's retries meet a closed port.
      await new Promise((r) => setTimeout(r, random.int(0, 300)));
      hubProcess = await startHubProcess(port);
    }
    console.log(`[chaos] sync.killHub: ${ROUNDS} kills, ${killedInRequest} while an upload request was in flight`);

    const backend = store;
    await vi.waitFor(async () => expect(await status(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 }), {
      timeout: 60_000,
      interval: 100,
    });
    const local = localEvents(dataDir);
    const held = await expectExactlyOnceGapFree(
      admin.db,
      deviceId,
      local.map((e) => e.event_id),
      context,
    );
    expect(held, context).toEqual({ events: local.length, epochs: [1] });
    await hubProcess.kill('SIGTERM');
  }, 150_000);
});

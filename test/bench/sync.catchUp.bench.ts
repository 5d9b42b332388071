import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Backend, createBackend, DATABASE_FILE_NAME } from '../../electron/backend/createBackend';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { openDatabase } from '../../electron/backend/store/database';
import { IngestResponse } from '../../shared/api/hub/hubIngest';
import type { SyncStatus } from '../../shared/domain/sync/syncStatus';
import { type Benchmark, line, median } from './benchResult';
import { offlineShowEvents } from './offlineShow';
import { benchHub, enrollOverHttp } from './syncBenchKit';

const HOURS = 3;
const ROUNDS = 3;
const HOUR = 3_600_000;

/**
 * `sync.catchUp`: a store that logged a 3-hour show offline comes back online. Value: time from the backend
 * starting (its sync loop begins a turn at once) until it reports every event acknowledged, through the real
 * loop, client and hub. Baseline: the very request bodies it sent, prebuilt, posted in order by a second
 * enrolled device to the same route of the same hub — the hub's own cost, with none of the store's.
 * Rounds alternate on one hub on PostgreSQL; medians are reported.
 */
export const syncCatchUp: Benchmark = {
  name: 'sync.catchUp',
  async run() {
    const env = await benchHub();
    const values: number[] = [];
    const baselines: number[] = [];
    let events = 0;
    let batches = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const store = await catchUpOnce(env.hub, env.url, `CU-${round}`);
        values.push(store.ms);
        events = store.events;
        batches = store.bodies.length;
        const raw = await enrollOverHttp(env.hub, env.url, `CU-RAW-${round}`);
        baselines.push(await postRaw(env.url, raw.credential, store.bodies, store.events));
      }
    } finally {
      await env.stop();
    }
    return [
      line(
        {
          name: 'sync.catchUp',
          value: median(values),
          unit: 'ms',
          baseline: 'the same request bodies, prebuilt, posted in order to the same hub route by a second device',
          baselineValue: median(baselines),
        },
        { events, batches, hours: HOURS },
      ),
    ];
  },
};

/** One store: enrolled while online, then offline for a show, then back. Returns the catch-up time and what it sent. */
async function catchUpOnce(hub: Parameters<typeof enrollOverHttp>[0], url: string, storeCode: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-catchup-'));
  const bodies: string[] = [];
  const recording: typeof fetch = (input, init) => {
    if (String(input).endsWith('/v1/events') && typeof init?.body === 'string') bodies.push(init.body);
    return fetch(input, init);
  };
  // Long timers: the only turn is the one a starting backend begins by itself.
  const open = () =>
    createBackend({
      dataDir,
      appVersion: '0.1.0',
      host: 'serve',
      sync: { intervalMs: HOUR, nudgeDelayMs: HOUR, retryBaseMs: HOUR, http: { fetch: recording } },
    });
  try {
    let backend = await open();
    await hub.admin.createStore({ code: storeCode, name: `门店 ${storeCode}` });
    const { display } = await hub.admin.issueEnrollmentCode(storeCode);
    await value(backend, 'sync.enroll', { hubUrl: url, code: display, deviceName: '前台电脑' });
    await value(backend, 'sync.now');
    await backend.close();

    logOffline(dataDir);
    bodies.length = 0;
    backend = await open();
    const start = performance.now();
    const synced = await new Promise<SyncStatus>((resolve) => {
      backend.subscribe('sync.status', (data) => {
        const status = data as SyncStatus;
        if (status.pendingEvents === 0 || status.lastError) resolve(status);
      });
    });
    const ms = performance.now() - start;
    await backend.close();
    if (synced.state !== 'synced') throw new Error(`The store did not catch up: ${JSON.stringify(synced)}`);
    const events = bodies.reduce((n, body) => n + (JSON.parse(body) as { events: unknown[] }).events.length, 0);
    return { ms, bodies, events };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The show, appended through the event store with each event's own wall time, while no sync runs. */
function logOffline(dataDir: string): void {
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME) });
  let now = 0;
  const store = createEventStore(db, { now: () => now, monotonic: () => now });
  db.transaction(() => {
    for (const { at, event } of offlineShowEvents(HOURS)) {
      now = at;
      store.append(event);
    }
  })();
  db.close();
}

/** Posts the bodies in order with another device's credential; returns the time taken. */
async function postRaw(url: string, credential: string, bodies: readonly string[], events: number): Promise<number> {
  const start = performance.now();
  let acked = 0;
  for (const body of bodies) {
    const res = await fetch(`${url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
      body,
    });
    if (!res.ok) throw new Error(`raw ingest: ${res.status} ${await res.text()}`);
    acked = IngestResponse.parse(await res.json()).ackedSeq;
  }
  const ms = performance.now() - start;
  if (acked < events) throw new Error(`The hub acknowledged ${acked} of ${events} raw events.`);
  return ms;
}

async function value(backend: Backend, method: string, payload: unknown = {}): Promise<unknown> {
  const result = await backend.dispatch(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock } from '../../electron/backend/clock';
import { type Backend, createBackend, DATABASE_FILE_NAME } from '../../electron/backend/createBackend';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { openDatabase } from '../../electron/backend/store/database';
import type { SyncServiceOptions } from '../../electron/backend/sync/sync.service';
import { createHub, type Hub } from '../../hub/createHub';
import type { SyncStatus } from '../../shared/domain/sync/syncStatus';

export const tempDir = (label: string) => mkdtempSync(path.join(tmpdir(), `livecue-${label}-`));

/** A real hub (PGlite) listening on a free port of this machine. */
export async function startHub(dataDir: string | null = null, port = 0): Promise<{ hub: Hub; url: string }> {
  const hub = await createHub({ database: { kind: 'pglite', dataDir } });
  return { hub, url: await hub.listen(port) };
}

/**
 * A store's backend. The loop's timers are long: tests drive it with `sync.now` unless they want the
 * background (then `retryBaseMs` is short). Retries use full jitter with a fixed random, so the test is deterministic.
 */
export async function storeBackend(dataDir = tempDir('store'), sync: SyncServiceOptions = {}, clock?: Clock): Promise<Backend> {
  return createBackend({
    dataDir,
    ...(clock ? { clock } : {}),
    appVersion: '0.1.0',
    host: 'serve',
    sync: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, retryBaseMs: 3_600_000, random: () => 0.5, ...sync },
  });
}

/** Dispatches and returns the value, or throws the API error (with its code and reason) as an Error. */
export async function call<T = unknown>(backend: Backend, method: string, payload: unknown = {}): Promise<T> {
  const result = await backend.dispatch(method, payload);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), { api: result.error });
  return result.value as T;
}

export async function refusal(backend: Backend, method: string, payload: unknown = {}) {
  const result = await backend.dispatch(method, payload);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error as { code: string; message: string; reason?: string };
}

export const status = (backend: Backend) => call<SyncStatus>(backend, 'sync.status');
export const syncNow = (backend: Backend) => call<SyncStatus>(backend, 'sync.now');

/** Enrolls the backend as a new store of the hub; returns the store code and the hub's device id. */
export async function enrollStore(hub: Hub, url: string, backend: Backend, store: { region?: string; group?: string } = {}) {
  const code = `S-${Math.random().toString(36).slice(2, 10)}`;
  await hub.admin.createStore({ code, name: `门店 ${code}`, ...store });
  const issued = await hub.admin.issueEnrollmentCode(code);
  await call(backend, 'sync.enroll', { hubUrl: url, code: issued.display, deviceName: '前台电脑' });
  const [device] = await hub.admin.listDevices(code);
  if (!device) throw new Error('the hub lists no device after enrolling');
  return { storeCode: code, deviceId: device.deviceId };
}

/** Appends `n` events to a store's log through a second connection (as a long session would, fast). */
export function appendEvents(dataDir: string, n: number, sessionId = 'session-1', label = 'a'): void {
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME) });
  let t = 1_760_000_000_000;
  const events = createEventStore(db, { now: () => t++, monotonic: () => t });
  events.appendMany(Array.from({ length: n }, (_, i) => ({ type: 'counter.incremented', sessionId, payload: { i, label } })));
  db.close();
}

/** Events the hub holds for a device: (epoch, seq, event id), and how many copies of each seq per epoch. */
export async function hubEvents(hub: Hub, deviceId: string) {
  return hub.db.query<{ epoch: number; seq: string; event_id: string }>(
    'SELECT epoch, seq, event_id FROM events WHERE device_id = $1 ORDER BY epoch, seq',
    [deviceId],
  );
}

/** Local events, in seq order. */
export function localEvents(dataDir: string): { seq: number; event_id: string }[] {
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME) });
  try {
    return db.prepare('SELECT seq, event_id FROM events ORDER BY seq').all() as { seq: number; event_id: string }[];
  } finally {
    db.close();
  }
}

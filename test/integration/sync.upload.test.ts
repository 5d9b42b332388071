import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE_NAME } from '../../electron/backend/createBackend';
import { SECRETS_FILE_NAME } from '../../electron/backend/secrets/fileSecretStore';
import type { Hub } from '../../hub/createHub';
import { CLOCK_SKEW_FLAG_MS } from '../../shared/api/hub/hubIngest';
import type { SyncStatus } from '../../shared/domain/sync/syncStatus';
import {
  appendEvents,
  call,
  enrollStore,
  hubEvents,
  localEvents,
  refusal,
  startHub,
  status,
  storeBackend,
  syncNow,
  tempDir,
} from './syncKit';

let hub: Hub;
let url: string;
// Starting the hub starts a PostgreSQL cluster: seconds on a busy machine, as for the other hub suites.
beforeAll(async () => {
  ({ hub, url } = await startHub());
}, 60_000);
afterAll(async () => {
  await hub.close();
});

/** Every local event is at the hub exactly once, in one of the device's epochs, with the same id. */
async function expectExactlyOnce(dataDir: string, deviceId: string) {
  const local = localEvents(dataDir);
  const held = await hubEvents(hub, deviceId);
  const ids = held.map((e) => e.event_id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set(local.map((e) => e.event_id)));
}

describe('enrolling a store PC', () => {
  it('refuses plain HTTP across the internet without sending anything, unless confirmed', async () => {
    const spy = vi.fn(fetch);
    const backend = await storeBackend(undefined, { http: { fetch: spy } });
    const refused = await refusal(backend, 'sync.enroll', { hubUrl: 'http://hub.example.com', code: 'ABCDE-FGHJK', deviceName: 'PC' });
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'INSECURE_ADDRESS' });
    expect(refused.message).toMatch(/plain HTTP/);
    expect(spy).not.toHaveBeenCalled();
    expect((await status(backend)).state).toBe('off');

    // Confirmed by the user: the request goes out (here to a network that fails at once).
    const unreachable = vi.fn(() => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } })));
    const confirming = await storeBackend(undefined, { http: { fetch: unreachable } });
    const payload = { hubUrl: 'http://hub.example.com', code: 'ABCDE-FGHJK', deviceName: 'PC', confirmInsecure: true };
    expect(await refusal(confirming, 'sync.enroll', payload)).toMatchObject({ code: 'CONFLICT', reason: 'UNREACHABLE' });
    expect(unreachable).toHaveBeenCalledTimes(1);
    await Promise.all([backend.close(), confirming.close()]);
  });

  it('says clearly when the code is wrong, and keeps nothing', async () => {
    const backend = await storeBackend();
    await hub.admin.createStore({ code: 'WRONG-1', name: '门店' });
    const refused = await refusal(backend, 'sync.enroll', { hubUrl: url, code: '23456-78923', deviceName: 'PC' });
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'CODE_INVALID' });
    expect(refused.message).toMatch(/enrollment code/);
    const typo = await refusal(backend, 'sync.enroll', { hubUrl: url, code: 'O0O0', deviceName: 'PC' });
    expect(typo).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(typo.message).toMatch(/10-character/);
    expect(await status(backend)).toMatchObject({ state: 'off', hubUrl: null, store: null });
    await backend.close();
  });

  it('enrolls, keeps the credential out of the status and the database, and uploads what was logged before', async () => {
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir);
    await call(backend, 'show.create', { name: '早场' });
    const { storeCode, deviceId } = await enrollStore(hub, url, backend, { region: '华东' });
    const enrolled = await status(backend);
    expect(enrolled).toMatchObject({ hubUrl: url, store: { code: storeCode, region: '华东' }, deviceName: '前台电脑' });
    expect(JSON.stringify(enrolled)).not.toMatch(/credential/i);
    // The credential is in the secret store (the 0600 file under serve), never in the database.
    const secrets = JSON.parse(readFileSync(path.join(dataDir, SECRETS_FILE_NAME), 'utf8')) as Record<string, string>;
    const credential = secrets['sync.deviceCredential'] ?? '';
    expect(credential.length).toBeGreaterThanOrEqual(32);
    for (const file of [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`]) {
      expect(existsSync(path.join(dataDir, file)) && readFileSync(path.join(dataDir, file)).includes(credential)).toBe(false);
    }
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0, lastError: null });
    await expectExactlyOnce(dataDir, deviceId);
    await backend.close();
  });
});

describe('uploading the outbox', () => {
  it('uploads in the background soon after a command logs an event, and publishes the status as it changes', async () => {
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir, { nudgeDelayMs: 10 });
    const seen: SyncStatus[] = [];
    const sub = backend.subscribe('sync.status', (s) => seen.push(s as SyncStatus));
    const { deviceId, storeCode } = await enrollStore(hub, url, backend);
    expect(seen[0]).toMatchObject({ store: { code: storeCode } });
    await syncNow(backend);

    // The command answers at once; the upload follows on its own.
    await call(backend, 'show.create', { name: '晚场' });
    await vi.waitFor(
      async () => {
        const held = await hubEvents(hub, deviceId);
        expect(held.map((e) => e.event_id)).toEqual(localEvents(dataDir).map((e) => e.event_id));
      },
      { timeout: 10_000, interval: 50 },
    );
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'synced', pendingEvents: 0 }), { timeout: 10_000, interval: 50 });
    expect(seen.some((s) => s.pendingEvents > 0)).toBe(true);
    if (sub.ok) sub.value();
    await backend.close();
  }, 30_000);

  it('sends a few thousand events in batches; the outbox empties and the hub holds each once', async () => {
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir);
    const { deviceId } = await enrollStore(hub, url, backend);
    appendEvents(dataDir, 3200);
    expect((await status(backend)).pendingEvents).toBeGreaterThanOrEqual(3200);
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 });
    await expectExactlyOnce(dataDir, deviceId);
    expect((await hubEvents(hub, deviceId)).length).toBe(localEvents(dataDir).length);
    await backend.close();
  });

  it('resends a batch whose answer was lost and the hub keeps one copy', async () => {
    const dataDir = tempDir('store');
    let loseNext = false;
    // The request reaches the hub and is stored; only the answer never arrives.
    const losing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (loseNext && String(input).endsWith('/v1/events')) {
        loseNext = false;
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      }
      return response;
    };
    const backend = await storeBackend(dataDir, { http: { fetch: losing } });
    const { deviceId } = await enrollStore(hub, url, backend);
    await syncNow(backend);
    appendEvents(dataDir, 700);
    loseNext = true;
    const lost = await syncNow(backend);
    expect(lost).toMatchObject({ state: 'offline', lastError: { code: 'UNREACHABLE' } });
    expect(lost.pendingEvents).toBeGreaterThan(0);
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0, lastError: null });
    await expectExactlyOnce(dataDir, deviceId);
    await backend.close();
  });

  it('goes offline while the hub is down and catches up in the background when it is back', async () => {
    const hubDir = tempDir('hubdata');
    const first = await startHub(hubDir);
    const port = Number(new URL(first.url).port);
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir, { retryBaseMs: 50, retryCapMs: 200, http: { timeoutMs: 2000 } });
    const { deviceId } = await enrollStore(first.hub, first.url, backend);
    await syncNow(backend);
    await first.hub.close();

    appendEvents(dataDir, 400);
    expect(await syncNow(backend)).toMatchObject({ state: 'offline', lastError: { code: 'UNREACHABLE' } });

    const second = await startHub(hubDir, port);
    try {
      await vi.waitFor(async () => expect(await status(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 }), {
        timeout: 20_000,
        interval: 100,
      });
      const held = await second.hub.db.query<{ event_id: string }>('SELECT event_id FROM events WHERE device_id = $1', [deviceId]);
      expect(held.length).toBe(localEvents(dataDir).length);
      expect(new Set(held.map((e) => e.event_id)).size).toBe(held.length);
    } finally {
      await backend.close();
      await second.hub.close();
    }
  }, 60_000);

  it('after a database backup is restored, continues under a new epoch and the hub keeps both copies', async () => {
    const dataDir = tempDir('store');
    const backupDir = tempDir('backup');
    let backend = await storeBackend(dataDir);
    const { deviceId } = await enrollStore(hub, url, backend);
    appendEvents(dataDir, 50, 's1', 'before');
    await syncNow(backend);
    await backend.close();
    copyFileSync(path.join(dataDir, DATABASE_FILE_NAME), path.join(backupDir, DATABASE_FILE_NAME));

    backend = await storeBackend(dataDir);
    appendEvents(dataDir, 30, 's1', 'lost-in-restore');
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 });
    const uploadedBeforeRestore = localEvents(dataDir);
    await backend.close();

    // Restore: the backup replaces the database; the seqs after it are written again with other events.
    for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(dataDir, DATABASE_FILE_NAME + suffix), { force: true });
    copyFileSync(path.join(backupDir, DATABASE_FILE_NAME), path.join(dataDir, DATABASE_FILE_NAME));
    backend = await storeBackend(dataDir);
    appendEvents(dataDir, 40, 's2', 'after-restore');
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 });

    const held = await hubEvents(hub, deviceId);
    const ids = new Set(held.map((e) => e.event_id));
    expect(ids.size).toBe(held.length);
    for (const e of uploadedBeforeRestore) expect(ids.has(e.event_id)).toBe(true);
    for (const e of localEvents(dataDir)) expect(ids.has(e.event_id)).toBe(true);
    expect(new Set(held.map((e) => e.epoch)).size).toBe(2);
    await backend.close();
  });

  it('stops when head office revokes the device and keeps every local event', async () => {
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir);
    const { storeCode, deviceId } = await enrollStore(hub, url, backend);
    await syncNow(backend);
    await hub.admin.revokeDevice(storeCode, deviceId);
    appendEvents(dataDir, 20);
    const before = localEvents(dataDir).length;
    expect(await syncNow(backend)).toMatchObject({ state: 'revoked', lastError: { code: 'REVOKED' }, pendingEvents: 20 });
    // Stopped: another turn does not ask the hub again.
    expect(await syncNow(backend)).toMatchObject({ state: 'revoked', pendingEvents: 20 });
    expect(localEvents(dataDir).length).toBe(before);
    // Leaving forgets the link; the outbox stays for a later enrollment.
    expect(await call(backend, 'sync.leave')).toMatchObject({ state: 'off', hubUrl: null, pendingEvents: 20 });
    expect(readFileSync(path.join(dataDir, SECRETS_FILE_NAME), 'utf8')).not.toMatch(/deviceCredential/);
    await backend.close();
  });

  it('keeps a PC clock a day ahead as a fact: the upload goes through and the skew is shown here and at head office', async () => {
    const dayAhead = { now: () => Date.now() + 86_400_000, monotonic: () => performance.now() };
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir, {}, dayAhead);
    const { storeCode, deviceId } = await enrollStore(hub, url, backend);
    await call(backend, 'show.create', { name: '明天的场' });
    const synced = await syncNow(backend);
    expect(synced).toMatchObject({ state: 'synced', pendingEvents: 0 });
    expect(synced.clockSkewMs).toBeLessThan(-CLOCK_SKEW_FLAG_MS);
    const [device] = await hub.admin.listDevices(storeCode);
    expect(device?.clockSkewMs).toBeLessThan(-CLOCK_SKEW_FLAG_MS);
    await expectExactlyOnce(dataDir, deviceId);
    await backend.close();
  });

  it('closing the backend cancels an upload the hub is not answering', async () => {
    let uploading = false;
    // The hub takes the request and never answers; only an abort ends it.
    const silent: typeof fetch = (input, init) => {
      if (!String(input).endsWith('/v1/events')) return fetch(input, init);
      uploading = true;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    };
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir, { http: { fetch: silent, timeoutMs: 3_600_000 } });
    await enrollStore(hub, url, backend);
    appendEvents(dataDir, 10);
    const turn = backend.dispatch('sync.now', {});
    await vi.waitFor(() => expect(uploading).toBe(true), { interval: 10 });
    await backend.close();
    await turn;
    expect(localEvents(dataDir).length).toBeGreaterThanOrEqual(10);
  });

  it('while offline, new events wait for the backoff instead of each knocking on the hub', async () => {
    let uploads = 0;
    const down: typeof fetch = (input, init) => {
      if (!String(input).endsWith('/v1/events')) return fetch(input, init);
      uploads++;
      return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    };
    const backend = await storeBackend(undefined, { nudgeDelayMs: 1, http: { fetch: down } });
    const seen: SyncStatus[] = [];
    backend.subscribe('sync.status', (s) => seen.push(s as SyncStatus));
    await call(backend, 'show.create', { name: '零' });
    await enrollStore(hub, url, backend);
    expect(await syncNow(backend)).toMatchObject({ state: 'offline' });
    const tried = uploads;

    for (const name of ['一', '二', '三']) await call(backend, 'show.create', { name });
    const pendingNow = (await status(backend)).pendingEvents;
    await vi.waitFor(() => expect(seen.at(-1)?.pendingEvents).toBe(pendingNow), { interval: 5 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(uploads).toBe(tried);
    expect(seen.at(-1)?.state).toBe('offline');
    await backend.close();
  });

  it('when the hub lost events it had acknowledged (restored from an older backup), the store sends them again', async () => {
    const dataDir = tempDir('store');
    const backend = await storeBackend(dataDir);
    const { deviceId } = await enrollStore(hub, url, backend);
    appendEvents(dataDir, 60);
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 });

    // The hub's database goes back to when it held only the first 10 events of this device.
    await hub.db.query('DELETE FROM events WHERE device_id = $1 AND seq > 10', [deviceId]);
    await hub.db.query('UPDATE device_streams SET acked_seq = 10 WHERE device_id = $1', [deviceId]);
    appendEvents(dataDir, 5, 'session-2');
    expect(await syncNow(backend)).toMatchObject({ state: 'synced', pendingEvents: 0 });
    await expectExactlyOnce(dataDir, deviceId);
    await backend.close();
  });
});

import type { HubStore } from '../../../shared/api/hub/hubDevice';
import type { SyncProblem } from '../../../shared/domain/sync/syncStatus';
import type { Db } from '../store/database';

/** This PC's enrollment with head office, as kept in `sync_state` (the credential is in the secret store). */
export interface SyncStateRecord {
  hubUrl: string;
  deviceId: string;
  deviceName: string;
  store: HubStore;
  epoch: number;
  epochStart: number;
  publicationCursor: number;
  lastSyncAt: number | null;
  lastError: SyncProblem | null;
  clockSkewMs: number | null;
  revokedAt: number | null;
}

interface SyncStateRow {
  hub_url: string;
  device_id: string;
  device_name: string;
  store: string;
  epoch: number;
  epoch_start: number;
  publication_cursor: number;
  last_sync_at: number | null;
  last_error: string | null;
  clock_skew_ms: number | null;
  revoked_at: number | null;
}

export function createSyncStateDao(db: Db) {
  const select = db.prepare<[], SyncStateRow>('SELECT * FROM sync_state WHERE id = 1');
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO sync_state (id, hub_url, device_id, device_name, store) VALUES (1, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM sync_state');
  const setEpoch = db.prepare<[number, number]>('UPDATE sync_state SET epoch = ?, epoch_start = ? WHERE id = 1');
  const setCursor = db.prepare<[number]>('UPDATE sync_state SET publication_cursor = ? WHERE id = 1');
  const setAnswered = db.prepare<[number, number | null]>(
    'UPDATE sync_state SET last_sync_at = ?, clock_skew_ms = coalesce(?, clock_skew_ms) WHERE id = 1',
  );
  const setError = db.prepare<[string | null]>('UPDATE sync_state SET last_error = ? WHERE id = 1');
  const setRevoked = db.prepare<[number]>('UPDATE sync_state SET revoked_at = ? WHERE id = 1');

  return {
    get(): SyncStateRecord | null {
      const row = select.get();
      if (!row) return null;
      return {
        hubUrl: row.hub_url,
        deviceId: row.device_id,
        deviceName: row.device_name,
        store: JSON.parse(row.store) as HubStore,
        epoch: row.epoch,
        epochStart: row.epoch_start,
        publicationCursor: row.publication_cursor,
        lastSyncAt: row.last_sync_at,
        lastError: row.last_error === null ? null : (JSON.parse(row.last_error) as SyncProblem),
        clockSkewMs: row.clock_skew_ms,
        revokedAt: row.revoked_at,
      };
    },
    /** Replaces any earlier enrollment: a new device starts at epoch 1 and cursor 0. */
    enroll: db.transaction((e: { hubUrl: string; deviceId: string; deviceName: string; store: HubStore }) => {
      remove.run();
      insert.run(e.hubUrl, e.deviceId, e.deviceName, JSON.stringify(e.store));
    }),
    forget(): void {
      remove.run();
    },
    setEpoch(epoch: number, epochStart: number): void {
      setEpoch.run(epoch, epochStart);
    },
    setCursor(cursor: number): void {
      setCursor.run(cursor);
    },
    answered(at: number, clockSkewMs: number | null = null): void {
      setAnswered.run(at, clockSkewMs);
    },
    setError(problem: SyncProblem | null): void {
      setError.run(problem === null ? null : JSON.stringify(problem));
    },
    revoked(at: number): void {
      setRevoked.run(at);
    },
  };
}

export type SyncStateDao = ReturnType<typeof createSyncStateDao>;

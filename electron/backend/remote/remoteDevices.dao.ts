import type { RemoteDeviceStatus, RemoteRole } from '../../../shared/domain/remote/remoteDevice';
import type { Db } from '../store/database';

/** A paired device as stored (its token only as a hash; `connected` is not stored, it is the transports' to know). */
export interface RemoteDeviceRecord {
  id: string;
  name: string;
  role: RemoteRole;
  status: RemoteDeviceStatus;
  createdAt: number;
  confirmedAt: number | null;
  lastSeenAt: number | null;
  address: string | null;
}

interface Row {
  id: string;
  name: string;
  role: RemoteRole;
  status: RemoteDeviceStatus;
  created_at: number;
  confirmed_at: number | null;
  last_seen_at: number | null;
  address: string | null;
}

const fromRow = (row: Row): RemoteDeviceRecord => ({
  id: row.id,
  name: row.name,
  role: row.role,
  status: row.status,
  createdAt: row.created_at,
  confirmedAt: row.confirmed_at,
  lastSeenAt: row.last_seen_at,
  address: row.address,
});

const COLUMNS = 'id, name, role, status, created_at, confirmed_at, last_seen_at, address';

export function createRemoteDevicesDao(db: Db) {
  const selectAll = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM remote_devices ORDER BY created_at, id`);
  const selectOne = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM remote_devices WHERE id = ?`);
  const selectByHash = db.prepare<[Buffer], Row & { token_hash: Buffer }>(
    `SELECT ${COLUMNS}, token_hash FROM remote_devices WHERE token_hash = ?`,
  );
  const insert = db.prepare<[string, string, RemoteRole, Buffer, number, string | null]>(
    "INSERT INTO remote_devices (id, name, role, status, token_hash, created_at, address) VALUES (?, ?, ?, 'pending', ?, ?, ?)",
  );
  const activate = db.prepare<[number, string]>(
    "UPDATE remote_devices SET status = 'active', confirmed_at = ? WHERE id = ? AND status = 'pending'",
  );
  const remove = db.prepare<[string]>('DELETE FROM remote_devices WHERE id = ?');
  const touch = db.prepare<[number, string]>('UPDATE remote_devices SET last_seen_at = ? WHERE id = ?');
  const selectSwitch = db.prepare<[], { enabled: number }>('SELECT enabled FROM remote_switch WHERE id = 1');
  const upsertSwitch = db.prepare<[number]>(
    'INSERT INTO remote_switch (id, enabled) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled',
  );

  return {
    list: (): RemoteDeviceRecord[] => selectAll.all().map(fromRow),
    get: (id: string): RemoteDeviceRecord | null => {
      const row = selectOne.get(id);
      return row ? fromRow(row) : null;
    },
    /** The device whose token hashes to `hash`, with the stored hash for the caller's constant-time check. */
    byTokenHash: (hash: Buffer): (RemoteDeviceRecord & { tokenHash: Buffer }) | null => {
      const row = selectByHash.get(hash);
      return row ? { ...fromRow(row), tokenHash: row.token_hash } : null;
    },
    insertPending(device: { id: string; name: string; role: RemoteRole; tokenHash: Buffer; createdAt: number; address: string | null }) {
      insert.run(device.id, device.name, device.role, device.tokenHash, device.createdAt, device.address);
    },
    /** True when a pending device became active. */
    activate: (id: string, at: number): boolean => activate.run(at, id).changes === 1,
    remove: (id: string): boolean => remove.run(id).changes === 1,
    touch(id: string, at: number): void {
      touch.run(at, id);
    },
    switchOn: (): boolean => selectSwitch.get()?.enabled === 1,
    setSwitch(enabled: boolean): void {
      upsertSwitch.run(enabled ? 1 : 0);
    },
  };
}

export type RemoteDevicesDao = ReturnType<typeof createRemoteDevicesDao>;

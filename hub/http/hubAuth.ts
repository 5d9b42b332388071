import { createHash } from 'node:crypto';
import type { HubStore } from '../../shared/api/hub/hubDevice';
import type { HubAuth } from '../../shared/api/hub/hubEndpoints';
import type { ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubQueryable } from '../db/hubDb';
import { credentialMatches, parseDeviceCredential } from '../enrollment/deviceCredential';
import { HubHttpError } from './hubHttpError';

export interface DeviceCaller {
  kind: 'device';
  deviceId: string;
  store: HubStore;
}
export interface ProducerCaller {
  kind: 'producer';
  username: string;
  displayName: string;
  role: ProducerRole;
  /** Empty = every region. */
  regions: string[];
}
export type Caller<A extends HubAuth> = A extends 'device' ? DeviceCaller : A extends 'producer' ? ProducerCaller : null;

/** Credentials and tokens are random; only their SHA-256 is stored. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function bearer(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) throw new HubHttpError('UNAUTHENTICATED', 'An Authorization: Bearer credential is required.');
  return match[1];
}

export const storeColumns = 's.id, s.code, s.name, s.region, s.grp AS "group"';

/** Last seen is written at most this often per device: a device polling every few seconds costs one write a minute. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export async function authenticateDevice(db: HubQueryable, header: string | undefined, now: number): Promise<DeviceCaller> {
  const credential = bearer(header);
  const key = parseDeviceCredential(credential);
  const rows = key
    ? await db.query<HubStore & { device_id: string; credential_hash: string; revoked_at: number | null; last_seen_at: number | null }>(
        `SELECT d.id AS device_id, d.credential_hash, d.revoked_at, d.last_seen_at, ${storeColumns}
           FROM devices d JOIN stores s ON s.id = d.store_id WHERE d.store_id = $1 AND d.id = $2`,
        [key.storeId, key.deviceId],
      )
    : [];
  const row = rows[0];
  if (!row || !credentialMatches(credential, row.credential_hash))
    throw new HubHttpError('UNAUTHENTICATED', 'The hub does not know this device credential.');
  if (row.revoked_at !== null) throw new HubHttpError('DEVICE_REVOKED', 'This device was revoked at head office.');
  if (row.last_seen_at === null || row.last_seen_at <= now - LAST_SEEN_RESOLUTION_MS) await noteSeen(db, row.id, row.device_id, now);
  return {
    kind: 'device',
    deviceId: row.device_id,
    store: { id: row.id, code: row.code, name: row.name, region: row.region, group: row.group },
  };
}

/**
 * SKIP LOCKED: a device row locked by an ingest in progress is left alone rather than waited for
 * (that ingest writes last seen itself), so no request is held up behind an upload.
 */
async function noteSeen(db: HubQueryable, storeId: string, deviceId: string, now: number): Promise<void> {
  await db.query(
    `UPDATE devices SET last_seen_at = $3 WHERE (store_id, id) IN (
       SELECT store_id, id FROM devices WHERE store_id = $1 AND id = $2 AND (last_seen_at IS NULL OR last_seen_at < $3)
          FOR NO KEY UPDATE SKIP LOCKED)`,
    [storeId, deviceId, now],
  );
}

export async function authenticateProducer(
  db: HubQueryable,
  header: string | undefined,
  roles: readonly ProducerRole[],
  now: number,
): Promise<ProducerCaller> {
  const rows = await db.query<{ username: string; display_name: string; role: ProducerRole; regions: string[] }>(
    `SELECT a.username, a.display_name, a.role, a.regions FROM producer_sessions p JOIN accounts a ON a.username = p.username
      WHERE p.token_hash = $1 AND p.expires_at > $2`,
    [secretHash(bearer(header)), now],
  );
  const row = rows[0];
  if (!row) throw new HubHttpError('UNAUTHENTICATED', 'The sign-in is unknown or has expired: sign in again.');
  if (!roles.includes(row.role)) throw HubHttpError.forbidden(`The ${row.role} role may not do this.`);
  return { kind: 'producer', username: row.username, displayName: row.display_name, role: row.role, regions: row.regions };
}

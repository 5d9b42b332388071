import type { HubQueryable } from '../db/hubDb';
import { HubHttpError } from '../http/hubHttpError';

export interface StreamKey {
  storeId: string;
  deviceId: string;
  epoch: number;
}

/**
 * Locks the device row, then this epoch's stream row (created on first use), for the rest of the
 * transaction. Every ingest of a device takes the same two locks in the same order, so concurrent
 * batches from any number of hub processes run one after another per device, and never deadlock.
 * NO KEY UPDATE on the device: it still serialises ingests, but lets the device's delivery reports
 * (whose foreign key takes KEY SHARE on the same row) through meanwhile.
 */
export async function lockStream(tx: HubQueryable, key: StreamKey, epochStart: number, now: number): Promise<{ ackedSeq: number }> {
  const [device] = await tx.query<{ revoked_at: number | null }>(
    'SELECT revoked_at FROM devices WHERE store_id = $1 AND id = $2 FOR NO KEY UPDATE',
    [key.storeId, key.deviceId],
  );
  if (!device || device.revoked_at !== null) throw new HubHttpError('DEVICE_REVOKED', 'This device was revoked at head office.');
  await tx.query(
    `INSERT INTO device_streams (store_id, device_id, epoch, first_seq, acked_seq, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING`,
    [key.storeId, key.deviceId, key.epoch, epochStart, epochStart - 1, now],
  );
  const [stream] = await tx.query<{ first_seq: number; acked_seq: number }>(
    'SELECT first_seq, acked_seq FROM device_streams WHERE store_id = $1 AND device_id = $2 AND epoch = $3 FOR UPDATE',
    [key.storeId, key.deviceId, key.epoch],
  );
  if (!stream) throw new Error('device_streams row missing right after its insert');
  if (stream.first_seq !== epochStart) {
    throw HubHttpError.conflict(`Epoch ${key.epoch} starts at seq ${stream.first_seq} on the hub, not ${epochStart}.`, [
      'body',
      'epochStart',
    ]);
  }
  return { ackedSeq: stream.acked_seq };
}

export async function advanceStream(tx: HubQueryable, key: StreamKey, ackedSeq: number): Promise<void> {
  await tx.query('UPDATE device_streams SET acked_seq = $4 WHERE store_id = $1 AND device_id = $2 AND epoch = $3', [
    key.storeId,
    key.deviceId,
    key.epoch,
    ackedSeq,
  ]);
}

/**
 * The epoch a rewind at `seq` continues under. Asked twice for the same rewind (the answer was lost and
 * the batch resent), it returns the same epoch instead of opening another.
 */
export async function openRewindEpoch(tx: HubQueryable, key: StreamKey, seq: number, now: number): Promise<number> {
  const [existing] = await tx.query<{ epoch: number }>(
    'SELECT epoch FROM device_streams WHERE store_id = $1 AND device_id = $2 AND parent_epoch = $3 AND first_seq = $4',
    [key.storeId, key.deviceId, key.epoch, seq],
  );
  if (existing) return existing.epoch;
  const [next] = await tx.query<{ epoch: number }>(
    'SELECT max(epoch) + 1 AS epoch FROM device_streams WHERE store_id = $1 AND device_id = $2',
    [key.storeId, key.deviceId],
  );
  const epoch = next?.epoch ?? key.epoch + 1;
  await tx.query(
    `INSERT INTO device_streams (store_id, device_id, epoch, first_seq, acked_seq, parent_epoch, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [key.storeId, key.deviceId, epoch, seq, seq - 1, key.epoch, now],
  );
  return epoch;
}

import { randomUUID } from 'node:crypto';
import type { EnrollResponse, HubStore } from '../../shared/api/hub/hubDevice';
import type { HubDb } from '../db/hubDb';
import { secretHash, storeColumns } from '../http/hubAuth';
import { newDeviceCredential } from './deviceCredential';
import { spendEnrollmentCode } from './enrollmentCodes';

interface EnrollInput {
  code: string;
  deviceName: string;
  appVersion: string;
  localDeviceId: string;
}

/** Spends the code and creates the device with a fresh credential, in one transaction: no code is spent without a device. */
export function enrollDevice(db: HubDb, input: EnrollInput, now: number): Promise<EnrollResponse> {
  return db.transaction(async (tx) => {
    const storeId = await spendEnrollmentCode(tx, input.code, now);
    const deviceId = randomUUID();
    const credential = newDeviceCredential(storeId, deviceId);
    await tx.query(
      `INSERT INTO devices (store_id, id, credential_hash, name, app_version, local_device_id, enrolled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [storeId, deviceId, secretHash(credential), input.deviceName, input.appVersion, input.localDeviceId, now],
    );
    const [store] = await tx.query<HubStore>(`SELECT ${storeColumns} FROM stores s WHERE s.id = $1`, [storeId]);
    if (!store) throw new Error(`Store ${storeId} vanished during enrollment.`);
    return { deviceId, store, credential, hubTime: now };
  });
}

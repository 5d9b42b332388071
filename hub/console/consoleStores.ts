import type { ConsoleStore, CreateStoreRequest, EnrollmentCodeResponse, StoresResponse } from '../../shared/api/hub/hubConsole';
import { revokeStoreDevice } from '../admin/storeDevices';
import { createStore as createStoreRecord } from '../admin/stores';
import type { HubQueryable } from '../db/hubDb';
import { issueStoreEnrollmentCode } from '../enrollment/enrollmentCodes';
import { enrollmentQr } from '../enrollment/enrollmentQr';
import type { ProducerCaller } from '../http/hubAuth';
import { loadConsoleStores } from './storeListing';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The web console's Stores page. Creating, enrolling and revoking are the operator CLI's functions, under the account's regions. */
export async function listStores(db: HubQueryable, caller: ProducerCaller, now: number): Promise<StoresResponse> {
  return { stores: await loadConsoleStores(db, caller.regions, now), hubTime: now };
}

export async function createStore(db: HubQueryable, caller: ProducerCaller, body: CreateStoreRequest, now: number): Promise<ConsoleStore> {
  const created = await createStoreRecord(db, caller, body, now);
  const [store] = await loadConsoleStores(db, caller.regions, now, created.code);
  if (!store) throw new Error(`Store ${created.code} vanished right after it was created.`);
  return store;
}

export async function issueEnrollmentCode(
  db: HubQueryable,
  caller: ProducerCaller,
  storeCode: string,
  ttlDays: number,
  now: number,
): Promise<EnrollmentCodeResponse> {
  const issued = await issueStoreEnrollmentCode(db, caller, storeCode, now, ttlDays * DAY_MS);
  return { code: issued.display, expiresAt: issued.expiresAt, qrSvg: await enrollmentQr.svg(issued.display) };
}

export async function revokeDevice(
  db: HubQueryable,
  caller: ProducerCaller,
  storeCode: string,
  deviceId: string,
  now: number,
): Promise<{ revokedAt: number }> {
  return { revokedAt: await revokeStoreDevice(db, caller, storeCode, deviceId, now) };
}

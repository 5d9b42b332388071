import type { ConsoleStore, CreateStoreRequest, EnrollmentCodeResponse, StoresResponse } from '../../shared/api/hub/hubConsole';
import type { HubDb } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

// Placeholders until the stores page's queries land.
export async function listStores(_db: HubDb, _caller: ProducerCaller, _now: number): Promise<StoresResponse> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function createStore(_db: HubDb, _caller: ProducerCaller, _body: CreateStoreRequest, _now: number): Promise<ConsoleStore> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function issueEnrollmentCode(
  _db: HubDb,
  _caller: ProducerCaller,
  _storeCode: string,
  _ttlDays: number,
  _now: number,
): Promise<EnrollmentCodeResponse> {
  throw new HubHttpError('INTERNAL', 'not built');
}
export async function revokeDevice(
  _db: HubDb,
  _caller: ProducerCaller,
  _storeCode: string,
  _deviceId: string,
  _now: number,
): Promise<{ revokedAt: number }> {
  throw new HubHttpError('INTERNAL', 'not built');
}

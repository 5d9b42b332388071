import type { HubStore } from '../../shared/api/hub/hubDevice';
import { ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubDb } from '../db/hubDb';
import { issueStoreEnrollmentCode } from '../enrollment/enrollmentCodes';
import { HubHttpError } from '../http/hubHttpError';
import { hashPassword } from '../producers/passwords';
import { OPERATOR } from './operator';
import { type HubDeviceListing, listStoreDevices, revokeStoreDevice } from './storeDevices';
import { createStore } from './stores';

export type { HubDeviceListing } from './storeDevices';

/** What the operator CLI does, callable from tests. Refusals are HubHttpErrors with a message for the operator. */
export interface HubAdmin {
  createAccount(a: { username: string; password: string; displayName?: string; role: ProducerRole; regions?: string[] }): Promise<void>;
  createStore(s: { code: string; name: string; region?: string; group?: string }): Promise<HubStore>;
  issueEnrollmentCode(storeCode: string, options?: { ttlMs?: number }): Promise<{ code: string; display: string; expiresAt: number }>;
  listDevices(storeCode: string): Promise<HubDeviceListing[]>;
  /** Resolves with when it was revoked (the first time, when it already was). */
  revokeDevice(storeCode: string, deviceId: string): Promise<number>;
}

const MIN_PASSWORD = 8;

/** Store and device commands are the web console's own functions, run as the operator (see OPERATOR). */
export function createHubAdmin(db: HubDb, clock: () => number): HubAdmin {
  return {
    async createAccount(a) {
      const username = a.username.trim();
      if (!/^[\w.@-]{1,100}$/u.test(username))
        throw HubHttpError.invalid(`Username "${a.username}": use letters, digits, . _ @ - (1–100).`);
      if (a.password.length < MIN_PASSWORD) throw HubHttpError.invalid(`The password must be at least ${MIN_PASSWORD} characters.`);
      const role = ProducerRole.safeParse(a.role);
      if (!role.success) throw HubHttpError.invalid(`Role "${a.role}": must be admin, producer or viewer.`);
      const regions = (a.regions ?? []).map((r) => r.trim()).filter((r) => r !== '');
      const rows = await db.query(
        `INSERT INTO accounts (username, display_name, password_hash, role, regions, created_at) VALUES ($1, $2, $3, $4, $5::text[], $6)
         ON CONFLICT (username) DO NOTHING RETURNING 1`,
        [username, a.displayName?.trim() || username, await hashPassword(a.password), role.data, regions, clock()],
      );
      if (rows.length === 0) throw HubHttpError.conflict(`Account ${username} already exists.`);
    },
    createStore: (s) => createStore(db, OPERATOR, s, clock()),
    issueEnrollmentCode: (storeCode, options) => issueStoreEnrollmentCode(db, OPERATOR, storeCode, clock(), options?.ttlMs),
    listDevices: (storeCode) => listStoreDevices(db, OPERATOR, storeCode),
    revokeDevice: (storeCode, deviceId) => revokeStoreDevice(db, OPERATOR, storeCode, deviceId, clock()),
  };
}

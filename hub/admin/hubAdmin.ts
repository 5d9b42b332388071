import { randomUUID } from 'node:crypto';
import { HubStore } from '../../shared/api/hub/hubDevice';
import { ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubDb } from '../db/hubDb';
import { issueEnrollmentCode } from '../enrollment/enrollmentCodes';
import { HubHttpError } from '../http/hubHttpError';
import { hashPassword } from '../producers/passwords';

export interface HubDeviceListing {
  deviceId: string;
  name: string;
  revokedAt: number | null;
  lastSeenAt: number | null;
  clockSkewMs: number | null;
  appVersion: string;
}

/** What the operator CLI does, callable from tests. Refusals are HubHttpErrors with a message for the operator. */
export interface HubAdmin {
  createAccount(a: { username: string; password: string; displayName?: string; role: ProducerRole; regions?: string[] }): Promise<void>;
  createStore(s: { code: string; name: string; region?: string; group?: string }): Promise<HubStore>;
  issueEnrollmentCode(storeCode: string, options?: { ttlMs?: number }): Promise<{ code: string; display: string; expiresAt: number }>;
  listDevices(storeCode: string): Promise<HubDeviceListing[]>;
  revokeDevice(storeCode: string, deviceId: string): Promise<void>;
}

const MIN_PASSWORD = 8;

export function createHubAdmin(db: HubDb, clock: () => number): HubAdmin {
  async function storeId(code: string): Promise<string> {
    const [row] = await db.query<{ id: string }>('SELECT id FROM stores WHERE code = $1', [code]);
    if (!row) throw HubHttpError.notFound(`No store ${code}.`);
    return row.id;
  }

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

    async createStore(s) {
      const store = HubStore.safeParse({
        id: randomUUID(),
        code: s.code.trim(),
        name: s.name.trim(),
        region: s.region?.trim() ?? '',
        group: s.group?.trim() ?? '',
      });
      if (!store.success) {
        const issue = store.error.issues[0];
        throw HubHttpError.invalid(`Store ${issue?.path.join('.')}: ${issue?.message}`);
      }
      const { id, code, name, region, group } = store.data;
      const rows = await db.query(
        'INSERT INTO stores (id, code, name, region, grp, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING 1',
        [id, code, name, region, group, clock()],
      );
      if (rows.length === 0) throw HubHttpError.conflict(`Store ${code} already exists.`);
      return store.data;
    },

    async issueEnrollmentCode(storeCode, options) {
      return issueEnrollmentCode(db, await storeId(storeCode), clock(), options?.ttlMs);
    },

    async listDevices(storeCode) {
      return db.query<HubDeviceListing>(
        `SELECT id AS "deviceId", name, revoked_at AS "revokedAt", last_seen_at AS "lastSeenAt", clock_skew_ms AS "clockSkewMs",
                app_version AS "appVersion" FROM devices WHERE store_id = $1 ORDER BY enrolled_at, id`,
        [await storeId(storeCode)],
      );
    },

    async revokeDevice(storeCode, deviceId) {
      const id = await storeId(storeCode);
      const rows = /^[0-9a-f-]{36}$/i.test(deviceId)
        ? await db.query<{ revoked_at: number }>(
            'UPDATE devices SET revoked_at = coalesce(revoked_at, $3) WHERE store_id = $1 AND id = $2 RETURNING revoked_at',
            [id, deviceId, clock()],
          )
        : [];
      if (rows.length === 0) throw HubHttpError.notFound(`No device ${deviceId} at store ${storeCode}.`);
    },
  };
}

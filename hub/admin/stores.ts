import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { CreateStoreRequest } from '../../shared/api/hub/hubConsole';
import type { HubStore } from '../../shared/api/hub/hubDevice';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

/**
 * Creates a store, for the operator CLI and the web console alike: the fields are checked by the contract's
 * own schema, a regional account may create stores only in its regions (not without a region), and a
 * taken code is refused rather than overwritten.
 */
export async function createStore(
  db: HubQueryable,
  account: ProducerCaller,
  input: z.input<typeof CreateStoreRequest>,
  now: number,
): Promise<HubStore> {
  const parsed = CreateStoreRequest.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map(String);
    throw HubHttpError.invalid(`Store ${path.join('.')}: ${issue?.message ?? 'invalid'}`, path);
  }
  const { code, name, region, group } = parsed.data;
  if (account.regions.length > 0 && !account.regions.includes(region)) {
    const which = region === '' ? 'A store without a region is' : `Region ${region} is`;
    throw HubHttpError.forbidden(`${which} outside this account's regions (${account.regions.join(', ')}).`);
  }
  const id = randomUUID();
  const rows = await db.query(
    'INSERT INTO stores (id, code, name, region, grp, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING 1',
    [id, code, name, region, group, now],
  );
  if (rows.length === 0) throw HubHttpError.conflict(`Store code ${code} is taken.`, ['code']);
  return { id, code, name, region, group };
}

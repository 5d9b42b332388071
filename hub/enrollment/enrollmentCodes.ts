import { randomInt } from 'node:crypto';
import { ENROLLMENT_CODE_ALPHABET } from '../../shared/api/hub/hubDevice';
import type { HubQueryable } from '../db/hubDb';
import { type ProducerCaller, secretHash } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { readableStore } from '../producers/regions';

const ENROLLMENT_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function generateEnrollmentCode(): { code: string; display: string } {
  let code = '';
  for (let i = 0; i < 10; i++) code += ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)];
  return { code, display: `${code.slice(0, 5)}-${code.slice(5)}` };
}

export async function issueEnrollmentCode(db: HubQueryable, storeId: string, now: number, ttlMs = ENROLLMENT_CODE_TTL_MS) {
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw HubHttpError.invalid(`ttlMs must be a positive whole number of ms, not ${ttlMs}.`);
  const { code, display } = generateEnrollmentCode();
  const expiresAt = now + ttlMs;
  await db.query('INSERT INTO enrollment_codes (store_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    storeId,
    secretHash(code),
    now,
    expiresAt,
  ]);
  return { code, display, expiresAt };
}

/** A one-time code for a store the account may read (the operator CLI and the web console both issue them here). */
export async function issueStoreEnrollmentCode(db: HubQueryable, account: ProducerCaller, storeCode: string, now: number, ttlMs?: number) {
  const store = await readableStore(db, account, storeCode);
  return issueEnrollmentCode(db, store.id, now, ttlMs);
}

/**
 * Spends a code: one UPDATE that only matches an unused, unexpired code, so of two devices racing with
 * the same code exactly one gets the row (the other re-reads it as used after the first commits).
 */
export async function spendEnrollmentCode(tx: HubQueryable, normalizedCode: string, now: number): Promise<string> {
  const rows = await tx.query<{ store_id: string }>(
    'UPDATE enrollment_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING store_id',
    [secretHash(normalizedCode), now],
  );
  const storeId = rows[0]?.store_id;
  if (!storeId) throw invalidCode();
  return storeId;
}

export function invalidCode(): HubHttpError {
  return new HubHttpError('ENROLLMENT_CODE_INVALID', 'This enrollment code is unknown, expired or already used.', ['code']);
}

/** Whether the code is issued, unused and unexpired right now (reads only; spending decides the race). */
export async function isLiveCode(db: HubQueryable, normalizedCode: string, now: number): Promise<boolean> {
  const rows = await db.query<{ one: number }>(
    'SELECT 1 AS one FROM enrollment_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2',
    [secretHash(normalizedCode), now],
  );
  return rows.length > 0;
}

import { randomBytes } from 'node:crypto';
import type { LoginResponse, ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubQueryable } from '../db/hubDb';
import { secretHash } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { DECOY_HASH, verifyPassword } from './passwords';

const PRODUCER_SESSION_MS = 12 * 60 * 60 * 1000;

export async function login(db: HubQueryable, username: string, password: string, now: number): Promise<LoginResponse> {
  const [account] = await db.query<{
    username: string;
    display_name: string;
    password_hash: string;
    role: ProducerRole;
    regions: string[];
  }>('SELECT username, display_name, password_hash, role, regions FROM accounts WHERE username = $1', [username]);
  const valid = await verifyPassword(password, account?.password_hash ?? DECOY_HASH);
  if (!account || !valid) throw new HubHttpError('UNAUTHENTICATED', 'Wrong username or password.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + PRODUCER_SESSION_MS;
  await db.query('INSERT INTO producer_sessions (token_hash, username, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    secretHash(token),
    account.username,
    now,
    expiresAt,
  ]);
  return {
    token,
    expiresAt,
    account: { username: account.username, displayName: account.display_name, role: account.role, regions: account.regions },
  };
}

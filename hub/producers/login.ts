import { randomBytes } from 'node:crypto';
import type { LoginResponse, ProducerRole } from '../../shared/api/hub/hubProducer';
import type { HubQueryable } from '../db/hubDb';
import { secretHash } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { limitLoginFailures } from './loginRateLimit';
import { DECOY_HASH, verifyPassword } from './passwords';

const PRODUCER_SESSION_MS = 12 * 60 * 60 * 1000;

/** Signs a producer in under the sign-in limits (see `limitLoginFailures`); a wrong name and a wrong password read the same. */
export async function login(
  db: HubQueryable,
  { username, password }: { username: string; password: string },
  clientIp: string,
  now: number,
): Promise<LoginResponse> {
  const [account] = await db.query<{
    username: string;
    display_name: string;
    password_hash: string;
    role: ProducerRole;
    regions: string[];
  }>('SELECT username, display_name, password_hash, role, regions FROM accounts WHERE username = $1', [username]);
  return limitLoginFailures(
    db,
    { clientIp, username, now },
    // An unknown name still costs one hash, so timing does not tell which names exist.
    async () => ((await verifyPassword(password, account?.password_hash ?? DECOY_HASH)) ? (account ?? null) : null),
    async (account) => {
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
    },
    () => new HubHttpError('UNAUTHENTICATED', 'Wrong username or password.'),
  );
}

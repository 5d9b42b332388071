import type { HubQueryable } from '../db/hubDb';
import { limitKey } from '../http/clientAddress';
import { HubHttpError } from '../http/hubHttpError';

/**
 * Failed sign-ins allowed within the window:
 * - per account from one address (IPv6 by its /64): a guesser there is stopped after a few tries;
 * - per account from anywhere, higher: guessing from many addresses stays slow. An address the account signed in
 *   from within `knownForMs` is exempt from this one, so guessers elsewhere cannot lock a producer out of their own
 *   network (the per-address limits still hold there: a guesser sharing it gets at most 10 more tries a window);
 * - per address across account names: one network cannot sweep names, while an office's typos fit well under it.
 */
export const LOGIN_LIMITS = {
  perAccountAddress: 10,
  perAccount: 50,
  perAddress: 30,
  windowMs: 15 * 60 * 1000,
  knownForMs: 30 * 24 * 60 * 60 * 1000,
} as const;

interface Attempt {
  clientIp: string;
  username: string;
  now: number;
}

/**
 * Runs one sign-in under the limits. The attempt is written down before the password is checked and then
 * counted, so of parallel guesses at most the limit are ever checked; a right password takes its row back,
 * a refused attempt never counts, so waiting out the window always works. `check` gives the account when
 * the password was right (null when not); `signIn` runs only then.
 */
export async function limitLoginFailures<A, R>(
  db: HubQueryable,
  { clientIp: ip, username, now }: Attempt,
  check: () => Promise<A | null>,
  signIn: (account: A) => Promise<R>,
  wrong: () => Error,
): Promise<R> {
  const clientIp = limitKey(ip);
  const windowStart = now - LOGIN_LIMITS.windowMs;
  // Sign-ins are rare; clearing expired rows here keeps the table at one window's worth.
  await db.query('DELETE FROM login_failures WHERE at <= $1', [windowStart]);
  const [mine] = await db.query<{ id: number }>('INSERT INTO login_failures (client_ip, username, at) VALUES ($1, $2, $3) RETURNING id', [
    clientIp,
    username,
    now,
  ]);
  if (!mine) throw new Error('login_failures insert returned no row');
  const [counts] = await db.query<{
    by_pair: number;
    pair_oldest: number;
    by_account: number;
    account_oldest: number;
    by_address: number;
    address_oldest: number;
  }>(
    `SELECT count(*) FILTER (WHERE username = $2 AND client_ip = $3) AS by_pair,
            min(at) FILTER (WHERE username = $2 AND client_ip = $3) AS pair_oldest,
            count(*) FILTER (WHERE username = $2) AS by_account, min(at) FILTER (WHERE username = $2) AS account_oldest,
            count(*) FILTER (WHERE client_ip = $3) AS by_address, min(at) FILTER (WHERE client_ip = $3) AS address_oldest
       FROM login_failures WHERE at > $1 AND (username = $2 OR client_ip = $3)`,
    [windowStart, username, clientIp],
  );
  const overAccount = Number(counts?.by_account ?? 0) > LOGIN_LIMITS.perAccount && !(await isKnown(db, username, clientIp, now));
  const over =
    Number(counts?.by_pair ?? 0) > LOGIN_LIMITS.perAccountAddress
      ? { what: 'for this account from this address', oldest: Number(counts?.pair_oldest ?? now) }
      : overAccount
        ? { what: 'for this account', oldest: Number(counts?.account_oldest ?? now) }
        : Number(counts?.by_address ?? 0) > LOGIN_LIMITS.perAddress
          ? { what: 'from this address', oldest: Number(counts?.address_oldest ?? now) }
          : null;
  const forget = () => db.query('DELETE FROM login_failures WHERE id = $1', [mine.id]);
  if (over) {
    await forget();
    throw HubHttpError.rateLimited(`Too many failed sign-ins ${over.what}`, over.oldest, LOGIN_LIMITS.windowMs, now);
  }
  const account = await check();
  if (account === null) throw wrong();
  await forget();
  // A right password signs in even if noting its address fails (it then counts as unknown next time).
  await remember(db, username, clientIp, now).catch((error: unknown) =>
    console.error('[hub] noting the address of a sign-in failed', error),
  );
  return signIn(account);
}

/** Whether the account signed in from this address (IPv6: its /64) within `knownForMs`. */
async function isKnown(db: HubQueryable, username: string, clientIp: string, now: number): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM login_known_addresses WHERE username = $1 AND client_ip = $2 AND last_at > $3', [
    username,
    clientIp,
    now - LOGIN_LIMITS.knownForMs,
  ]);
  return rows.length > 0;
}

/** Notes a successful sign-in's address, and forgets addresses not used within `knownForMs`. */
async function remember(db: HubQueryable, username: string, clientIp: string, now: number): Promise<void> {
  await db.query('DELETE FROM login_known_addresses WHERE last_at <= $1', [now - LOGIN_LIMITS.knownForMs]);
  await db.query(
    `INSERT INTO login_known_addresses (username, client_ip, last_at) VALUES ($1, $2, $3)
     ON CONFLICT (username, client_ip) DO UPDATE SET last_at = GREATEST(login_known_addresses.last_at, excluded.last_at)`,
    [username, clientIp, now],
  );
}

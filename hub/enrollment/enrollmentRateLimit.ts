import type { HubQueryable } from '../db/hubDb';
import { limitKey } from '../http/clientAddress';
import { HubHttpError } from '../http/hubHttpError';
import { invalidCode, isLiveCode } from './enrollmentCodes';

/** Wrong enrollment codes one client address may try within the window: codes are 10 characters of 31, so this makes guessing hopeless. */
const ENROLL_FAILURE_LIMIT = 10;
const ENROLL_FAILURE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Runs one enrollment attempt under the per-address limit, kept in the database so it holds across hub
 * processes. An address over the limit is refused before its code is even looked at. A code that is live
 * (issued, unused, unexpired) is tried without being counted, so a thousand stores enrolling at once behind
 * one address are never refused; a wrong code is counted, then the count is read, so of parallel wrong
 * guesses at most the limit get an answer other than RATE_LIMITED. A refused attempt is not counted, so
 * waiting out the window always works.
 */
export async function limitEnrollmentFailures<R>(
  db: HubQueryable,
  ip: string,
  now: number,
  code: string,
  attempt: () => Promise<R>,
): Promise<R> {
  const clientIp = limitKey(ip);
  const windowStart = now - ENROLL_FAILURE_WINDOW_MS;
  // Enrollments are rare; clearing expired rows here keeps the table at one window's worth.
  await db.query('DELETE FROM enrollment_failures WHERE at <= $1', [windowStart]);
  const failures = () =>
    db
      .query<{ n: number; oldest: number }>(
        'SELECT count(*) AS n, min(at) AS oldest FROM enrollment_failures WHERE client_ip = $1 AND at > $2',
        [clientIp, windowStart],
      )
      .then((rows) => ({ n: Number(rows[0]?.n ?? 0), oldest: Number(rows[0]?.oldest ?? now) }));
  const limited = (oldest: number) =>
    HubHttpError.rateLimited('Too many wrong enrollment codes from this address', oldest, ENROLL_FAILURE_WINDOW_MS, now);

  const before = await failures();
  if (before.n >= ENROLL_FAILURE_LIMIT) throw limited(before.oldest);
  if (await isLiveCode(db, code, now)) return attempt();

  const [mine] = await db.query<{ id: number }>('INSERT INTO enrollment_failures (client_ip, at) VALUES ($1, $2) RETURNING id', [
    clientIp,
    now,
  ]);
  if (!mine) throw new Error('enrollment_failures insert returned no row');
  const after = await failures();
  if (after.n > ENROLL_FAILURE_LIMIT) {
    await db.query('DELETE FROM enrollment_failures WHERE id = $1', [mine.id]);
    throw limited(after.oldest);
  }
  throw invalidCode();
}

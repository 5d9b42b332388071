import type { HubQueryable } from '../db/hubDb';
import { HubHttpError } from '../http/hubHttpError';

/** Wrong enrollment codes one client address may try within the window: codes are 10 characters of 31, so this makes guessing hopeless. */
export const ENROLL_FAILURE_LIMIT = 10;
export const ENROLL_FAILURE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Runs one enrollment attempt under the per-address limit, kept in the database so it holds across hub
 * processes. The attempt is counted before it runs (parallel guesses cannot slip past the count) and
 * uncounted when it did not fail on a wrong code; an attempt over the limit is refused unrun and not
 * counted, so waiting out the window always works.
 */
export async function limitEnrollmentFailures<R>(db: HubQueryable, clientIp: string, now: number, attempt: () => Promise<R>): Promise<R> {
  const windowStart = now - ENROLL_FAILURE_WINDOW_MS;
  // Enrollments are rare; clearing expired rows here keeps the table at one window's worth.
  await db.query('DELETE FROM enrollment_failures WHERE at <= $1', [windowStart]);
  const [mine] = await db.query<{ id: number }>('INSERT INTO enrollment_failures (client_ip, at) VALUES ($1, $2) RETURNING id', [
    clientIp,
    now,
  ]);
  if (!mine) throw new Error('enrollment_failures insert returned no row');
  const uncount = () => db.query('DELETE FROM enrollment_failures WHERE id = $1', [mine.id]);
  const [counted] = await db.query<{ n: number; oldest: number }>(
    'SELECT count(*) AS n, min(at) AS oldest FROM enrollment_failures WHERE client_ip = $1 AND at > $2',
    [clientIp, windowStart],
  );
  if ((counted?.n ?? 0) > ENROLL_FAILURE_LIMIT) {
    await uncount();
    const minutes = Math.max(1, Math.ceil(((counted?.oldest ?? now) + ENROLL_FAILURE_WINDOW_MS - now) / 60_000));
    throw new HubHttpError(
      'RATE_LIMITED',
      `Too many wrong enrollment codes from this address: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
  try {
    const result = await attempt();
    await uncount();
    return result;
  } catch (error) {
    if (!(error instanceof HubHttpError && error.code === 'ENROLLMENT_CODE_INVALID')) await uncount();
    throw error;
  }
}

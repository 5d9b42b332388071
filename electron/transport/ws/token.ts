import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccessRole } from '../../../shared/api/access';

/** A fresh secret: 32 random bytes, URL-safe. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison so the token cannot be guessed byte by byte from timings. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Which role a presented token grants, or null when it grants nothing. */
export type Authorize = (given: string | null | undefined) => AccessRole | null;

/**
 * The tokens a server admits: the console's launch token (full access) and/or the overlay token (read only). The
 * overlay token is asked for at each check, so a rotated one takes effect at once.
 */
export function tokenAuthorizer(tokens: { console?: string; overlay?: () => string }): Authorize {
  return (given) => {
    if (tokens.console !== undefined && tokenMatches(tokens.console, given)) return 'console';
    // Only a token that is not the console's makes the overlay token be read (or created).
    if (tokens.overlay && typeof given === 'string' && given !== '' && tokenMatches(tokens.overlay(), given)) return 'overlay';
    return null;
  };
}

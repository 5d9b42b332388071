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

/**
 * What a presented token grants: a role, and for a paired device its id (so its connections can be found and
 * closed when it is revoked). A `pending` device is known but not yet confirmed on the PC: it opens nothing.
 */
export interface Grant {
  role: AccessRole;
  deviceId: string | null;
  pending: boolean;
}

/** Which grant a presented token carries, or null when it grants nothing. */
export type Authorize = (given: string | null | undefined) => Grant | null;

/** A paired device's token, as the backend's remote access knows it. */
export type RemoteLookup = (
  given: string,
) => { deviceId: string; role: Extract<AccessRole, 'remote-control' | 'remote-view'>; status: 'pending' | 'active' } | null;

/**
 * The tokens a server admits: the console's launch token (full access), the overlay token (read only) and paired
 * devices' tokens (their roles). The overlay token and devices are asked for at each check, so a rotated token or
 * a revoked device counts at once. A server that leaves one out never admits it (the desktop app's remote server
 * has no console token; the launch token is for the console alone).
 */
export function tokenAuthorizer(tokens: { console?: string; overlay?: () => string; remote?: RemoteLookup }): Authorize {
  return (given) => {
    if (tokens.console !== undefined && tokenMatches(tokens.console, given)) return { role: 'console', deviceId: null, pending: false };
    if (typeof given !== 'string' || given === '') return null;
    // Only a token that is not the console's makes the overlay token be read (or created).
    if (tokens.overlay && tokenMatches(tokens.overlay(), given)) return { role: 'overlay', deviceId: null, pending: false };
    const device = tokens.remote?.(given);
    return device ? { role: device.role, deviceId: device.deviceId, pending: device.status === 'pending' } : null;
  };
}

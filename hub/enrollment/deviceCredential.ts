import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A device credential is `<store id>.<device id>.<secret>`: the hub finds the device by its primary key
 * (store_id first, so a request stays on one node when devices are distributed by store) and compares the
 * SHA-256 of the whole credential in constant time. 32 random bytes make it unguessable.
 */
export function newDeviceCredential(storeId: string, deviceId: string): string {
  return `${storeId}.${deviceId}.${randomBytes(32).toString('base64url')}`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SHAPE = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

/** The store and device a credential names, or null when it is not shaped like one. */
export function parseDeviceCredential(credential: string): { storeId: string; deviceId: string } | null {
  const match = SHAPE.exec(credential);
  return match ? { storeId: match[1] as string, deviceId: match[2] as string } : null;
}

export function credentialMatches(credential: string, storedHash: string): boolean {
  const given = createHash('sha256').update(credential).digest();
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

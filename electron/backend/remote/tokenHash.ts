import { createHash, timingSafeEqual } from 'node:crypto';

/** Tokens are stored only as their SHA-256: a copied database opens nothing. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Constant-time equality of two hashes (or codes); different lengths are simply unequal. */
export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

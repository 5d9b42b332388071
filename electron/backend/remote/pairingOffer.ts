import { randomBytes } from 'node:crypto';
import type { RemoteRole } from '../../../shared/domain/remote/remoteDevice';
import { hashToken, sameBytes } from './tokenHash';

/** How long a QR code pairs: long enough to find the phone, short enough that a photo of the screen goes stale. */
export const PAIRING_OFFER_MS = 10 * 60 * 1000;

export interface OpenOffer {
  role: RemoteRole;
  code: string;
  expiresAt: number;
}

/**
 * The one open pairing offer. A new offer replaces the old one; a code works once (taking it closes the offer)
 * and only until it expires. Codes are compared by their hashes in constant time.
 */
export class PairingOffers {
  #offer: OpenOffer | null = null;

  open(role: RemoteRole, now: number): OpenOffer {
    this.#offer = { role, code: randomBytes(16).toString('base64url'), expiresAt: now + PAIRING_OFFER_MS };
    return this.#offer;
  }

  /** The open offer, or null when there is none or it has expired. */
  current(now: number): OpenOffer | null {
    if (this.#offer && now >= this.#offer.expiresAt) this.#offer = null;
    return this.#offer;
  }

  cancel(): void {
    this.#offer = null;
  }

  /** Spends the code: the offer's role when `code` is the open, unexpired one (which then closes), else null. */
  take(code: string, now: number): RemoteRole | null {
    const offer = this.current(now);
    if (!offer || !sameBytes(hashToken(offer.code), hashToken(code))) return null;
    this.#offer = null;
    return offer.role;
  }
}

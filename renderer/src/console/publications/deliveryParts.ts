import type { PublicationStatus } from '../../../../shared/api/hub/hubConsole';

export type DeliveryPart = 'applied' | 'received' | 'deferred' | 'failed' | 'waiting';
/** Left to right on the bar: done first, then on its way, then what needs looking at, then silence. */
export const DELIVERY_PARTS: readonly DeliveryPart[] = ['applied', 'received', 'deferred', 'failed', 'waiting'];

/** Each part's share of the bar, in percent (0 when no store is targeted); the parts of a full bar add up to 100. */
export function deliveryShares(p: Pick<PublicationStatus, DeliveryPart>): Record<DeliveryPart, number> {
  const total = DELIVERY_PARTS.reduce((sum, part) => sum + p[part], 0);
  const shares = { applied: 0, received: 0, deferred: 0, failed: 0, waiting: 0 };
  if (total === 0) return shares;
  for (const part of DELIVERY_PARTS) shares[part] = (p[part] / total) * 100;
  return shares;
}

import { z } from 'zod';
import { EpochMs, Fen, type FieldIssue, Id, refineWith } from './common';

/**
 * threshold 满减 (spend `thresholdFen`, get `value` fen off) · direct 直降 (`value` fen off) ·
 * percent 折扣 (`value` = basis points off: 2000 = 20 % off = 8折) · newcomer 新人礼金 (`value` fen) ·
 * share 裂变券 (`value` fen) · flash_price 秒杀 (`value` = the flash-sale price in fen).
 */
/**
 * What the coupon rules answer with, by a stable key: the app shows each in the operator's language (an unknown one
 * as written here).
 */
export const COUPON_RULES = {
  nameRequired: 'name is required',
  quantityMin: 'quantity must be at least 1',
  perBuyerLimitMin: 'perBuyerLimit must be at least 1',
  endsAfterStart: 'endsAt must be after startsAt',
  valuePositive: 'value must be greater than 0',
  thresholdRequired: 'thresholdFen is required for a threshold (满减) coupon',
  valueWithinThreshold: 'value must not exceed thresholdFen',
  percentRange: 'value of a percent coupon is basis points off, 1–9999 (2000 = 8折)',
  flashNeedsProduct: 'a flash_price offer needs at least one product',
  perBuyerWithinQuantity: 'perBuyerLimit must not exceed quantity',
  productDuplicates: 'productIds has duplicates',
} as const;

export const CouponType = z.enum(['threshold', 'direct', 'percent', 'newcomer', 'share', 'flash_price']);
export type CouponType = z.infer<typeof CouponType>;

export const CouponFields = z.object({
  name: z.string().trim().min(1, COUPON_RULES.nameRequired).max(100),
  type: CouponType,
  /** Fen for every type except `percent` (basis points off); see CouponType. */
  value: z.number().int('value must be a whole number').nonnegative('value must not be negative').max(Number.MAX_SAFE_INTEGER),
  /** Minimum order in fen before the coupon applies; required for `threshold`. */
  thresholdFen: Fen.nullable(),
  /** Coupons available; null = unlimited. */
  quantity: z.number().int().positive(COUPON_RULES.quantityMin).nullable(),
  /** Coupons one buyer may claim; null = no limit. */
  perBuyerLimit: z.number().int().positive(COUPON_RULES.perBuyerLimitMin).nullable(),
  startsAt: EpochMs,
  endsAt: EpochMs,
  /** Products the offer applies to; empty = the whole shop (not allowed for flash_price). */
  productIds: z.array(Id).max(1000),
});
export type CouponFields = z.infer<typeof CouponFields>;

/** Rules that involve more than one field. Shared by create (in the schema) and update (after merging). */
export function couponIssues(c: CouponFields): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (c.endsAt <= c.startsAt) out.push({ path: ['endsAt'], message: COUPON_RULES.endsAfterStart });
  if (c.type !== 'flash_price' && c.value === 0) out.push({ path: ['value'], message: COUPON_RULES.valuePositive });
  if (c.type === 'threshold') {
    if (c.thresholdFen === null || c.thresholdFen === 0) out.push({ path: ['thresholdFen'], message: COUPON_RULES.thresholdRequired });
    else if (c.value > c.thresholdFen) out.push({ path: ['value'], message: COUPON_RULES.valueWithinThreshold });
  }
  if (c.type === 'percent' && (c.value < 1 || c.value > 9999)) {
    out.push({ path: ['value'], message: COUPON_RULES.percentRange });
  }
  if (c.type === 'flash_price' && c.productIds.length === 0) out.push({ path: ['productIds'], message: COUPON_RULES.flashNeedsProduct });
  if (c.quantity !== null && c.perBuyerLimit !== null && c.perBuyerLimit > c.quantity) {
    out.push({ path: ['perBuyerLimit'], message: COUPON_RULES.perBuyerWithinQuantity });
  }
  if (new Set(c.productIds).size !== c.productIds.length) out.push({ path: ['productIds'], message: COUPON_RULES.productDuplicates });
  return out;
}

export const CouponCreate = CouponFields.extend({
  thresholdFen: CouponFields.shape.thresholdFen.default(null),
  quantity: CouponFields.shape.quantity.default(null),
  perBuyerLimit: CouponFields.shape.perBuyerLimit.default(null),
  productIds: CouponFields.shape.productIds.default([]),
})
  .strict()
  .superRefine(refineWith(couponIssues));
export type CouponCreate = z.infer<typeof CouponCreate>;

export const CouponPatch = CouponFields.partial().strict();
export type CouponPatch = z.infer<typeof CouponPatch>;

export const Coupon = CouponFields.extend({ id: Id, createdAt: EpochMs, updatedAt: EpochMs });
export type Coupon = z.infer<typeof Coupon>;

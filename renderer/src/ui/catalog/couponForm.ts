import type { Coupon, CouponCreate, CouponType } from '../../../../shared/domain/catalog/coupon';
import { readCount } from '../../format/count';
import { type DiscountParse, formatPercentOff, formatZhe, parseDiscount } from '../../format/discount';
import { fromLocalInput, toLocalInput } from '../../format/localDateTime';
import { fenToYuanInput, parseYuan } from '../../format/money';
import { fieldByHead } from '../apiFieldErrors';

/** The coupon form as typed: text until saved. */
export interface CouponDraft {
  name: string;
  type: CouponType;
  /** Yuan; for a percent coupon the discount as written ("8折", "8.5折", "20%"). */
  value: string;
  /** Minimum order in yuan. */
  threshold: string;
  quantity: string;
  perBuyerLimit: string;
  /** `datetime-local` values. */
  startsAt: string;
  endsAt: string;
  productIds: string[];
}

export type CouponField = keyof CouponDraft;

/** A problem the form finds by reading what was typed (the coupon's rules are the backend's). */
export type CouponFormError =
  | 'price.invalid'
  | 'price.negative'
  | 'price.tooManyDecimals'
  | 'price.tooLarge'
  | 'discount.required'
  | 'discount.invalid'
  | 'discount.tooManyDecimals'
  | 'count.invalid'
  | 'date.invalid';

export type CouponFormErrors = Partial<Record<CouponField, CouponFormError>>;

export const DEFAULT_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

/** Types whose coupon may ask for a minimum order (a threshold coupon must); a price cut and a flash price never do. */
export const usesThreshold = (type: CouponType) => type !== 'direct' && type !== 'flash_price';

/** A new coupon: valid from now (to the minute) for a week. */
export function emptyCouponDraft(now: number, from: Partial<CouponDraft> = {}): CouponDraft {
  const start = Math.floor(now / 60_000) * 60_000;
  return {
    name: '',
    type: 'threshold',
    value: '',
    threshold: '',
    quantity: '',
    perBuyerLimit: '',
    startsAt: toLocalInput(start),
    endsAt: toLocalInput(start + DEFAULT_VALIDITY_MS),
    productIds: [],
    ...from,
  };
}

/** How a percent coupon's discount is written back into the form: 8折 in Chinese, 20% elsewhere. */
export type DiscountStyle = 'zhe' | 'percent';

export function couponDraftOf(coupon: Coupon, style: DiscountStyle): CouponDraft {
  const count = (n: number | null) => (n === null ? '' : String(n));
  return {
    name: coupon.name,
    type: coupon.type,
    value:
      coupon.type === 'percent'
        ? style === 'zhe'
          ? formatZhe(coupon.value)
          : formatPercentOff(coupon.value)
        : fenToYuanInput(coupon.value),
    threshold: fenToYuanInput(coupon.thresholdFen),
    quantity: count(coupon.quantity),
    perBuyerLimit: count(coupon.perBuyerLimit),
    startsAt: toLocalInput(coupon.startsAt),
    endsAt: toLocalInput(coupon.endsAt),
    productIds: [...coupon.productIds],
  };
}

/**
 * The fields to send for a draft, or what could not be read. Money in yuan becomes fen, a discount basis points off,
 * dates epoch ms. An empty amount is sent as 0 (the backend says the amount is needed), a hidden threshold as null.
 */
export function readCouponDraft(draft: CouponDraft): { ok: true; values: CouponCreate } | { ok: false; errors: CouponFormErrors } {
  const errors: CouponFormErrors = {};
  let value = 0;
  if (draft.type === 'percent') {
    const parsed: DiscountParse = parseDiscount(draft.value);
    if (parsed.ok) value = parsed.basisPoints;
    else errors.value = `discount.${parsed.error}`;
  } else {
    const parsed = parseYuan(draft.value);
    if (parsed.ok) value = parsed.fen ?? 0;
    else errors.value = `price.${parsed.error}`;
  }
  let thresholdFen: number | null = null;
  if (usesThreshold(draft.type)) {
    const parsed = parseYuan(draft.threshold);
    if (parsed.ok) thresholdFen = parsed.fen;
    else errors.threshold = `price.${parsed.error}`;
  }
  const quantity = readCount(draft.quantity);
  if (quantity === undefined) errors.quantity = 'count.invalid';
  const perBuyerLimit = readCount(draft.perBuyerLimit);
  if (perBuyerLimit === undefined) errors.perBuyerLimit = 'count.invalid';
  const startsAt = fromLocalInput(draft.startsAt);
  if (startsAt === null || startsAt === undefined) errors.startsAt = 'date.invalid';
  const endsAt = fromLocalInput(draft.endsAt);
  if (endsAt === null || endsAt === undefined) errors.endsAt = 'date.invalid';
  if (Object.keys(errors).length > 0 || quantity === undefined || perBuyerLimit === undefined || !startsAt || !endsAt) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    values: {
      name: draft.name.trim(),
      type: draft.type,
      value,
      thresholdFen,
      quantity,
      perBuyerLimit,
      startsAt,
      endsAt,
      productIds: draft.productIds,
    },
  };
}

/** The form field an API error path names (`["thresholdFen"]` → threshold, `["productIds", 2]` → productIds). */
export const couponFieldOf = fieldByHead<CouponField>({
  name: 'name',
  type: 'type',
  value: 'value',
  thresholdFen: 'threshold',
  quantity: 'quantity',
  perBuyerLimit: 'perBuyerLimit',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  productIds: 'productIds',
});

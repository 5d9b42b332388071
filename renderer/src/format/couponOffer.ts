import type { TFunction } from 'i18next';
import type { Coupon } from '../../../shared/domain/catalog/coupon';
import { formatPercentOff, formatZhe } from './discount';
import { formatFen } from './money';

/** ¥199 for whole yuan, ¥9.90 otherwise: offers read short ("满 ¥199 减 ¥30"). */
export function compactYuan(fen: number): string {
  return fen % 100 === 0 ? `¥${(fen / 100).toLocaleString('en-US')}` : formatFen(fen);
}

/** What a coupon gives, in one line: "满 ¥199 减 ¥30", "8折", "秒杀价 ¥9.90" (English: "¥30 off orders of ¥199+", …). */
export function offerText(t: TFunction, coupon: Pick<Coupon, 'type' | 'value' | 'thresholdFen'>): string {
  const threshold = coupon.thresholdFen ? compactYuan(coupon.thresholdFen) : null;
  const amount = compactYuan(coupon.value);
  switch (coupon.type) {
    case 'threshold':
      return t('coupons.offer.threshold', { threshold: threshold ?? '—', value: amount });
    case 'direct':
      return t('coupons.offer.direct', { value: amount });
    case 'flash_price':
      return t('coupons.offer.flash_price', { value: formatFen(coupon.value) });
    case 'percent': {
      const discount = { zhe: formatZhe(coupon.value), percent: formatPercentOff(coupon.value) };
      return threshold ? t('coupons.offer.percentFrom', { ...discount, threshold }) : t('coupons.offer.percent', discount);
    }
    case 'newcomer':
    case 'share': {
      const text = t(`coupons.offer.${coupon.type}`, { value: amount });
      return threshold ? `${text}${t('coupons.offer.minOrder', { threshold })}` : text;
    }
  }
}

export type Validity = 'upcoming' | 'active' | 'ended';

/** Whether a coupon can be claimed at `now`. */
export function validityAt(coupon: Pick<Coupon, 'startsAt' | 'endsAt'>, now: number): Validity {
  if (now < coupon.startsAt) return 'upcoming';
  return now < coupon.endsAt ? 'active' : 'ended';
}

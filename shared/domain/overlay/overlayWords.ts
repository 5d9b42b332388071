import type { CouponType } from '../catalog/coupon';
import { formatPriceFen } from '../runtime/templates';
import type { CouponContent, GiveawayContent, TaskContent } from './overlayContent';

export type OverlayLanguage = 'zh-CN' | 'en';

/** The words LiveCue adds on stream around the catalog's own texts, in the glossary's terms. */
const WORDS = {
  'zh-CN': {
    flashBadge: '秒杀',
    flashHeading: '秒杀价',
    left: (n: number) => `仅剩 ${n} 件`,
    soldOut: '已抢光',
    unlimited: '限时抢购',
    giveaway: '福袋',
    winners: (n: number) => `${n} 人中奖`,
    enter: '参与：',
    commentKeyword: (k: string) => `评论口令“${k}”`,
    noThreshold: '无门槛',
    minSpend: (fen: number) => `满${formatPriceFen(fen).slice(1)}可用`,
    percentOff: (basisPoints: number) => `${trimZeros((10_000 - basisPoints) / 1000)}折`,
    newcomer: '新人专享',
    share: '分享得券',
    flashPrice: '秒杀价',
    limited: (n: number) => `限 ${n} 张`,
  },
  en: {
    flashBadge: 'Flash sale',
    flashHeading: 'Flash price',
    left: (n: number) => `Only ${n} left`,
    soldOut: 'Sold out',
    unlimited: 'While it lasts',
    giveaway: 'Giveaway',
    winners: (n: number) => `${n} winner${n === 1 ? '' : 's'}`,
    enter: 'Enter: ',
    commentKeyword: (k: string) => `comment "${k}"`,
    noThreshold: 'No minimum spend',
    minSpend: (fen: number) => `Min. spend ${formatPriceFen(fen)}`,
    percentOff: (basisPoints: number) => `${trimZeros(basisPoints / 100)}% off`,
    newcomer: 'New buyers only',
    share: 'Share to claim',
    flashPrice: 'Flash price',
    limited: (n: number) => `${n} available`,
  },
} as const;

function trimZeros(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export const overlayWords = (language: OverlayLanguage) => WORDS[language];

/** The big figure of a coupon: ¥30, 8折, ¥9.9. */
export function couponValueText(coupon: Pick<CouponContent, 'type' | 'value'>, language: OverlayLanguage): string {
  if (coupon.value === null) return '';
  if (coupon.type === 'percent') return WORDS[language].percentOff(coupon.value);
  return formatPriceFen(coupon.value);
}

/** The line under it: 满199可用 / 无门槛 / 新人专享 …, with the quantity when it is limited. */
export function couponConditionText(coupon: Pick<CouponContent, 'type' | 'thresholdFen' | 'quantity'>, language: OverlayLanguage): string {
  const w = WORDS[language];
  const type: CouponType | null = coupon.type;
  const condition =
    coupon.thresholdFen !== null && coupon.thresholdFen > 0
      ? w.minSpend(coupon.thresholdFen)
      : type === 'newcomer'
        ? w.newcomer
        : type === 'share'
          ? w.share
          : type === 'flash_price'
            ? w.flashPrice
            : w.noThreshold;
  return coupon.quantity === null ? condition : `${condition} · ${w.limited(coupon.quantity)}`;
}

export function giveawayHeading(g: Pick<GiveawayContent, 'winners'>, language: OverlayLanguage): string {
  const w = WORDS[language];
  return g.winners === null ? w.giveaway : `${w.giveaway} · ${w.winners(g.winners)}`;
}

export function giveawayEntry(g: Pick<GiveawayContent, 'entry' | 'keyword'>, language: OverlayLanguage): string {
  const w = WORDS[language];
  const parts = [g.entry, g.keyword ? w.commentKeyword(g.keyword) : ''].filter((p) => p.length > 0);
  return parts.length === 0 ? '' : `${w.enter}${parts.join(language === 'zh-CN' ? '，' : ', ')}`;
}

export function taskTitle(t: Pick<TaskContent, 'title' | 'reward'>): string {
  return t.reward ? `${t.title} · ${t.reward}` : t.title;
}

export function quantityText(left: number | null, language: OverlayLanguage): string {
  const w = WORDS[language];
  if (left === null) return w.unlimited;
  return left === 0 ? w.soldOut : w.left(left);
}

import type { OverlayContent } from '../../../shared/domain/overlay/overlayContent';

export const OVERLAY_NOW = 1_700_000_000_000;
const NOW = OVERLAY_NOW;

/** Content with every slot filled. */
export type FullContent = { [K in keyof OverlayContent]: NonNullable<OverlayContent[K]> };

/** Every graphic at once, with the longest texts a show is likely to have. */
export const everything = (title = '超值'.repeat(30)): FullContent => ({
  product: {
    cueId: 'p',
    title,
    livePriceFen: 89_900,
    listPriceFen: 129_900,
    image: { hash: null, path: '/img/a.png' },
    badge: { kind: 'coupon', name: '满199减30 新人专享大额券' },
  },
  coupon: {
    cueId: 'c',
    name: '满199减30 店铺大促券',
    type: 'threshold',
    value: 3_000,
    thresholdFen: 19_900,
    quantity: 500,
    deadlineAt: NOW + 299_000,
  },
  flashSale: { cueId: 'f', priceFen: 990, listPriceFen: 5_900, quantityLeft: 48, deadlineAt: NOW + 60_000 },
  giveaway: {
    cueId: 'g',
    title: '福袋抽奖',
    prize: '送同款真丝睡衣一套（价值¥599）',
    entry: '关注主播并加入粉丝团',
    keyword: '上新啦',
    winners: 3,
    deadlineAt: NOW + 180_000,
  },
  task: { cueId: 't', title: '关注主播', reward: '前100名送小样', reached: 37, target: 100, deadlineAt: null },
});

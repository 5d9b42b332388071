import type { OverlayContent } from '../../../../shared/domain/overlay/overlayContent';
import type { OverlayLanguage } from '../../../../shared/domain/overlay/overlayWords';

/** The sample product's picture: no stored image, so the preview draws one of its own under this key. */
export const SAMPLE_IMAGE_KEY = 'preview-sample-product';

/** A simple drawn product (a shopping bag) for the preview's card. */
export const SAMPLE_IMAGE_URL = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">' +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7d9c4"/><stop offset="1" stop-color="#e8a987"/></linearGradient></defs>' +
    '<rect width="120" height="120" rx="10" fill="url(#g)"/>' +
    '<path d="M38 44h44l6 52H32z" fill="#c0392b"/><path d="M48 50v-10a12 12 0 0 1 24 0v10" fill="none" stroke="#7b241c" stroke-width="5"/>' +
    '</svg>',
)}`;

const SAMPLES: Record<OverlayLanguage, { product: string; coupon: string; task: string; reward: string; prize: string; entry: string }> = {
  'zh-CN': {
    product: '夏季新款法式碎花连衣裙',
    coupon: '满199减30 店铺券',
    task: '关注主播',
    reward: '前100名送小样',
    prize: '同款真丝发圈',
    entry: '关注主播并加入粉丝团',
  },
  en: {
    product: 'Summer floral wrap dress',
    coupon: 'Spend ¥199, save ¥30',
    task: 'Follow the host',
    reward: 'free sample',
    prize: 'Silk scrunchie set',
    entry: 'Follow and join the fan club',
  },
};

/** A product card with a coupon, a flash sale, a giveaway and a follower task: every graphic, for the preview. */
export function sampleContent(language: OverlayLanguage, now: number): OverlayContent {
  const s = SAMPLES[language];
  return {
    product: {
      cueId: 'sample-product',
      title: s.product,
      livePriceFen: 19_900,
      listPriceFen: 39_900,
      image: { hash: SAMPLE_IMAGE_KEY, path: null },
      badge: { kind: 'coupon', name: s.coupon },
    },
    coupon: {
      cueId: 'sample-coupon',
      name: s.coupon,
      type: 'threshold',
      value: 3_000,
      thresholdFen: 19_900,
      quantity: 500,
      deadlineAt: now + 299_000,
    },
    flashSale: { cueId: 'sample-flash', priceFen: 9_900, listPriceFen: 39_900, quantityLeft: 48, deadlineAt: now + 59_000 },
    giveaway: {
      cueId: 'sample-giveaway',
      title: s.prize,
      prize: s.prize,
      entry: s.entry,
      keyword: null,
      winners: 3,
      deadlineAt: now + 179_000,
    },
    task: { cueId: 'sample-task', title: s.task, reward: s.reward, reached: 37, target: 100, deadlineAt: null },
  };
}

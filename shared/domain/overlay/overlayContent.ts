import type { CouponType } from '../catalog/coupon';
import type { RunningCue, RuntimeCue, RuntimeState } from '../runtime/runtimeState';

/** An image as either renderer finds it: a file OBS can open, or a hash the overlay page fetches. */
export interface OverlayImage {
  hash: string | null;
  path: string | null;
}

export interface ProductCardContent {
  cueId: string;
  title: string;
  livePriceFen: number | null;
  /** Struck through beside the live price when it is higher. */
  listPriceFen: number | null;
  image: OverlayImage | null;
  /** 秒杀 during this product's flash sale, else the running coupon's name; null = no badge. */
  badge: { kind: 'flash' } | { kind: 'coupon'; name: string } | null;
}

export interface CouponContent {
  cueId: string;
  name: string;
  type: CouponType | null;
  /** Fen, or basis points off for `percent`; null when the catalog had no value. */
  value: number | null;
  thresholdFen: number | null;
  quantity: number | null;
  deadlineAt: number | null;
}

export interface FlashSaleContent {
  cueId: string;
  priceFen: number | null;
  listPriceFen: number | null;
  /** Units left at the flash price (offered minus orders counted during the sale); null = not limited. */
  quantityLeft: number | null;
  deadlineAt: number | null;
}

export interface GiveawayContent {
  cueId: string;
  title: string;
  prize: string;
  /** How to take part (参与条件), or the comment password. */
  entry: string;
  keyword: string | null;
  winners: number | null;
  deadlineAt: number | null;
}

export interface TaskContent {
  cueId: string;
  title: string;
  reward: string;
  reached: number;
  target: number;
  deadlineAt: number | null;
}

/** What LiveCue's graphics show at a moment: one slot per kind of graphic, filled by the running cues. */
export interface OverlayContent {
  product: ProductCardContent | null;
  coupon: CouponContent | null;
  flashSale: FlashSaleContent | null;
  giveaway: GiveawayContent | null;
  task: TaskContent | null;
}

export const emptyOverlayContent = (): OverlayContent => ({ product: null, coupon: null, flashSale: null, giveaway: null, task: null });

function productCard(state: RuntimeState, cue: RuntimeCue): ProductCardContent | null {
  const product = cue.productId === null ? undefined : state.catalog.products[cue.productId];
  if (!product) return null;
  const image = product.imageHash || product.imagePath ? { hash: product.imageHash ?? null, path: product.imagePath ?? null } : null;
  return {
    cueId: cue.id,
    title: product.title,
    livePriceFen: product.livePriceFen,
    listPriceFen: product.listPriceFen ?? null,
    image,
    badge: null,
  };
}

function flashPrice(state: RuntimeState, cue: RuntimeCue): number | null {
  if (cue.flashPriceFen !== null) return cue.flashPriceFen;
  const coupon = cue.couponId === null ? undefined : state.catalog.coupons[cue.couponId];
  if (coupon?.type === 'flash_price' && coupon.value !== undefined) return coupon.value;
  const product = cue.productId === null ? undefined : state.catalog.products[cue.productId];
  return product?.livePriceFen ?? null;
}

function fill(state: RuntimeState, out: OverlayContent, cue: RuntimeCue, run: RunningCue): void {
  const catalog = state.catalog;
  switch (cue.type) {
    case 'product':
      out.product = productCard(state, cue);
      return;
    case 'flash_sale': {
      const card = productCard(state, cue);
      out.product = card;
      out.flashSale = {
        cueId: cue.id,
        priceFen: flashPrice(state, cue),
        // What it usually costs: the live price (a struck list price above that would say less).
        listPriceFen: card?.livePriceFen ?? card?.listPriceFen ?? null,
        quantityLeft: cue.flashQuantity === null ? null : Math.max(0, cue.flashQuantity - run.reached),
        deadlineAt: run.deadlineAt,
      };
      return;
    }
    case 'coupon': {
      const coupon = cue.couponId === null ? undefined : catalog.coupons[cue.couponId];
      if (!coupon) return;
      out.coupon = {
        cueId: cue.id,
        name: coupon.label,
        type: coupon.type ?? null,
        value: coupon.value ?? null,
        thresholdFen: coupon.thresholdFen ?? null,
        quantity: coupon.quantity,
        deadlineAt: run.deadlineAt,
      };
      return;
    }
    case 'giveaway': {
      const task = cue.taskId === null ? undefined : catalog.tasks[cue.taskId];
      out.giveaway = {
        cueId: cue.id,
        title: task?.title ?? cue.title,
        prize: task?.reward ?? '',
        entry: task?.entry ?? '',
        keyword: task?.keyword ?? null,
        winners: task ? task.target : null,
        deadlineAt: run.deadlineAt,
      };
      return;
    }
    case 'task': {
      const task = cue.taskId === null ? undefined : catalog.tasks[cue.taskId];
      if (!task) return;
      out.task = {
        cueId: cue.id,
        title: task.title,
        reward: task.reward,
        reached: run.reached,
        target: task.target,
        deadlineAt: run.deadlineAt,
      };
      return;
    }
    case 'scene':
    case 'note':
      return;
  }
}

/**
 * The graphics the running cues put on stream, in start order so the latest cue of a kind wins its slot. A cue with
 * `graphic: false` adds nothing (its own OBS actions do the work). Pure: both renderers and every screen derive the
 * same picture from the same session state.
 */
export function overlayContent(state: RuntimeState): OverlayContent {
  const out = emptyOverlayContent();
  if (state.phase !== 'live') return out;
  for (const run of state.running) {
    const cue = state.cues.find((c) => c.id === run.cueId);
    if (cue?.graphic) fill(state, out, cue, run);
  }
  if (out.product) {
    const flash = out.flashSale !== null && out.flashSale.cueId === out.product.cueId ? out.flashSale : null;
    const coupon = out.coupon;
    out.product = flash
      ? // During its flash sale the card says the same price as the sale's panel, the usual price struck through.
        { ...out.product, livePriceFen: flash.priceFen, listPriceFen: flash.listPriceFen, badge: { kind: 'flash' } }
      : { ...out.product, badge: coupon ? { kind: 'coupon', name: coupon.name } : null };
  }
  return out;
}

/** The brand logo is part of the show: on stream while a session is live, and not during PANIC. */
export const showsLogo = (state: RuntimeState | null): boolean => state !== null && state.phase === 'live' && state.panicAt === null;

import { readFileSync } from 'node:fs';
import type { ApiResult } from '../../shared/api/errors';
import { encodePng } from '../helpers/png';

/** What the overlay tests need of an API connection (RawApiClient). */
export interface Invoker {
  invoke(method: string, payload: unknown): Promise<ApiResult<unknown>>;
}

export async function must<T>(api: Invoker, method: string, payload: unknown): Promise<T> {
  const result = await api.invoke(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

interface View {
  sessionId: string;
  revision: number;
  state: { standbyId: string | null; phase: string; running: { cueId: string; deadlineAt: number | null }[] };
}

/** A product photo stand-in: a warm gradient with a darker band, so `object-fit: contain` is visible. */
export const productPng = (): Buffer =>
  encodePng(240, 240, (x, y) => (y > 150 && y < 190 ? [120, 40, 40] : [230 - (y >> 2), 170 - (x >> 3), 140 + (x >> 3)]));

/** The app icon as the brand logo (a real PNG with transparency). */
export const logoPng = (): Buffer => readFileSync('build/icon.png');

export async function storeImage(api: Invoker, png: Buffer): Promise<string> {
  return (await must<{ hash: string }>(api, 'image.store', { dataBase64: png.toString('base64') })).hash;
}

/** The 满199减30 threshold coupon the console tests drop, valid from an hour before `now` for a day. */
export const couponOff30 = (now: number) => ({
  name: '满199减30',
  type: 'threshold',
  value: 3000,
  thresholdFen: 19_900,
  startsAt: now - 3_600_000,
  endsAt: now + 86_400_000,
});

export async function endLiveSession(api: Invoker): Promise<void> {
  const live = await must<View | null>(api, 'session.current', {});
  if (live) await must(api, 'session.command', { sessionId: live.sessionId, command: { type: 'end' } });
}

export interface LiveGraphics {
  sessionId: string;
  /** Cue id by graphic. */
  cues: { product: string; coupon: string; flashSale: string; giveaway: string; task: string };
  /** The flash-sale product's title: the card on stream. */
  cardTitle: string;
}

/**
 * Goes live with a show whose five cues put every graphic on stream at once: a product card, a coupon drop (20 min
 * claim window), a flash sale (10 min, with its own product and picture), a giveaway (15 min) and a follower task.
 */
export async function goLiveWithEveryGraphic(api: Invoker, tag: string): Promise<LiveGraphics> {
  await endLiveSession(api);
  const now = Date.now();
  const image = await storeImage(api, productPng());
  const product = await must<{ id: string }>(api, 'product.create', {
    sku: `OV-${tag}-1`,
    title: `法式复古碎花连衣裙 ${tag}`,
    livePriceFen: 19_900,
    listPriceFen: 39_900,
    images: [image],
  });
  const cardTitle = `真丝睡衣两件套 ${tag}`;
  const flashProduct = await must<{ id: string }>(api, 'product.create', {
    sku: `OV-${tag}-2`,
    title: cardTitle,
    livePriceFen: 29_900,
    listPriceFen: 59_900,
    images: [image],
  });
  const coupon = await must<{ id: string }>(api, 'coupon.create', {
    name: '满199减30 店铺券',
    type: 'threshold',
    value: 3_000,
    thresholdFen: 19_900,
    quantity: 500,
    startsAt: now - 60_000,
    endsAt: now + 86_400_000,
  });
  const task = await must<{ id: string }>(api, 'task.create', { type: 'follow', title: '关注主播', target: 100, reward: '前100名送小样' });
  const giveaway = await must<{ id: string }>(api, 'task.create', {
    type: 'giveaway',
    title: '福袋抽奖',
    target: 3,
    reward: '同款真丝发圈',
    entry: '关注主播并加入粉丝团',
    keyword: '上新啦',
  });
  const show = await must<{ id: string }>(api, 'show.create', { name: `Overlay ${tag}` });
  const insert = async (type: string, config: Record<string, unknown>) =>
    (await must<{ id: string }>(api, 'cue.insert', { showId: show.id, type, config })).id;
  const cues = {
    product: await insert('product', { productId: product.id }),
    coupon: await insert('coupon', { couponId: coupon.id, countdownMs: 1_200_000 }),
    flashSale: await insert('flash_sale', { productId: flashProduct.id, flashPriceFen: 990, flashQuantity: 50, durationMs: 600_000 }),
    giveaway: await insert('giveaway', { taskId: giveaway.id, durationMs: 900_000 }),
    task: await insert('task', { taskId: task.id }),
  };
  let view = await must<View>(api, 'session.start', { showId: show.id });
  for (let i = 0; i < 5; i++) {
    view = await must<View>(api, 'session.command', {
      sessionId: view.sessionId,
      command: { type: 'go', expectedStandbyId: view.state.standbyId },
    });
    // Past the GO debounce, so every press counts.
    await new Promise((resolve) => setTimeout(resolve, 350));
  }
  return { sessionId: view.sessionId, cues, cardTitle };
}

/** The absolute deadline of each running cue, as the backend holds it. */
export async function deadlines(api: Invoker): Promise<Map<string, number | null>> {
  const view = await must<View>(api, 'session.current', {});
  return new Map(view.state.running.map((r) => [r.cueId, r.deadlineAt]));
}

import { rmSync } from 'node:fs';
import { createCoreServices } from '../../../electron/backend/coreServices';
import { buildShowPackage } from '../../../electron/backend/showPackage/packageWriter';
import { showPackageServices } from '../../../electron/backend/showPackage/services';
import type { ProductUpsert } from '../../../shared/domain/catalog/product';
import type { CueType } from '../../../shared/domain/catalog/show';
import { encodePng } from '../../helpers/png';
import { backendTestContext } from './catalogTestContext';

export interface LargeShowPackageOptions {
  cues: number;
  /** Every product is linked to a coupon, so the package carries them all when the cues use every coupon (see below). */
  products: number;
  coupons: number;
  tasks: number;
  images: number;
  /** Side of each (noisy, so barely compressible) square PNG. */
  imageSide?: number;
}

/**
 * A realistic `.livecue` package exported by the real writer from a throwaway catalog: products with
 * every field and one or two images each, coupons covering all of them, loyalty tasks, and a show
 * whose cues cycle through products, coupons, flash sales, tasks, giveaways, scenes and notes. For
 * tests and the show package benchmark.
 */
export async function largeShowPackage(options: LargeShowPackageOptions): Promise<{ fileName: string; bytes: Uint8Array }> {
  const ctx = backendTestContext();
  try {
    const core = createCoreServices(ctx);
    const images: string[] = [];
    let seed = 1;
    const noise = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat quickly, which would compress like a flat colour.
      return (seed >>> 16) & 255;
    };
    for (let i = 0; i < options.images; i++) {
      const side = options.imageSide ?? 64;
      const png = encodePng(side, side, () => [noise(), noise(), (i * 7) % 256]);
      images.push((await core.images.store(png)).hash);
    }
    const rows: ProductUpsert[] = Array.from({ length: options.products }, (_, i) => ({
      sku: `PKG-${String(i).padStart(6, '0')}`,
      title: `直播商品 ${i} 保温杯大容量`,
      subtitle: `第 ${i} 款 · 限时`,
      listPriceFen: 12_900 + i,
      livePriceFen: 9_900 + i,
      stock: 100 + (i % 50),
      category: `类目 ${i % 20}`,
      tags: ['热卖', `标签${i % 7}`],
      sellingPoints: ['304不锈钢', '12小时保温', `第 ${i} 条话术`],
      platformIds: { douyin: `D${i}`, tmall: `T${i}` },
      images:
        images.length === 0 ? [] : [images[i % images.length] as string, images[(i + 1) % images.length] as string].slice(0, 1 + (i % 2)),
    }));
    const upserted = core.products.upsertMany(rows, { logEach: false }).rows.map((r) => r.id);
    const perCoupon = Math.ceil(upserted.length / Math.max(1, options.coupons));
    const coupons = Array.from({ length: options.coupons }, (_, i) =>
      core.coupons.create({
        name: `满${199 + i}减20`,
        type: 'threshold',
        value: 2000,
        thresholdFen: 19_900 + i,
        quantity: 500,
        perBuyerLimit: 1,
        startsAt: 1_700_000_000_000,
        endsAt: 1_900_000_000_000,
        productIds: upserted.slice(i * perCoupon, (i + 1) * perCoupon),
      }),
    );
    const tasks = Array.from({ length: options.tasks }, (_, i) =>
      core.tasks.create({
        type: 'comment_keyword',
        title: `评论口令 ${i}`,
        target: 100 + i,
        keyword: `福利${i}`,
        reward: '前100名送小样',
        durationMs: 600_000,
        entry: '',
      }),
    );
    const show = core.shows.createShow({ name: '双11 大促专场', notes: '开场先讲福利', plannedStartAt: null });
    const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
    // Coupon and task cues take them in turn, so every coupon (and the products it covers) is used.
    let couponRef = 0;
    let taskRef = 0;
    for (let i = 0; i < options.cues; i++) {
      const kind = i % 7;
      const [type, config]: [CueType, Record<string, unknown>] =
        kind === 0
          ? ['product', { productId: pick(upserted, i) }]
          : kind === 1
            ? ['coupon', { couponId: pick(coupons, couponRef++).id }]
            : kind === 2
              ? ['flash_sale', { productId: pick(upserted, i), couponId: pick(coupons, couponRef++).id, durationMs: 60_000 }]
              : kind === 3
                ? ['task', { taskId: pick(tasks, taskRef++).id }]
                : kind === 4
                  ? ['giveaway', { taskId: pick(tasks, taskRef++).id, durationMs: 300_000 }]
                  : kind === 5
                    ? ['scene', { sceneName: 'Main' }]
                    : ['note', { text: `第 ${i} 段：欢迎新朋友` }];
      core.shows.insertCue({ showId: show.id, type, title: `环节 ${i + 1}`, config });
    }
    const built = await buildShowPackage(showPackageServices(ctx, core), show.id);
    return { fileName: built.fileName, bytes: built.bytes };
  } finally {
    ctx.db.close();
    rmSync(ctx.dataDir, { recursive: true, force: true });
  }
}

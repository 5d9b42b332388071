import type { TaskType } from '../../../shared/domain/catalog/loyaltyTask';
import type { CatalogLookup, RuntimeCue } from '../../../shared/domain/runtime';
import type { SessionCounter } from '../../../shared/domain/session/sessionEvents';
import type { BackendContext } from '../backendContext';
import { createCouponsDao } from '../catalog/coupons.dao';
import type { ProductsService } from '../catalog/products.service';
import { createTasksDao } from '../catalog/tasks.dao';
import { imageFilePath } from '../images/imageStore';
import { createImagesDao } from '../images/images.dao';

/** The counter whose increments measure each kind of loyalty task (giveaways are drawn, not counted). */
const TASK_COUNTER: Partial<Record<TaskType, SessionCounter>> = {
  follow: 'newFollowers',
  fan_club: 'fanClubJoins',
  like_goal: 'likes',
  share: 'shares',
  comment_keyword: 'comments',
};

/**
 * What the runtime shows on stream for the show's products, coupons and tasks, copied at session
 * start: a catalog edit during the show does not change what is on air mid-cue.
 */
export function buildCatalogLookup(
  ctx: Pick<BackendContext, 'db' | 'dataDir'>,
  products: ProductsService,
  cues: readonly RuntimeCue[],
): CatalogLookup {
  const coupons = createCouponsDao(ctx.db);
  const tasks = createTasksDao(ctx.db);
  const images = createImagesDao(ctx.db);
  const lookup: CatalogLookup = { products: {}, coupons: {}, tasks: {} };
  for (const cue of cues) {
    if (cue.productId && !lookup.products[cue.productId]) {
      const p = products.get(cue.productId);
      const hash = p.images[0];
      const image = hash ? images.get(hash) : undefined;
      lookup.products[cue.productId] = {
        title: p.title,
        livePriceFen: p.livePriceFen ?? p.listPriceFen,
        listPriceFen: p.listPriceFen,
        ...(image ? { imagePath: imageFilePath(ctx.dataDir, image.hash, image.mime), imageHash: image.hash } : {}),
      };
    }
    if (cue.couponId && !lookup.coupons[cue.couponId]) {
      const c = coupons.get(cue.couponId);
      if (c)
        lookup.coupons[cue.couponId] = { label: c.name, quantity: c.quantity, type: c.type, value: c.value, thresholdFen: c.thresholdFen };
    }
    if (cue.taskId && !lookup.tasks[cue.taskId]) {
      const t = tasks.get(cue.taskId);
      const counter = t ? TASK_COUNTER[t.type] : undefined;
      if (t)
        lookup.tasks[cue.taskId] = {
          title: t.title,
          target: t.target,
          reward: t.reward,
          type: t.type,
          entry: t.entry,
          keyword: t.keyword,
          ...(counter ? { counter } : {}),
        };
    }
  }
  return lookup;
}

import type { BackendContext } from '../../../electron/backend/backendContext';
import { createProductsService } from '../../../electron/backend/catalog/products.service';
import { createShowsService } from '../../../electron/backend/shows/shows.service';

/** A show of two products for the session tests; the first one is standby when the session starts. */
export function seedShow(ctx: BackendContext) {
  const deps = { db: ctx.db, events: ctx.events, clock: ctx.clock };
  const products = createProductsService(deps);
  const shows = createShowsService(deps);
  const a = products.create({ sku: 'A', title: '真丝连衣裙', livePriceFen: 99_900 });
  const b = products.create({ sku: 'B', title: '防晒霜', livePriceFen: 12_900 });
  const show = shows.createShow({ name: '双11 预热', notes: '', plannedStartAt: null });
  const first = shows.insertCue({ showId: show.id, type: 'product', config: { productId: a.id } });
  const second = shows.insertCue({ showId: show.id, type: 'product', config: { productId: b.id }, afterId: first.id });
  return { deps, shows, showId: show.id, firstCueId: first.id, productB: b.id, secondCueId: second.id };
}

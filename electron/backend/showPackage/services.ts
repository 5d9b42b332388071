import type { BackendContext } from '../backendContext';
import type { CoreServices } from '../coreServices';

/** The catalog, image and show services the package code works through (it writes no table of its own). */
export function showPackageServices(
  ctx: Pick<BackendContext, 'db' | 'events' | 'clock' | 'appVersion'>,
  core: Pick<CoreServices, 'products' | 'coupons' | 'tasks' | 'shows' | 'images'>,
) {
  return {
    db: ctx.db,
    events: ctx.events,
    clock: ctx.clock,
    appVersion: ctx.appVersion,
    deviceId: ctx.events.deviceId,
    products: core.products,
    coupons: core.coupons,
    tasks: core.tasks,
    shows: core.shows,
    images: core.images,
  };
}

export type ShowPackageServices = ReturnType<typeof showPackageServices>;

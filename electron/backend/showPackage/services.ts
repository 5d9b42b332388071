import type { BackendContext } from '../backendContext';
import { createCouponsService } from '../catalog/coupons.service';
import { createProductsService } from '../catalog/products.service';
import { createTasksService } from '../catalog/tasks.service';
import { createImageStore } from '../images/imageStore';
import { createShowsService } from '../shows/shows.service';

/** The catalog, image and show services the package code works through (it writes no table of its own). */
export function createShowPackageServices(ctx: Pick<BackendContext, 'db' | 'events' | 'clock' | 'dataDir' | 'appVersion'>) {
  return {
    db: ctx.db,
    events: ctx.events,
    clock: ctx.clock,
    appVersion: ctx.appVersion,
    deviceId: ctx.events.deviceId,
    products: createProductsService(ctx),
    coupons: createCouponsService(ctx),
    tasks: createTasksService(ctx),
    shows: createShowsService(ctx),
    images: createImageStore(ctx),
  };
}

export type ShowPackageServices = ReturnType<typeof createShowPackageServices>;

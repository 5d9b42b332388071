import type { BackendContext } from './backendContext';
import { createCouponsService } from './catalog/coupons.service';
import { createProductsService } from './catalog/products.service';
import { createTasksService } from './catalog/tasks.service';
import { createImageStore } from './images/imageStore';
import { createReportService } from './report/report.service';
import { createSettingsService } from './settings/settings.service';
import { createShowsService } from './shows/shows.service';

/**
 * The domain services every part of the backend works through, each built once here and handed to whoever needs
 * it (handlers, the live session, sync, packages), so there is one of each per database, not one per caller.
 */
export function createCoreServices(ctx: BackendContext) {
  return {
    settings: createSettingsService(ctx.db, ctx.hub, ctx.events),
    products: createProductsService(ctx),
    coupons: createCouponsService(ctx),
    tasks: createTasksService(ctx),
    shows: createShowsService(ctx),
    images: createImageStore(ctx),
    reports: createReportService(ctx),
  };
}

export type CoreServices = ReturnType<typeof createCoreServices>;

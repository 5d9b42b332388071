import type { ShowPackageImportResult } from '../../../shared/domain/showPackage/showPackageResults';
import { DomainError } from '../dispatch/domainError';
import { uniqueShowName } from '../shows/uniqueShowName';
import { toUpsertRow } from './packagePreview';
import type { ReadPackage } from './packageReader';
import type { ShowPackageServices } from './services';

const SHOW_PACKAGE_IMPORTED = 'showPackage.imported';

/**
 * Applies a checked package. Image files are written first (content-addressed: harmless if what
 * follows fails); then ONE transaction records the images, upserts products by SKU, creates the
 * coupons and tasks with new ids, creates the show as a new show with its cues in order and their
 * links rewritten to this PC's ids, and appends `showPackage.imported`. Any refusal or failure inside
 * rolls all of it back.
 */
export async function commitShowPackage(services: ShowPackageServices, pkg: ReadPackage): Promise<ShowPackageImportResult> {
  const staged = await stagePackageImages(services, pkg);
  return services.db.transaction(() => applyStagedPackage(services, pkg, staged))();
}

export type StagedImage = Awaited<ReturnType<ShowPackageServices['images']['stageFile']>>;

/** Writes the package's image files (content-addressed, outside any transaction). */
export async function stagePackageImages(services: ShowPackageServices, pkg: ReadPackage): Promise<StagedImage[]> {
  const staged: StagedImage[] = [];
  for (const image of pkg.images.values()) {
    staged.push(await within(`${pkg.fileName}: ${image.entry}`, () => services.images.stageFile(image.bytes)));
  }
  return staged;
}

/**
 * The package's rows, written inside the caller's transaction (head-office sync adds its own rows to the
 * same transaction). Call it inside `db.transaction`.
 */
export function applyStagedPackage(
  services: ShowPackageServices,
  pkg: ReadPackage,
  staged: readonly StagedImage[],
): ShowPackageImportResult {
  const { db, products, coupons, tasks, shows, events } = services;
  let stored = 0;
  for (const image of staged) if (image.record().created) stored++;

  const upsert = within(`${pkg.fileName}: products.json`, () => products.upsertMany(pkg.products.map(toUpsertRow)));
  const productIds = new Map<string, string>();
  pkg.products.forEach((p, i) => {
    productIds.set(p.id, (upsert.rows[i] as { id: string }).id);
  });

  const couponIds = new Map<string, string>();
  pkg.coupons.forEach((c, i) => {
    const { id, productIds: linked, ...fields } = c;
    const created = within(`${pkg.fileName}: coupons.json coupon ${i + 1} "${c.name}"`, () =>
      coupons.create({ ...fields, productIds: linked.map((pid) => mapped(productIds, pid)) }),
    );
    couponIds.set(id, created.id);
  });

  const taskIds = new Map<string, string>();
  pkg.tasks.forEach((t, i) => {
    const { id, ...fields } = t;
    const created = within(`${pkg.fileName}: tasks.json task ${i + 1} "${t.title}"`, () => tasks.create(fields));
    taskIds.set(id, created.id);
  });

  const name = uniqueShowName(db, pkg.show.show.name);
  const show = within(`${pkg.fileName}: show.json`, () => shows.createShow({ ...pkg.show.show, name }));
  const maps: Record<string, Map<string, string>> = { productId: productIds, couponId: couponIds, taskId: taskIds };
  pkg.show.cues.forEach((cue, i) => {
    const config: Record<string, unknown> = { ...cue.config };
    for (const [key, map] of Object.entries(maps)) {
      if (typeof config[key] === 'string') config[key] = mapped(map, config[key] as string);
    }
    within(`${pkg.fileName}: show.json cue ${i + 1} "${cue.title}"`, () =>
      shows.insertCue({ showId: show.id, type: cue.type, title: cue.title, config }),
    );
  });

  const result: ShowPackageImportResult = {
    showId: show.id,
    showName: name,
    cues: pkg.show.cues.length,
    products: { created: upsert.created, updated: upsert.updated, unchanged: upsert.unchanged },
    coupons: { created: couponIds.size },
    tasks: { created: taskIds.size },
    images: { stored, present: staged.length - stored },
  };
  events.append({
    type: SHOW_PACKAGE_IMPORTED,
    payload: {
      ...result,
      fileName: pkg.fileName,
      packageSha256: pkg.sha256,
      source: {
        formatVersion: pkg.manifest.formatVersion,
        appVersion: pkg.manifest.appVersion,
        exportedAt: pkg.manifest.exportedAt,
        deviceId: pkg.manifest.sourceDeviceId,
        showId: pkg.manifest.sourceShowId,
      },
    },
  });
  return result;
}

function mapped(map: Map<string, string>, id: string): string {
  const to = map.get(id);
  // The reader checked every link stays inside the package, so this is a bug, not bad input.
  if (!to) throw new Error(`No imported item for package id ${id}`);
  return to;
}

/** Runs `fn`; a refusal from a service comes back naming the part of the package it was about. */
function within<T>(label: string, fn: () => T): T {
  try {
    const value = fn();
    if (value instanceof Promise) {
      return value.catch((error: unknown) => {
        throw relabel(label, error);
      }) as T;
    }
    return value;
  } catch (error) {
    throw relabel(label, error);
  }
}

function relabel(label: string, error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(error.code, `${label}: ${error.message}`, {
    ...(error.path ? { path: error.path } : {}),
    ...(error.issues ? { issues: error.issues } : {}),
  });
}

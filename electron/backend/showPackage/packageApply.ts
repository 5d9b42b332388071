import type { Coupon } from '../../../shared/domain/catalog/coupon';
import type { LoyaltyTask } from '../../../shared/domain/catalog/loyaltyTask';
import type { Cue } from '../../../shared/domain/catalog/show';
import { keysBetween } from '../../../shared/domain/ordering/fractionalIndex';
import { packageDetail } from '../../../shared/domain/showPackage/packageRefusals';
import type { ShowPackageImportResult } from '../../../shared/domain/showPackage/showPackageResults';
import { createCouponsDao } from '../catalog/coupons.dao';
import { createTasksDao } from '../catalog/tasks.dao';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import type { EventStore } from '../events/eventStore';
import { uuidv7 } from '../events/uuidv7';
import { createImagesDao } from '../images/images.dao';
import type { KeepPoint } from '../import/slicedLongWrite';
import { createShowsDao, type ShowRecord } from '../shows/shows.dao';
import { uniqueShowName } from '../shows/uniqueShowName';
import type { Db } from '../store/database';
import { productImages } from './packageProductImages';
import type { ReadPackage } from './packageReader';
import type { PackageStage } from './packageStage';
import { within } from './partLabel';

export const SHOW_PACKAGE_IMPORTED = 'showPackage.imported';

/** Staged products per set-based step: a few milliseconds of SQLite work. */
const APPLY_CHUNK = 250;

/** The connection the package is written through, with the event log and clock on it. */
export interface ApplyTarget {
  db: Db;
  events: EventStore;
  clock: Clock;
}

/** A fact naming products of a package written in a part committed ahead of the rest (see applyPackage). */
export const SHOW_PACKAGE_PRODUCTS_APPLIED = 'showPackage.productsApplied';

/**
 * What the committed parts of an apply did, carried from one attempt to the next: an attempt that stepped aside
 * for a command after its products part kept what it wrote, and the next one carries on from there.
 */
export interface ApplyProgress {
  imagesStored: number;
  /** Staged products below this index are applied and committed. */
  productsThrough: number;
  created: ReadonlySet<string>;
  updated: ReadonlySet<string>;
}

export const noProgress = (): ApplyProgress => ({ imagesStored: 0, productsThrough: 0, created: new Set(), updated: new Set() });

/**
 * Where the apply may stop and keep what it wrote (see SliceTurns.keep): `seal` writes the fact naming the
 * products written since the last such stop; `kept` records that they are committed. Undefined: a plain point.
 */
export type ApplyPoint = KeepPoint | undefined;

/** The savepoint before the show and what goes with it: a command arriving there rolls back to it and keeps the products. */
const REST = 'package_rest';

/**
 * An everyday command arriving in that part (or just before it) waits for it to finish when, at the part's pace so far
 * (REST_PACE_GUESS_MS before its first item), it would wait no longer than this in all (counting what it has waited
 * already); otherwise the part is rolled back for it at once. The part takes a few tens of milliseconds for hundreds
 * of cues, and rolled back, it is written again after the command. A live command never waits.
 */
export const REST_GRACE_MS = 50;

/**
 * What is left of that part is judged by its work so far, counting each coupon, task and cue as one and each product
 * a coupon links as this much more (a row and an id in the coupon's event: about 3 µs, where an item takes some
 * 45 µs). By items alone, a show whose few coupons link thousands of products would seem several times longer than it
 * is while its coupons are written, and a command arriving then would never be given the grace.
 */
export const LINK_WORK = 1 / 16;

const couponWork = (productIds: readonly string[]) => 1 + productIds.length * LINK_WORK;

/**
 * The pace that part is taken to go at before any of it is written, in ms a unit of its work: about what it goes at
 * on the PC it was measured on (a coupon ≈ 50 µs, a cue ≈ 40 µs). Without it, a command arriving as the part begins
 * was never given the grace, and the part, the products' commit and their local ids cost tens of milliseconds more.
 * A slower PC shows at the first item, and a command that waited on the guess steps aside there.
 */
export const REST_PACE_GUESS_MS = 0.05;

/**
 * How long an everyday command may have waited and still wait for the rest of that part (REST_GRACE_MS less what is
 * left of it): `done` of `work` units written in `elapsedMs`, at the guessed pace while none is.
 */
export function restGraceMs(work: number, done: number, elapsedMs: number): number {
  const msPerWork = done === 0 ? REST_PACE_GUESS_MS : elapsedMs / done;
  return REST_GRACE_MS - msPerWork * (work - done);
}

/**
 * Writes a staged package in the caller's transactions on `target.db`, yielding where a turn of the
 * event loop is safe. Image rows first (their files are written already), then products by SKU in
 * set-based slices (the products import's UPDATE … FROM and INSERT … SELECT, then the image lists of the
 * products created and those of existing products that differ), coupons and tasks with new ids, the show
 * as a new show with its cues in order and their links rewritten to this PC's ids, and last
 * `showPackage.imported`, which names the SKUs created and updated (one fact for thousands of products, as
 * the products import logs).
 *
 * Every point may keep the images and products written (the catalog rows stand on their own, by SKU, and
 * `showPackage.productsApplied` names them); everything from `beforeRest` on (coupons, tasks, the show and its
 * cues) is written whole or not at all: a point there that steps aside first rolls it back to a savepoint.
 * `progress` says what earlier attempts kept.
 */
export function* applyPackage(
  target: ApplyTarget,
  stage: PackageStage,
  pkg: ReadPackage,
  progress: ApplyProgress,
  beforeRest: () => void = () => {},
): Generator<ApplyPoint, ShowPackageImportResult> {
  const { db, events, clock } = target;
  const now = clock.now();
  const done = {
    imagesStored: progress.imagesStored,
    productsThrough: progress.productsThrough,
    created: new Set(progress.created),
    updated: new Set(progress.updated),
  };
  // Products written since the last kept part: what its fact names.
  let sinceKept = { created: [] as string[], updated: [] as string[] };
  const keepPoint: ApplyPoint = {
    seal() {
      if (sinceKept.created.length + sinceKept.updated.length === 0) return;
      events.append({
        type: SHOW_PACKAGE_PRODUCTS_APPLIED,
        payload: { fileName: pkg.fileName, packageSha256: pkg.sha256, skus: sinceKept },
      });
    },
    kept() {
      Object.assign(progress, { ...done, created: new Set(done.created), updated: new Set(done.updated) });
      sinceKept = { created: [], updated: [] };
    },
  };

  const images = createImagesDao(db);
  for (const image of pkg.images.values()) {
    if (images.get(image.hash)) continue;
    images.insert({ hash: image.hash, mime: image.mime, bytes: image.bytes.length, createdAt: now });
    events.append({ type: 'image.stored', payload: { hash: image.hash, mime: image.mime, bytes: image.bytes.length } });
    done.imagesStored++;
    yield keepPoint;
  }

  const imageLists = productImages(db, pkg.products);
  const changed = (sku: string) => done.created.has(sku) || done.updated.has(sku);
  for (let from = done.productsThrough; from < stage.products.size; from += APPLY_CHUNK) {
    const to = Math.min(from + APPLY_CHUNK, stage.products.size);
    const result = within(`${pkg.fileName}: products.json`, () => stage.products.apply(from, to, now));
    for (const sku of result.created) done.created.add(sku);
    for (const sku of result.updated) done.updated.add(sku);
    // A product whose only change is its images is updated too.
    const imagesOnly = imageLists.replace(from, to, result.created.length, now, changed);
    for (const sku of imagesOnly) done.updated.add(sku);
    sinceKept.created.push(...result.created);
    sinceKept.updated.push(...result.updated, ...imagesOnly);
    done.productsThrough = to;
    yield keepPoint;
  }
  const { created, updated } = done;
  const productIds = imageLists.localIds();
  // A product kept by an earlier part may have been deleted, or its SKU changed, by a command in between.
  const gone = pkg.products.find((p) => !productIds.has(p.id));
  if (gone) {
    throw new DomainError(
      'CONFLICT',
      `${pkg.fileName}: product "${gone.sku}" was deleted or changed while the package was being imported`,
      { reason: 'PACKAGE_PRODUCT_GONE', detail: packageDetail('productGone', { sku: gone.sku }) },
    );
  }
  const restWork = stage.coupons.reduce((sum, c) => sum + couponWork(c.fields.productIds), 0) + stage.tasks.length + stage.cues.length;
  // A command arriving here would wait for the whole of the show's part: given the grace when, at the guessed pace, it
  // fits (stepping aside keeps the products, and the next attempt looks their ids up again).
  yield { ...keepPoint, graceMs: restGraceMs(restWork, 0, 0) };

  // From here on a turn that steps aside drops this part (to the savepoint) and keeps the products before it.
  // Opening the savepoint also makes the search index write the entries it holds in memory, in a step of its
  // own, rather than inside COMMIT.
  db.exec(`SAVEPOINT ${REST}`);
  const restStart = clock.monotonic();
  let restDone = 0;
  const restPoint: ApplyPoint = {
    ...keepPoint,
    rollbackTo: REST,
    // Read at a turn only. The gate steps aside once the command has waited this long: what it waited, plus what is
    // left, must fit in the grace.
    get graceMs() {
      return restGraceMs(restWork, restDone, clock.monotonic() - restStart);
    },
  };
  yield restPoint;
  beforeRest();
  const couponsDao = createCouponsDao(db);
  const couponIds = new Map<string, string>();
  for (const { packageId, fields } of stage.coupons) {
    const coupon: Coupon = {
      ...fields,
      productIds: fields.productIds.map((id) => mapped(productIds, id)),
      id: uuidv7(now),
      createdAt: now,
      updatedAt: now,
    };
    couponsDao.insert(coupon);
    couponsDao.setProducts(coupon.id, coupon.productIds);
    events.append({ type: 'coupon.created', payload: { coupon } });
    couponIds.set(packageId, coupon.id);
    restDone += couponWork(fields.productIds);
    yield restPoint;
  }

  const tasksDao = createTasksDao(db);
  const taskIds = new Map<string, string>();
  for (const { packageId, fields } of stage.tasks) {
    const task: LoyaltyTask = { ...fields, id: uuidv7(now), createdAt: now, updatedAt: now };
    tasksDao.insert(task);
    events.append({ type: 'task.created', payload: { task } });
    taskIds.set(packageId, task.id);
    restDone++;
    yield restPoint;
  }

  const showsDao = createShowsDao(db);
  const name = uniqueShowName(db, stage.show.name);
  const show: ShowRecord = { ...stage.show, name, id: uuidv7(now), createdAt: now, updatedAt: now };
  showsDao.insertShow(show);
  events.append({ type: 'show.created', payload: { show } });
  const links: Record<string, Map<string, string>> = { productId: productIds, couponId: couponIds, taskId: taskIds };
  const keys = keysBetween(null, null, stage.cues.length);
  for (const [i, draft] of stage.cues.entries()) {
    const config: Record<string, unknown> = { ...draft.config };
    for (const [key, map] of Object.entries(links)) if (typeof config[key] === 'string') config[key] = mapped(map, config[key] as string);
    const cue: Cue = {
      id: uuidv7(now),
      showId: show.id,
      orderKey: keys[i] as string,
      type: draft.type,
      title: draft.title,
      config,
      createdAt: now,
      updatedAt: now,
    };
    showsDao.insertCue(cue);
    events.append({ type: 'cue.created', payload: { cue, afterId: null, beforeId: null } });
    restDone++;
    yield restPoint;
  }
  showsDao.touchShow(show.id, now);

  const inFileOrder = (skus: Set<string>) => pkg.products.filter((p) => skus.has(p.sku)).map((p) => p.sku);
  const result: ShowPackageImportResult = {
    showId: show.id,
    showName: name,
    cues: stage.cues.length,
    products: { created: created.size, updated: updated.size, unchanged: stage.products.size - created.size - updated.size },
    coupons: { created: couponIds.size },
    tasks: { created: taskIds.size },
    images: { stored: done.imagesStored, present: pkg.images.size - done.imagesStored },
  };
  events.append({
    type: SHOW_PACKAGE_IMPORTED,
    payload: {
      ...result,
      fileName: pkg.fileName,
      packageSha256: pkg.sha256,
      skus: { created: inFileOrder(created), updated: inFileOrder(updated) },
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

import { createHash } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Coupon } from '../../../shared/domain/catalog/coupon';
import type { ImageMime } from '../../../shared/domain/catalog/image';
import type { LoyaltyTask } from '../../../shared/domain/catalog/loyaltyTask';
import type { Product } from '../../../shared/domain/catalog/product';
import {
  CUE_REFERENCES,
  imageEntryName,
  type ManifestV1,
  PACKAGE_ENTRY,
  PACKAGE_MAX_BYTES,
  type PackageCoupon,
  type PackageProduct,
  type PackageTask,
  SHOW_PACKAGE_FORMAT,
  SHOW_PACKAGE_VERSION,
  type ShowPartV1,
} from '../../../shared/domain/showPackage/showPackageFormat';
import type { ShowPackageSummary } from '../../../shared/domain/showPackage/showPackageResults';
import { DomainError } from '../dispatch/domainError';
import { packageFileName } from './fileName';
import type { ShowPackageServices } from './services';

export interface BuiltPackage {
  fileName: string;
  bytes: Uint8Array;
  summary: ShowPackageSummary;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const jsonBytes = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Packs a show with everything its cues use into a `.livecue` zip. Read-only: nothing in the catalog
 * changes and no event is written. Images are read through the image store (checked against their
 * hash); JSON parts are deflated, images (already compressed) stored as they are.
 */
export async function buildShowPackage(services: ShowPackageServices, showId: string): Promise<BuiltPackage> {
  const { shows, products, coupons, tasks, deviceId, appVersion, clock } = services;
  const { show, cues } = shows.getShow(showId);

  const ids = { products: new Set<string>(), coupons: new Set<string>(), tasks: new Set<string>() };
  for (const cue of cues) {
    for (const ref of CUE_REFERENCES) {
      const id = cue.config[ref.key];
      if (typeof id === 'string') ids[ref.part].add(id);
    }
  }
  const lookup = <T>(what: string, id: string, get: (id: string) => T): T => {
    try {
      return get(id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        throw new DomainError('CONFLICT', `A cue in "${show.name}" refers to ${what} ${id}, which no longer exists`, { path: ['showId'] });
      }
      throw error;
    }
  };
  const packedCoupons: Coupon[] = [...ids.coupons].map((id) => lookup('coupon', id, coupons.get));
  const packedTasks: LoyaltyTask[] = [...ids.tasks].map((id) => lookup('task', id, tasks.get));
  // Products the cues use, then products linked to the included coupons.
  for (const coupon of packedCoupons) for (const id of coupon.productIds) ids.products.add(id);
  const packedProducts: Product[] = [...ids.products].map((id) => lookup('product', id, products.get));

  const imageFiles = await readProductImages(services, packedProducts);

  const showPart: ShowPartV1 = {
    show: { name: show.name, notes: show.notes, plannedStartAt: show.plannedStartAt },
    cues: cues.map((c) => ({ type: c.type, title: c.title, config: c.config })),
  };
  const productPart = packedProducts.map(toPackageProduct);
  const couponPart = packedCoupons.map(toPackageCoupon);
  const taskPart: PackageTask[] = packedTasks.map(({ createdAt: _c, updatedAt: _u, ...t }) => t);

  const jsonParts = [
    { name: PACKAGE_ENTRY.show, bytes: jsonBytes(showPart) },
    { name: PACKAGE_ENTRY.products, bytes: jsonBytes({ products: productPart }) },
    { name: PACKAGE_ENTRY.coupons, bytes: jsonBytes({ coupons: couponPart }) },
    { name: PACKAGE_ENTRY.tasks, bytes: jsonBytes({ tasks: taskPart }) },
  ];
  const exportedAt = clock.now();
  const entries: ManifestV1['entries'] = {};
  for (const part of [...jsonParts, ...imageFiles]) entries[part.name] = { sha256: sha256(part.bytes), bytes: part.bytes.length };
  const manifest: ManifestV1 = {
    format: SHOW_PACKAGE_FORMAT,
    formatVersion: SHOW_PACKAGE_VERSION,
    appVersion,
    exportedAt: new Date(exportedAt).toISOString(),
    sourceDeviceId: deviceId,
    sourceShowId: show.id,
    showName: show.name,
    counts: {
      cues: cues.length,
      products: productPart.length,
      coupons: couponPart.length,
      tasks: taskPart.length,
      images: imageFiles.length,
    },
    entries,
  };

  const bytes = await zipEntries(
    [
      { name: PACKAGE_ENTRY.manifest, bytes: jsonBytes(manifest), deflate: true },
      ...jsonParts.map((p) => ({ ...p, deflate: true })),
      ...imageFiles.map((f) => ({ ...f, deflate: false })),
    ],
    exportedAt,
  );
  if (bytes.length > PACKAGE_MAX_BYTES) {
    throw new DomainError(
      'CONFLICT',
      `The package for "${show.name}" would be ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${PACKAGE_MAX_BYTES / 1048576} MB. Use fewer or smaller images.`,
      { path: ['showId'] },
    );
  }
  return {
    fileName: packageFileName(show.name),
    bytes,
    summary: { showName: show.name, ...manifest.counts, bytes: bytes.length },
  };
}

/** A product as a package carries it: its fields and id, not this PC's timestamps. */
export function toPackageProduct({ createdAt: _c, updatedAt: _u, ...p }: Product): PackageProduct {
  return p;
}

export function toPackageCoupon({ createdAt: _c, updatedAt: _u, ...c }: Coupon): PackageCoupon {
  return c;
}

/** Every image these products show, once each, as package entries (read through the image store, hash-checked). */
export async function readProductImages(
  services: Pick<ShowPackageServices, 'images'>,
  products: readonly Product[],
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const seen = new Set<string>();
  for (const product of products) {
    for (const hash of product.images) {
      if (seen.has(hash)) continue;
      seen.add(hash);
      const { info, bytes } = await services.images.read(hash);
      files.push({ name: imageEntryName(hash, info.mime as ImageMime), bytes });
    }
  }
  return files;
}

/** Builds the zip entry by entry, giving the event loop a turn between entries. */
async function zipEntries(files: { name: string; bytes: Uint8Array; deflate: boolean }[], mtime: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) done = true;
  });
  for (const file of files) {
    const entry = file.deflate ? new ZipDeflate(file.name, { level: 6 }) : new ZipPassThrough(file.name);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(file.bytes, true);
    if (failure) throw failure;
    await nextMacrotask();
  }
  zip.end();
  if (failure) throw failure;
  if (!done) throw new Error('The zip writer did not finish');
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

import { z } from 'zod';
import { Id, refineWith } from '../catalog/common';
import { CouponFields, couponIssues } from '../catalog/coupon';
import { IMAGE_MAX_BYTES, type ImageMime } from '../catalog/image';
import { TaskFields, taskIssues } from '../catalog/loyaltyTask';
import { ProductFields } from '../catalog/product';
import { CueType, refineCueConfig, ShowFields } from '../catalog/show';

/**
 * The portable show package (`.livecue`): one zip holding a show, the products, coupons and loyalty
 * tasks its cues use, and their images, so a show can be handed to another PC without a network.
 *
 *   manifest.json            format name and version, who made it and when, counts, SHA-256 of every other entry
 *   show.json                the show and its cues, in order
 *   products.json            products the cues use, plus products linked to included coupons
 *   coupons.json             coupons the cues use
 *   tasks.json               loyalty tasks the cues use
 *   images/<sha256>.<ext>    every image those products show
 *
 * Ids inside a package are the exporting PC's ids; they only link the parts together. An import
 * gives everything new ids (products are matched by SKU) and rewrites the links.
 *
 * JSON parts are read with non-strict schemas: keys a later version adds are ignored. A package
 * whose `formatVersion` is newer than SHOW_PACKAGE_VERSION is refused; bump the version for any
 * change an older reader would get wrong.
 */
export const SHOW_PACKAGE_FORMAT = 'livecue-show-package';
export const SHOW_PACKAGE_VERSION = 1;
export const SHOW_PACKAGE_EXTENSION = '.livecue';

export const PACKAGE_ENTRY = {
  manifest: 'manifest.json',
  show: 'show.json',
  products: 'products.json',
  coupons: 'coupons.json',
  tasks: 'tasks.json',
} as const;

/** Largest package file accepted (and produced). */
export const PACKAGE_MAX_BYTES = 200 * 1024 * 1024;
/** Largest uncompressed JSON part. */
export const PACKAGE_JSON_MAX_BYTES = 16 * 1024 * 1024;
/** Largest uncompressed image entry: the image store's own limit. */
export const PACKAGE_IMAGE_MAX_BYTES = IMAGE_MAX_BYTES;
/** Most bytes all entries of one package may inflate to together. */
export const PACKAGE_INFLATED_MAX_BYTES = 300 * 1024 * 1024;
/** Most items in one list of a part (cues, products, coupons, tasks). */
export const PACKAGE_MAX_ITEMS = 10_000;
/** Most entries in one package. */
export const PACKAGE_MAX_ENTRIES = 2000;

const IMAGE_EXTENSIONS: Record<ImageMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
const MIME_OF_EXTENSION = new Map(Object.entries(IMAGE_EXTENSIONS).map(([mime, ext]) => [ext, mime as ImageMime]));

export function imageEntryName(hash: string, mime: ImageMime): string {
  return `images/${hash}.${IMAGE_EXTENSIONS[mime]}`;
}

/** The hash and format an image entry's name claims, or null when the name is not an image entry. */
export function parseImageEntryName(name: string): { hash: string; mime: ImageMime } | null {
  const match = /^images\/([0-9a-f]{64})\.([a-z]+)$/.exec(name);
  const mime = match && MIME_OF_EXTENSION.get(match[2] as string);
  return match && mime ? { hash: match[1] as string, mime } : null;
}

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 (64 lower-case hex characters)');

/** The first look at a manifest: enough to tell a package from anything else and to refuse a newer format. */
export const ManifestHead = z.object({
  format: z.string({ message: 'format is missing' }),
  formatVersion: z.number({ message: 'formatVersion is missing' }).int().positive(),
});

const PackageCounts = z.object({
  cues: z.number().int().nonnegative(),
  products: z.number().int().nonnegative(),
  coupons: z.number().int().nonnegative(),
  tasks: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
});

const ManifestEntry = z.object({ sha256: Sha256Hex, bytes: z.number().int().nonnegative() });

export const ManifestV1 = z.object({
  format: z.literal(SHOW_PACKAGE_FORMAT),
  formatVersion: z.literal(1),
  /** Version of the LiveCue that wrote the package. */
  appVersion: z.string().min(1).max(100),
  exportedAt: z.iso.datetime({ offset: true, message: 'exportedAt must be an ISO 8601 date-time' }),
  /** Device id of the exporting PC (its event-log identity). */
  sourceDeviceId: z.string().min(1).max(100),
  sourceShowId: Id,
  showName: z.string().max(200),
  counts: PackageCounts,
  /** Every entry but manifest.json, by name. */
  entries: z.record(z.string().min(1).max(300), ManifestEntry),
});
export type ManifestV1 = z.infer<typeof ManifestV1>;

const PackageCue = z
  .object({
    type: CueType,
    title: z.string().trim().min(1, 'title must not be empty').max(200),
    config: z.record(z.string(), z.unknown()),
  })
  .superRefine(refineCueConfig);

export const ShowPartV1 = z.object({
  show: ShowFields,
  /** In running order. */
  cues: z.array(PackageCue).max(PACKAGE_MAX_ITEMS),
});
export type ShowPartV1 = z.infer<typeof ShowPartV1>;

/** A product as packaged: `sku` and `title` always; other fields only when carried (an import changes only those). */
export const PackageProduct = ProductFields.partial().required({ sku: true, title: true }).extend({ id: Id });
export type PackageProduct = z.infer<typeof PackageProduct>;
export const ProductsPartV1 = z.object({ products: z.array(PackageProduct).max(PACKAGE_MAX_ITEMS) });

export const PackageCoupon = CouponFields.extend({ id: Id }).superRefine(refineWith(couponIssues));
export type PackageCoupon = z.infer<typeof PackageCoupon>;
export const CouponsPartV1 = z.object({ coupons: z.array(PackageCoupon).max(PACKAGE_MAX_ITEMS) });

/** `entry` arrived after format 1 shipped: a package written before it has none. */
export const PackageTask = TaskFields.extend({ id: Id, entry: TaskFields.shape.entry.default('') }).superRefine(refineWith(taskIssues));
export type PackageTask = z.infer<typeof PackageTask>;
export const TasksPartV1 = z.object({ tasks: z.array(PackageTask).max(PACKAGE_MAX_ITEMS) });

/** Cue config keys that point at catalog items, and the part each points into. */
export const CUE_REFERENCES = [
  { key: 'productId', part: 'products', what: 'product' },
  { key: 'couponId', part: 'coupons', what: 'coupon' },
  { key: 'taskId', part: 'tasks', what: 'task' },
] as const;

import { z } from 'zod';
import { EpochMs, Id } from '../catalog/common';
import { CouponType } from '../catalog/coupon';
import { ImageHash, ImageMime } from '../catalog/image';
import { TaskType } from '../catalog/loyaltyTask';

const Count = z.number().int().nonnegative();

/** What a package holds. */
export const ShowPackageSummary = z.object({
  showName: z.string(),
  cues: Count,
  products: Count,
  coupons: Count,
  tasks: Count,
  images: Count,
  /** Size of the package file. */
  bytes: Count,
});
export type ShowPackageSummary = z.infer<typeof ShowPackageSummary>;

export const ShowPackageExport = z.object({
  /** Suggested file name: the show's name made safe for Windows, macOS and Linux, ending in `.livecue`. */
  fileName: z.string(),
  /** The package file, base64. */
  bytes: z.string(),
  summary: ShowPackageSummary,
});
export type ShowPackageExport = z.infer<typeof ShowPackageExport>;

/** One field of an existing product that the package would change. */
const ProductFieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

/**
 * Something the user should know before committing; never blocks the import (blocking problems are errors). `code`
 * and the fields beside it are what the UI says in its own words; `message` is the same in English, for logs.
 */
export const PackageProblem = z.discriminatedUnion('code', [
  /** A show of that name exists: the imported one gets `importAs`. */
  z.object({ code: z.literal('SHOW_RENAMED'), entry: z.string(), name: z.string(), importAs: z.string(), message: z.string() }),
  /** A coupon of the package ended (`endsAt`, ms) before the preview. */
  z.object({ code: z.literal('COUPON_ENDED'), entry: z.string(), coupon: z.string(), endsAt: z.number().int(), message: z.string() }),
  /** An entry this version does not know, left alone. */
  z.object({ code: z.literal('ENTRY_IGNORED'), entry: z.string(), message: z.string() }),
]);
export type PackageProblem = z.infer<typeof PackageProblem>;

const PreviewImage = z.object({ hash: ImageHash, mime: ImageMime, bytes: Count });

export const ShowPackagePreview = z.object({
  previewId: Id,
  fileName: z.string(),
  /** After this the preview is dropped and commit answers NOT_FOUND. */
  expiresAt: EpochMs,
  source: z.object({
    formatVersion: z.number().int(),
    appVersion: z.string(),
    exportedAt: z.string(),
    deviceId: z.string(),
  }),
  show: z.object({
    /** The name in the package. */
    name: z.string(),
    /** The name the new show will get (" (2)" and so on when a show with that name exists). */
    importAs: z.string(),
    cueCount: Count,
  }),
  products: z.object({
    /** SKUs new to this PC. */
    create: z.array(z.object({ sku: z.string(), title: z.string() })),
    /** SKUs this PC has, with the fields the package's values will change. */
    update: z.array(z.object({ id: Id, sku: z.string(), title: z.string(), changes: z.array(ProductFieldChange) })),
    /** SKUs this PC has with the same values already. */
    unchanged: z.array(z.object({ id: Id, sku: z.string(), title: z.string() })),
  }),
  coupons: z.object({ create: z.array(z.object({ name: z.string(), type: CouponType })) }),
  tasks: z.object({ create: z.array(z.object({ title: z.string(), type: TaskType })) }),
  images: z.object({ new: z.array(PreviewImage), present: z.array(PreviewImage) }),
  problems: z.array(PackageProblem),
});
export type ShowPackagePreview = z.infer<typeof ShowPackagePreview>;

/** What an import did; also the payload of the `showPackage.imported` event (with `source`). */
export const ShowPackageImportResult = z.object({
  showId: Id,
  showName: z.string(),
  cues: Count,
  products: z.object({ created: Count, updated: Count, unchanged: Count }),
  coupons: z.object({ created: Count }),
  tasks: z.object({ created: Count }),
  images: z.object({ stored: Count, present: Count }),
});
export type ShowPackageImportResult = z.infer<typeof ShowPackageImportResult>;

import { z } from 'zod';
import { Id } from '../../domain/catalog/common';
import { PACKAGE_MAX_BYTES } from '../../domain/showPackage/showPackageFormat';
import { ShowPackageExport, ShowPackageImportResult, ShowPackagePreview } from '../../domain/showPackage/showPackageResults';
import { defineJob, defineQuery } from './defineMethod';

/** Base64 length of the largest package accepted. */
const MAX_BASE64 = Math.ceil(PACKAGE_MAX_BYTES / 3) * 4;

export const showPackageMethods = {
  'showPackage.export': defineQuery({
    summary: 'Packs a show with the products, coupons, loyalty tasks and images its cues use into one .livecue file (base64). Read-only.',
    input: z.object({ showId: Id }).strict(),
    output: ShowPackageExport,
  }),
  'showPackage.preview': defineQuery({
    summary:
      'Reads and checks a .livecue file and says what importing it would do (products created or updated by SKU, ' +
      'coupons, tasks, images, the new show name). Writes nothing; the preview is kept for a while under `previewId`.',
    input: z
      .object({
        fileName: z.string().trim().min(1, 'fileName is required').max(255),
        bytes: z.string().min(1, 'the file is empty').max(MAX_BASE64, 'the package is larger than 200 MB'),
      })
      .strict(),
    output: ShowPackagePreview,
  }),
  // A job: it takes the write gate itself for its sliced apply, so commands sent meanwhile are answered between slices.
  'showPackage.commit': defineJob({
    summary:
      'Imports a previewed package in one transaction: products upserted by SKU, coupons and tasks created, images stored, ' +
      'and the show created as a new show. Any failure leaves the catalog unchanged; commands sent meanwhile are answered between its slices.',
    input: z.object({ previewId: Id }).strict(),
    output: ShowPackageImportResult,
  }),
} as const;

import { z } from 'zod';
import { ImportIssue } from '../../domain/import/importIssue';
import { CommitResult, ImportPreview, ManualMapping, PreviewRow } from '../../domain/import/importPreview';
import { defineJob, defineQuery } from './defineMethod';

/** Largest file accepted for import, before base64. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const PreviewId = z.string().min(1).max(100);

/** A file sent for import: its name as picked and its bytes as base64, at most `maxBytes` before encoding. */
export function fileUpload(maxBytes: number) {
  return {
    fileName: z.string().min(1).max(255),
    bytesBase64: z
      .string()
      .min(1, 'the file is empty')
      .max(Math.ceil(maxBytes / 3) * 4, `the file is larger than ${Math.round(maxBytes / 1048576)} MB`),
  };
}
const Paging = { offset: z.number().int().nonnegative(), limit: z.number().int().positive().max(1000) };

export const ExportWhat = z.enum(['products', 'coupons', 'tasks']);
export const ExportFormat = z.enum(['csv', 'xlsx']);

export const ExportedFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  bytesBase64: z.string(),
  rows: z.number().int().nonnegative(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const importMethods = {
  'import.products.preview': defineQuery({
    summary:
      'Reads a CSV/XLSX file (bytes as base64) and says what importing it would do: mapping, per-row errors, create vs update. Writes nothing. Progress on `import.progress` under `jobId`.',
    input: z
      .object({
        jobId: z.string().min(8).max(100).optional(),
        ...fileUpload(IMPORT_MAX_BYTES),
        mapping: ManualMapping.optional(),
      })
      .strict(),
    output: ImportPreview,
  }),
  'import.products.remap': defineQuery({
    summary: 'Re-checks a preview with a corrected column mapping (column index → field, or null to ignore).',
    input: z.object({ previewId: PreviewId, mapping: ManualMapping }).strict(),
    output: ImportPreview,
  }),
  'import.products.chooseDuplicate': defineQuery({
    summary:
      'For a SKU on several rows of the file, picks the row that is imported (the first by default; the others are left out) and re-checks the preview.',
    input: z.object({ previewId: PreviewId, sku: z.string().min(1).max(64), row: z.number().int().positive() }).strict(),
    output: ImportPreview,
  }),
  'import.products.rows': defineQuery({
    summary: 'A page of the preview rows in file order.',
    input: z.object({ previewId: PreviewId, ...Paging }).strict(),
    output: z.array(PreviewRow),
  }),
  'import.products.issues': defineQuery({
    summary: 'A page of the preview problems, by row.',
    input: z.object({ previewId: PreviewId, ...Paging }).strict(),
    output: z.array(ImportIssue),
  }),
  'import.products.commit': defineJob({
    summary:
      'Imports the valid rows of a preview in one transaction: all or nothing. Refused while rows are invalid unless skipInvalid is true.',
    input: z.object({ previewId: PreviewId, skipInvalid: z.boolean().default(false) }).strict(),
    output: CommitResult,
  }),
  'import.cancel': defineQuery({
    summary: 'Stops a running preview or commit at its next step; nothing is changed.',
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  }),
  'import.products.discard': defineQuery({
    summary: 'Forgets a preview.',
    input: z.object({ previewId: PreviewId }).strict(),
    output: z.object({ discarded: z.literal(true) }),
  }),
  'export.catalog': defineQuery({
    summary: 'Products, coupons or loyalty tasks as CSV (UTF-8 with BOM) or XLSX; text cells are guarded against formulas.',
    input: z.object({ what: ExportWhat, format: ExportFormat, language: z.enum(['zh', 'en']).default('zh') }).strict(),
    output: ExportedFile,
  }),
} as const;

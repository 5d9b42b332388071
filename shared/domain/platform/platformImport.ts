import { z } from 'zod';
import { cellIssueSchema } from '../import/importIssue';
import { columnInfoSchema, ImportSourceInfo, TotalsLine } from '../import/importPreview';
import { LivePlatform, PlatformFileKind, PlatformMinuteRow, PlatformProductRow } from './platformData';

const Count = z.number().int().nonnegative();
const Row = z.number().int().positive();

/** The columns a platform's results file can be mapped to; which of them a file kind uses is below. */
export const PlatformField = z.enum([
  'platformProductId',
  'sku',
  'title',
  'exposures',
  'clicks',
  'orders',
  'buyers',
  'gmv',
  'refund',
  'time',
  'viewersOnline',
  'entries',
  'likes',
  'comments',
  'newFollowers',
]);
export type PlatformField = z.infer<typeof PlatformField>;

export const PLATFORM_FIELDS: Readonly<Record<PlatformFileKind, readonly PlatformField[]>> = {
  products: ['platformProductId', 'sku', 'title', 'exposures', 'clicks', 'orders', 'buyers', 'gmv', 'refund'],
  trend: ['time', 'viewersOnline', 'entries', 'likes', 'comments', 'newFollowers', 'orders', 'gmv'],
};

/** Fields in 元 (stored in fen); the others are whole counts. */
export const MONEY_FIELDS: ReadonlySet<PlatformField> = new Set(['gmv', 'refund']);

/** Stable problem codes; the UI translates them, the English message is the fallback. */
export const PlatformIssueCode = z.enum([
  'NUMBER_INVALID', // not a number ("abc", "1.2.3")
  'NUMBER_NEGATIVE',
  'NUMBER_NOT_WHOLE', // a count with decimals
  'NUMBER_TOO_PRECISE', // an amount below the fen
  'NUMBER_TOO_LARGE',
  'CELL_ERROR', // an Excel error value such as #N/A
  'KEY_MISSING', // a product row with no id, SKU or title; a trend row with no time
  'TIME_INVALID',
  'TIME_OUTSIDE_SESSION', // more than an hour before the session started or after it ended
  'DUPLICATE_ROW', // the same product or minute again: the first row is imported
  'FORMULA_TEXT', // "=HYPERLINK(…)": kept as text, flagged
  'PRODUCT_UNMATCHED', // no catalog product has this id, SKU or title: imported with no product
]);
export type PlatformIssueCode = z.infer<typeof PlatformIssueCode>;

const WARNING_CODES: ReadonlySet<PlatformIssueCode> = new Set([
  'TIME_OUTSIDE_SESSION',
  'DUPLICATE_ROW',
  'FORMULA_TEXT',
  'PRODUCT_UNMATCHED',
]);

/** A warning does not stop its row from being imported; an error does. */
export function platformIssueSeverity(code: PlatformIssueCode): 'error' | 'warning' {
  return WARNING_CODES.has(code) ? 'warning' : 'error';
}

/** A problem with one cell (or one row when `column` is null). `row` is the row number the file shows. */
export const PlatformIssue = cellIssueSchema(PlatformField, PlatformIssueCode);
export type PlatformIssue = z.infer<typeof PlatformIssue>;

export const PlatformColumn = columnInfoSchema(PlatformField);
export type PlatformColumn = z.infer<typeof PlatformColumn>;

/** The user's corrections: column index (0-based) → field, or null to ignore the column. */
export const PlatformMapping = z.record(z.string().regex(/^\d+$/), PlatformField.nullable());
export type PlatformMapping = z.infer<typeof PlatformMapping>;

/** Which row is imported for a repeated product or minute (key as in `PlatformDuplicate.key`) → row. */
export const PlatformChoices = z.record(z.string(), Row);
export type PlatformChoices = z.infer<typeof PlatformChoices>;

/** One data row as it would be imported (a product row or a minute, by the file's kind), left out as invalid, or left out for a repeat. */
export const PlatformPreviewRow = z
  .object({ row: Row, action: z.enum(['import', 'invalid', 'duplicate']) })
  .extend({ product: PlatformProductRow.nullable(), minute: PlatformMinuteRow.nullable() });
export type PlatformPreviewRow = z.infer<typeof PlatformPreviewRow>;

/** A product (platform id, SKU or title) or a minute on several rows; only `chosenRow` is imported. */
export const PlatformDuplicate = z.object({ key: z.string(), label: z.string(), chosenRow: Row, rows: z.array(Row) });
export type PlatformDuplicate = z.infer<typeof PlatformDuplicate>;

const TOTALS = ['rows', 'valid', 'invalid', 'duplicate', 'warned', 'matched', 'unmatched'] as const;
/** Row counts; `matched`/`unmatched` are product files' valid rows with and without a catalog product. */
export const PlatformImportTotals = z.object(
  Object.fromEntries(TOTALS.map((k) => [k, Count])) as Record<(typeof TOTALS)[number], typeof Count>,
);
export type PlatformImportTotals = z.infer<typeof PlatformImportTotals>;

/** Which preview of which session's which file. */
const PreviewSubject = { previewId: z.string(), sessionId: z.string(), platform: LivePlatform, kind: PlatformFileKind };

export const PlatformImportPreview = z.object({
  ...PreviewSubject,
  source: ImportSourceInfo,
  headerRow: Row,
  columns: z.array(PlatformColumn),
  /** True when part of the mapping came from the one remembered for this platform and kind. */
  rememberedMapping: z.boolean(),
  totals: PlatformImportTotals,
  issues: z.array(PlatformIssue),
  issuesTotal: Count,
  rows: z.array(PlatformPreviewRow),
  duplicates: z.array(PlatformDuplicate),
  totalsLines: z.array(TotalsLine),
  /** Whole-file problems that block the import (no key column, nothing to import). */
  blocking: z.array(z.object({ code: z.enum(['KEY_COLUMN_MISSING', 'NOTHING_TO_IMPORT']), message: z.string() })),
});
export type PlatformImportPreview = z.infer<typeof PlatformImportPreview>;

export const PlatformImportResult = z.object({
  importId: z.string(),
  eventType: z.enum(['platform.products', 'platform.trend']),
  rows: Count,
  skippedInvalid: Count,
  unmatched: Count,
});
export type PlatformImportResult = z.infer<typeof PlatformImportResult>;

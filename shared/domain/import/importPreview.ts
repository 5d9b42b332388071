import { z } from 'zod';
import { ImportedProduct } from './importedProduct';
import { ImportField } from './importField';
import { ImportFailureCode, ImportIssue } from './importIssue';

export const TextEncodingName = z.enum(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be']);
export type TextEncodingName = z.infer<typeof TextEncodingName>;

export const CsvDelimiter = z.enum([',', '\t', ';']);
export type CsvDelimiter = z.infer<typeof CsvDelimiter>;

/** What was detected about the file, shown so the user can spot a wrong guess. */
export const ImportSourceInfo = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: TextEncodingName.nullable(),
  delimiter: CsvDelimiter.nullable(),
  sheetName: z.string().nullable(),
});
export type ImportSourceInfo = z.infer<typeof ImportSourceInfo>;

/** How a column got its field: by the header dictionary, by the user, or not at all. */
export const MappingMatch = z.enum(['exact', 'normalised', 'partial', 'manual', 'none']);
export type MappingMatch = z.infer<typeof MappingMatch>;

/** The shape of a mapped column, for an import's own fields. */
export function columnInfoSchema<F extends z.ZodType>(field: F) {
  return z.object({
    index: z.number().int().nonnegative(),
    header: z.string(),
    field: field.nullable(),
    /** 1 = exact dictionary hit, lower = looser guess, 0 = unmapped. Manual choices are 1. */
    confidence: z.number().min(0).max(1),
    match: MappingMatch,
    /** Field this column would have had, when another column won it. */
    conflictsWith: z.number().int().nonnegative().optional(),
  });
}

export const ColumnInfo = columnInfoSchema(ImportField);
export type ColumnInfo = z.infer<typeof ColumnInfo>;

/** A user-corrected mapping: column index (0-based) → field, or null to ignore the column. */
export const ManualMapping = z.record(z.string().regex(/^\d+$/), ImportField.nullable());
export type ManualMapping = z.infer<typeof ManualMapping>;

/** `duplicate`: a valid row left out because another row with the same SKU is imported. */
export const PreviewRowAction = z.enum(['create', 'update', 'invalid', 'duplicate']);
export type PreviewRowAction = z.infer<typeof PreviewRowAction>;

export const PreviewRow = z.object({
  row: z.number().int().positive(),
  action: PreviewRowAction,
  product: ImportedProduct.nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportTotals = z.object({
  rows: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  create: z.number().int().nonnegative(),
  update: z.number().int().nonnegative(),
  /** Rows left out because another row with their SKU is imported (`DuplicateGroup.chosenRow`). */
  duplicate: z.number().int().nonnegative(),
  /** Rows with warnings only: they are imported. */
  warned: z.number().int().nonnegative(),
});
export type ImportTotals = z.infer<typeof ImportTotals>;

/** One row of a duplicated SKU, with enough to tell the rows apart. */
export const DuplicateRow = z.object({
  row: z.number().int().positive(),
  product: ImportedProduct,
});

/** A SKU on several valid rows: only `chosenRow` is imported (the first unless the user picked another). */
export const DuplicateGroup = z.object({
  sku: z.string(),
  chosenRow: z.number().int().positive(),
  rows: z.array(DuplicateRow),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

/** The user's pick per duplicated SKU: SKU → row number. */
export const DuplicateChoices = z.record(z.string(), z.number().int().positive());
export type DuplicateChoices = z.infer<typeof DuplicateChoices>;

/** A totals line (合计 / 总计 / 小计) under the products: recognised, not imported. */
export const TotalsLine = z.object({ row: z.number().int().positive(), label: z.string() });
export type TotalsLine = z.infer<typeof TotalsLine>;

/**
 * The answer to "what would this file do". Every invalid row is in `issues` (never dropped);
 * `rows` holds the first rows only — page the rest through the job.
 */
export const ImportPreview = z.object({
  previewId: z.string(),
  source: ImportSourceInfo,
  headerRow: z.number().int().positive(),
  columns: z.array(ColumnInfo),
  unmappedColumns: z.array(z.object({ index: z.number().int().nonnegative(), header: z.string() })),
  totals: ImportTotals,
  /** The first issues, sorted by row; `issuesTotal` says how many there are in all (page the rest). */
  issues: z.array(ImportIssue),
  issuesTotal: z.number().int().nonnegative(),
  rows: z.array(PreviewRow),
  /** The first duplicated SKUs with their rows; `duplicatesTotal` says how many there are. */
  duplicates: z.array(DuplicateGroup),
  duplicatesTotal: z.number().int().nonnegative(),
  totalsLines: z.array(TotalsLine),
  /** Whole-file problems that block commit whatever skipInvalid says (e.g. no SKU column). */
  blocking: z.array(z.object({ code: ImportFailureCode, message: z.string() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const CommitOptions = z.object({
  /** Commit only the valid rows when some are invalid. Without it a preview with invalid rows is refused. */
  skipInvalid: z.boolean().default(false),
});
export type CommitOptions = z.input<typeof CommitOptions>;

export const CommitResult = z.object({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skippedInvalid: z.number().int().nonnegative(),
});
export type CommitResult = z.infer<typeof CommitResult>;

import { z } from 'zod';
import { ImportField } from './importField';

/** Stable problem codes; the UI translates them, the English message is the fallback. */
export const ImportIssueCode = z.enum([
  'REQUIRED_MISSING', // a required cell (SKU) is empty
  'TITLE_REQUIRED_FOR_NEW', // a SKU that does not exist yet has no title
  'DUPLICATE_SKU', // the same SKU appears on several rows of the file; this row is left out for another
  'TITLE_LOOKS_LIKE_FORMULA', // "=HYPERLINK(…)": a spreadsheet formula, not a title to show on stream
  'PRICE_MISSING_FOR_NEW', // a new product with neither list nor live price
  'LIVE_PRICE_ABOVE_LIST', // the live price is higher than the list price
  'PRICE_INVALID',
  'PRICE_NEGATIVE',
  'PRICE_TOO_MANY_DECIMALS',
  'PRICE_TOO_LARGE',
  'STOCK_INVALID',
  'STOCK_NEGATIVE',
  'STOCK_NOT_INTEGER',
  'STOCK_TOO_LARGE',
  'TEXT_TOO_LONG',
  'TEXT_CONTROL_CHARS',
  'ID_PRECISION_LOST', // a long id stored as an Excel number has lost digits
  'CELL_ERROR', // an Excel error value such as #N/A
]);
export type ImportIssueCode = z.infer<typeof ImportIssueCode>;

/** A warning does not stop its row from being imported; an error does. */
export const ImportIssueSeverity = z.enum(['error', 'warning']);
export type ImportIssueSeverity = z.infer<typeof ImportIssueSeverity>;

const WARNING_CODES: ReadonlySet<ImportIssueCode> = new Set(['DUPLICATE_SKU', 'PRICE_MISSING_FOR_NEW', 'LIVE_PRICE_ABOVE_LIST']);

export function issueSeverity(code: ImportIssueCode): ImportIssueSeverity {
  return WARNING_CODES.has(code) ? 'warning' : 'error';
}

/** The shape of a problem with one cell (or one row when `column` is null), for an import's own fields and codes. */
export function cellIssueSchema<F extends z.ZodType, C extends z.ZodType>(field: F, code: C) {
  return z.object({
    row: z.number().int().positive(),
    column: z.string().nullable(),
    columnIndex: z.number().int().nonnegative().nullable(),
    field: field.nullable(),
    code,
    message: z.string(),
    value: z.string().nullable(),
    /** Other rows involved (duplicates). */
    relatedRows: z.array(z.number().int().positive()).optional(),
  });
}

/** A problem with one cell (or one row when `column` is null). `row` is the Excel row number, header = 1. */
export const ImportIssue = cellIssueSchema(ImportField, ImportIssueCode);
export type ImportIssue = z.infer<typeof ImportIssue>;

/** Why a whole file cannot be previewed or committed. */
export const ImportFailureCode = z.enum([
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE', // not a CSV/XLSX we can read (corrupt zip, binary, …)
  'NO_HEADER', // no row looks like a header
  'NO_SHEET',
  'SKU_COLUMN_MISSING',
  'MAPPING_INVALID', // manual mapping names a column that does not exist or maps two columns to one field
  'CHOICE_INVALID', // the row chosen for a duplicated SKU is not one of that SKU's rows
  'HAS_INVALID_ROWS', // commit refused: invalid rows and skipInvalid was not set
  'NOTHING_TO_COMMIT',
  'PREVIEW_STALE', // the catalog changed since the preview in a way that changes the result
  'PREVIEW_NOT_FOUND',
  'JOB_BUSY',
  'CANCELLED',
  'APPLY_UNFINISHED', // writing stopped partway: what was written stays, the rest is finished at the next import or start; the message is the cause
  'EARLIER_IMPORT_UNFINISHED', // an earlier import's rest could not be written now, so this one did not start; the message is the cause
]);
export type ImportFailureCode = z.infer<typeof ImportFailureCode>;

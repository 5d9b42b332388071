import type { ImportField } from '../../../shared/domain/import/importField';
import type { ImportFailureCode, ImportIssue } from '../../../shared/domain/import/importIssue';
import type { ColumnInfo, ImportPreview, ImportTotals, ManualMapping, PreviewRow } from '../../../shared/domain/import/importPreview';
import { cellText, isBlankRow } from './cell';
import { duplicateSkuIssues } from './duplicates';
import { applyManualMapping, fieldColumns, findHeaderRow, MappingError, mapHeaders } from './headerMapping';
import { ImportError } from './importError';
import type { ProductImportSink } from './productSink';
import { type RowLayout, type ValidatedRow, validateRow } from './rowValidation';
import type { TableRead } from './tableRead';
import type { Yielder } from './yielder';

/** Rows and issues sent with the preview; the rest are paged. */
export const PREVIEW_ROW_LIMIT = 200;
export const PREVIEW_ISSUE_LIMIT = 500;
/** SKUs per existence query: well under SQLite's parameter limit, short enough not to block. */
export const SKU_CHECK_CHUNK = 200;

/** Everything the preview found, kept in the backend between preview and commit. */
export interface PreviewState {
  table: TableRead;
  headerRow: number;
  columns: ColumnInfo[];
  rows: PreviewRow[];
  issues: ImportIssue[];
  totals: ImportTotals;
  blocking: { code: ImportFailureCode; message: string }[];
  /** Mapped fields: an update writes only these. */
  fields: ImportField[];
}

export type PreviewProgress = (phase: 'mapping' | 'validating' | 'checking', rowsDone: number, rowsTotal: number) => void;

/**
 * Works out what importing the table would do, without writing anything: header mapping (with
 * the user's corrections), every row validated, SKUs duplicated in the file flagged, and each valid
 * row classed as create or update by asking the sink which SKUs exist.
 */
export async function buildPreview(
  table: TableRead,
  sink: ProductImportSink,
  yielder: Yielder,
  options: { mapping?: ManualMapping; onProgress?: PreviewProgress } = {},
): Promise<PreviewState> {
  const header = findHeaderRow(table.rows);
  if (!header) throw new ImportError('NO_HEADER', `"${table.source.fileName}" has no header row: every row is empty.`);
  const headers = header.cells.map((cell, index) => cellText(cell).trim() || `Column ${columnLetter(index)}`);
  let columns = mapHeaders(headers);
  if (options.mapping) {
    try {
      columns = applyManualMapping(columns, options.mapping);
    } catch (error) {
      if (error instanceof MappingError) throw new ImportError('MAPPING_INVALID', error.message);
      throw error;
    }
  }
  const layout: RowLayout = { headers, fields: fieldColumns(columns) };
  const dataRows = table.rows.filter((r) => r.line > header.line && !isBlankRow(r.cells));
  const total = dataRows.length;
  options.onProgress?.('mapping', 0, total);

  const validated: ValidatedRow[] = [];
  for (const row of dataRows) {
    validated.push(validateRow(row, layout));
    if (validated.length % 1000 === 0) options.onProgress?.('validating', validated.length, total);
    await yielder.maybeYield();
  }
  options.onProgress?.('validating', total, total);

  const skuIndex = layout.fields.get('sku');
  const skuColumn = skuIndex === undefined ? null : { index: skuIndex, header: headers[skuIndex] ?? '' };
  // Each whole-file pass over 50,000 rows is a few milliseconds; a turn between them keeps the sum short.
  await yielder.yieldNow();
  const duplicates = duplicateSkuIssues(validated, skuColumn);
  await yielder.yieldNow();

  const valid = validated.filter((r) => r.product && !duplicates.has(r.line));
  const existing = await existingSkus(
    valid.map((r) => r.product?.sku ?? ''),
    sink,
    yielder,
    (done) => options.onProgress?.('checking', done, valid.length),
  );

  const rows: PreviewRow[] = [];
  const issues: ImportIssue[] = [];
  const totals: ImportTotals = { rows: total, valid: 0, invalid: 0, create: 0, update: 0 };
  for (const row of validated) {
    const rowIssues = [...row.issues];
    const duplicate = duplicates.get(row.line);
    if (duplicate) rowIssues.push(duplicate);
    const product = row.product;
    const isUpdate = product ? existing.has(product.sku) : false;
    if (product && !isUpdate && product.title === undefined && !duplicate) {
      const where = layout.fields.has('title') ? `column "${headers[layout.fields.get('title') ?? 0]}"` : 'no title column';
      rowIssues.push({
        row: row.line,
        column: layout.fields.has('title') ? (headers[layout.fields.get('title') ?? 0] ?? null) : null,
        columnIndex: layout.fields.get('title') ?? null,
        field: 'title',
        code: 'TITLE_REQUIRED_FOR_NEW',
        message: `Row ${row.line} (${where}): SKU "${product.sku}" is not in the catalog yet, so it needs a title`,
        value: null,
      });
    }
    if (rowIssues.length > 0 || !product) {
      totals.invalid++;
      issues.push(...rowIssues);
      rows.push({ row: row.line, action: 'invalid', product: null });
    } else {
      totals.valid++;
      if (isUpdate) totals.update++;
      else totals.create++;
      rows.push({ row: row.line, action: isUpdate ? 'update' : 'create', product });
    }
    await yielder.maybeYield();
  }
  await yielder.yieldNow();
  issues.sort((a, b) => a.row - b.row || (a.columnIndex ?? -1) - (b.columnIndex ?? -1));

  const blocking: PreviewState['blocking'] = [];
  if (!layout.fields.has('sku')) {
    blocking.push({
      code: 'SKU_COLUMN_MISSING',
      message: `No column was recognised as the SKU (row ${header.line} holds the headers: ${headers.map((h) => `"${h}"`).join(', ')}). Map one by hand.`,
    });
  }
  return { table, headerRow: header.line, columns, rows, issues, totals, blocking, fields: [...layout.fields.keys()] };
}

async function existingSkus(
  skus: string[],
  sink: ProductImportSink,
  yielder: Yielder,
  onProgress: (done: number) => void,
): Promise<Set<string>> {
  const existing = new Set<string>();
  for (let i = 0; i < skus.length; i += SKU_CHECK_CHUNK) {
    const chunk = skus.slice(i, i + SKU_CHECK_CHUNK);
    for (const sku of sink.getExistingSkus(chunk)) existing.add(sku);
    onProgress(Math.min(skus.length, i + SKU_CHECK_CHUNK));
    await yielder.maybeYield();
  }
  return existing;
}

/** The preview as the API returns it: all totals and columns, the first rows and issues. */
export function toPublicPreview(previewId: string, state: PreviewState): ImportPreview {
  return {
    previewId,
    source: state.table.source,
    headerRow: state.headerRow,
    columns: state.columns,
    unmappedColumns: state.columns.filter((c) => c.field === null).map((c) => ({ index: c.index, header: c.header })),
    totals: state.totals,
    issues: state.issues.slice(0, PREVIEW_ISSUE_LIMIT),
    issuesTotal: state.issues.length,
    rows: state.rows.slice(0, PREVIEW_ROW_LIMIT),
    blocking: state.blocking,
  };
}

/** Excel's column name for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

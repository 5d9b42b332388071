import type { ImportField } from '../../../shared/domain/import/importField';
import type { ImportFailureCode, ImportIssue } from '../../../shared/domain/import/importIssue';
import type {
  ColumnInfo,
  DuplicateChoices,
  DuplicateGroup,
  ImportPreview,
  ImportTotals,
  ManualMapping,
  PreviewRow,
  TotalsLine,
} from '../../../shared/domain/import/importPreview';
import { findDuplicateSkus, type KeyDuplicate } from './duplicates';
import { mapHeaderRow } from './headerDictionary';
import { findHeaderRow, mapHeaders } from './headerMapping';
import { priceWarnings } from './priceWarnings';
import type { ProductImportSink } from './productSink';
import { type RowLayout, type ValidatedRow, validateRow } from './rowValidation';
import type { TableRead } from './tableRead';
import { splitDataRows } from './totalsLine';
import type { Yielder } from './yielder';

/** Rows and issues sent with the preview; the rest are paged. */
export const PREVIEW_ROW_LIMIT = 200;
export const PREVIEW_ISSUE_LIMIT = 500;
export const PREVIEW_DUPLICATE_LIMIT = 50;
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
  duplicates: DuplicateGroup[];
  totalsLines: TotalsLine[];
  blocking: { code: ImportFailureCode; message: string }[];
  /** Mapped fields: an update writes only these. */
  fields: ImportField[];
  /** The user's corrections, kept so one can be changed without losing the other. */
  mapping: ManualMapping | undefined;
  choices: DuplicateChoices;
}

export type PreviewProgress = (phase: 'mapping' | 'validating' | 'checking', rowsDone: number, rowsTotal: number) => void;

export interface PreviewOptions {
  mapping?: ManualMapping | undefined;
  /** Which row is imported for a duplicated SKU (default: the first). */
  choices?: DuplicateChoices;
  onProgress?: PreviewProgress;
}

/**
 * Works out what importing the table would do, without writing anything: header mapping (with
 * the user's corrections), every row validated, totals lines set aside, one row kept per SKU the
 * file repeats, and each valid row classed as create or update by asking the sink which SKUs exist.
 */
export async function buildPreview(
  table: TableRead,
  sink: ProductImportSink,
  yielder: Yielder,
  options: PreviewOptions = {},
): Promise<PreviewState> {
  const { header, headers, columns, fields } = mapHeaderRow<ImportField>(table, findHeaderRow, mapHeaders, options.mapping);
  const layout: RowLayout = { headers, fields };
  const skuIndex = layout.fields.get('sku');
  const { dataRows, totalsLines } = await splitDataRows(table.rows, header.line, skuIndex, yielder);
  const total = dataRows.length;
  options.onProgress?.('mapping', 0, total);

  const validated: ValidatedRow[] = [];
  for (const row of dataRows) {
    validated.push(validateRow(row, layout));
    if (validated.length % 1000 === 0) options.onProgress?.('validating', validated.length, total);
    await yielder.maybeYield();
  }
  options.onProgress?.('validating', total, total);

  const skuColumn = skuIndex === undefined ? null : { index: skuIndex, header: headers[skuIndex] ?? '' };
  // Each whole-file pass over 50,000 rows is a few milliseconds; a turn between them keeps the sum short.
  await yielder.yieldNow();
  const duplicates = await findDuplicateSkus(validated, yielder, options.choices);
  const leftOut = new Map<number, KeyDuplicate>();
  for (const group of duplicates.values()) for (const line of group.lines) if (line !== group.chosen) leftOut.set(line, group);
  await yielder.yieldNow();

  const valid = validated.filter((r) => r.product && !leftOut.has(r.line));
  const existing = await existingSkus(
    valid.map((r) => r.product?.sku ?? ''),
    sink,
    yielder,
    (done) => options.onProgress?.('checking', done, valid.length),
  );

  const rows: PreviewRow[] = [];
  const issues: ImportIssue[] = [];
  const totals: ImportTotals = { rows: total, valid: 0, invalid: 0, create: 0, update: 0, duplicate: 0, warned: 0 };
  for (const row of validated) {
    const rowIssues = [...row.issues];
    const product = row.product;
    const duplicate = leftOut.get(row.line);
    if (product && duplicate) {
      totals.duplicate++;
      issues.push(duplicateIssue(row.line, duplicate, skuColumn));
      rows.push({ row: row.line, action: 'duplicate', product });
      await yielder.maybeYield();
      continue;
    }
    const isUpdate = product ? existing.has(product.sku) : false;
    if (product && !isUpdate && product.title === undefined) {
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
      const warnings = priceWarnings(row.line, product, !isUpdate, layout);
      if (warnings.length > 0) totals.warned++;
      issues.push(...warnings);
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
  return {
    table,
    headerRow: header.line,
    columns,
    rows,
    issues,
    totals,
    duplicates: duplicateGroups(duplicates, validated),
    totalsLines,
    blocking,
    fields: [...layout.fields.keys()],
    mapping: options.mapping,
    choices: options.choices ?? {},
  };
}

/** A row left out for another row with the same SKU, naming the row that is imported instead. */
function duplicateIssue(line: number, group: KeyDuplicate, skuColumn: { index: number; header: string } | null): ImportIssue {
  const where = skuColumn ? `Row ${line}, column "${skuColumn.header}"` : `Row ${line}`;
  return {
    row: line,
    column: skuColumn?.header ?? null,
    columnIndex: skuColumn?.index ?? null,
    field: 'sku',
    code: 'DUPLICATE_SKU',
    message: `${where}: SKU "${group.key}" is also on row ${group.chosen}, which is imported instead of this row`,
    value: group.key,
    relatedRows: [group.chosen],
  };
}

function duplicateGroups(duplicates: ReadonlyMap<string, KeyDuplicate>, validated: readonly ValidatedRow[]): DuplicateGroup[] {
  if (duplicates.size === 0) return [];
  // Only the duplicated rows: a map of every row of a 50,000-row file would hold the event loop.
  const wanted = new Set<number>();
  for (const group of duplicates.values()) for (const line of group.lines) wanted.add(line);
  const byLine = new Map<number, ValidatedRow['product']>();
  for (const r of validated) if (wanted.has(r.line)) byLine.set(r.line, r.product);
  return [...duplicates.values()].map((group) => ({
    sku: group.key,
    chosenRow: group.chosen,
    rows: group.lines.flatMap((row) => {
      const product = byLine.get(row);
      return product ? [{ row, product }] : [];
    }),
  }));
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
    duplicates: state.duplicates.slice(0, PREVIEW_DUPLICATE_LIMIT),
    duplicatesTotal: state.duplicates.length,
    totalsLines: state.totalsLines,
    blocking: state.blocking,
  };
}

/** Excel's column name for a 0-based index (kept here for the callers that import it from the preview). */
export { columnLetter } from '../../../shared/domain/import/columnLetter';

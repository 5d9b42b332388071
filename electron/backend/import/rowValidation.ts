import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import { type ImportField, type ImportPlatform, platformOfField } from '../../../shared/domain/import/importField';
import type { ImportIssue, ImportIssueCode } from '../../../shared/domain/import/importIssue';
import { splitSellingPoints } from '../../../shared/domain/import/sellingPoints';
import { cellText, isBlankCell, isErrorCell, type RawCell, type RawRow } from './cell';
import { looksLikeFormula } from './formulaGuard';
import { type ParseResult, parsePriceFen } from './price';
import { parseStock } from './stock';

/** Longest text per field, in characters; beyond it the row is refused, not truncated. */
export const MAX_LENGTH = { sku: 64, id: 64, title: 200, subtitle: 200, category: 100, tag: 30, sellingPoint: 500 } as const;

/** Excel keeps 15 significant digits; an integer id stored as a number at or above this has lost digits. */
const EXCEL_EXACT_INTEGER_LIMIT = 1e15;

/** Columns as the validator needs them: header text for messages, field → column index. */
export interface RowLayout {
  headers: readonly string[];
  fields: ReadonlyMap<ImportField, number>;
}

export interface ValidatedRow {
  line: number;
  product: ImportedProduct | null;
  issues: ImportIssue[];
}

/**
 * Turns one data row into a product, or into issues naming the row, column, problem and value.
 * Every cell is checked even after a first problem, so the user fixes a row in one go.
 */
export function validateRow(row: RawRow, layout: RowLayout): ValidatedRow {
  const issues: ImportIssue[] = [];
  const product: Partial<ImportedProduct> = {};
  const platformIds: Partial<Record<ImportPlatform, string>> = {};

  const issue = (field: ImportField | null, code: ImportIssueCode, problem: string, cell: RawCell | undefined): void => {
    const index = field ? (layout.fields.get(field) ?? null) : null;
    const column = index === null ? null : (layout.headers[index] ?? `Column ${index + 1}`);
    const where = column === null ? `Row ${row.line}` : `Row ${row.line}, column "${column}"`;
    issues.push({
      row: row.line,
      column,
      columnIndex: index,
      field,
      code,
      message: `${where}: ${problem}`,
      value: cell === undefined || cell === null ? null : cellText(cell),
    });
  };

  for (const [field, index] of layout.fields) {
    const cell = row.cells[index];
    if (cell === undefined || isBlankCell(cell)) continue;
    if (isErrorCell(cell)) {
      issue(field, 'CELL_ERROR', `the cell holds the Excel error ${cell.error}`, cell);
      continue;
    }
    const take = <T>(result: ParseResult<T>): T | undefined => {
      if (result.ok) return result.value;
      issue(field, result.code, result.message, cell);
      return undefined;
    };
    switch (field) {
      case 'sku':
        assign(product, 'sku', take(idText(cell, MAX_LENGTH.sku)));
        break;
      case 'title':
        assign(product, 'title', take(onStreamText(cell, MAX_LENGTH.title)));
        break;
      case 'subtitle':
        assign(product, 'subtitle', take(onStreamText(cell, MAX_LENGTH.subtitle)));
        break;
      case 'category':
        assign(product, 'category', take(lineText(cell, MAX_LENGTH.category)));
        break;
      case 'listPrice':
        assign(product, 'listPriceFen', take(parsePriceFen(cell)));
        break;
      case 'livePrice':
        assign(product, 'livePriceFen', take(parsePriceFen(cell)));
        break;
      case 'stock':
        assign(product, 'stock', take(parseStock(cell)));
        break;
      case 'tags':
        assign(product, 'tags', take(listOf(splitTags(cellText(cell)), MAX_LENGTH.tag, 'tag')));
        break;
      case 'sellingPoints':
        assign(product, 'sellingPoints', take(listOf(splitSellingPoints(cellText(cell)), MAX_LENGTH.sellingPoint, 'selling point')));
        break;
      default: {
        const platform = platformOfField(field);
        const id = take(idText(cell, MAX_LENGTH.id));
        if (platform && id !== undefined) platformIds[platform] = id;
      }
    }
  }
  if (Object.keys(platformIds).length > 0) product.platformIds = platformIds;
  if (product.sku === undefined && !issues.some((i) => i.field === 'sku')) {
    issue(layout.fields.has('sku') ? 'sku' : null, 'REQUIRED_MISSING', 'the SKU is empty; every product needs one', undefined);
  }
  if (issues.length > 0 || product.sku === undefined) return { line: row.line, product: null, issues };
  return { line: row.line, product: { ...product, sku: product.sku }, issues };
}

function assign<K extends keyof ImportedProduct>(target: Partial<ImportedProduct>, key: K, value: ImportedProduct[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** SKUs and platform ids: full-width typed by a Chinese IME become half-width; no spaces at the ends. */
function idText(cell: RawCell, max: number): ParseResult<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) >= EXCEL_EXACT_INTEGER_LIMIT) {
    return {
      ok: false,
      code: 'ID_PRECISION_LOST',
      message: `${cellText(cell)} is stored as a number and Excel has dropped digits past the 15th; format the column as Text and type the id again`,
    };
  }
  const text = cellText(cell).normalize('NFKC').trim();
  if (hasControlChar(text)) return { ok: false, code: 'TEXT_CONTROL_CHARS', message: 'contains a line break or control character' };
  return checkLength(text, max);
}

/** One-line text: inner line breaks and tabs become spaces rather than breaking the product card. */
function lineText(cell: RawCell, max: number): ParseResult<string> {
  const text = [...cellText(cell)]
    .map((ch) => (isControlChar(ch) ? ' ' : ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return checkLength(text, max);
}

/** Text that goes on stream (title, subtitle): a formula such as "=HYPERLINK(…)" is refused, not shown to viewers. */
function onStreamText(cell: RawCell, max: number): ParseResult<string> {
  const result = lineText(cell, max);
  if (result.ok && looksLikeFormula(result.value)) {
    return {
      ok: false,
      code: 'TITLE_LOOKS_LIKE_FORMULA',
      message: 'is a spreadsheet formula, not text to show on stream; type the words themselves',
    };
  }
  return result;
}

function isControlChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function hasControlChar(text: string): boolean {
  for (const ch of text) if (isControlChar(ch)) return true;
  return false;
}

function checkLength(text: string, max: number): ParseResult<string> {
  const length = [...text].length;
  if (length > max) return { ok: false, code: 'TEXT_TOO_LONG', message: `is ${length} characters long; at most ${max} are allowed` };
  return { ok: true, value: text };
}

/** Tags are separated by , ， 、 ; ； (and line breaks); duplicates are dropped, order kept. */
export function splitTags(text: string): string[] {
  return unique(text.split(/[,，、;；\r\n]+/).map((t) => t.trim()));
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((t) => t !== ''))];
}

function listOf(items: string[], max: number, what: string): ParseResult<string[]> {
  const tooLong = items.find((t) => [...t].length > max);
  if (tooLong !== undefined) {
    return { ok: false, code: 'TEXT_TOO_LONG', message: `the ${what} "${tooLong}" is longer than ${max} characters` };
  }
  return { ok: true, value: items };
}

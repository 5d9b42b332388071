import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import { ImportField, type ImportPlatform, platformOfField } from '../../../shared/domain/import/importField';
import type { ImportIssue, ImportIssueCode } from '../../../shared/domain/import/importIssue';
import { splitSellingPoints } from '../../../shared/domain/import/sellingPoints';
import { cellText, isBlankCell, isErrorCell, type RawCell, type RawRow } from './cell';
import { looksLikeFormula } from './formulaGuard';
import { type ParseResult, parsePriceFen } from './price';
import { parseStock } from './stock';

/** Longest text per field, in characters; beyond it the row is refused, not truncated. */
export const MAX_LENGTH = { sku: 64, id: 64, title: 200, subtitle: 200, category: 100, tag: 30, sellingPoint: 500 } as const;

/** Most items per list cell, as the catalog schema allows; more is refused here rather than at commit. */
export const MAX_ITEMS = { tags: 50, sellingPoints: 50 } as const;

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

/** Platform of each platform-id field, looked up once rather than parsed per cell. */
const PLATFORM_OF_FIELD: ReadonlyMap<ImportField, ImportPlatform | null> = new Map(
  ImportField.options.map((field) => [field, platformOfField(field)]),
);

/**
 * Turns one data row into a product, or into issues naming the row, column, problem and value.
 * Every cell is checked even after a first problem, so the user fixes a row in one go.
 * No function is created per row or cell: over 50,000 rows the closures alone cost a quarter of a second.
 */
export function validateRow(row: RawRow, layout: RowLayout): ValidatedRow {
  const issues: ImportIssue[] = [];
  const product: Partial<ImportedProduct> = {};
  const platformIds: Partial<Record<ImportPlatform, string>> = {};

  for (const [field, index] of layout.fields) {
    const cell = row.cells[index];
    if (cell === undefined || isBlankCell(cell)) continue;
    if (isErrorCell(cell)) {
      addIssue(issues, row, layout, field, 'CELL_ERROR', `the cell holds the Excel error ${cell.error}`, cell);
      continue;
    }
    switch (field) {
      case 'sku':
        assign(product, 'sku', take(idText(cell, MAX_LENGTH.sku), issues, row, layout, field, cell));
        break;
      case 'title':
        assign(product, 'title', take(onStreamText(cell, MAX_LENGTH.title), issues, row, layout, field, cell));
        break;
      case 'subtitle':
        assign(product, 'subtitle', take(onStreamText(cell, MAX_LENGTH.subtitle), issues, row, layout, field, cell));
        break;
      case 'category':
        assign(product, 'category', take(lineText(cell, MAX_LENGTH.category), issues, row, layout, field, cell));
        break;
      case 'listPrice':
        assign(product, 'listPriceFen', take(parsePriceFen(cell), issues, row, layout, field, cell));
        break;
      case 'livePrice':
        assign(product, 'livePriceFen', take(parsePriceFen(cell), issues, row, layout, field, cell));
        break;
      case 'stock':
        assign(product, 'stock', take(parseStock(cell), issues, row, layout, field, cell));
        break;
      case 'tags': {
        const tags = listOf(splitTags(cellText(cell)), MAX_LENGTH.tag, MAX_ITEMS.tags, 'tag', 'tags');
        assign(product, 'tags', take(tags, issues, row, layout, field, cell));
        break;
      }
      case 'sellingPoints': {
        const points = listOf(
          splitSellingPoints(cellText(cell)),
          MAX_LENGTH.sellingPoint,
          MAX_ITEMS.sellingPoints,
          'selling point',
          'selling points',
        );
        assign(product, 'sellingPoints', take(points, issues, row, layout, field, cell));
        break;
      }
      default: {
        const platform = PLATFORM_OF_FIELD.get(field) ?? null;
        const id = take(idText(cell, MAX_LENGTH.id), issues, row, layout, field, cell);
        if (platform && id !== undefined) platformIds[platform] = id;
      }
    }
  }
  if (Object.keys(platformIds).length > 0) product.platformIds = platformIds;
  if (product.sku === undefined && !hasIssueFor(issues, 'sku')) {
    const field = layout.fields.has('sku') ? 'sku' : null;
    addIssue(issues, row, layout, field, 'REQUIRED_MISSING', 'the SKU is empty; every product needs one', undefined);
  }
  if (issues.length > 0 || product.sku === undefined) return { line: row.line, product: null, issues };
  return { line: row.line, product: { ...product, sku: product.sku }, issues };
}

function addIssue(
  issues: ImportIssue[],
  row: RawRow,
  layout: RowLayout,
  field: ImportField | null,
  code: ImportIssueCode,
  problem: string,
  cell: RawCell | undefined,
): void {
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
}

/** The parsed value, or undefined after recording why the cell was refused. */
function take<T>(
  result: ParseResult<T>,
  issues: ImportIssue[],
  row: RawRow,
  layout: RowLayout,
  field: ImportField,
  cell: RawCell,
): T | undefined {
  if (result.ok) return result.value;
  addIssue(issues, row, layout, field, result.code, result.message, cell);
  return undefined;
}

function hasIssueFor(issues: readonly ImportIssue[], field: ImportField): boolean {
  for (const issue of issues) if (issue.field === field) return true;
  return false;
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
  const text = controlCharsToSpaces(cellText(cell)).replace(/ {2,}/g, ' ').trim();
  return checkLength(text, max);
}

function controlCharsToSpaces(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isControlCode(text.charCodeAt(i))) continue;
    out += `${text.slice(from, i)} `;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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

function isControlCode(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControlCode(text.charCodeAt(i))) return true;
  return false;
}

/** Length in characters (code points), as the user counts them. */
function charCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function checkLength(text: string, max: number): ParseResult<string> {
  // Code points never outnumber UTF-16 units, so a short string needs no count.
  const length = text.length <= max ? text.length : charCount(text);
  if (length > max) return { ok: false, code: 'TEXT_TOO_LONG', message: `is ${length} characters long; at most ${max} are allowed` };
  return { ok: true, value: text };
}

/** Tags are separated by , ， 、 ; ； (and line breaks); duplicates are dropped, order kept. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,，、;；\r\n]+/)) {
    const tag = part.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}

/** A list cell's items: none longer than `max` characters, at most `maxItems` of them (the catalog's limit). */
function listOf(items: string[], max: number, maxItems: number, what: string, whatPlural: string): ParseResult<string[]> {
  for (const item of items) {
    if (item.length > max && charCount(item) > max) {
      return { ok: false, code: 'TEXT_TOO_LONG', message: `the ${what} "${item}" is longer than ${max} characters` };
    }
  }
  if (items.length > maxItems) {
    return { ok: false, code: 'TEXT_TOO_LONG', message: `has ${items.length} ${whatPlural}; at most ${maxItems} are allowed` };
  }
  return { ok: true, value: items };
}

import { type ClockMinute, clockMinuteFromSerial, parseClockMinute } from '../../../shared/domain/platform/minuteTime';
import {
  MONEY_FIELDS,
  type PlatformField,
  type PlatformIssue,
  type PlatformIssueCode,
} from '../../../shared/domain/platform/platformImport';
import { cellText, isBlankCell, isErrorCell, type RawCell, type RawRow } from '../import/cell';
import { looksLikeFormula } from '../import/formulaGuard';
import { parsePriceFen } from '../import/price';

/** Columns as the validator needs them: header text for messages, field → column index. */
export interface PlatformLayout {
  headers: readonly string[];
  fields: ReadonlyMap<PlatformField, number>;
}

export type FigureField =
  | 'exposures'
  | 'clicks'
  | 'orders'
  | 'buyers'
  | 'gmv'
  | 'refund'
  | 'viewersOnline'
  | 'entries'
  | 'likes'
  | 'comments'
  | 'newFollowers';
const TEXT_FIELDS = new Set<PlatformField>(['platformProductId', 'sku', 'title']);

/** One data row read: its figures (null = no such column or an empty cell), its key and its problems. */
export interface PlatformRowRead {
  line: number;
  figures: Partial<Record<FigureField, number | null>>;
  platformProductId: string | null;
  sku: string | null;
  title: string | null;
  minute: ClockMinute | null;
  /** The time cell as written, for messages. */
  timeText: string | null;
  issues: PlatformIssue[];
}

/** What the platforms write for "no data" in a figure cell. */
const NO_DATA = new Set(['-', '--', '—', '——', '/', 'n/a', 'na']);

/** Limit for any figure: a safe integer in JSON and SQLite. */
const MAX_FIGURE = Number.MAX_SAFE_INTEGER;

export function issueAt(
  layout: PlatformLayout,
  line: number,
  field: PlatformField | null,
  code: PlatformIssueCode,
  problem: string,
  value: string | null,
  relatedRows?: number[],
): PlatformIssue {
  const index = field ? (layout.fields.get(field) ?? null) : null;
  const column = index === null ? null : (layout.headers[index] ?? `Column ${index + 1}`);
  const where = column === null ? `Row ${line}` : `Row ${line}, column "${column}"`;
  return {
    row: line,
    column,
    columnIndex: index,
    field,
    code,
    message: `${where}: ${problem}`,
    value,
    ...(relatedRows ? { relatedRows } : {}),
  };
}

/**
 * Reads one data row of a platform file. Every cell is checked even after a first problem, so the
 * user sees all of a row's problems at once. Counts may be written "1,234" or "1.2万"; money in 元
 * with ¥, commas or 万, stored in fen.
 */
export function readPlatformRow(row: RawRow, layout: PlatformLayout): PlatformRowRead {
  const read: PlatformRowRead = {
    line: row.line,
    figures: {},
    platformProductId: null,
    sku: null,
    title: null,
    minute: null,
    timeText: null,
    issues: [],
  };
  const issue = (field: PlatformField, code: PlatformIssueCode, problem: string, cell: RawCell | undefined) =>
    read.issues.push(issueAt(layout, row.line, field, code, problem, cell === undefined || cell === null ? null : cellText(cell)));

  for (const [field, index] of layout.fields) {
    const cell = row.cells[index];
    const isFigure = !TEXT_FIELDS.has(field) && field !== 'time';
    if (isFigure) read.figures[field as FigureField] = null;
    if (cell === undefined || isBlankCell(cell)) continue;
    if (isErrorCell(cell)) {
      issue(field, 'CELL_ERROR', `the cell holds the Excel error ${cell.error}`, cell);
      continue;
    }
    if (field === 'time') {
      read.timeText = cellText(cell).trim();
      read.minute = typeof cell === 'number' ? clockMinuteFromSerial(cell) : parseClockMinute(cellText(cell));
      if (!read.minute) issue(field, 'TIME_INVALID', `"${read.timeText}" is not a time; write it like 2026-12-06 20:01 or 20:01`, cell);
    } else if (TEXT_FIELDS.has(field)) {
      const text = cellText(cell).normalize('NFKC').replace(/\s+/g, ' ').trim();
      if (looksLikeFormula(text)) issue(field, 'FORMULA_TEXT', 'is a spreadsheet formula, not a name or id; it is kept as text', cell);
      read[field as 'platformProductId' | 'sku' | 'title'] = text;
    } else if (!NO_DATA.has(cellText(cell).normalize('NFKC').trim().toLowerCase())) {
      const parsed = parseFigure(cell, MONEY_FIELDS.has(field));
      if (parsed.ok) read.figures[field as FigureField] = parsed.value;
      else issue(field, parsed.code, parsed.problem, cell);
    }
  }
  return read;
}

type FigureResult = { ok: true; value: number } | { ok: false; code: PlatformIssueCode; problem: string };

/**
 * A count or an amount, through the product import's price reader (¥, 元, commas, full-width digits,
 * 万): an amount is fen as it is, a count is the same reading that must come out whole.
 */
function parseFigure(cell: RawCell, money: boolean): FigureResult {
  const shown = `"${cellText(cell).trim()}"`;
  const result = parsePriceFen(cell, { tenThousands: true, maxFen: MAX_FIGURE });
  if (!result.ok) {
    switch (result.code) {
      case 'PRICE_NEGATIVE':
        return { ok: false, code: 'NUMBER_NEGATIVE', problem: `${shown} is negative; the platform's figures are never below 0` };
      case 'PRICE_TOO_MANY_DECIMALS':
        return money
          ? { ok: false, code: 'NUMBER_TOO_PRECISE', problem: `${shown} goes below the fen (0.01 元)` }
          : { ok: false, code: 'NUMBER_NOT_WHOLE', problem: `${shown} is not a whole number; this column counts people or times` };
      case 'PRICE_TOO_LARGE':
        return { ok: false, code: 'NUMBER_TOO_LARGE', problem: `${shown} is too large to be a real figure` };
      default:
        return {
          ok: false,
          code: 'NUMBER_INVALID',
          problem: `${shown} is not a number; write it like ${money ? '1,299.50 or 1.2万' : '1,234 or 1.2万'}`,
        };
    }
  }
  if (money) return { ok: true, value: result.value };
  if (result.value % 100 !== 0) {
    return { ok: false, code: 'NUMBER_NOT_WHOLE', problem: `${shown} is not a whole number; this column counts people or times` };
  }
  return { ok: true, value: result.value / 100 };
}

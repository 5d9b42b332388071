import ExcelJS from 'exceljs';
import { guardFormula } from '../../electron/backend/import/formulaGuard';
import type { CellValue, ColumnKind, Section } from './resultsSections';

const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as CSV text: money in yuan with 2 decimals, ratios as %, explain time in minutes; text formula-guarded. */
function csvCell(kind: ColumnKind, value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string' || kind === 'text') {
    const text = guardFormula(String(value));
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  switch (kind) {
    case 'count':
      return String(value);
    case 'yuan':
      return (value / 100).toFixed(2);
    case 'percent':
      return `${(value * 100).toFixed(2)}%`;
    case 'minutes':
      return (value / 60_000).toFixed(1);
  }
}

/**
 * The sections one after another in one sheet (title line, header line, rows, blank line), as the session
 * review's CSV is laid out. UTF-8 with a BOM (Excel otherwise reads Chinese as GBK mojibake), CRLF.
 */
export function resultsCsv(sections: readonly Section[]): Uint8Array {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(csvCell('text', section.title));
    lines.push(section.columns.map((c) => csvCell('text', c.header)).join(','));
    for (const row of section.rows) lines.push(section.columns.map((c, i) => csvCell(c.kind, row[i] ?? null)).join(','));
    lines.push('');
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Numbers stay numbers in the workbook (so they can be summed), shown in yuan, %, or minutes by the cell format. */
const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = { yuan: '0.00', percent: '0.00%', minutes: '0.0' };

function xlsxCell(kind: ColumnKind, value: CellValue): string | number | null {
  if (value === null) return null;
  // A string is written as a text cell, never as a formula, so it needs no guard (which would show as an apostrophe).
  if (typeof value === 'string' || kind === 'text') return String(value);
  switch (kind) {
    case 'yuan':
      return value / 100;
    case 'minutes':
      return value / 60_000;
    default:
      return value;
  }
}

/** One sheet per section, its header on the first row. */
export async function resultsXlsx(sections: readonly Section[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.sheet);
    sheet.columns = section.columns.map((c, i) => {
      const numFmt = NUMBER_FORMAT[c.kind];
      return { key: String(i), width: c.kind === 'text' ? 24 : 14, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    sheet.addRow(section.columns.map((c) => guardFormula(c.header)));
    for (const row of section.rows) sheet.addRow(section.columns.map((c, i) => xlsxCell(c.kind, row[i] ?? null)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

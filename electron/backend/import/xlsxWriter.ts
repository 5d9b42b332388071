import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { asInteger, DEFAULT_EXPORT_TIME_ZONE, formatDateTime } from './exportCell';
import type { ExportColumn } from './exportColumns';
import { guardFormula } from './formulaGuard';
import type { Yielder } from './yielder';

/** One sheet, with its row type bound away so sheets of different rows go in one workbook. */
export interface XlsxSheet {
  name: string;
  columns: readonly Pick<ExportColumn<never>, 'header' | 'kind'>[];
  values(): Iterable<(string | number | null)[]>;
}

export function xlsxSheet<T>(name: string, columns: readonly ExportColumn<T>[], rows: Iterable<T>): XlsxSheet {
  return {
    name,
    columns,
    *values() {
      for (const row of rows) yield columns.map((c) => c.value(row));
    },
  };
}

export interface XlsxWriteOptions {
  yielder: Yielder;
  timeZone?: string;
}

/**
 * An XLSX workbook written with exceljs's streaming writer, a row at a time, yielding between
 * slices. Prices are numbers in yuan with a 0.00 format (so merchants can sum them); text is
 * stored as text, formula-guarded so another spreadsheet program re-saving it as CSV stays safe.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], options: XlsxWriteOptions): Promise<Uint8Array> {
  const timeZone = options.timeZone ?? DEFAULT_EXPORT_TIME_ZONE;
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns.map((c, i) => ({
      key: String(i),
      width: c.kind === 'text' ? 24 : 14,
      ...(c.kind === 'yuan' ? { style: { numFmt: '0.00' } } : {}),
    }));
    worksheet.addRow(sheet.columns.map((c) => guardFormula(c.header))).commit();
    for (const values of sheet.values()) {
      worksheet.addRow(sheet.columns.map((c, i) => cellValue(c, values[i] ?? null, timeZone))).commit();
      await options.yielder.maybeYield();
    }
    worksheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function cellValue(column: XlsxSheet['columns'][number], value: string | number | null, timeZone: string): string | number | null {
  if (value === null) return null;
  switch (column.kind) {
    case 'text':
      return guardFormula(String(value));
    case 'integer':
      return asInteger(value, column.header);
    case 'yuan':
      // Fen ÷ 100 is the same binary value Excel stores when someone types the price.
      return asInteger(value, column.header) / 100;
    case 'datetime':
      return formatDateTime(asInteger(value, column.header), timeZone);
  }
}

import { cellAsText, DEFAULT_EXPORT_TIME_ZONE } from './exportCell';
import type { ExportColumn } from './exportColumns';
import type { Yielder } from './yielder';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

export interface CsvWriteOptions {
  yielder: Yielder;
  timeZone?: string;
}

/**
 * A CSV file Excel on Chinese Windows opens correctly: UTF-8 with a BOM (without it Excel reads
 * the bytes as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting, formula-guarded text.
 */
export async function writeCsv<T>(columns: readonly ExportColumn<T>[], rows: Iterable<T>, options: CsvWriteOptions): Promise<Uint8Array> {
  const timeZone = options.timeZone ?? DEFAULT_EXPORT_TIME_ZONE;
  const lines: string[] = [columns.map((c) => quote(c.header)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => quote(cellAsText(c, row, timeZone))).join(','));
    await options.yielder.maybeYield();
  }
  return new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`);
}

export function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

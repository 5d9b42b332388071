import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell, RawRow } from './cell';
import { ImportError } from './importError';
import type { ReadOptions, TableRead } from './tableRead';

/** XLSX files are zip archives: they start with a local file header. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the first worksheet with exceljs's streaming reader, so a 50,000-row sheet is parsed a
 * zip chunk at a time (each one a separate turn of the event loop) instead of in one blocking call.
 * Row numbers are the sheet's own, so they match what Excel shows even with blank rows in between.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<TableRead> {
  const { yielder } = options;
  let bytesRead = 0;
  const input = Readable.from(chunksOf(bytes, 64 * 1024, (n) => (bytesRead = n)));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const rows: RawRow[] = [];
  let sheetName: string | null = null;
  try {
    for await (const sheet of reader) {
      sheetName = (sheet as unknown as { name: string }).name;
      for await (const row of sheet) {
        const values = row.values;
        // exceljs rows are 1-based sparse arrays; index 0 is always empty.
        const cells: RawCell[] = Array.isArray(values) ? Array.from(values.slice(1), toRawCell) : [];
        rows.push({ line: row.number, cells });
        if (rows.length % 1000 === 0) options.onProgress?.(rows.length, bytesRead / Math.max(1, bytes.length));
        await yielder.maybeYield();
      }
      break; // The first sheet is the product list; the others (notes, lookups) are ignored.
    }
  } catch (error) {
    input.destroy();
    if (error instanceof Error && error.name === 'ImportCancelledError') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('FILE_UNREADABLE', `"${options.fileName}" could not be read as an Excel workbook: ${reason}`);
  }
  input.destroy();
  if (sheetName === null) throw new ImportError('NO_SHEET', `"${options.fileName}" has no worksheet.`);
  options.onProgress?.(rows.length, 1);
  return { source: { fileName: options.fileName, format: 'xlsx', encoding: null, delimiter: null, sheetName }, rows };
}

function* chunksOf(bytes: Uint8Array, size: number, onRead: (bytesRead: number) => void): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += size) {
    const end = Math.min(bytes.length, offset + size);
    onRead(end);
    yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, end - offset);
  }
}

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks, dates) to plain values. */
export function toRawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // exceljs gives Excel's wall-clock value as UTC. A date alone stays a date; a time of day (the
  // platforms' minute column) is kept, and a time-only cell sits on Excel's day 0, 1899-12-30.
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
    // A formula cell imports as the value Excel last computed for it.
    if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? toRawCell(v.result) : null;
    if (typeof v.error === 'string') return { error: v.error };
    if ('text' in v) return toRawCell(v.text);
  }
  return String(value);
}

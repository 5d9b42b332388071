import { readCsv } from './csvReader';
import { ImportError } from './importError';
import type { ReadOptions, TableRead } from './tableRead';
import { looksLikeZip, readXlsx } from './xlsxReader';

/** Larger than any product list; stops someone importing a video by mistake from filling memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Reads a product file whatever it is called: the content decides (an XLSX is a zip), because
 * merchants rename files and Excel saves "CSV" files that are really tab-separated UTF-16.
 */
export async function readTable(bytes: Uint8Array, options: ReadOptions): Promise<TableRead> {
  if (bytes.length === 0) throw new ImportError('FILE_EMPTY', `"${options.fileName}" is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError('FILE_TOO_LARGE', `"${options.fileName}" is ${Math.round(bytes.length / 1048576)} MB; the limit is 100 MB.`);
  }
  if (looksLikeZip(bytes)) return readXlsx(bytes, options);
  if (/\.xls$/i.test(options.fileName) && bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    throw new ImportError(
      'FILE_UNREADABLE',
      `"${options.fileName}" is an old Excel 97–2003 workbook; save it as .xlsx or CSV and import that.`,
    );
  }
  return readCsv(bytes, options);
}

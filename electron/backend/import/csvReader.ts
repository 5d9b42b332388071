import { CsvError, parse } from 'csv-parse';
import type { RawRow } from './cell';
import { detectDelimiter } from './delimiter';
import { decodeText } from './encoding';
import { ImportError } from './importError';
import type { ReadOptions, TableRead } from './tableRead';

/** Characters handed to the parser per step; each step is a few milliseconds of work. */
const PARSE_CHUNK_CHARS = 64 * 1024;

/**
 * Reads a CSV/TSV file: encoding and delimiter are detected. Row numbers are CSV records counted
 * from 1, including empty lines, because that is the row number Excel shows when it opens the file.
 */
export async function readCsv(bytes: Uint8Array, options: ReadOptions): Promise<TableRead> {
  const { yielder } = options;
  const { text, encoding } = await decodeText(bytes, yielder);
  if (text.trim() === '') throw new ImportError('FILE_EMPTY', `"${options.fileName}" has no rows.`);
  const delimiter = detectDelimiter(text);
  const rows: RawRow[] = [];
  const parser = parse({
    delimiter,
    // Merchant files have stray quotes inside unquoted cells and ragged rows; keep them readable.
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  parser.on('data', (record: string[]) => {
    rows.push({ line: rows.length + 1, cells: record });
  });
  const ended = new Promise<void>((resolve, reject) => {
    parser.once('end', resolve);
    parser.once('error', reject);
  });
  // A parse error also rejects the pending write; this keeps the second rejection from going unhandled.
  ended.catch(() => undefined);
  try {
    let offset = 0;
    while (offset < text.length) {
      let end = Math.min(text.length, offset + PARSE_CHUNK_CHARS);
      // Never split a surrogate pair between two writes (emoji in titles).
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      await write(parser, text.slice(offset, end));
      offset = end;
      options.onProgress?.(rows.length, offset / text.length);
      await yielder.maybeYield();
    }
    parser.end();
    await ended;
  } catch (error) {
    parser.destroy();
    if (error instanceof CsvError) throw new ImportError('FILE_UNREADABLE', `"${options.fileName}" is not valid CSV: ${error.message}`);
    throw error;
  }
  return { source: { fileName: options.fileName, format: 'csv', encoding, delimiter, sheetName: null }, rows };
}

function write(parser: ReturnType<typeof parse>, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { largeXlsxBytes } from '../fixtures/import/productFiles';
import { call } from './apiCall';
import type { Benchmark } from './benchResult';
import { runImportRounds } from './importRounds';

const ROWS = 50_000;
const ROUNDS = 5;

/**
 * import.products50k: preview + commit of a 50,000-row XLSX through the real API (base64 upload,
 * `import.products.preview`, `import.products.commit`) into the catalog on disk (WAL,
 * synchronous=FULL, search index, one event per product), against exceljs's streaming reader
 * walking the same file and touching every cell (the bare parse). Rounds alternate.
 * import.products50k.maxBlockMs: the longest the event loop was held during the import, measured
 * by a 0 ms timer chain (the gap between two ticks is how long nothing else could run).
 * import.products50k.commandWaitMs: the slowest of the everyday commands (`settings.update`, sent
 * every 250 ms throughout the import (a busy operator)) — how long live operation waits while an import runs.
 */
export const importProducts50k: Benchmark = {
  name: 'import.products50k',
  async run() {
    const bytes = await largeXlsxBytes(ROWS);
    const bytesBase64 = Buffer.from(bytes).toString('base64');
    return runImportRounds({
      name: 'import.products50k',
      rounds: ROUNDS,
      baseline: 'exceljs streaming reader, same file, bare parse of every cell',
      async bare() {
        const rows = await bareParse(bytes);
        if (rows !== ROWS + 1) throw new Error(`bare parse saw ${rows} rows`);
      },
      async pipeline(api) {
        const preview = await call<{ previewId: string; totals: { valid: number } }>(
          api.dispatch('import.products.preview', { fileName: 'products.xlsx', bytesBase64 }),
        );
        if (preview.totals.valid !== ROWS) throw new Error(`expected ${ROWS} valid rows, got ${preview.totals.valid}`);
        return call<{ created: number }>(api.dispatch('import.products.commit', { previewId: preview.previewId }));
      },
      async check(api, result) {
        if (result.created !== ROWS) throw new Error(`created ${result.created}`);
        const listed = await call<{ total: number }>(api.dispatch('product.list', { limit: 1, offset: 0 }));
        if (listed.total !== ROWS) throw new Error(`catalog holds ${listed.total} products`);
      },
      extra: { rows: ROWS, fileBytes: bytes.length },
    });
  },
};

async function bareParse(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      if (Array.isArray(row.values)) for (const v of row.values) if (v !== undefined) cells++;
    }
    break;
  }
  if (cells === 0) throw new Error('no cells');
  return rows;
}

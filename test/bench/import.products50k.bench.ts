import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import type { ApiResult } from '../../shared/api/errors';
import { largeXlsxBytes } from '../fixtures/import/productFiles';
import { type Benchmark, line, median } from './benchResult';
import { startBlockProbe } from './blockProbe';

const ROWS = 50_000;
const ROUNDS = 3;
const COMMAND_EVERY_MS = 250;

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
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-import-'));
    const pipelineMs: number[] = [];
    const bareMs: number[] = [];
    const blocks: number[] = [];
    const commandWaits: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        let t0 = performance.now();
        const rows = await bareParse(bytes);
        bareMs.push(performance.now() - t0);
        if (rows !== ROWS + 1) throw new Error(`bare parse saw ${rows} rows`);

        const api = await createBackend({ dataDir: path.join(dir, `round${round}`), appVersion: 'bench', host: 'serve' });
        const probe = startBlockProbe();
        const commands = startCommandProbe(api);
        t0 = performance.now();
        try {
          const preview = await call<{ previewId: string; totals: { valid: number } }>(
            api.dispatch('import.products.preview', { fileName: 'products.xlsx', bytesBase64 }),
          );
          if (preview.totals.valid !== ROWS) throw new Error(`expected ${ROWS} valid rows, got ${preview.totals.valid}`);
          const result = await call<{ created: number }>(api.dispatch('import.products.commit', { previewId: preview.previewId }));
          pipelineMs.push(performance.now() - t0);
          // Let the probe tick once more so it sees the last turn of the commit.
          await new Promise((resolve) => setTimeout(resolve, 0));
          blocks.push(probe.stop());
          commandWaits.push(await commands.stop());
          if (result.created !== ROWS) throw new Error(`created ${result.created}`);
          const listed = await call<{ total: number }>(api.dispatch('product.list', { limit: 1, offset: 0 }));
          if (listed.total !== ROWS) throw new Error(`catalog holds ${listed.total} products`);
        } finally {
          probe.stop();
          await commands.stop();
          await api.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return [
      line(
        {
          name: 'import.products50k',
          value: median(pipelineMs),
          unit: 'ms',
          baseline: 'exceljs streaming reader, same file, bare parse of every cell',
          baselineValue: median(bareMs),
        },
        { rows: ROWS, fileBytes: bytes.length, rounds: ROUNDS },
      ),
      line(
        { name: 'import.products50k.maxBlockMs', value: Math.max(...blocks), unit: 'ms', baseline: null, baselineValue: null },
        { medianOfRounds: median(blocks) },
      ),
      line(
        { name: 'import.products50k.commandWaitMs', value: Math.max(...commandWaits), unit: 'ms', baseline: null, baselineValue: null },
        { medianOfRounds: median(commandWaits) },
      ),
    ];
  },
};

async function call<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Sends a write command every COMMAND_EVERY_MS and keeps the slowest round trip. */
function startCommandProbe(api: Backend): { stop(): Promise<number> } {
  let max = 0;
  let stopped = false;
  let flip = false;
  const loop = (async () => {
    while (!stopped) {
      flip = !flip;
      const t = performance.now();
      await call(api.dispatch('settings.update', { language: flip ? 'zh-CN' : 'en' }));
      max = Math.max(max, performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, COMMAND_EVERY_MS));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return max;
    },
  };
}

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

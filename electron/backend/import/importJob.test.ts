import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain/import/importProgress';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { type Cell, csvText, LARGE_HEADERS, largeRow, utf8, xlsxBytes } from '../../../test/fixtures/import/productFiles';
import { ImportError } from './importError';
import { createImportJobs } from './importJob';

function setup(sink = new MemorySink()) {
  const progress: ImportProgress[] = [];
  let n = 0;
  const jobs = createImportJobs({ sink, onProgress: (p) => progress.push(p), newId: () => `job${++n}`, sliceMs: 0 });
  return { jobs, sink, progress };
}

const bigCsv = (count: number) =>
  utf8(csvText([['SKU', 'Title'], ...Array.from({ length: count }, (_, i): Cell[] => [`S${i}`, '连衣裙'])]));

describe('import jobs', () => {
  it('previews, pages and commits a file, reporting progress phases in order', async () => {
    const { jobs, sink, progress } = setup();
    const preview = await jobs.preview({ fileName: 'p.csv', bytes: bigCsv(450) });
    expect(preview.previewId).toBe('job1');
    expect(preview.totals).toEqual({ rows: 450, valid: 450, invalid: 0, create: 450, update: 0, duplicate: 0, warned: 0 });
    expect(preview.rows).toHaveLength(200);
    expect(jobs.rows('job1', 440, 100).map((r) => r.row)).toEqual([442, 443, 444, 445, 446, 447, 448, 449, 450, 451]);
    const result = await jobs.commit('job1');
    expect(result).toEqual({ created: 450, updated: 0, skippedInvalid: 0 });
    expect(sink.products.size).toBe(450);
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'mapping', 'validating', 'checking', 'done', 'checking', 'staging', 'committing', 'done']);
    expect(progress.every((p) => p.jobId === 'job1')).toBe(true);
    expect(progress.at(-1)).toEqual({ jobId: 'job1', phase: 'done', rowsDone: 450, rowsTotal: 450, fraction: 1 });
    // A committed preview is gone: it cannot be committed twice.
    await expect(jobs.commit('job1')).rejects.toMatchObject({ code: 'PREVIEW_NOT_FOUND' });
  });

  it('re-validates with a corrected mapping without reading the file again', async () => {
    const { jobs } = setup();
    const first = await jobs.preview({
      fileName: 'p.csv',
      bytes: utf8(
        csvText([
          ['编号X', '名称', '活动'],
          ['A', '裙', '99'],
        ]),
      ),
    });
    expect(first.blocking.map((b) => b.code)).toEqual(['SKU_COLUMN_MISSING']);
    expect(first.unmappedColumns.map((c) => c.header)).toEqual(['编号X', '活动']);
    const fixed = await jobs.remap(first.previewId, { '0': 'sku', '2': 'livePrice' });
    expect(fixed.blocking).toEqual([]);
    expect(fixed.rows[0]?.product).toEqual({ sku: 'A', title: '裙', livePriceFen: 9900 });
  });

  it('cancels a running preview at the next slice and says so', async () => {
    const { jobs, progress } = setup();
    const pending = jobs.preview({ fileName: 'big.csv', bytes: bigCsv(30_000) });
    await new Promise((r) => setImmediate(r));
    expect(jobs.cancel('job1')).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(progress.at(-1)?.phase).toBe('cancelled');
    expect(jobs.cancel('job1')).toBe(false);
  });

  it('honours the caller’s AbortSignal during commit, leaving the catalog unchanged', async () => {
    const { jobs, sink } = setup();
    const preview = await jobs.preview({ fileName: 'big.csv', bytes: bigCsv(5000) });
    const controller = new AbortController();
    const pending = jobs.commit(preview.previewId, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(sink.products.size).toBe(0);
    // The preview survives a cancelled commit and can be committed afterwards.
    await expect(jobs.commit(preview.previewId)).resolves.toMatchObject({ created: 5000 });
  });

  it('drops a preview whose commit wrote part of it (the rest is finished later); one that wrote nothing stays', async () => {
    const sink = new MemorySink();
    const { jobs } = setup(sink);
    const preview = await jobs.preview({ fileName: 'p.csv', bytes: bigCsv(10) });
    sink.failOnCommit = true;
    await expect(jobs.commit(preview.previewId)).rejects.toThrow('disk full');
    expect(jobs.rows(preview.previewId, 0, 1)).toHaveLength(1);

    const originalBegin = sink.begin.bind(sink);
    sink.begin = (fields) => ({
      ...originalBegin(fields),
      commit: () => Promise.reject(new ImportError('APPLY_UNFINISHED', 'database or disk is full')),
    });
    await expect(jobs.commit(preview.previewId)).rejects.toMatchObject({ code: 'APPLY_UNFINISHED' });
    expect(() => jobs.rows(preview.previewId, 0, 1)).toThrow(expect.objectContaining({ code: 'PREVIEW_NOT_FOUND' }));
  });

  it('runs one commit at a time', async () => {
    const { jobs } = setup();
    const a = await jobs.preview({ fileName: 'a.csv', bytes: bigCsv(3000) });
    const b = await jobs.preview({ fileName: 'b.csv', bytes: utf8('SKU,Title\r\nX,x') });
    const first = jobs.commit(a.previewId);
    await expect(jobs.commit(b.previewId)).rejects.toMatchObject({ code: 'JOB_BUSY' });
    await first;
    await expect(jobs.commit(b.previewId)).resolves.toMatchObject({ created: 1 });
  });

  it('splits a large XLSX import into many event-loop turns', async () => {
    const bytes = await xlsxBytes([LARGE_HEADERS, ...Array.from({ length: 2000 }, (_, i) => largeRow(i))]);
    const sink = new MemorySink();
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    try {
      const jobs = createImportJobs({ sink, sliceMs: 1 });
      const preview = await jobs.preview({ fileName: 'big.xlsx', bytes });
      expect(preview.issues).toEqual([]);
      expect(preview.totals.valid).toBe(2000);
      await jobs.commit(preview.previewId);
    } finally {
      clearInterval(timer);
    }
    expect(sink.products.get('SKU-000007')).toMatchObject({
      title: '春季新款连衣裙 7 号',
      listPriceFen: 10690,
      livePriceFen: 6700,
      stock: 7,
    });
    // Timers ran while the import was under way: the work did not hold the loop in one piece.
    expect(turns).toBeGreaterThan(10);
  });
});

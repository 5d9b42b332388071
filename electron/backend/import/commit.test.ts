import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../test/fixtures/import/memorySink';
import { type Cell, csvText, utf8 } from '../../../test/fixtures/import/productFiles';
import { COMMIT_CHUNK, commitPreview } from './commit';
import { readCsv } from './csvReader';
import { buildPreview } from './preview';
import { createYielder, ImportCancelledError } from './yielder';

async function previewOf(rows: Cell[][], sink: MemorySink) {
  const yielder = createYielder();
  return buildPreview(await readCsv(utf8(csvText(rows)), { fileName: 'p.csv', yielder }), sink, yielder);
}

const withInvalid: Cell[][] = [
  ['SKU', 'Title', 'Price'],
  ['A', 'a', '1'],
  ['B', 'b', 'oops'],
];

describe('commitPreview', () => {
  it('writes every valid row and reports creates and updates', async () => {
    const sink = new MemorySink([{ sku: 'A', title: 'old', stock: 3 }]);
    const state = await previewOf(
      [
        ['SKU', 'Title', 'Price'],
        ['A', 'a', '1'],
        ['B', 'b', '2.5'],
      ],
      sink,
    );
    const result = await commitPreview(state, sink, createYielder(), { skipInvalid: false });
    expect(result).toEqual({ created: 1, updated: 1, skippedInvalid: 0 });
    expect(sink.products.get('A')).toEqual({ sku: 'A', title: 'a', listPriceFen: 100, stock: 3 });
    expect(sink.products.get('B')).toEqual({ sku: 'B', title: 'b', listPriceFen: 250 });
  });

  it('refuses a preview with invalid rows unless skipInvalid is given', async () => {
    const sink = new MemorySink();
    const state = await previewOf(withInvalid, sink);
    await expect(commitPreview(state, sink, createYielder(), { skipInvalid: false })).rejects.toMatchObject({ code: 'HAS_INVALID_ROWS' });
    expect(sink.products.size).toBe(0);
    const result = await commitPreview(state, sink, createYielder(), { skipInvalid: true });
    expect(result).toEqual({ created: 1, updated: 0, skippedInvalid: 1 });
    expect([...sink.products.keys()]).toEqual(['A']);
  });

  it('refuses a blocked preview even with skipInvalid', async () => {
    const sink = new MemorySink();
    const state = await previewOf(
      [
        ['名字', '价格'],
        ['x', '1'],
      ],
      sink,
    );
    await expect(commitPreview(state, sink, createYielder(), { skipInvalid: true })).rejects.toMatchObject({ code: 'SKU_COLUMN_MISSING' });
  });

  it('changes nothing when the final apply fails', async () => {
    const sink = new MemorySink([{ sku: 'A', title: 'old' }]);
    const state = await previewOf(
      [
        ['SKU', 'Title'],
        ['A', 'new'],
        ['B', 'b'],
      ],
      sink,
    );
    sink.failOnCommit = true;
    await expect(commitPreview(state, sink, createYielder(), { skipInvalid: false })).rejects.toThrow('disk full');
    expect([...sink.products.values()]).toEqual([{ sku: 'A', title: 'old' }]);
  });

  it('stages in chunks with yields between them, and a cancel before the apply leaves the catalog unchanged', async () => {
    const sink = new MemorySink();
    const rows: Cell[][] = [['SKU', 'Title'], ...Array.from({ length: 3500 }, (_, i) => [`S${i}`, 't'])];
    const state = await previewOf(rows, sink);
    const controller = new AbortController();
    let staged = 0;
    const pending = commitPreview(state, sink, createYielder({ signal: controller.signal, sliceMs: 0 }), {
      skipInvalid: false,
      onProgress: (phase, done) => {
        if (phase === 'staging') {
          staged = done;
          if (done >= 2000) controller.abort();
        }
      },
    });
    await expect(pending).rejects.toBeInstanceOf(ImportCancelledError);
    expect(staged).toBe(2000);
    expect(sink.stagedChunks).toBe(2000 / COMMIT_CHUNK);
    expect(sink.products.size).toBe(0);
  });

  it('refuses when the catalog changed since the preview', async () => {
    const sink = new MemorySink();
    const state = await previewOf(
      [
        ['SKU', 'Title'],
        ['A', 'a'],
      ],
      sink,
    );
    sink.products.set('A', { sku: 'A', title: 'added elsewhere' });
    await expect(commitPreview(state, sink, createYielder(), { skipInvalid: false })).rejects.toMatchObject({ code: 'PREVIEW_STALE' });
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/createBackend';
import type { ApiResult } from '../../shared/api/errors';
import type { ImportProgress } from '../../shared/domain/import/importProgress';
import { largeXlsxBytes } from '../fixtures/import/productFiles';

const ROWS = 50_000;

async function value<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('a 50,000-row XLSX through the API', () => {
  it('streams progress, can be cancelled while reading and while committing without a trace, then imports every row', async () => {
    const api = await createBackend({ dataDir: mkdtempSync(path.join(tmpdir(), 'livecue-50k-')), appVersion: 't', host: 'serve' });
    const bytesBase64 = Buffer.from(await largeXlsxBytes(ROWS)).toString('base64');
    const progress: ImportProgress[] = [];
    const cancelOn = new Map<string, string>(); // jobId → phase at which to cancel
    const sub = api.subscribe('import.progress', (data) => {
      const p = data as ImportProgress;
      progress.push(p);
      if (cancelOn.get(p.jobId) === p.phase) {
        cancelOn.delete(p.jobId);
        void api.dispatch('import.cancel', { jobId: p.jobId });
      }
    });

    cancelOn.set('job-cancel-preview', 'validating');
    const cancelled = await api.dispatch('import.products.preview', { jobId: 'job-cancel-preview', fileName: 'big.xlsx', bytesBase64 });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });

    const preview = await value<{ previewId: string; totals: { rows: number; valid: number; create: number } }>(
      api.dispatch('import.products.preview', { jobId: 'job-full-preview', fileName: 'big.xlsx', bytesBase64 }),
    );
    expect(preview.totals).toMatchObject({ rows: ROWS, valid: ROWS, create: ROWS });
    const reading = progress.filter((p) => p.jobId === 'job-full-preview');
    expect(new Set(reading.map((p) => p.phase))).toEqual(new Set(['reading', 'mapping', 'validating', 'checking', 'done']));
    const validating = reading.filter((p) => p.phase === 'validating').map((p) => p.rowsDone);
    expect(validating.length).toBeGreaterThan(2);
    expect([...validating].sort((a, b) => a - b)).toEqual(validating);

    cancelOn.set(preview.previewId, 'staging');
    const stopped = await api.dispatch('import.products.commit', { previewId: preview.previewId });
    expect(stopped).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await value<{ total: number }>(api.dispatch('product.list', { limit: 1, offset: 0 }))).toMatchObject({ total: 0 });

    const again = await value<{ previewId: string }>(api.dispatch('import.products.preview', { fileName: 'big.xlsx', bytesBase64 }));
    expect(await value(api.dispatch('import.products.commit', { previewId: again.previewId }))).toEqual({
      created: ROWS,
      updated: 0,
      skippedInvalid: 0,
    });
    expect(await value<{ total: number }>(api.dispatch('product.list', { limit: 1, offset: 0 }))).toMatchObject({ total: ROWS });
    const status = await value<{ outboxSize: number }>(api.dispatch('store.status', {}));
    expect(status.outboxSize).toBe(1); // the import is one fact naming its 50,000 SKUs
    if (sub.ok) sub.value();
    await api.close();
  }, 180_000);
});

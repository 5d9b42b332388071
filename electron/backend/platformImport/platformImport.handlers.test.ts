import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { PlatformImportPreview } from '../../../shared/domain/platform/platformImport';
import { douyinProductsCsv, utf16TrendTsv } from '../../../test/fixtures/platform/platformFiles';
import { createBackend } from '../createBackend';

async function value<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** "2026-12-06 20:01" in local time: the trend file's form. */
const minuteText = (ms: number) => {
  const d = new Date(ms);
  const p = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

describe('platform import through the API', () => {
  it('refuses a live session, then imports both files of the ended session as one event each', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-platform-api-'));
    const api = await createBackend({ dataDir, appVersion: 't', host: 'serve' });
    const ids = await Promise.all([
      value<{ id: string }>(api.dispatch('product.create', { sku: 'A-2', title: '防晒霜' })),
      value<{ id: string }>(api.dispatch('show.create', { name: '晚场' })),
    ]);
    const [productId, showId] = ids.map((r) => r.id);
    await value(api.dispatch('cue.insert', { showId, type: 'product', config: { productId } }));
    const live = await value<{ sessionId: string; state: { startedAt: number } }>(api.dispatch('session.start', { showId }));
    const { sessionId } = live;

    const products = { sessionId, platform: 'douyin', kind: 'products', fileName: '商品.csv', bytesBase64: b64(douyinProductsCsv()) };
    expect(await api.dispatch('platformImport.preview', products)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'SESSION_NOT_ENDED',
        message: expect.stringContaining(`Session ${sessionId} ("晚场") is still live`),
      },
    });
    await value(api.dispatch('session.command', { sessionId, command: { type: 'end' } }));

    // The boundary names the field that is wrong.
    expect(await api.dispatch('platformImport.preview', { ...products, platform: 'weibo' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['platform'] },
    });

    const preview = await value<PlatformImportPreview>(api.dispatch('platformImport.preview', products));
    expect(preview.totals).toMatchObject({ valid: 5, invalid: 2, matched: 1 });
    expect(await api.dispatch('platformImport.commit', { previewId: preview.previewId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'HAS_INVALID_ROWS', message: expect.stringContaining('Row 8, column "曝光人数"') },
    });
    expect(await value(api.dispatch('platformImport.commit', { previewId: preview.previewId, skipInvalid: true }))).toMatchObject({
      eventType: 'platform.products',
      rows: 5,
      skippedInvalid: 2,
    });

    const start = live.state.startedAt;
    const trendFile = utf16TrendTsv([minuteText(start), minuteText(start + 60_000)]);
    const trend = await value<PlatformImportPreview>(
      api.dispatch('platformImport.preview', {
        sessionId,
        platform: 'douyin',
        kind: 'trend',
        fileName: 'trend.txt',
        bytesBase64: b64(trendFile),
      }),
    );
    expect(trend.issues).toEqual([]);
    await value(api.dispatch('platformImport.commit', { previewId: trend.previewId }));
    // A committed preview is gone: a second commit cannot store the file twice.
    expect(await api.dispatch('platformImport.commit', { previewId: trend.previewId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await api.close();

    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    const stored = db.prepare("SELECT type, session_id, payload FROM events WHERE type LIKE 'platform.%' ORDER BY seq").all() as {
      type: string;
      session_id: string;
      payload: string;
    }[];
    db.close();
    expect(stored.map((e) => [e.type, e.session_id])).toEqual([
      ['platform.products', sessionId],
      ['platform.trend', sessionId],
    ]);
    const trendRows = (JSON.parse(stored[1]?.payload ?? '{}') as { rows: { at: number; viewersOnline: number; gmvFen: number }[] }).rows;
    expect(trendRows).toEqual([
      expect.objectContaining({ at: Math.floor(start / 60_000) * 60_000, viewersOnline: 100, gmvFen: 990 }),
      expect.objectContaining({ at: Math.floor(start / 60_000) * 60_000 + 60_000, viewersOnline: 101 }),
    ]);
  });
});

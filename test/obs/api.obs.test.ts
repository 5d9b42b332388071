import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/createBackend';
import { OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, overlaySourceName } from '../../shared/domain/obsLayout';
import { decodePngDataUrl } from '../helpers/png';
import { sharedObs, skipObs } from './obsTestKit';

/** The typed API end to end against real OBS: the backend as the headless host creates it. */
describe.skipIf(skipObs)('OBS through the API (real OBS Studio)', () => {
  const obs = sharedObs ?? { url: '', password: '', port: 0 };

  it('configure → ready, setup, preflight of a show, screenshot of the program scene', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-obs-api-'));
    const backend = await createBackend({ dataDir, appVersion: 't', host: 'serve' });
    try {
      const call = async (method: string, payload: unknown) => {
        const result = await backend.dispatch(method, payload);
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value as Record<string, unknown>;
      };
      await call('obs.configure', { url: obs.url, password: obs.password });
      await vi.waitFor(async () => expect((await call('obs.status', {})).state).toBe('ready'), { timeout: 20_000 });
      await call('obs.setup', {});
      const show = await call('show.create', { name: '预检' });
      await call('cue.insert', { showId: show.id, type: 'scene', config: { sceneName: '不存在的场景' } });
      await call('cue.insert', { showId: show.id, type: 'scene', config: { sceneName: OBS_SAFE_SCENE } });
      await call('cue.insert', {
        showId: show.id,
        type: 'product',
        config: { productId: (await call('product.create', { sku: 'API-1', title: '预检商品' })).id },
      });
      const report = (await call('obs.preflight', { showId: show.id })) as { ready: boolean; items: { name: string; exists: boolean }[] };
      expect(report.ready).toBe(false);
      expect(report.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: '不存在的场景', exists: false }),
          expect.objectContaining({ name: OBS_SAFE_SCENE, exists: true }),
          expect.objectContaining({ name: OBS_OVERLAY_SCENE, exists: true }),
          expect.objectContaining({ name: overlaySourceName('product.title'), exists: true }),
        ]),
      );
      const run = await call('obs.run', {
        actions: [
          { kind: 'setText', source: overlaySourceName('product.title'), text: '预检通过' },
          { kind: 'switchScene', scene: OBS_SAFE_SCENE },
        ],
      });
      expect(run.results).toEqual([
        { ok: true, code: 100 },
        { ok: true, code: 100 },
      ]);
      const shot = await call('obs.screenshot', { width: 320 });
      expect(shot.source).toBe(OBS_SAFE_SCENE);
      expect(decodePngDataUrl(String(shot.imageDataUrl)).width).toBe(320);
      expect(await call('obs.recordChapter', {})).toEqual({ supported: false }); // OBS 29 has no CreateRecordChapter
    } finally {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

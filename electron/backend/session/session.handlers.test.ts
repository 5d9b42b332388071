import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import { createBackend } from '../createBackend';

async function value<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('live session through the API', () => {
  it('goes live, fires the standby cue, pushes state, and logs that OBS was away', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-session-api-'));
    const api = await createBackend({ dataDir, appVersion: 't', host: 'serve' });
    const product = await value<{ id: string }>(api.dispatch('product.create', { sku: 'P1', title: '口红' }));
    const show = await value<{ id: string }>(api.dispatch('show.create', { name: '晚场' }));
    await value(api.dispatch('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } }));
    const pushed: { revision: number; state: object }[] = [];
    const sub = api.subscribe('session.state', (v) => pushed.push(v as { revision: number; state: object }));

    // Preflight through the API: the show is fine, OBS is not set up here, so it is not ready.
    const checked = await value<{ ready: boolean; checks: { id: string; status: string }[] }>(
      api.dispatch('session.preflight', { showId: show.id }),
    );
    expect(checked.ready).toBe(false);
    expect(checked.checks.find((c) => c.id === 'show')?.status).toBe('ok');
    expect(checked.checks.find((c) => c.id === 'obs')?.status).toBe('failed');
    expect(await api.dispatch('session.start', { showId: show.id, outputs: { stream: true, lights: true } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['outputs'] },
    });

    const live = await value<{ sessionId: string; state: { standbyId: string; cues: unknown[] }; outputs: unknown[] }>(
      api.dispatch('session.start', { showId: show.id }),
    );
    expect(live.outputs).toEqual([]);
    expect(live.state.cues).toHaveLength(1);
    const fired = await value<{ revision: number; state: { running: { cueId: string }[] } }>(
      api.dispatch('session.command', { sessionId: live.sessionId, command: { type: 'go', expectedStandbyId: live.state.standbyId } }),
    );
    expect(fired.state.running.map((r) => r.cueId)).toEqual([live.state.standbyId]);
    expect(pushed.map((p) => p.revision)).toEqual([1, 2]);
    // Cues and catalog are fixed for the session: read whole once, never repeated in an answer or a push.
    for (const update of [fired, ...pushed]) {
      expect(update.state).not.toHaveProperty('cues');
      expect(update.state).not.toHaveProperty('catalog');
    }
    expect(await value<{ sessionId: string; state: { cues: unknown[] } } | null>(api.dispatch('session.current', {}))).toMatchObject({
      sessionId: live.sessionId,
      state: { cues: live.state.cues },
    });

    // A malformed command is refused at the contract, before the runtime sees it.
    expect(await api.dispatch('session.command', { sessionId: live.sessionId, command: { type: 'dance' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    // OBS is not configured here: the cue still runs, and the failed batch is on record.
    await new Promise((r) => setTimeout(r, 50));
    await value(api.dispatch('session.command', { sessionId: live.sessionId, command: { type: 'end' } }));
    expect(await value(api.dispatch('session.current', {}))).toBeNull();
    // The review of what just happened, computed from the session's events.
    const review = await value<{
      session: { sessionId: string; live: boolean };
      cues: { cueId: string }[];
      obs: { failedBatches: number };
    }>(api.dispatch('report.session', { sessionId: live.sessionId }));
    expect(review.session).toMatchObject({ sessionId: live.sessionId, live: false });
    expect(review.obs.failedBatches).toBeGreaterThan(0);
    expect(review.cues.map((c) => c.cueId)).toEqual([live.state.standbyId]);
    const csv = await value<{ fileName: string; text: string }>(
      api.dispatch('report.export', { sessionId: live.sessionId, format: 'csv', language: 'en' }),
    );
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    if (sub.ok) sub.value();
    await api.close();
    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    const batches = db.prepare("SELECT payload FROM events WHERE type = 'obs.batch'").all() as { payload: string }[];
    expect(batches.length).toBeGreaterThan(0);
    expect(JSON.parse(batches[0]?.payload ?? '{}')).toMatchObject({ sessionId: live.sessionId, ok: false });
    db.close();
  });
});

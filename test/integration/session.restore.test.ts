import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/createBackend';
import type { ApiResult } from '../../shared/api/errors';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'liveSession.ts');

interface View {
  sessionId: string;
  revision: number;
  state: { standbyId: string | null; running: { cueId: string; startedAt: number; deadlineAt: number | null }[] };
}

/** Runs the live-session child until it reports the fired cue, then SIGKILLs it. */
function goLiveAndKill(dataDir: string): Promise<View> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let view: View | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (!view && out.includes('\n') && line) {
        view = JSON.parse(line) as View;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' && view ? resolve(view) : reject(new Error(`child ended without going live:\n${err}`)),
    );
  });
}

async function value<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await pending;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('restore point', () => {
  it('a backend killed with SIGKILL mid-show comes back with the same session, running cue and standby, nothing logged twice', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-restore-'));
    const before = await goLiveAndKill(dataDir);
    expect(before.state.running).toHaveLength(1);

    const api = await createBackend({ dataDir, appVersion: 'test', host: 'serve' });
    const after = await value<View>(api.dispatch('session.current', {}));
    expect(after.sessionId).toBe(before.sessionId);
    expect(after.state.running).toEqual(before.state.running);
    expect(after.state.standbyId).toBe(before.state.standbyId);

    // The show goes on from where it was: GO fires the second product (after the GO debounce,
    // which survives the restart too).
    await new Promise((r) => setTimeout(r, 350));
    const next = await value<View>(
      api.dispatch('session.command', { sessionId: after.sessionId, command: { type: 'go', expectedStandbyId: after.state.standbyId } }),
    );
    expect(next.state.running.map((r) => r.cueId)).toEqual([before.state.standbyId]);
    await api.close();

    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    const started = db
      .prepare("SELECT json_extract(payload, '$.cueId') AS cueId FROM events WHERE type = 'cue.started' AND session_id = ? ORDER BY seq")
      .all(before.sessionId) as { cueId: string }[];
    expect(started.map((s) => s.cueId)).toEqual([before.state.running[0]?.cueId, before.state.standbyId]);
    expect(db.prepare("SELECT count(*) AS n FROM events WHERE type = 'session.started'").get()).toEqual({ n: 1 });
    db.close();
  }, 60_000);
});

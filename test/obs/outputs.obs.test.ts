import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import type { ObsStatus } from '../../shared/domain/obsStatus';
import type { OutputStartResult } from '../../shared/domain/session/sessionPreflight';
import { type ObsInstance, startObs } from '../helpers/obsHarness';
import { type Call, callerOf, connectBackend, sessionEvents } from './liveShowKit';
import { skipObs } from './obsTestKit';

type LiveStart = { sessionId: string; outputs: OutputStartResult[] };

/**
 * Going live with outputs against real OBS Studio 29. Its own OBS: a refused start leaves a message box open in
 * OBS's window (which nobody here can click away), and that must not be the shared instance's problem.
 */
describe.skipIf(skipObs)('OBS outputs when going live (real OBS Studio)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'livecue-obs-outputs-'));
  let obs: ObsInstance;
  let backend: Backend;
  let call: Call;
  /** A second obs-websocket client: someone working in OBS itself. */
  let outside: OBSWebSocket;
  let showId: string;

  beforeAll(async () => {
    obs = await startObs();
    backend = await createBackend({ dataDir: path.join(scratch, 'data'), appVersion: 'test', host: 'serve' });
    call = callerOf(backend);
    await connectBackend(call, obs);
    outside = new OBSWebSocket();
    await outside.connect(obs.url, obs.password, { eventSubscriptions: 0 });
    const product = await call<{ id: string }>('product.create', { sku: 'LC-OUT-1', title: '输出测试商品', livePriceFen: 9900 });
    const show = await call<{ id: string }>('show.create', { name: '输出测试' });
    await call('cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
    showId = show.id;
  });
  afterEach(async () => {
    const live = await call<{ sessionId: string } | null>('session.current', {});
    if (live) await call('session.command', { sessionId: live.sessionId, command: { type: 'end' } });
  });
  afterAll(async () => {
    await outside?.disconnect().catch(() => {});
    await backend?.close();
    await obs?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const goLive = (outputs: Record<string, boolean>) => call<LiveStart>('session.start', { showId, outputs });
  const status = () => call<ObsStatus>('obs.status', {});
  const setRecordFolder = (folder: string) =>
    outside.call('SetProfileParameter', { parameterCategory: 'SimpleOutput', parameterName: 'FilePath', parameterValue: folder });

  /** The one result going live reported, and the same in the session's log. */
  function expectFailedAndLogged(live: LiveStart, failure: Omit<OutputStartResult, 'ok' | 'alreadyActive'>) {
    const expected = { ...failure, ok: false, alreadyActive: false };
    expect(live.outputs).toEqual([expected]);
    const logged = sessionEvents(backend.databaseFile, live.sessionId).filter((e) => e.type === 'output.started');
    expect(logged.map((e) => e.payload)).toEqual([expect.objectContaining(expected)]);
  }

  it('a stream with no stream key is reported failed, with why, and logged', async () => {
    // A fresh OBS profile streams to "rtmp_common" with no service and no key.
    expect((await outside.call('GetStreamServiceSettings')).streamServiceSettings).toEqual({});
    expectFailedAndLogged(await goLive({ stream: true }), {
      output: 'stream',
      problem: 'STREAM_NOT_SET_UP',
      message: 'No stream server and no stream key are set in OBS (Settings → Stream)',
    });
    expect((await status()).outputStates?.stream.state).toBe('off');
  });

  it('a recording into a folder OBS cannot write is reported failed, naming the folder, and logged', async () => {
    // Root writes anywhere, so permissions would not stop it: a folder whose parent is a plain file does.
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const folder = path.join(file, 'recordings');
    await setRecordFolder(folder);
    expectFailedAndLogged(await goLive({ record: true }), {
      output: 'record',
      problem: 'RECORD_FOLDER_MISSING',
      subject: folder,
      message: `The recording folder ${folder} does not exist (OBS → Settings → Output → Recording path)`,
    });
    expect((await outside.call('GetRecordStatus')).outputActive).toBe(false);
  });

  it('a recording that starts is ok once OBS says so, shows since when, and a stop from outside is logged and shown', async () => {
    const folder = path.join(scratch, 'recordings');
    mkdirSync(folder, { recursive: true });
    await setRecordFolder(folder);
    const before = Date.now();
    const live = await goLive({ record: true });
    expect(live.outputs).toEqual([{ output: 'record', ok: true, alreadyActive: false }]);
    // OBS itself agrees, and the status says since when (the console counts the elapsed time from it).
    expect((await outside.call('GetRecordStatus')).outputActive).toBe(true);
    const on = (await status()).outputStates?.record;
    expect(on).toMatchObject({ state: 'on', incident: null });
    expect(on?.startedAt).toBeGreaterThanOrEqual(before);
    expect(on?.startedAt).toBeLessThanOrEqual(Date.now());
    const started = sessionEvents(backend.databaseFile, live.sessionId).find((e) => e.type === 'output.started');
    expect(started?.payload).toMatchObject({ output: 'record', ok: true });

    // Someone presses Stop Recording in OBS: not LiveCue's doing, so it is logged and kept in the status for the banner.
    await outside.call('StopRecord');
    await vi.waitFor(
      () => {
        const stopped = sessionEvents(backend.databaseFile, live.sessionId).find((e) => e.type === 'output.stopped');
        expect(stopped?.payload).toMatchObject({ output: 'record', byLiveCue: false, startedAt: on?.startedAt });
      },
      { timeout: 10_000, interval: 100 },
    );
    const after = (await status()).outputStates?.record;
    expect(after).toMatchObject({ state: 'off', startedAt: null, incident: { kind: 'stopped' } });
    expect((await status()).outputs?.recording).toBe(false);
  });
});

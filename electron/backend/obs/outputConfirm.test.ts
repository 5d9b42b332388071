import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ObsOutputKind } from '../../../shared/domain/obsActions';
import { FakeObsServer } from '../../../test/support/backend/fakeObsServer';
import { FakeTimers } from '../../../test/support/fakeTimers';
import { ObsController } from './obsController';
import { startConfirmed } from './outputConfirm';
import type { OutputChange } from './outputWatch';

/** Real sockets to a fake obs-websocket server that sends OBS's output events; the wait is driven by hand. */
let server: FakeObsServer | undefined;
let controller: ObsController | undefined;
afterEach(async () => {
  controller?.close();
  await server?.close();
});

const makeTmpDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

const event = (name: string, outputState: string) =>
  server?.emit(name, { outputActive: outputState === 'STARTED', outputState: `OBS_WEBSOCKET_OUTPUT_${outputState}` });

/** Answers StartStream, then goes STARTING → STOPPED, as OBS 29 does when it cannot start the stream. */
function startsThenStops(fake: FakeObsServer): void {
  fake.handlers.set('StartStream', () => {
    setImmediate(() => {
      event('StreamStateChanged', 'STARTING');
      event('StreamStateChanged', 'STOPPED');
    });
    return {};
  });
}

async function setup(options: { virtualCam?: boolean } = {}) {
  server = await FakeObsServer.start();
  if (options.virtualCam === false)
    server.handlers.set('GetVirtualCamStatus', () => ({ error: 604, comment: 'VirtualCam is not available.' }));
  const timers = new FakeTimers();
  const c = new ObsController({ timers, random: () => 1 });
  controller = c;
  c.configure({ url: server.url, password: 'pw' });
  await vi.waitFor(() => expect(c.state).toBe('ready'));
  const start = (output: ObsOutputKind) =>
    startConfirmed(
      { link: c.requireLink(), available: c.snapshot?.availableRequests ?? new Set(), watch: c.outputs, timeoutMs: 8000, onThisPc: true },
      output,
    );
  /** Resolves once OBS has answered `requestType`: a later request's answer cannot overtake it on the socket. */
  const answered = async (requestType: string) => {
    await vi.waitFor(() => expect(server?.requests.some((r) => r.requestType === requestType)).toBe(true));
    await c.requireLink().call('GetStats');
  };
  return { c, timers, start, answered, fake: server };
}

describe('starting an output: ok only when OBS says it started', () => {
  it('a start request OBS answers is not yet a start; STARTED is', async () => {
    const { c, timers, start, answered, fake } = await setup();
    fake.handlers.set('StartRecord', () => ({}));
    let settled = false;
    const result = start('record').finally(() => {
      settled = true;
    });
    await answered('StartRecord');
    expect(settled).toBe(false);
    expect(c.status().outputStates?.record.state).toBe('off');
    event('RecordStateChanged', 'STARTING');
    timers.advance(700);
    event('RecordStateChanged', 'STARTED');
    expect(await result).toEqual({ output: 'record', ok: true, alreadyActive: false });
    expect(c.status()).toMatchObject({
      outputs: { recording: true },
      outputStates: { record: { state: 'on', startedAt: timers.now(), incident: null } },
    });
  });

  it('STARTED arriving before the request is answered still counts', async () => {
    const { start, fake } = await setup();
    fake.handlers.set('StartRecord', () => {
      event('RecordStateChanged', 'STARTING');
      event('RecordStateChanged', 'STARTED');
      return {};
    });
    expect(await start('record')).toMatchObject({ ok: true });
  });

  it('no stream key: OBS answers ok, then goes STARTING → STOPPED; the reason is the empty stream service', async () => {
    const { start, fake } = await setup();
    startsThenStops(fake);
    fake.handlers.set('GetStreamServiceSettings', () => ({ streamServiceType: 'rtmp_common', streamServiceSettings: {} }));
    expect(await start('stream')).toEqual({
      output: 'stream',
      ok: false,
      alreadyActive: false,
      problem: 'STREAM_NOT_SET_UP',
      message: 'No stream server and no stream key are set in OBS (Settings → Stream)',
    });
  });

  it('a server and key that do not connect: STARTING → STOPPED names the server', async () => {
    const { start, fake } = await setup();
    startsThenStops(fake);
    fake.handlers.set('GetStreamServiceSettings', () => ({
      streamServiceType: 'rtmp_custom',
      streamServiceSettings: { server: 'rtmp://push.example.com/live', key: 'abc' },
    }));
    expect(await start('stream')).toMatchObject({ ok: false, problem: 'STREAM_CONNECT_FAILED', subject: 'rtmp://push.example.com/live' });
  });

  it('a recording OBS never begins (its folder is missing) fails after the wait, naming the folder', async () => {
    const { start, answered, timers, fake } = await setup();
    const file = path.join(makeTmpDir('livecue-output-'), 'not-a-folder');
    writeFileSync(file, 'x');
    const folder = path.join(file, 'recordings');
    fake.handlers.set('StartRecord', () => ({}));
    fake.handlers.set('GetRecordDirectory', () => ({ recordDirectory: folder }));
    const result = start('record');
    await answered('StartRecord');
    timers.advance(8000);
    expect(await result).toEqual({
      output: 'record',
      ok: false,
      alreadyActive: false,
      problem: 'RECORD_FOLDER_MISSING',
      subject: folder,
      message: `The recording folder ${folder} does not exist (OBS → Settings → Output → Recording path)`,
    });
  });

  it('nothing better known: still starting, or no answer at all, after the wait', async () => {
    const { start, answered, timers, fake } = await setup();
    fake.handlers.set('StartRecord', () => ({}));
    fake.handlers.set('GetRecordDirectory', () => ({ recordDirectory: makeTmpDir('livecue-output-') }));
    const silent = start('record');
    await answered('StartRecord');
    timers.advance(8000);
    expect(await silent).toMatchObject({ ok: false, problem: 'NO_ANSWER', subject: '8' });
    fake.requests.length = 0;
    const slow = start('record');
    await answered('StartRecord');
    event('RecordStateChanged', 'STARTING');
    await vi.waitFor(() => expect(controller?.outputs.state('record')).toBe('starting'));
    timers.advance(8000);
    expect(await slow).toMatchObject({ ok: false, problem: 'STILL_STARTING', message: 'OBS was still starting the recording after 8 s' });
  });

  it("OBS refusing the request gives OBS's own words; an output already on is left alone", async () => {
    const { start, fake } = await setup({ virtualCam: false });
    fake.handlers.set('StartStream', () => ({ error: 500, comment: 'The stream output is not available.' }));
    expect(await start('stream')).toMatchObject({ ok: false, problem: 'REQUEST_FAILED' });
    event('RecordStateChanged', 'STARTED');
    await vi.waitFor(() => expect(controller?.outputs.state('record')).toBe('on'));
    fake.requests.length = 0;
    expect(await start('record')).toEqual({ output: 'record', ok: true, alreadyActive: true });
    expect(fake.requests.map((r) => r.requestType)).not.toContain('StartRecord');
    expect(await start('virtualCam')).toMatchObject({ ok: false, problem: 'NOT_AVAILABLE' });
  });

  it('a stop from outside LiveCue is an incident in the status; the connection dropping ends a wait at once', async () => {
    const { c, start, answered, fake } = await setup();
    const changes: OutputChange[] = [];
    c.outputs.onChange((change) => changes.push(change));
    event('RecordStateChanged', 'STARTED');
    event('RecordStateChanged', 'STOPPING');
    event('RecordStateChanged', 'STOPPED');
    await vi.waitFor(() => expect(c.status().outputStates?.record.incident?.kind).toBe('stopped'));
    expect(changes.at(-1)).toMatchObject({ output: 'record', to: 'off', byLiveCue: false });

    fake.handlers.set('StartStream', () => ({}));
    const waiting = start('stream');
    await answered('StartStream');
    fake.dropAll();
    expect(await waiting).toMatchObject({ ok: false, problem: 'CONNECTION_LOST' });
  });
});

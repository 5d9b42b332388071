import { describe, expect, it } from 'vitest';
import { FakeTimers } from '../../../test/support/fakeTimers';
import { type OutputChange, type OutputRead, OutputWatch } from './outputWatch';

const state = (outputState: string, outputActive = outputState.endsWith('STARTED')) => ({
  outputState: `OBS_WEBSOCKET_OUTPUT_${outputState}`,
  outputActive,
});
const read = (active: boolean, extra: Partial<OutputRead> = {}): OutputRead => ({
  active,
  durationMs: null,
  reconnecting: false,
  paused: false,
  ...extra,
});

function setup() {
  const timers = new FakeTimers();
  const watch = new OutputWatch(timers);
  const changes: OutputChange[] = [];
  watch.onChange((c) => changes.push(c));
  return { timers, watch, changes };
}

describe('output watch', () => {
  it('is on only from STARTED; the time on is when OBS said so, and it runs on through a reconnect', () => {
    const { timers, watch } = setup();
    const t0 = timers.now();
    watch.event('StreamStateChanged', state('STARTING'));
    expect(watch.view().stream).toMatchObject({ state: 'starting', startedAt: null });
    expect(watch.booleans().streaming).toBe(false);
    timers.advance(1500);
    watch.event('StreamStateChanged', state('STARTED'));
    expect(watch.view().stream).toMatchObject({ state: 'on', since: t0 + 1500, startedAt: t0 + 1500 });
    timers.advance(60_000);
    watch.event('StreamStateChanged', state('RECONNECTING', false));
    expect(watch.view().stream).toMatchObject({ state: 'reconnecting', since: t0 + 61_500, startedAt: t0 + 1500 });
    expect(watch.booleans().streaming).toBe(true);
    watch.event('StreamStateChanged', state('RECONNECTED', true));
    expect(watch.view().stream).toMatchObject({ state: 'on', startedAt: t0 + 1500, incident: { kind: 'reconnecting', at: t0 + 61_500 } });
  });

  it('tells a stop LiveCue asked for from one it did not (someone stopped it in OBS)', () => {
    const { watch, changes, timers } = setup();
    watch.event('RecordStateChanged', state('STARTED'));
    watch.expect('record', 'stop');
    watch.event('RecordStateChanged', state('STOPPING'));
    watch.event('RecordStateChanged', state('STOPPED'));
    expect(watch.view().record.incident).toBeNull();
    expect(changes.at(-1)).toMatchObject({ from: 'stopping', to: 'off', byLiveCue: true });

    watch.event('RecordStateChanged', state('STARTED'));
    timers.advance(5000);
    watch.event('RecordStateChanged', state('STOPPING'));
    watch.event('RecordStateChanged', state('STOPPED'));
    expect(watch.view().record).toMatchObject({ state: 'off', startedAt: null, incident: { kind: 'stopped', at: timers.now() } });
    expect(changes.at(-1)).toMatchObject({ from: 'stopping', to: 'off', byLiveCue: false, startedAt: timers.now() - 5000 });
    // Starting it again clears the incident.
    watch.event('RecordStateChanged', state('STARTING'));
    expect(watch.view().record.incident).toBeNull();
  });

  it('a start that goes STARTING → STOPPED is no incident, and settles a waiter as stopped', async () => {
    const { watch } = setup();
    const wait = watch.waitForStart('stream', 8000);
    watch.expect('stream', 'start');
    watch.event('StreamStateChanged', state('STARTING'));
    watch.event('StreamStateChanged', state('STOPPED'));
    expect(await wait.result).toEqual({ outcome: 'stopped' });
    expect(watch.view().stream.incident).toBeNull();
  });

  it('a waiter times out with the state OBS was left in; a dropped connection ends it at once', async () => {
    const { watch, timers } = setup();
    const slow = watch.waitForStart('stream', 8000);
    watch.event('StreamStateChanged', state('STARTING'));
    timers.advance(7999);
    timers.advance(1);
    expect(await slow.result).toEqual({ outcome: 'timeout', state: 'starting' });
    const dropped = watch.waitForStart('record', 8000);
    watch.interrupt();
    expect(await dropped.result).toEqual({ outcome: 'connection_lost' });
    expect(timers.pending).toBe(0);
  });

  it('at resync takes OBS reading as the truth, with the time on worked back from its outputDuration', () => {
    const { watch, timers, changes } = setup();
    watch.resync({ stream: read(false), record: read(true, { durationMs: 65_000 }), virtualCam: null });
    expect(watch.view()).toMatchObject({
      stream: { state: 'off' },
      record: { state: 'on', startedAt: timers.now() - 65_000 },
      virtualCam: null,
    });
    expect(watch.booleans()).toEqual({ streaming: false, recording: true, virtualCam: null });
    // Found off after a reconnect: it stopped while LiveCue could not see it.
    timers.advance(10_000);
    watch.resync({ stream: read(true, { reconnecting: true, durationMs: 1000 }), record: read(false), virtualCam: read(false) });
    expect(watch.view()).toMatchObject({
      stream: { state: 'reconnecting', incident: { kind: 'reconnecting' } },
      record: { state: 'off', incident: { kind: 'stopped', at: timers.now() } },
      virtualCam: { state: 'off' },
    });
    expect(changes.map((c) => [c.output, c.from, c.to, c.byLiveCue])).toEqual([
      ['record', 'off', 'on', false],
      ['stream', 'off', 'reconnecting', false],
      ['record', 'on', 'off', false],
    ]);
  });
});

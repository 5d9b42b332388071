import { describe, expect, it } from 'vitest';
import type { ObsOutputInfo, ObsStatus } from '../../../../shared/domain/obsStatus';
import { formatRunTime, lightView, outputIncidents, programSceneView } from './outputView';

const T0 = 1_700_000_000_000;
const off: ObsOutputInfo = { state: 'off', since: T0, startedAt: null, incident: null };
const status = (stream: Partial<ObsOutputInfo>, record: Partial<ObsOutputInfo> = {}, extra: Partial<ObsStatus> = {}): ObsStatus => ({
  state: 'ready',
  currentScene: 'LiveCue 商品讲解',
  outputStates: { stream: { ...off, ...stream }, record: { ...off, ...record }, virtualCam: null },
  ...extra,
});

describe('LIVE and REC lights', () => {
  it('are red with the time on from when OBS started, always hh:mm:ss', () => {
    const s = status({ state: 'on', since: T0, startedAt: T0 });
    expect(lightView(s, 'stream', T0 + 5_999)).toEqual({ tone: 'on', state: 'on', elapsed: '00:00:05' });
    expect(lightView(s, 'stream', T0 + 3_723_000)).toEqual({ tone: 'on', state: 'on', elapsed: '01:02:03' });
    expect(formatRunTime(-5)).toBe('00:00:00');
  });

  it('are amber while starting (no time yet) and while reconnecting or paused (the time runs on)', () => {
    expect(lightView(status({ state: 'starting', startedAt: null }), 'stream', T0)).toEqual({
      tone: 'busy',
      state: 'starting',
      elapsed: null,
    });
    expect(lightView(status({ state: 'reconnecting', startedAt: T0 - 60_000 }), 'stream', T0)).toEqual({
      tone: 'busy',
      state: 'reconnecting',
      elapsed: '00:01:00',
    });
    expect(lightView(status({}, { state: 'paused', startedAt: T0 - 1000 }), 'record', T0).tone).toBe('busy');
  });

  it('are off when OBS says off, and unknown (not off) while OBS is away', () => {
    expect(lightView(status({}), 'record', T0)).toEqual({ tone: 'off', state: 'off', elapsed: null });
    expect(lightView({ ...status({ state: 'on', startedAt: T0 }), state: 'lost' }, 'stream', T0).tone).toBe('unknown');
    expect(lightView(null, 'stream', T0).tone).toBe('unknown');
    // An older backend without per-output states.
    expect(lightView({ state: 'ready', outputs: { streaming: true, recording: false, virtualCam: null } }, 'stream', T0).tone).toBe(
      'unknown',
    );
  });
});

describe('program scene', () => {
  it('names the scene on program and flags the safe scene', () => {
    expect(programSceneView(status({}))).toEqual({ scene: 'LiveCue 商品讲解', safe: false });
    expect(programSceneView(status({}, {}, { currentScene: 'LiveCue 安全画面' }))).toEqual({ scene: 'LiveCue 安全画面', safe: true });
    expect(programSceneView({ state: 'lost', currentScene: 'LiveCue 安全画面' })).toEqual({ scene: null, safe: false });
  });
});

describe('output incidents', () => {
  it('lists stops and reconnects since the session started, oldest first, without the dismissed ones', () => {
    const s = status(
      { state: 'on', startedAt: T0, incident: { kind: 'reconnecting', at: T0 + 9000 } },
      { state: 'off', incident: { kind: 'stopped', at: T0 + 5000 } },
    );
    expect(outputIncidents(s, T0, [])).toEqual([
      { key: `record:stopped:${T0 + 5000}`, output: 'record', kind: 'stopped', at: T0 + 5000, state: 'off' },
      { key: `stream:reconnecting:${T0 + 9000}`, output: 'stream', kind: 'reconnecting', at: T0 + 9000, state: 'on' },
    ]);
    expect(outputIncidents(s, T0, [`record:stopped:${T0 + 5000}`]).map((i) => i.output)).toEqual(['stream']);
    // Before the session started: not this session's business.
    expect(outputIncidents(s, T0 + 10_000, [])).toEqual([]);
  });
});
